// LibraryQuery over a real SQLite file: the rows of a table and the counts of the day list.
#include "store/libraryquery.h"
#include "store/userstatestore.h"
#include "storetest.h"

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

class TestLibraryQuery : public StoreTest
{
    Q_OBJECT

private slots:
    void listedPapersForATable()
    {
        PaperRepository papers(*m_db);
        LibraryQuery library(*m_db);
        ScoreStore scores(*m_db);
        UserStateStore userStates(*m_db);
        // Quotes and backslashes in names take the JSON parser's path, plain names the quick one.
        const QStringList odd = { u"Conan O\"Brien"_s, u"A\\B"_s, u"Zoë Ünal"_s };
        QVERIFY(papers.importFeed(dayOneFeed()));
        QVERIFY(papers.importFeed(makeFeed(day2, { u"cs.LG"_s },
            { makePaper(u"2506.00009"_s, 1, u"Day Two Paper"_s, { u"cs.LG"_s }, AnnounceType::New, odd),
                makePaper(u"2506.00003"_s, 2, u"Graph Kernels Revisited"_s, { u"stat.ML"_s, u"cs.LG"_s },
                    AnnounceType::Cross) })));
        const QString sha = saveCriteria();
        Score scored = makeScore(u"2506.00001"_s, 1, sha, 7, 6);
        scored.scoredAt = QDateTime(day1, QTime(1, 0), QTimeZone::UTC);
        Score failedLater = makeScore(u"2506.00001"_s, 1, sha, std::nullopt, std::nullopt, u"other-model"_s);
        failedLater.scoredAt = QDateTime(day1, QTime(2, 0), QTimeZone::UTC);
        Score older = makeScore(u"2506.00002"_s, 1, sha, 2, 2);
        older.scoredAt = QDateTime(day1, QTime(1, 0), QTimeZone::UTC);
        Score newer = makeScore(u"2506.00002"_s, 1, sha, 9, 8, u"other-model"_s);
        newer.scoredAt = QDateTime(day1, QTime(3, 0), QTimeZone::UTC);
        const QString otherSha = saveCriteria(u"other"_s);
        QVERIFY(
            scores.saveScores({ scored, failedLater, older, newer, makeScore(u"2506.00009"_s, 1, otherSha, 5, 5) }));
        QVERIFY(userStates.setStarred(u"2506.00003"_s, true));
        QVERIFY(userStates.setRead(u"2506.00009"_s, true));

        auto all = library.listedPapers({ QDate(), QDate(), {}, sha });
        QVERIFY2(all, qPrintable(all.errorMessage()));
        QStringList ids;
        for (const ListedPaper &l : std::as_const(*all))
            ids.append(l.id);
        QCOMPARE(
            ids, (QStringList { u"2506.00001"_s, u"2506.00002"_s, u"2506.00003"_s, u"2506.00004"_s, u"2506.00009"_s }));
        const ListedPaper &graph = all->at(2); // listed on both days: the latest one counts
        QCOMPARE(graph.day, day2);
        QCOMPARE(graph.category, u"cs.LG"_s);
        QCOMPARE(graph.announceType, AnnounceType::Cross);
        QCOMPARE(graph.firstAnnounced, day1);
        QVERIFY(graph.starred);
        QVERIFY(!graph.read);
        QCOMPARE(all->at(0).relevance, 7); // a later failure does not hide the score
        // The table reads no comments; its tooltip asks for the one of the score that counts.
        const auto counting = ScoreStore(*m_db).countingScores({ sha }, QStringList { u"2506.00001"_s });
        QVERIFY(counting);
        QCOMPARE(counting->value(u"2506.00001"_s).comment, u"comment on 2506.00001"_s);
        QCOMPARE(all->at(1).relevance, 9); // the newest score, whatever the model
        QCOMPARE(all->at(1).novelty, 8);
        QVERIFY(!all->at(3).relevance); // never scored
        // Scored only with other criteria: that score still counts, marked as made with them.
        QCOMPARE(all->at(4).relevance, 5);
        QCOMPARE(all->at(4).scoreCriteriaSha256, otherSha);
        QCOMPARE(all->at(1).scoreCriteriaSha256, sha);
        QCOMPARE(all->at(1).scoreModel, u"other-model"_s);
        QVERIFY(all->at(3).scoreModel.isEmpty());
        QCOMPARE(all->at(4).authors, odd);
        QVERIFY(all->at(4).read);
        QCOMPARE(all->at(0).categories, (QStringList { u"cs.LG"_s, u"cs.AI"_s }));
        QCOMPARE(all->at(0).category, u"cs.AI"_s); // new in both of the day's categories: the first by name
        QCOMPARE(papers.paper(u"2506.00009"_s)->value().paper.authors, odd);

        // One day: only its papers, with that day's listing.
        auto one = library.listedPapers({ day1, day1, { AnnounceType::New }, sha });
        QVERIFY2(one, qPrintable(one.errorMessage()));
        QCOMPARE(one->size(), 2);
        QCOMPARE(one->at(0).day, day1);
        QCOMPARE(one->at(1).relevance, 9);
        auto dayTwo = library.listedPapers({ day2, day2, {}, sha });
        QCOMPARE(dayTwo->size(), 2);
        QVERIFY(dayTwo->at(0).starred);

        // By id: in the order asked, unknown ids left out, scores and states filled in.
        auto byId = library.listedPapers({ u"2506.00009"_s, u"2506.99999"_s, u"2506.00002"_s }, sha);
        QVERIFY2(byId, qPrintable(byId.errorMessage()));
        QCOMPARE(byId->size(), 2);
        QCOMPARE(byId->at(0).id, u"2506.00009"_s);
        QCOMPARE(byId->at(0).day, day2);
        QVERIFY(byId->at(0).read);
        QCOMPARE(byId->at(1).relevance, 9);
    }

