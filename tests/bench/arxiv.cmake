papersift_add_bench(bench_parse SOURCES bench_parse.cpp)
