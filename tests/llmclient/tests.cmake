papersift_add_test(tst_chatclient SOURCES llmclient/tst_chatclient.cpp)
papersift_add_test(tst_apikey SOURCES llmclient/tst_apikey.cpp)
