# The polite arXiv fetcher (HTTP transport, URL builders, backfill paging).
target_sources(papersift_core PRIVATE
    arxiv/arxivclient.cpp arxiv/arxivclient.h
)
