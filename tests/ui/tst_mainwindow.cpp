#include "arxiv/feedparser.h"
#include "config/settings.h"
#include "emptystate.h"
#include "fakearxivserver.h"
#include "fakellmserver.h"
#include "library.h"
#include "mainwindow.h"
#include "paperfiltermodel.h"
#include "papertablemodel.h"
#include "paperview.h"
#include "pipeline/dailyrun.h"
#include "pipeline/runcontroller.h"
#include "sidebar.h"
#include "store/database.h"
#include "store/paperrepository.h"
#include "store/runlog.h"
#include "store/userstatestore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace PaperSift;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

    static void openDemo(MainWindow &w)
    {
        QSignalSpy finished(w.runController(), &RunController::finished);
        w.openDemoDay();
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().first().value<RunResult>();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QTRY_VERIFY(!w.isCountingDays()); // the day list's counts come from another thread
    }

    /// Shows the window and opens the demo day in it.
    static void showDemo(MainWindow &w)
    {
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        openDemo(w);
    }

    static UserState stateOf(const QString &id)
    {
        auto db = Database::open(AppPaths::databaseFile(), Database::Mode::ReadOnly);
        return UserStateStore(**db).userState(id).value();
    }

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
        // A short heading over the score; its full name for tooltips and screen readers.
        QCOMPARE(w.paperTable()->model()->headerData(PaperTableModel::Relevance, Qt::Horizontal).toString(), u"Rel."_s);
        QCOMPARE(w.paperTable()->model()->headerData(PaperTableModel::Relevance, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 u"Relevance"_s);
        QVERIFY(w.statusBar()->isVisible());
        // First start: an empty database offers the demo day.
        QVERIFY(w.emptyState()->text().contains(u"No papers yet"_s));
        QVERIFY(w.findChild<QWidget *>(u"emptyState"_s)->findChildren<QPushButton *>().size() >= 2);
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
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(PaperTableModel::Relevance, Qt::DescendingOrder);
        // "10" sorts above "9": numbers, not strings.
        QCOMPARE(proxy.index(0, 0).data(PaperTableModel::PaperIdRole).toString(), u"a"_s);
        QCOMPARE(proxy.index(1, 0).data(PaperTableModel::PaperIdRole).toString(), u"b"_s);
        QCOMPARE(proxy.index(2, 0).data(PaperTableModel::PaperIdRole).toString(), u"c"_s);
        proxy.sort(PaperTableModel::Relevance, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(PaperTableModel::PaperIdRole).toString(), u"b"_s);
        QCOMPARE(proxy.index(2, 0).data(PaperTableModel::PaperIdRole).toString(), u"c"_s);
        QCOMPARE(model.index(2, PaperTableModel::Relevance).data().toString(), u"–"_s);
        QCOMPARE(model.index(2, PaperTableModel::Relevance).data(Qt::AccessibleTextRole).toString(), u"Not scored"_s);
        QCOMPARE(model.index(0, PaperTableModel::Relevance).data(Qt::AccessibleTextRole).toString(),
                 u"Relevance 10 of 10"_s);
    }

    void textColumnsSortByCollation()
    {
        PaperTableModel model;
        const auto setTitles = [&model](const QStringList &titles) {
            QList<PaperRow> rows;
            for (const QString &t : titles) {
                PaperRow r;
                r.id = t;
                r.title = t;
                r.authors = t;
                rows.append(r);
            }
            model.setRows(rows);
        };
        // The collation is the locale's; the C locale of a test run compares code points. The
        // rows' collation ranks are made when they load (RowSortKeys), in the process's locale.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        setTitles({u"zeta"_s, u"Émile"_s, u"beta"_s, u"Alpha"_s, u"emu"_s});
        PaperFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        const auto order = [&proxy] {
            QStringList out;
            for (int r = 0; r < proxy.rowCount(); ++r)
                out.append(proxy.index(r, PaperTableModel::Title).data().toString());
            return out;
        };
        // Case ignored, accents after the base letter (the locale's collation, not code points).
        proxy.sort(PaperTableModel::Title, Qt::AscendingOrder);
        QCOMPARE(order(), (QStringList{u"Alpha"_s, u"beta"_s, u"Émile"_s, u"emu"_s, u"zeta"_s}));
        proxy.sort(PaperTableModel::Title, Qt::DescendingOrder);
        QCOMPARE(order().first(), u"zeta"_s);
        // New rows of the same count: the sort follows their text, not the old rows'.
        setTitles({u"delta"_s, u"Charlie"_s, u"echo"_s, u"bravo"_s, u"alfa"_s});
        proxy.sort(PaperTableModel::Title, Qt::AscendingOrder);
        QCOMPARE(order(), (QStringList{u"alfa"_s, u"bravo"_s, u"Charlie"_s, u"delta"_s, u"echo"_s}));
        proxy.sort(PaperTableModel::Authors, Qt::DescendingOrder);
        QCOMPARE(order(), (QStringList{u"echo"_s, u"delta"_s, u"Charlie"_s, u"bravo"_s, u"alfa"_s}));
    }

    void demoDaySortAndFilter()
    {
        Test::Sandbox sandbox;
        MainWindow w;
        QAbstractItemModelTester tester(w.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        showDemo(w);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(w.currentDay(), QDate(2025, 6, 16));
        QCOMPARE(w.paperModel()->rowCount(), 318); // new + cross, as the settings keep
        QCOMPARE(w.sidebar()->dayModel()->rowCount(), 2); // "All days" and the day
        QVERIFY(!w.sidebar()->allDaysSelected());

        // Every column sorts by its raw value; relevance descending puts the best first.
        auto *proxy = w.filterModel();
        for (int c = 0; c < PaperTableModel::ColumnCount; ++c) {
            w.paperTable()->sortByColumn(c, Qt::AscendingOrder);
            QVariant previous;
            for (int r = 0; r < proxy->rowCount(); ++r) {
                const QVariant v = proxy->index(r, c).data(PaperTableModel::UnderlyingDataRole);
                if (previous.isValid() && v.isValid() && c != PaperTableModel::Title && c != PaperTableModel::Authors)
                    QVERIFY2(QVariant::compare(previous, v) != QPartialOrdering::Greater, qPrintable(QString::number(c)));
                if (v.isValid())
                    previous = v;
            }
        }
        w.paperTable()->sortByColumn(PaperTableModel::Relevance, Qt::DescendingOrder);
        const int top = proxy->index(0, PaperTableModel::Relevance).data(PaperTableModel::UnderlyingDataRole).toInt();
        QVERIFY(top >= 8);

        // The minimum-relevance filter.
        w.findChild<QSpinBox *>(u"minRelevance"_s)->setValue(8);
        QVERIFY(proxy->rowCount() > 0);
        QVERIFY(proxy->rowCount() < 318);
        for (int r = 0; r < proxy->rowCount(); ++r)
            QVERIFY(proxy->index(r, PaperTableModel::Relevance).data(PaperTableModel::UnderlyingDataRole).toInt() >= 8);
        w.findChild<QSpinBox *>(u"minRelevance"_s)->setValue(0);

        // The text filter goes through FTS5 (accents ignored).
        w.filterEdit()->setText(u"quantization"_s);
        QTest::keyClick(w.filterEdit(), Qt::Key_Return);
        QVERIFY(proxy->rowCount() > 0 && proxy->rowCount() < 60);
        for (int r = 0; r < proxy->rowCount(); ++r) {
            auto d = w.library()->details(proxy->index(r, 0).data(PaperTableModel::PaperIdRole).toString());
            QVERIFY(QString(d->paper.title + d->paper.abstract).contains(u"quantiz"_s, Qt::CaseInsensitive));
        }
        w.filterEdit()->setText(u"Jo\u00e3o"_s.replace(u"\u00e3"_s, u"a"_s)); // "Joao" finds "João"
        QTest::keyClick(w.filterEdit(), Qt::Key_Return);
        QVERIFY(proxy->rowCount() >= 1);
        w.action(u"clearFilter"_s)->trigger();
        QCOMPARE(proxy->rowCount(), 318);
        w.filterEdit()->setText(u"zzzznotaword"_s);
        QTest::keyClick(w.filterEdit(), Qt::Key_Return);
        QCOMPARE(proxy->rowCount(), 0);
        QVERIFY(w.emptyState()->text().contains(u"No papers match"_s));
    }

    void allDaysShowsTheWholeLibrary()
    {
        Test::Sandbox sandbox;
        MainWindow w;
        QAbstractItemModelTester tester(w.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        showDemo(w);
        if (QTest::currentTestFailed())
            return;
        const QDate demoDay = w.currentDay();
        w.paperTable()->setFocus();
        const QString starred = w.currentPaperId();
        QTest::keyClick(w.paperTable(), Qt::Key_S);
        QVERIFY(stateOf(starred).starred);

        // A second, earlier day from a real feed.
        auto feed
            = FeedParser::parse(Test::readFixture(u"arxiv/rss2_daily_cs-lg_fetched-2025-03-25.xml"_s), u"fixture"_s);
        QVERIFY2(feed, qPrintable(feed.errorMessage()));
        auto writer = Database::open(AppPaths::databaseFile()); // beside the window's own connections
        QVERIFY2(writer, qPrintable(writer.errorMessage()));
        QVERIFY(PaperRepository(**writer).importFeed(*feed));
        w.reload();
        QCOMPARE(w.currentDay(), demoDay); // a reload keeps the day
        QCOMPARE(w.sidebar()->dayModel()->rowCount(), 3);

        auto db = Database::open(AppPaths::databaseFile(), Database::Mode::ReadOnly);
        QVERIFY(db);
        const int distinct = (*db)
                                 ->exec(u"SELECT count(DISTINCT paper_id) FROM listings "
                                        "WHERE announce_type IN ('new', 'cross')"_s)
                                 ->first()
                                 .value(0)
                                 .toInt();
        const int onDemoDay = w.paperModel()->rowCount();
        QVERIFY(distinct > onDemoDay);

        QListView *days = w.sidebar()->dayList();
        QSignalSpy loaded(&w, &MainWindow::rowsLoaded);
        days->setCurrentIndex(days->model()->index(0, 0)); // "All days", as a click picks it
        QVERIFY(w.sidebar()->allDaysSelected());
        QVERIFY(!w.currentDay().isValid());
        // Read in another thread: meanwhile the table is empty and says so.
        QCOMPARE(w.paperModel()->rowCount(), 0);
        QVERIFY2(w.emptyState()->text().contains(u"Reading"_s), qPrintable(w.emptyState()->text()));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(w.paperModel()->rowCount(), distinct);
        QVERIFY(!w.currentPaperId().isEmpty()); // the first row is selected
        QVERIFY(!w.paperTable()->isColumnHidden(PaperTableModel::Announced));
        QVERIFY(!w.action(u"scoreDay"_s)->isEnabled()); // scoring is per day
        QSet<QDate> announced;
        for (int r = 0; r < w.paperModel()->rowCount(); ++r)
            announced.insert(w.paperModel()
                                 ->index(r, PaperTableModel::Announced)
                                 .data(PaperTableModel::UnderlyingDataRole)
                                 .toDate());
        QCOMPARE(announced.size(), 2);
        const int row = w.paperModel()->rowOf(starred);
        QVERIFY(row >= 0);
        QVERIFY(w.paperModel()->row(row).starred); // the reader's state shows across days
        QVERIFY(w.paperModel()->row(row).relevance.has_value());

        // The text filter searches every day.
        w.filterEdit()->setText(u"learning"_s);
        QTest::keyClick(w.filterEdit(), Qt::Key_Return);
        const int matches = w.filterModel()->rowCount();
        QVERIFY(matches > 0 && matches < distinct);
        QSet<QDate> matchedDays;
        for (int r = 0; r < matches; ++r)
            matchedDays.insert(w.filterModel()
                                   ->index(r, PaperTableModel::Announced)
                                   .data(PaperTableModel::UnderlyingDataRole)
                                   .toDate());
        QCOMPARE(matchedDays.size(), 2);
        w.action(u"clearFilter"_s)->trigger();
        QCOMPARE(w.filterModel()->rowCount(), distinct);

        // A reload (after a run or an import) stays on "All days"; picking a day goes back.
        w.paperTable()->setCurrentIndex(w.filterModel()->mapFromSource(w.paperModel()->index(row, PaperTableModel::Title)));
        QCOMPARE(w.currentPaperId(), starred);
        loaded.clear();
        w.reload();
        QVERIFY(w.sidebar()->allDaysSelected());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(w.paperModel()->rowCount(), distinct);
        QCOMPARE(w.currentPaperId(), starred); // the reload kept the paper

        // Choosing a day while the library is still being read: the late rows are dropped.
        loaded.clear();
        w.reload();
        days->setCurrentIndex(days->model()->index(1, 0));
        QCOMPARE(loaded.size(), 1); // the day's rows, at once
        QThreadPool::globalInstance()->waitForDone(); // the library's read ends...
        QCoreApplication::sendPostedEvents();          // ...and its result is delivered
        QCOMPARE(loaded.size(), 1);                    // and dropped
        QCOMPARE(w.currentDay(), demoDay);
        QCOMPARE(w.paperModel()->rowCount(), onDemoDay);
        days->setCurrentIndex(days->model()->index(1, 0));
        QCOMPARE(w.currentDay(), demoDay);
        QCOMPARE(w.paperModel()->rowCount(), onDemoDay);
        QVERIFY(w.paperTable()->isColumnHidden(PaperTableModel::Announced));
        // A personal library has no one else's stars to count.
        QVERIFY(w.paperTable()->isColumnHidden(PaperTableModel::LabStars));
        QVERIFY(w.action(u"scoreDay"_s)->isEnabled());

        // The Starred view spans every day; a day picked from it shows that day, every paper.
        w.sidebar()->setCurrentView(Sidebar::View::Starred);
        QCOMPARE(w.paperModel()->rowCount(), 1);
        QCOMPARE(w.currentPaperId(), starred);
        days->setCurrentIndex(days->model()->index(2, 0)); // the earlier day
        QCOMPARE(w.sidebar()->currentView(), Sidebar::View::All);
        QVERIFY(w.currentDay() < demoDay);
        const auto earlier = w.library()->rowsForDay(w.currentDay());
        QVERIFY(earlier && !earlier->isEmpty());
        QCOMPARE(w.paperModel()->rowCount(), earlier->size());
        QCOMPARE(w.filterModel()->rowCount(), earlier->size());
    }

    void aMissedDayIsRecoveredFromTheWindow()
    {
        Test::Sandbox sandbox;
        Test::FakeArxivServer server;
        QVERIFY(server.listen());
        // Real API pages: ten papers, then arXiv's answer when nothing is left.
        server.enqueue(u"/api/query"_s,
            Test::FakeArxivServer::Reply::ok(Test::readFixture(u"arxiv/api_search_all-testing_start10_max10.xml"_s)));
        server.enqueue(u"/api/query"_s,
            Test::FakeArxivServer::Reply::ok(Test::readFixture(u"arxiv/api_id-list_0000.0000_zero-results.xml"_s)));
        {
            Settings settings;
            settings.set(Settings::ApiBaseUrl, server.apiUrl().toString());
            settings.set(Settings::RequestSpacingMs, 50);
            settings.set(Settings::Categories, u"cs.SE,cs.LG"_s);
            settings.set(Settings::Scorer, u"keyword"_s);
        }
        // The library holds Friday 13 and Tuesday 17 June 2025; Monday 16 was never fetched.
        const QDate missed(2025, 6, 16);
        {
            auto feed = FeedParser::parse(
                Test::readFixture(u"arxiv/rss2_daily_cs-lg_fetched-2025-03-25.xml"_s), u"fixture"_s);
            QVERIFY2(feed, qPrintable(feed.errorMessage()));
            auto writer = Database::open(AppPaths::databaseFile());
            QVERIFY2(writer, qPrintable(writer.errorMessage()));
            for (const QDate day : { QDate(2025, 6, 13), QDate(2025, 6, 17) }) {
                ParsedFeed dated = *feed;
                dated.info.feedDay = day;
                for (Paper &p : dated.papers)
                    p.announced = day;
                QVERIFY(PaperRepository(**writer).importFeed(dated));
            }
        }
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(!w.isCountingDays());
        QListView *days = w.sidebar()->dayList();
        const int gap = w.sidebar()->dayModel()->rowOf(missed);
        QVERIFY(gap > 0);
        QVERIFY(days->model()->index(gap, 0).data(DayListModel::NotFetchedRole).toBool());
        days->setCurrentIndex(days->model()->index(gap, 0));
        QCOMPARE(w.currentDay(), missed);

        // The gap says what happened and offers Recover; scoring a day with nothing in it is not.
        QAction *recover = w.action(u"recoverDay"_s);
        QVERIFY(recover->isEnabled());
        QVERIFY(!w.action(u"scoreDay"_s)->isEnabled());
        QVERIFY2(w.emptyState()->text().contains(u"never fetched"_s), qPrintable(w.emptyState()->text()));
        QVERIFY(w.emptyState()->findChild<QPushButton *>());

        QSignalSpy finished(w.runController(), &RunController::finished);
        w.emptyState()->findChild<QPushButton *>()->click();
        QVERIFY(!recover->isEnabled()); // one run at a time
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().first().value<RunResult>();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY2(result.notice.contains(u"10 papers"_s), qPrintable(result.notice));
        // Monday's feed: Sunday evening's announcement, submitted Thursday 14:00 to Friday 14:00 ET.
        QCOMPARE(server.requests().first().queryValue(u"search_query"_s),
            u"(cat:cs.SE OR cat:cs.LG) AND submittedDate:[202506121800 TO 202506131759]"_s);

        // The day now holds the recovered papers, scored, and says it was recovered.
        QTRY_VERIFY(!w.isCountingDays());
        QCOMPARE(w.currentDay(), missed);
        QCOMPARE(w.paperModel()->rowCount(), 10);
        // Scored where listed in a followed category (the fixture's page also has three that are not).
        int scored = 0;
        for (int r = 0; r < 10; ++r) {
            const PaperRow &row = w.paperModel()->row(r);
            const bool followed = row.category == u"cs.SE"_s || row.category == u"cs.LG"_s;
            QCOMPARE(row.relevance.has_value(), followed);
            scored += followed;
        }
        QCOMPARE(scored, 7);
        const QModelIndex recovered = days->model()->index(w.sidebar()->dayModel()->rowOf(missed), 0);
        QVERIFY(!recovered.data(DayListModel::NotFetchedRole).toBool());
        QVERIFY2(recovered.data(Qt::ToolTipRole).toString().contains(u"recovered"_s),
            qPrintable(recovered.data(Qt::ToolTipRole).toString()));
        QVERIFY(!recover->isEnabled());
        QVERIFY(w.action(u"scoreDay"_s)->isEnabled());
        auto db = Database::open(AppPaths::databaseFile(), Database::Mode::ReadOnly);
        QVERIFY(db);
        QCOMPARE(RunLog(**db).recoveredIds(missed)->size(), 10);
    }

    void keyboardTriageReachesTheDatabase()
    {
        Test::Sandbox sandbox;
        MainWindow w;
        w.setReadDwellMs(50);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        openDemo(w);
        w.paperTable()->setFocus();
        const QString first = w.currentPaperId();
        QVERIFY(!first.isEmpty());
        QTest::keyClick(w.paperTable(), Qt::Key_J);
        const QString second = w.currentPaperId();
        QVERIFY(second != first);
        QTest::keyClick(w.paperTable(), Qt::Key_K);
        QCOMPARE(w.currentPaperId(), first);

        QTest::keyClick(w.paperTable(), Qt::Key_S);
        QVERIFY(stateOf(first).starred);
        QTest::keyClick(w.paperTable(), Qt::Key_S);
        QVERIFY(!stateOf(first).starred);

        QTest::keyClick(w.paperTable(), Qt::Key_M);
        QVERIFY(stateOf(first).read);
        QTest::keyClick(w.paperTable(), Qt::Key_M);
        QVERIFY(!stateOf(first).read);

        // Dwelling on a paper marks it read; skimming past does not.
        QTest::keyClick(w.paperTable(), Qt::Key_J);
        QTest::keyClick(w.paperTable(), Qt::Key_J);
        QTRY_VERIFY(stateOf(w.currentPaperId()).read);
        QVERIFY(!stateOf(second).read);

        // Notes are saved as you type.
        auto *notes = w.paperView()->findChild<QPlainTextEdit *>(u"notes"_s);
        notes->setFocus();
        QTest::keyClicks(notes, u"read with the MoE group"_s);
        // Bare letters typed into the note did not star or move anything.
        QVERIFY(!stateOf(w.currentPaperId()).starred);
        QTRY_COMPARE(stateOf(w.currentPaperId()).note, u"read with the MoE group"_s);

        // Shift+A marks the view read; undo restores.
        w.paperTable()->setFocus();
        QTest::keyClick(w.paperTable(), Qt::Key_A, Qt::ShiftModifier);
        QVERIFY(stateOf(second).read);
        w.action(u"undo"_s)->trigger();
        QVERIFY(!stateOf(second).read);

        // '/' focuses the filter.
        QTest::keyClick(w.paperTable(), Qt::Key_Slash);
        QVERIFY(w.filterEdit()->hasFocus());
    }

    void guiStaysResponsiveDuringARunAgainstASlowEndpoint()
    {
        Test::Sandbox sandbox;
        Test::FakeLlmServer server;
        QVERIFY(server.start());
        server.setHandler([](const Test::FakeLlmRequest &r) {
            auto response = Test::FakeLlmServer::scorePapers()(r);
            response.delayMs = 150;
            return response;
        });
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        openDemo(w);

        Settings settings;
        settings.set(Settings::Scorer, u"llm"_s);
        settings.set(Settings::BaseUrl, server.baseUrl().toString());
        settings.set(Settings::Preset, u"custom"_s);
        settings.set(Settings::TitleFilter, false);
        settings.set(Settings::BudgetUsd, 0);
        settings.set(Settings::BatchSize, 10);
        settings.set(Settings::AdaptiveBatch, false); // many requests: a long run to watch
        settings.set(Settings::Concurrency, 2);
        settings.sync();

        // A timer on the GUI thread keeps firing while the worker scores 318 papers.
        QElapsedTimer clock;
        qint64 last = -1, worstGap = 0;
        int ticks = 0;
        QTimer timer;
        timer.setInterval(10);
        bool measuring = false; // idle baseline, then only while the run is in progress
        connect(&timer, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            if (measuring && !w.runController()->isRunning()) {
                last = -1; // the run ended: the reload after it is not part of "during"
                return;
            }
            if (last >= 0)
                worstGap = qMax(worstGap, now - last);
            last = now;
            ++ticks;
        });
        // Blocking the GUI on the network or on a bulk write stops the timer for seconds; a busy
        // machine's scheduler delays a tick by a fraction of one. So the bound here only tells
        // blocking from scheduling; how smooth the window feels is for benchmarks, not tests.
        measuring = true;
        QSignalSpy finished(w.runController(), &RunController::finished);
        clock.start();
        timer.start();
        QVERIFY(w.startRun([] {
            RunOptions o = RunOptions::fromSettings(Settings());
            o.day = QDate(2025, 6, 16);
            o.fetch = false;
            return o;
        }(), u"Scoring"_s));
        QVERIFY(w.action(u"stop"_s)->isEnabled());
        QVERIFY(finished.wait(120000));
        timer.stop();
        const auto result = finished.first().first().value<RunResult>();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.summary.scannedPapers, 318);
        QVERIFY(server.requestCount() >= 32);
        QVERIFY(ticks > 20);
        qInfo() << "worst GUI timer gap during the run:" << worstGap << "ms over" << ticks << "ticks";
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
        // Sanitizers slow every instruction 2–3×; there the ticks above are the check.
        QVERIFY2(worstGap < 1000, qPrintable(u"the GUI stood still for %1 ms during the run"_s.arg(worstGap)));
#endif
        QVERIFY(!w.action(u"stop"_s)->isEnabled());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
