papersift_add_test(tst_mainwindow SOURCES ui/tst_mainwindow.cpp LIBS papersift_ui LABELS ui)
papersift_add_test(tst_screenshots SOURCES ui/tst_screenshots.cpp LIBS papersift_ui LABELS ui)
papersift_add_test(tst_settingsdialog SOURCES ui/tst_settingsdialog.cpp LIBS papersift_ui LABELS ui)
papersift_add_test(tst_criteriadock SOURCES ui/tst_criteriadock.cpp LIBS papersift_ui KF6::SyntaxHighlighting LABELS ui)
