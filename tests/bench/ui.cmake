# The window over a large database: 200,000 papers.
papersift_add_bench(bench_ui SOURCES bench_ui.cpp LIBS papersift_ui)
target_include_directories(bench_ui PRIVATE ${CMAKE_SOURCE_DIR}/tests/store)
