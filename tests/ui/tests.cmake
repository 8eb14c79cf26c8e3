papersift_add_test(tst_mainwindow SOURCES ui/tst_mainwindow.cpp LIBS papersift_ui LABELS ui)
papersift_add_test(tst_screenshots SOURCES ui/tst_screenshots.cpp LIBS papersift_ui LABELS ui)
papersift_add_test(tst_exportdialog SOURCES ui/tst_exportdialog.cpp LIBS papersift_ui KF6::SyntaxHighlighting LABELS ui)
papersift_add_test(tst_settingsdialog SOURCES ui/tst_settingsdialog.cpp LIBS papersift_ui LABELS ui)
papersift_add_test(tst_criteriadock SOURCES ui/tst_criteriadock.cpp LIBS papersift_ui KF6::SyntaxHighlighting LABELS ui)
# Measures the GUI thread's responsiveness during a run: no other suite competes for the CPU.
set_tests_properties(tst_mainwindow PROPERTIES RUN_SERIAL TRUE)
