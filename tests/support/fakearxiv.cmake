# The fake arXiv server (Qt HttpServer plus a raw QTcpServer for misbehaviour).
target_sources(papersift_testsupport PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/fakearxivserver.cpp ${CMAKE_CURRENT_LIST_DIR}/fakearxivserver.h
)
