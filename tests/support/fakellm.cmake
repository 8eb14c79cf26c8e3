# The fake OpenAI-compatible endpoint (Qt HttpServer on 127.0.0.1).
target_sources(papersift_testsupport PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/fakellmserver.cpp ${CMAKE_CURRENT_LIST_DIR}/fakellmserver.h
)
