# Store benchmarks: import throughput and FTS query latency (synthetic papers, see tests/store/syntheticfeed.h).
papersift_add_bench(bench_store_import SOURCES bench_store_import.cpp)
target_include_directories(bench_store_import PRIVATE ${CMAKE_SOURCE_DIR}/tests/store)
papersift_add_bench(bench_fts SOURCES bench_fts.cpp)
target_include_directories(bench_fts PRIVATE ${CMAKE_SOURCE_DIR}/tests/store)
