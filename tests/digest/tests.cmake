papersift_add_test(tst_markdowndigest SOURCES digest/tst_markdowndigest.cpp LABELS unit)
papersift_add_test(tst_export SOURCES digest/tst_export.cpp LABELS unit)
papersift_add_test(tst_digestbuilder SOURCES digest/tst_digestbuilder.cpp LABELS unit)
