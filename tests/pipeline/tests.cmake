papersift_add_test(tst_scoringengine SOURCES pipeline/tst_scoringengine.cpp)
papersift_add_test(tst_golden SOURCES pipeline/tst_golden.cpp LABELS slow TIMEOUT 300)
target_compile_definitions(tst_golden PRIVATE PAPERSIFT_EXECUTABLE="$<TARGET_FILE:papersift>")
add_dependencies(tst_golden papersift)
