# Hardening flags for every object and binary Twofold builds (GCC and Clang): stack protector,
# _FORTIFY_SOURCE=2 where the code is optimised (it needs optimisation to work), position-
# independent executables, and full RELRO (-z relro -z now). tests/package/check-hardening.sh
# reads the built ELF files and fails when one lacks any of them.
if(MSVC)
    return() # /GS, /DYNAMICBASE and /NXCOMPAT are MSVC's defaults
endif()

include(CheckPIESupported)
check_pie_supported(LANGUAGES C CXX)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

add_compile_options(-fstack-protector-strong)
# Only with optimisation (-O1 and up): glibc ignores it, with a warning, at -O0.
add_compile_definitions($<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
if(NOT APPLE)
    add_link_options(-Wl,-z,relro -Wl,-z,now)
endif()
