# The polite arXiv fetcher (HTTP transport, URL builders, daily feed, backfill paging).
target_sources(papersift_core PRIVATE
    arxiv/arxivbackfill.cpp arxiv/arxivbackfill.h
    arxiv/arxivclient.cpp arxiv/arxivclient.h
    arxiv/dailyfeed.cpp arxiv/dailyfeed.h
)
