# twofold_add_subdirectories(dir...): add each listed folder that has a CMakeLists.txt.
# Lets areas land one at a time without breaking the configure step.
macro(twofold_add_subdirectories)
    foreach(_dir ${ARGN})
        if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${_dir}/CMakeLists.txt)
            add_subdirectory(${_dir})
        endif()
    endforeach()
endmacro()
