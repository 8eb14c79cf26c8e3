# Pipeline benchmarks: a 900-paper day end to end (keyword scorer, no network), and LLM scoring
# efficiency against a 1 s-latency fake endpoint.
papersift_add_bench(bench_pipeline SOURCES bench_pipeline.cpp)
target_include_directories(bench_pipeline PRIVATE ${CMAKE_SOURCE_DIR}/tests/store)
papersift_add_bench(bench_scoring SOURCES bench_scoring.cpp)
