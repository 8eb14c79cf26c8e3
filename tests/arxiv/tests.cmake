papersift_add_test(tst_feedparser SOURCES arxiv/tst_feedparser.cpp)
papersift_add_test(tst_texdecoder SOURCES arxiv/tst_texdecoder.cpp)
