#include "mainwindow.h"
#include "papertablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include "paperfiltermodel.h"
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void opensWithTableAndStatusBar()
    {
        Test::Sandbox sandbox;
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.windowTitle(), u"PaperSift"_s);
        QVERIFY(w.paperTable()->isVisible());
        QCOMPARE(w.paperTable()->model()->columnCount(), int(PaperTableModel::ColumnCount));
        QCOMPARE(w.paperTable()->model()->headerData(PaperTableModel::Relevance, Qt::Horizontal).toString(),
                 u"Relevance"_s);
        QVERIFY(w.statusBar()->isVisible());
    }

    void modelSortsNumericallyWithUnscoredLast()
    {
        PaperTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<PaperRow> rows(3);
        rows[0].id = u"a"_s;
        rows[0].relevance = 10;
        rows[1].id = u"b"_s;
        rows[1].relevance = 9;
        rows[2].id = u"c"_s; // unscored
        model.setRows(rows);
        PaperFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(PaperTableModel::UnderlyingDataRole);
        proxy.sort(PaperTableModel::Relevance, Qt::DescendingOrder);
        // "10" sorts above "9": numbers, not strings.
        QCOMPARE(proxy.index(0, 0).data(PaperTableModel::PaperIdRole).toString(), u"a"_s);
        QCOMPARE(proxy.index(1, 0).data(PaperTableModel::PaperIdRole).toString(), u"b"_s);
        QCOMPARE(proxy.index(2, 0).data(PaperTableModel::PaperIdRole).toString(), u"c"_s);
        proxy.sort(PaperTableModel::Relevance, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(PaperTableModel::PaperIdRole).toString(), u"b"_s);
        QCOMPARE(proxy.index(2, 0).data(PaperTableModel::PaperIdRole).toString(), u"c"_s);
        QCOMPARE(model.index(2, PaperTableModel::Relevance).data().toString(), u"–"_s);
        QCOMPARE(model.index(2, PaperTableModel::Relevance).data(Qt::AccessibleTextRole).toString(),
                 u"Not scored"_s);
        QCOMPARE(model.index(0, PaperTableModel::Relevance).data(Qt::AccessibleTextRole).toString(),
                 u"Relevance 10 of 10"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
