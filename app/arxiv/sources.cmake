# arXiv parsers (feeds, API pages, TeX accents). The fetcher lists its own files in fetch.cmake.
target_sources(papersift_core PRIVATE
    arxiv/feedparser.cpp arxiv/feedparser.h
    arxiv/texdecoder.cpp arxiv/texdecoder.h
    arxiv/xmltree.cpp arxiv/xmltree.h
)
