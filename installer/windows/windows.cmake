# Windows packaging, included from installer/CMakeLists.txt (CPack reads that scope).
#
# What the installer holds: bin/twofold.exe (with the app icon), bin/twofold-cli.exe, Qt's
# DLLs, plugins and translations placed by windeployqt, and the other DLLs (libsodium,
# libcurl, libphonenumber, protobuf, zxcvbn, qtkeychain) copied by vcpkg when it is configured
# with -DX_VCPKG_APPLOCAL_DEPS_INSTALL=ON (installer/README.md has the exact commands).
#
# The vault is never in the install folder: it is %LOCALAPPDATA%\Twofold\vault.twofold (or
# wherever the user put it), and the preferences are in the registry under
# HKCU\Software\Twofold. Uninstalling removes only what was installed, so both stay.

set(TWOFOLD_WINDOWS_ICON ${PROJECT_SOURCE_DIR}/resources/icons/app/org.twofold.Twofold.ico)

# twofold.exe's own icon (Explorer, the taskbar, the Start menu): a resource script.
configure_file(${CMAKE_CURRENT_LIST_DIR}/twofold.rc.in ${CMAKE_CURRENT_BINARY_DIR}/twofold.rc @ONLY)
target_sources(twofold PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/twofold.rc)

# windeployqt, through Qt's deployment API, for both executables: Qt6*.dll next to them,
# platforms/qwindows.dll, iconengines/qsvgicon.dll, styles, imageformats, translations and
# a qt.conf that points at them. Runs at install time, so also when CPack stages a package.
set(twofold_deploy_script ${CMAKE_CURRENT_BINARY_DIR}/deploy-qt-$<CONFIG>.cmake)
file(GENERATE OUTPUT ${twofold_deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:twofold>\"
    ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:twofold-cli>\"
    GENERATE_QT_CONF)
")
install(SCRIPT ${twofold_deploy_script})

# ---- NSIS ----
set(CPACK_NSIS_DISPLAY_NAME Twofold)
set(CPACK_NSIS_PACKAGE_NAME Twofold)
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_CONTACT ${TWOFOLD_MAINTAINER})
set(CPACK_NSIS_MUI_ICON ${TWOFOLD_WINDOWS_ICON})
set(CPACK_NSIS_MUI_UNIICON ${TWOFOLD_WINDOWS_ICON})
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\twofold.exe)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
# Start menu: Programs > Twofold > Twofold (CPACK_PACKAGE_EXECUTABLES), and "Run Twofold" on
# the last page.
set(CPACK_NSIS_MUI_FINISHPAGE_RUN twofold.exe)
# Upgrades: the registry key that finds the installed version must not carry the version
# (CPack's default "Twofold 0.1.0" would leave the old one installed next to the new).
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY Twofold)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# The uninstaller removes the installed files and the shortcuts only: the vault and the
# preferences live in the user's profile (see above), never in $INSTDIR.
# PATH is left alone (CPack's PATH page can truncate a long PATH): twofold-cli.exe is in
# "C:\Program Files\Twofold\bin", as the README says.
set(CPACK_NSIS_MODIFY_PATH OFF)

# ---- WiX (.msi), built when WiX 3's candle is on the PATH ----
# Never change: Windows recognises upgrades of the same product by it.
set(CPACK_WIX_UPGRADE_GUID 5512BE3C-B6FA-4CC6-863B-712AB8576839)
set(CPACK_WIX_PRODUCT_ICON ${TWOFOLD_WINDOWS_ICON})
set(CPACK_WIX_PROGRAM_MENU_FOLDER Twofold)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${PROJECT_HOMEPAGE_URL})
