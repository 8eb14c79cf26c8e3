# Store: the SQLite database (connections, migrations) and the queries over it; `papersift import`.
target_sources(papersift_core PRIVATE
    store/database.cpp store/database.h
    store/paperstore.cpp store/paperstore.h
    cli/importcommand.cpp
)
list(APPEND PAPERSIFT_CORE_RESOURCES
    ${CMAKE_SOURCE_DIR}/resources/migrations/001_initial.sql
    ${CMAKE_SOURCE_DIR}/resources/migrations/002_score_lookup_index.sql
    ${CMAKE_SOURCE_DIR}/resources/migrations/003_listing_columns_index.sql
)