    void days()
    {
        QString sha, other;
        scoreTwoDays(sha, other);
        if (QTest::currentTestFailed())
            return;
        LibraryQuery library(*m_db);
        DayQuery q;
        q.criteriaSha256 = sha;
        auto days = library.days(q);
        QVERIFY2(days, qPrintable(days.errorMessage()));
        QCOMPARE(days->size(), 2);
        QCOMPARE(days->at(0).day, day2); // newest first
        QCOMPARE(days->at(0).papers, 1);
        QCOMPARE(days->at(0).relevant, 1);
        QCOMPARE(days->at(1).day, day1);
        QCOMPARE(days->at(1).papers, 4);
        QCOMPARE(days->at(1).scored, 4);
        QCOMPARE(days->at(1).relevant, 3); // 00001 (9/9), 00002 (8/9), 00004 (keyword 8, no novelty)

        q.model = u"gpt-4o"_s;
        q.announceTypes = { AnnounceType::New };
        auto newOnly = library.days(q);
        QCOMPARE(newOnly->at(1).papers, 2);
        QCOMPARE(newOnly->at(1).relevant, 2);
        q = {};
        q.relevanceCutoff = 10;
        q.noveltyCutoff = 10;
        QCOMPARE(library.days(q)->at(1).relevant, 0);
        QCOMPARE(library.days(q)->at(0).relevant, 1);
    }

    // The day list needs each listed paper's score that counts. The rule ranks each paper's scores
    // once, in one pass over the scores (in the primary key's paper order, or sorted), materialised, and the
    // listings then probe that result by paper: linear in the library. (A plan that looked at the
    // scores once per listing took minutes at 200,000 papers.) Ask SQLite for the real plan.
    void dayCountsRankTheScoresOnceAndProbeByPaper()
    {
        if (onPostgres())
            QSKIP("a plan of SQLite's; PostgreSQL's planner is measured by the benchmark (bench_ui)");
        QVERIFY(PaperRepository(*m_db).importFeed(dayOneFeed()));
        const QString sha = saveCriteria();
        QVERIFY(ScoreStore(*m_db).saveScores({ makeScore(u"2506.00001"_s, 1, sha, 9, 9) }));

        for (const QString &model : { QString(), u"gpt-4o"_s }) {
            DayQuery q;
            q.criteriaSha256 = sha;
            q.model = model;
            const QStringList plan = planOf(LibraryQuery::daysStatement(q));
            const QString shown = plan.join(u" | "_s);
            const QStringList steps = scoreSteps(plan);
            QVERIFY2(steps.size() == 1, qPrintable(shown));
            QVERIFY2(steps.first().startsWith(u"SCAN s"_s), qPrintable(shown)); // one pass (sorted, at worst)
            QVERIFY2(plan.contains(u"MATERIALIZE ranked"_s), qPrintable(shown));
            QVERIFY2(std::any_of(plan.cbegin(), plan.cend(),
                         [](const QString &step) {
                             return step.startsWith(u"SEARCH ranked"_s) && step.contains(u"paper_id=?"_s);
                         }),
                qPrintable(shown));
        }
    }

    // All days reads every listing by paper, newest first, from one covering index (schema 9): no
    // lookup of each listing in the table and no sort, which were a quarter of its SQL at 200,000
    // papers. The index holds typeRank()'s CASE; were the two to drift apart, SQLite would sort
    // again, and this plan would say so. With the announce types filtered, as the window does.
    void wholeLibraryIsReadInTheListingIndexOrder()
    {
        if (onPostgres())
            QSKIP("a plan of SQLite's; PostgreSQL's planner is measured by the benchmark (bench_ui_pg)");
        QVERIFY(PaperRepository(*m_db).importFeed(dayOneFeed()));
        for (const QList<AnnounceType> &types : { QList<AnnounceType>(), QList { AnnounceType::New, AnnounceType::Cross } }) {
            const QStringList plan = planOf(LibraryQuery(*m_db).listedPapersStatement({ QDate(), QDate(), types, {} }));
            const QString shown = plan.join(u" | "_s);
            QVERIFY2(plan.size() == 2, qPrintable(shown));
            QVERIFY2(plan.at(0) == u"SCAN l USING COVERING INDEX listings_paper_order"_s, qPrintable(shown));
            QVERIFY2(plan.at(1).startsWith(u"SEARCH p USING COVERING INDEX papers_listing (id=?)"_s), qPrintable(shown));
        }
    }
};

QTEST_GUILESS_MAIN(TestLibraryQuery)
#include "tst_libraryquery.moc"
