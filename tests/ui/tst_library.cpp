// The window's one gateway to the database: reads on one connection, the reader's writes on
// another, and a write either completes or is reported failed through writeFailed — it is
// retried only while the database is busy (a run holds the write lock), never on other errors.
#include "arxiv/feedparser.h"
#include "config/settings.h"
#include "library.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "papertablemodel.h"
#include "sidebar.h"
#include "store/database.h"
#include "store/paperrepository.h"
#include "store/userstatestore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QtConcurrentRun>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {
/// A writer beside the window's connections, with the first paper of a real day in it.
struct Day
{
    std::unique_ptr<Database> db;
    QString paperId;
};

Day importDay()
{
    Day out;
    auto db = Database::open(AppPaths::databaseFile());
    if (!db)
        qFatal("database: %s", qPrintable(db.errorMessage()));
    out.db = std::move(db).value();
    auto feed = FeedParser::parse(Test::readFixture(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s), u"cs-ai"_s);
    if (!feed || !PaperRepository(*out.db).importFeed(*feed))
        qFatal("import failed");
    out.paperId = feed->papers.first().id;
    return out;
}

// Every later write of a reader's state fails as a broken database would (not busy, not a
// constraint): the trigger names a table that does not exist.
bool breakUserStateWrites(Database &db)
{
    return bool(db.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON user_state BEGIN "
                        "INSERT INTO no_such_table_of_the_test VALUES (1); END"_s));
}

bool starredInDatabase(Database &db, const QString &id)
{
    return UserStateStore(db).userState(id)->starred;
}
} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private slots:
    void aBusyDatabaseDelaysTheWriteUntilItIsFree()
    {
        Test::Sandbox sandbox;
        Day d = importDay();
        Library library;
        QVERIFY(library.open());
        QSignalSpy failed(&library, &Library::writeFailed);

        // As a run's worker does for a batch: hold the write lock.
        QVERIFY(d.db->exec(u"BEGIN IMMEDIATE"_s));
        library.setStarred({ d.paperId }, true);
        QVERIFY(library.hasPendingWrites());
        QVERIFY(!starredInDatabase(*d.db, d.paperId));
        bool stored = false;
        library.saveCriteria({ u"- Relevant: spiking networks"_s }, [&stored] {
            stored = true;
        });
        QVERIFY(!stored); // queued behind the star, in order, and not reported as done

        QVERIFY(d.db->exec(u"COMMIT"_s));
        QTRY_VERIFY(!library.hasPendingWrites());
        QVERIFY(starredInDatabase(*d.db, d.paperId));
        QVERIFY(stored);
        QCOMPARE(failed.count(), 0);
    }

    void aFailingWriteIsReportedAtOnceAndNotRetried()
    {
        Test::Sandbox sandbox;
        Day d = importDay();
        Library library;
        QVERIFY(library.open());
        QSignalSpy failed(&library, &Library::writeFailed);
        // Not busy: a write the database refuses (as a full disk or a broken file would).
        QVERIFY(breakUserStateWrites(*d.db));
        bool stored = false;
        library.setStarred({ d.paperId }, true);
        library.saveCriteria({ u"- Relevant: sparse autoencoders"_s }, [&stored] {
            stored = true;
        });
        QCOMPARE(failed.count(), 1); // the star; the criteria went in
        QVERIFY2(failed.first().first().toString().contains(u"no_such_table_of_the_test"_s),
            qPrintable(failed.first().first().toString()));
        QVERIFY(!library.hasPendingWrites());
        QVERIFY(stored);
        QVERIFY(!starredInDatabase(*d.db, d.paperId));
    }

    // The window shows the failure in its message bar, and the table shows what the database
    // holds, not what the failed write promised.
    void theWindowSaysAWriteFailed()
    {
        Test::Sandbox sandbox;
        Day d = importDay();
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.paperModel()->rowCount() > 0);
        QVERIFY(breakUserStateWrites(*d.db));
        w.paperTable()->setFocus();
        const QString id = w.currentPaperId();
        QVERIFY(!id.isEmpty());
        QTest::keyClick(w.paperTable(), Qt::Key_S);
        QVERIFY(w.messageBar()->isVisible());
        QVERIFY2(w.messageBar()->text().contains(u"could not be saved"_s), qPrintable(w.messageBar()->text()));
        QVERIFY(w.messageBar()->text().contains(u"no_such_table_of_the_test"_s));
        QVERIFY(!w.paperModel()->row(w.paperModel()->rowOf(id)).starred);
    }

    // The day list shows at once (the listings' day index) and is counted in another thread on a
    // connection of its own: the same counts as days() on the window's, shown in place.
    void theDaysShowAtOnceAndAreCountedInAnotherThread()
    {
        Test::Sandbox sandbox;
        Day d = importDay();
        Library library;
        QVERIFY(library.open());
        const auto counted = library.days();
        QVERIFY2(counted, qPrintable(counted.errorMessage()));
        QCOMPARE(counted->size(), 1);
        QVERIFY(counted->first().papers > 100);
        const auto uncounted = library.uncountedDays();
        QVERIFY(uncounted);
        QCOMPARE(uncounted->size(), 1);
        QCOMPARE(uncounted->first().day, counted->first().day);
        QVERIFY(!uncounted->first().counted);

        QFuture<Result<QList<DayInfo>>> job = QtConcurrent::run(library.daysJob());
        const Result<QList<DayInfo>> inThread = job.takeResult();
        QVERIFY2(inThread, qPrintable(inThread.errorMessage()));
        QCOMPARE(inThread->first().papers, counted->first().papers);
        QCOMPARE(inThread->first().scored, counted->first().scored);
        QCOMPARE(inThread->first().relevant, counted->first().relevant);

        DayListModel model;
        model.setDays(*uncounted);
        const QModelIndex day = model.index(1, 0);
        QVERIFY(!model.isCounted());
        QVERIFY(day.data(DayListModel::PapersRole).isNull()); // not a count of 0
        QVERIFY(day.data(Qt::ToolTipRole).toString().contains(u"counting"_s));
        // Counts for other days (the library changed meanwhile) are refused, and nothing changes.
        QList<DayInfo> otherDays = *inThread;
        otherDays.first().day = otherDays.first().day.addDays(-1);
        QVERIFY(!model.setCounts(otherDays));
        QVERIFY(!model.isCounted());
        QVERIFY(model.setCounts(*inThread));
        QVERIFY(model.isCounted());
        QCOMPARE(day.data(DayListModel::PapersRole).toInt(), counted->first().papers);
        // A reload shows the counts it had until the new ones come.
        const QList<DayInfo> carried = model.withShownCounts(*uncounted);
        QVERIFY(carried.first().counted);
        QCOMPARE(carried.first().papers, counted->first().papers);

        // The window: the days at once, uncounted, then counted when the other thread is done.
        MainWindow w;
        QSignalSpy countsShown(&w, &MainWindow::daysCounted);
        QVERIFY(w.isCountingDays());
        QCOMPARE(w.sidebar()->dayModel()->rowCount(), 2); // "All days" and the day
        QVERIFY(!w.sidebar()->dayModel()->isCounted());
        QVERIFY(w.paperModel()->rowCount() > 100); // the day's rows do not wait for the counts
        QVERIFY(countsShown.wait());
        QVERIFY(!w.isCountingDays());
        QCOMPARE(w.sidebar()->dayModel()->index(1, 0).data(DayListModel::PapersRole).toInt(), counted->first().papers);
        Q_UNUSED(d);
    }
};

QTEST_MAIN(TestLibrary)
#include "tst_library.moc"
