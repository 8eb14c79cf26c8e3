# `papersift export` run as a real process against a database the test builds.
papersift_add_test(tst_exportcommand SOURCES cli/tst_exportcommand.cpp TIMEOUT 300)
target_compile_definitions(tst_exportcommand PRIVATE PAPERSIFT_EXECUTABLE="$<TARGET_FILE:papersift>")
add_dependencies(tst_exportcommand papersift)
