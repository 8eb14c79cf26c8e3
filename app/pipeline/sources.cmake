target_sources(papersift_core PRIVATE
    pipeline/runlock.cpp pipeline/runlock.h
    cli/runcommand.cpp
    pipeline/dailyrun.cpp pipeline/dailyrun.h
    pipeline/scoringengine.cpp pipeline/scoringengine.h
)
