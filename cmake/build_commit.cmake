# The commit a build comes from, for `sanitize --version` and `sanitize-gui --version`.
#
# Worked out when CMake configures, in this order:
#   1. -DSANITIZE_BUILD_COMMIT=…: a build from an exported tree without .git (the Debian
#      package build of tools/scripts/build-packages.sh) is told the commit;
#   2. git in the source tree: the abbreviated hash, with "-dirty" when tracked files differ
#      from HEAD;
#   3. nothing: a tarball built without git, which --version says.
# HEAD and the branch's ref file are configure dependencies, so a commit or a checkout
# reconfigures and the hash never goes stale; an edit alone does not (no "-dirty" until then).
set(SANITIZE_BUILD_COMMIT "" CACHE STRING "The commit this build comes from (empty: ask git)")

# git_output(VAR ARGS...): the trimmed output of `git ARGS` in the source tree, empty on failure.
function(sanitize_git_output out)
  execute_process(COMMAND "${GIT_EXECUTABLE}" ${ARGN} WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
                  RESULT_VARIABLE status OUTPUT_VARIABLE text ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT status EQUAL 0)
    set(text "")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Reconfigure when HEAD or the branch it names moves (loose ref or packed-refs).
function(sanitize_watch_head)
  sanitize_git_output(branch rev-parse --symbolic-full-name HEAD)
  set(watched HEAD packed-refs ${branch})
  foreach(name IN LISTS watched)
    sanitize_git_output(file rev-parse --path-format=absolute --git-path "${name}")
    if(file AND EXISTS "${file}")
      set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${file}")
    endif()
  endforeach()
endfunction()

function(sanitize_find_build_commit out)
  if(SANITIZE_BUILD_COMMIT)
    set(${out} "${SANITIZE_BUILD_COMMIT}" PARENT_SCOPE)
    return()
  endif()
  find_package(Git QUIET)
  if(NOT GIT_FOUND OR NOT EXISTS "${PROJECT_SOURCE_DIR}/.git")
    set(${out} "" PARENT_SCOPE)
    return()
  endif()
  sanitize_git_output(commit rev-parse --short=12 HEAD)
  if(commit)
    sanitize_git_output(changes status --porcelain --untracked-files=no)
    if(changes)
      string(APPEND commit "-dirty")
    endif()
    sanitize_watch_head()
  endif()
  set(${out} "${commit}" PARENT_SCOPE)
endfunction()
