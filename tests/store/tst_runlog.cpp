// RunLog over a real SQLite file: runs and the feeds' conditional-request state.
#include "storetest.h"
#include "store/runlog.h"

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

class TestRunLog : public StoreTest
{
    Q_OBJECT

private slots:
    void runs()
    {
        PaperRepository papers(*m_db);
        ScoreStore scores(*m_db);
        RunLog runLog(*m_db);
        RunSummary r;
        r.day = day1;
        r.categories = {u"cs.LG"_s, u"cs.AI"_s};
        r.announceTypes = {u"new"_s, u"cross"_s};
        r.model = u"gpt-4o"_s;
        r.criteriaSha256 = u"abc"_s;
        r.promptVersion = u"v1"_s;
        r.state = R"({"batches":[1,2]})";
        auto id = runLog.startRun(r);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        QVERIFY(*id > 0);

        auto got = runLog.run(*id);
        QVERIFY(got && got->has_value());
        QCOMPARE((*got)->id, *id);
        QCOMPARE((*got)->status, RunStatus::Running);
        QCOMPARE((*got)->categories, r.categories);
        QCOMPARE((*got)->announceTypes, r.announceTypes);
        QCOMPARE((*got)->state, r.state);
        QVERIFY((*got)->started.isValid());
        QVERIFY(!(*got)->costUsd.has_value()); // unknown, not zero
        // On a shared library a run whose connection lives is still working (on another machine).
        QCOMPARE(runLog.unfinishedRuns()->size(), onPostgres() ? 0 : 1);

        RunSummary done = **got;
        done.totalPapers = 610;
        done.scannedPapers = 318;
        done.relevantPapers = 26;
        done.tokens = {120000, 80000, 9000};
        done.costUsd = 0.25;
        done.status = RunStatus::Done;
        done.finished = QDateTime::currentDateTimeUtc();
        QVERIFY(runLog.updateRun(done));
        const RunSummary back = **runLog.run(*id);
        QCOMPARE(back.totalPapers, 610);
        QCOMPARE(back.scannedPapers, 318);
        QCOMPARE(back.relevantPapers, 26);
        QCOMPARE(back.tokens, done.tokens);
        QCOMPARE(back.costUsd, std::optional<double>(0.25));
        QCOMPARE(back.status, RunStatus::Done);
        QVERIFY(back.finished.isValid());
        QVERIFY(runLog.unfinishedRuns()->isEmpty());

        RunSummary second = r;
        second.day = day2;
        second.status = RunStatus::Failed;
        second.error = u"arXiv answered HTTP 503"_s;
        const qint64 id2 = *runLog.startRun(second);
        QCOMPARE((**runLog.lastRun()).id, id2);
        QCOMPARE((**runLog.lastRun()).error, second.error);
        QCOMPARE(runLog.runsForDay(day1)->size(), 1);
        QCOMPARE(runLog.runsForDay(day2)->first().status, RunStatus::Failed);
        QVERIFY(!runLog.run(9999)->has_value());
        RunSummary ghost = r;
        ghost.id = 9999;
        QVERIFY(!runLog.updateRun(ghost));

        // Scores remember their run; deleting a run keeps the scores.
        QVERIFY(papers.importFeed(dayOneFeed()));
        const QString sha = saveCriteria();
        QVERIFY(scores.saveScores({makeScore(u"2506.00001"_s, 1, sha, 5, 5)}, *id));
        QCOMPARE(count(u"SELECT run_id FROM scores"_s), int(*id));
        QVERIFY(m_db->exec(u"DELETE FROM runs WHERE id = ?"_s, {*id}));
        QCOMPARE(count(u"SELECT count(*) FROM scores WHERE run_id IS NULL"_s), 1);
    }

    // A run on a shared library counts as interrupted only once its process (its connection) is gone.
    void runOfAGoneProcessIsInterrupted()
    {
        if (!onPostgres())
            QSKIP("an SQLite library has one run at a time, under its lock file");
        RunSummary r;
        r.day = day1;
        qint64 id = 0;
        {
            auto other = Database::open(location());
            QVERIFY2(other, qPrintable(other.errorMessage()));
            auto started = RunLog(**other).startRun(r);
            QVERIFY2(started, qPrintable(started.errorMessage()));
            id = *started;
            QCOMPARE(RunLog(*m_db).unfinishedRuns()->size(), 0); // working
        }
        // Its connection closed: interrupted, once the server has ended that session (moments later).
        QTRY_COMPARE_WITH_TIMEOUT(RunLog(*m_db).unfinishedRuns()->size(), 1, 5000);
        QCOMPARE(RunLog(*m_db).unfinishedRuns()->first().id, id);
    }

    void feedState()
    {
        RunLog runLog(*m_db);
        const QString url = u"https://rss.arxiv.org/rss/cs.LG+cs.AI"_s;
        QVERIFY(!runLog.feedState(url)->has_value());
        FeedState f;
        f.url = url;
        f.etag = u"W/\"abc\""_s;
        f.lastModified = u"Mon, 16 Jun 2025 04:00:00 GMT"_s;
        f.feedDay = day1;
        f.ids = {u"2506.00001"_s, u"2506.00002"_s};
        f.idsHash = u"deadbeef"_s;
        f.fetchedAt = QDateTime(QDate(2025, 6, 17), QTime(0, 5), QTimeZone::UTC);
        QVERIFY(runLog.saveFeedState(f));
        FeedState back = **runLog.feedState(url);
        QCOMPARE(back.etag, f.etag);
        QCOMPARE(back.lastModified, f.lastModified);
        QCOMPARE(back.feedDay, day1);
        QCOMPARE(back.ids, f.ids);
        QCOMPARE(back.idsHash, f.idsHash);
        QCOMPARE(back.fetchedAt, f.fetchedAt);
        f.etag = u"W/\"def\""_s;
        QVERIFY(runLog.saveFeedState(f));
        QCOMPARE((**runLog.feedState(url)).etag, f.etag);
        QCOMPARE(count(u"SELECT count(*) FROM feed_state"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestRunLog)
#include "tst_runlog.moc"
