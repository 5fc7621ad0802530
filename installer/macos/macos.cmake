# macOS packaging, included from installer/CMakeLists.txt (CPack reads that scope).
#
# Twofold.app: Info.plist from Info.plist.in, the icon org.twofold.Twofold.icns (made from the
# one SVG, see installer/README.md), twofold-cli inside Contents/MacOS, Qt's frameworks and
# plugins and the other libraries (libsodium, libcurl, …) copied in by macdeployqt. The .dmg
# (DragNDrop) shows Twofold.app next to a link to /Applications.
#
# The vault is never in the bundle: it is ~/Library/Application Support/Twofold/vault.twofold
# (or wherever the user put it), so replacing or deleting the app keeps it.

set(TWOFOLD_MACOS_ICON ${PROJECT_SOURCE_DIR}/resources/icons/app/org.twofold.Twofold.icns)

set_target_properties(twofold PROPERTIES
    OUTPUT_NAME Twofold # Twofold.app/Contents/MacOS/Twofold
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER org.twofold.Twofold
    MACOSX_BUNDLE_BUNDLE_NAME Twofold
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE org.twofold.Twofold.icns
    MACOSX_BUNDLE_COPYRIGHT "The Twofold developers")
target_sources(twofold PRIVATE ${TWOFOLD_MACOS_ICON})
set_source_files_properties(${TWOFOLD_MACOS_ICON} TARGET_DIRECTORY twofold
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

# macdeployqt, through Qt's deployment API, at install time (so also when CPack stages the
# .dmg): Qt's frameworks, the cocoa platform plugin, the SVG icon engine and every other
# library both executables link, with their install names rewritten into the bundle.
set(twofold_deploy_script ${CMAKE_CURRENT_BINARY_DIR}/deploy-qt-$<CONFIG>.cmake)
file(GENERATE OUTPUT ${twofold_deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE \"$<TARGET_FILE_NAME:twofold>.app\"
    ADDITIONAL_EXECUTABLES \"$<TARGET_FILE_NAME:twofold>.app/Contents/MacOS/$<TARGET_FILE_NAME:twofold-cli>\")
")
install(SCRIPT ${twofold_deploy_script})
# The /Applications link the .dmg shows next to the app (only in CPack's staging folder).
install(CODE [[
    if(CMAKE_INSTALL_PREFIX MATCHES "/_CPack_Packages/")
        execute_process(COMMAND ${CMAKE_COMMAND} -E create_symlink /Applications
                        "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/Applications")
    endif()
]])

# ---- DragNDrop (.dmg) ----
set(CPACK_DMG_VOLUME_NAME Twofold)
set(CPACK_DMG_FORMAT UDBZ)
set(CPACK_BUNDLE_NAME Twofold)
