papersift_add_test(tst_database SOURCES store/tst_database.cpp)
papersift_add_test(tst_paperstore SOURCES store/tst_paperstore.cpp)
