// The window's one gateway to the database: reads on one connection, the reader's writes on
// another, and a write either completes or is reported failed through writeFailed — it is
// retried only while the database is busy (a run holds the write lock), never on other errors.
#include "arxiv/feedparser.h"
#include "config/settings.h"
#include "library.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "papertablemodel.h"
#include "store/database.h"
#include "store/paperrepository.h"
#include "store/userstatestore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

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
};

QTEST_MAIN(TestLibrary)
#include "tst_library.moc"
