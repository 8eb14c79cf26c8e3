papersift_add_test(tst_cli SOURCES cli/tst_cli.cpp LABELS unit)
target_compile_definitions(tst_cli PRIVATE PAPERSIFT_EXECUTABLE="$<TARGET_FILE:papersift>")
add_dependencies(tst_cli papersift)
