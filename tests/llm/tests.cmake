papersift_add_test(tst_promptbuilder SOURCES llm/tst_promptbuilder.cpp)
papersift_add_test(tst_replyparser SOURCES llm/tst_replyparser.cpp)
papersift_add_test(tst_pricetable SOURCES llm/tst_pricetable.cpp)
papersift_add_test(tst_batching SOURCES llm/tst_batching.cpp)
