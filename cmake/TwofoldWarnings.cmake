# twofold_harden(target): the warning set every Twofold target builds with.
function(twofold_harden target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 $<$<BOOL:${TWOFOLD_WERROR}>:/WX>)
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
            $<$<BOOL:${TWOFOLD_WERROR}>:-Werror>)
        if(TWOFOLD_SANITIZE)
            target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
            target_link_options(${target} PRIVATE -fsanitize=address,undefined)
        endif()
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
endfunction()

# twofold_forbid_gui(target): fail the build when a core library links QtGui or QtWidgets.
function(twofold_forbid_gui target)
    get_target_property(libs ${target} LINK_LIBRARIES)
    foreach(lib IN LISTS libs)
        if(lib MATCHES "Qt6?::(Gui|Widgets)")
            message(FATAL_ERROR "${target} is a core library and must not link ${lib}")
        endif()
    endforeach()
endfunction()
