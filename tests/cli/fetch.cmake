# `papersift fetch` and `papersift backfill` as real processes against the fake arXiv server.
papersift_add_test(tst_fetchcommand SOURCES cli/tst_fetchcommand.cpp TIMEOUT 300)
target_compile_definitions(tst_fetchcommand PRIVATE PAPERSIFT_EXECUTABLE="$<TARGET_FILE:papersift>")
add_dependencies(tst_fetchcommand papersift)
