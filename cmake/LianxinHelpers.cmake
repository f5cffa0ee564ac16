# add_unit_test(GROUP NAME [LIBS lib...] [NO_DEMO] [QT_APP])
# One Catch2 file per unit, as in libosmium: tests/GROUP/test_NAME.cpp becomes the
# executable test_GROUP_NAME, linked with the shared test main and the listed
# libraries; each TEST_CASE is registered with CTest as "GROUP/<case name>".
# Unless NO_DEMO is given, the tests need the demo database that the "demo_db"
# fixture generates once per ctest run. QT_APP tests get a main that owns a
# QApplication (for widgets).
function(add_unit_test group name)
  cmake_parse_arguments(ARG "NO_DEMO;QT_APP" "" "LIBS" ${ARGN})
  set(target "test_${group}_${name}")
  add_executable(${target} "${CMAKE_CURRENT_SOURCE_DIR}/test_${name}.cpp")
  set(main lianxin_test_main)
  if(ARG_QT_APP)
    set(main lianxin_qt_test_main)
  endif()
  target_link_libraries(${target} PRIVATE ${main} ${ARG_LIBS})
  set(fixture demo_db)
  if(ARG_NO_DEMO)
    set(fixture "")
  endif()
  # --warn NoTests: a case ctest cannot select (a name with ';' is split in two) fails
  # instead of passing without running.
  catch_discover_tests(${target}
    TEST_PREFIX "${group}/"
    EXTRA_ARGS --warn NoTests
    PROPERTIES LABELS "${group}" FIXTURES_REQUIRED "${fixture}")
endfunction()
