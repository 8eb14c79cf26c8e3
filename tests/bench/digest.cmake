# Digest export time for a 50-paper day.
papersift_add_bench(bench_digest SOURCES bench_digest.cpp)
