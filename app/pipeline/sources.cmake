target_sources(papersift_core PRIVATE
    pipeline/runlock.cpp pipeline/runlock.h
)
