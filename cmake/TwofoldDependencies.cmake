# Every external dependency, found once. Debian 12 packages here; vcpkg/Homebrew elsewhere.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Svg Concurrent PrintSupport Test LinguistTools
             OPTIONAL_COMPONENTS DBus) # DBus: screen-lock signals on Linux
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium>=1.0.18)
find_package(CURL REQUIRED)
find_package(Threads REQUIRED)

# QR-Code-generator (Debian libqrcodegencpp-dev) ships a pkg-config file on Debian only.
pkg_check_modules(QRCODEGEN IMPORTED_TARGET qrcodegencpp)
if(NOT QRCODEGEN_FOUND)
    find_path(QRCODEGEN_INCLUDE_DIR NAMES qrcodegen.hpp PATH_SUFFIXES qrcodegen qrcodegencpp REQUIRED)
    find_library(QRCODEGEN_LIBRARY NAMES qrcodegencpp qrcodegen REQUIRED)
    add_library(PkgConfig::QRCODEGEN UNKNOWN IMPORTED)
    set_target_properties(PkgConfig::QRCODEGEN PROPERTIES IMPORTED_LOCATION "${QRCODEGEN_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${QRCODEGEN_INCLUDE_DIR}")
endif()

# libphonenumber and zxcvbn ship no CMake or pkg-config files: find_library.
find_path(PHONENUMBER_INCLUDE_DIR NAMES phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY NAMES phonenumber REQUIRED)
add_library(Twofold::phonenumber UNKNOWN IMPORTED)
set_target_properties(Twofold::phonenumber PROPERTIES IMPORTED_LOCATION "${PHONENUMBER_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${PHONENUMBER_INCLUDE_DIR}")

find_path(ZXCVBN_INCLUDE_DIR NAMES zxcvbn.h PATH_SUFFIXES zxcvbn REQUIRED)
find_library(ZXCVBN_LIBRARY NAMES zxcvbn REQUIRED)
add_library(Twofold::zxcvbn UNKNOWN IMPORTED)
set_target_properties(Twofold::zxcvbn PROPERTIES IMPORTED_LOCATION "${ZXCVBN_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${ZXCVBN_INCLUDE_DIR}")

find_package(Qt6Keychain QUIET)
find_package(ZXing QUIET)

# The sign-in server (core/server, app/server): QtSql (QSQLITE, QPSQL drivers), QtNetwork, QtHttpServer.
find_package(Qt6 6.4 REQUIRED COMPONENTS Network Sql HttpServer)
