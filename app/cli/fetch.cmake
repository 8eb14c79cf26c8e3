# The network commands of the command line: `papersift fetch` and `papersift backfill`.
target_sources(papersift_core PRIVATE
    cli/arxivcli.cpp cli/arxivcli.h
    cli/backfillcommand.cpp
    cli/fetchcommand.cpp
)
