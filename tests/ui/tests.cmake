papersift_add_test(tst_mainwindow SOURCES ui/tst_mainwindow.cpp LIBS papersift_ui LABELS ui)
