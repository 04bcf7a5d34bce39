# A program's texts in English and Japanese held as data, <dir>/en.json and <dir>/ja.json, and
# compiled in, so that the program needs no data directory at run time. The ids of the
# "messages" section become an enum, in their order, so that a text the code names but the
# catalogue lacks is a compile error; editing a catalogue re-runs this step. The CLI
# (tools/messages/) and the boot-and-wipe station (station/messages/) each compile one.
#
#   sanitize_message_catalogue(DIRECTORY dir NAMESPACE ns ENUM Name HEADER decl.hpp PREFIX name)
#
# writes ${CMAKE_CURRENT_BINARY_DIR}/generated/<name>_ids.hpp (enum class <Name> and the
# message_keys array, in namespace <ns>) and <name>_data.cpp (<ns>::detail::catalogue_en_json
# and catalogue_ja_json, which <decl.hpp> declares).
function(sanitize_message_catalogue)
  cmake_parse_arguments(ARG "" "DIRECTORY;NAMESPACE;ENUM;HEADER;PREFIX" "" ${ARGN})
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${ARG_DIRECTORY}/en.json ${ARG_DIRECTORY}/ja.json)
  file(READ ${ARG_DIRECTORY}/en.json catalogue_en)
  file(READ ${ARG_DIRECTORY}/ja.json catalogue_ja)
  string(JSON message_count LENGTH "${catalogue_en}" messages)
  math(EXPR message_last "${message_count} - 1")
  set(message_ids "")
  set(message_keys "")
  foreach(index RANGE ${message_last})
    string(JSON message_key MEMBER "${catalogue_en}" messages ${index})
    string(APPEND message_ids "    ${message_key},\n")
    string(APPEND message_keys "    \"${message_key}\",\n")
  endforeach()
  set(catalogue_namespace ${ARG_NAMESPACE})
  set(catalogue_enum ${ARG_ENUM})
  set(catalogue_header ${ARG_HEADER})
  file(RELATIVE_PATH catalogue_source ${PROJECT_SOURCE_DIR} ${ARG_DIRECTORY})
  configure_file(${CMAKE_CURRENT_FUNCTION_LIST_DIR}/catalogue/ids.hpp.in ${CMAKE_CURRENT_BINARY_DIR}/generated/${ARG_PREFIX}_ids.hpp @ONLY)
  configure_file(${CMAKE_CURRENT_FUNCTION_LIST_DIR}/catalogue/data.cpp.in ${CMAKE_CURRENT_BINARY_DIR}/generated/${ARG_PREFIX}_data.cpp @ONLY)
endfunction()
