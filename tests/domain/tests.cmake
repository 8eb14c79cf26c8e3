papersift_add_test(tst_domain SOURCES domain/tst_domain.cpp)
papersift_add_test(tst_settings SOURCES domain/tst_settings.cpp)
