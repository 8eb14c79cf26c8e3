// ScoreStore over a real SQLite file: criteria versions, the score cache, latest scores.
#include "storetest.h"
#include "domain/criteria.h"

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

class TestScoreStore : public StoreTest
{
    Q_OBJECT

private slots:
    void criteriaVersionsWithCounts()
    {
        PaperRepository papers(*m_db);
        ScoreStore scores(*m_db);
        QVERIFY(papers.importFeed(dayOneFeed()));
        const QString text = u"## Topics\r\n- tables\r\n"_s;
        auto sha = scores.saveCriteria(text);
        QVERIFY2(sha, qPrintable(sha.errorMessage()));
        QCOMPARE(*sha, Criteria{text}.sha256());
        QCOMPARE(*scores.saveCriteria(text), *sha); // once per hash
        QCOMPARE(**scores.criteriaText(*sha), u"## Topics\n- tables\n"_s);
        QVERIFY(!scores.criteriaText(u"nope"_s)->has_value());
        const QString other = saveCriteria(u"## Topics\n- graphs\n"_s);

        QVERIFY(scores.saveScores({makeScore(u"2506.00001"_s, 1, *sha, 9, 8),
                                     makeScore(u"2506.00002"_s, 1, *sha, 3, 2),
                                     makeScore(u"2506.00003"_s, 2, *sha, std::nullopt, std::nullopt),
                                     makeScore(u"2506.00001"_s, 1, *sha, 7, 7, u"keyword"_s)}));
        auto versions = scores.criteriaVersions();
        QVERIFY2(versions, qPrintable(versions.errorMessage()));
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(0).sha256, other); // newest first
        QCOMPARE(versions->at(0).scoredPapers, 0);
        QVERIFY(!versions->at(0).lastScored.isValid());
        QCOMPARE(versions->at(1).sha256, *sha);
        QCOMPARE(versions->at(1).scoredPapers, 2); // distinct papers, unscored rows not counted
        QVERIFY(versions->at(1).lastScored.isValid());
        QVERIFY(versions->at(1).created.isValid());
    }

    void scoreCache()
    {
        PaperRepository papers(*m_db);
        ScoreStore scores(*m_db);
        QVERIFY(papers.importFeed(dayOneFeed()));
        const QString sha = saveCriteria();
        const Score a = makeScore(u"2506.00001"_s, 1, sha, 9, 8);
        const Score b = makeScore(u"2506.00002"_s, 1, sha, std::nullopt, std::nullopt);
        const ScoreKey c{u"2506.00003"_s, 2, sha, u"gpt-4o"_s, u"v1"_s};
        QVERIFY(scores.saveScores({a, b}, 0));

        auto missing = scores.missingKeys({a.key, b.key, c});
        QVERIFY2(missing, qPrintable(missing.errorMessage()));
        QCOMPARE(*missing, (QList<ScoreKey>{b.key, c})); // unscored rows are tried again

        auto got = scores.score(a.key);
        QVERIFY(got && got->has_value());
        QCOMPARE((*got)->relevance, 9);
        QCOMPARE((*got)->novelty, 8);
        QCOMPARE((*got)->comment, a.comment);
        QCOMPARE((*got)->usage, a.usage);
        QVERIFY((*got)->scoredAt.isValid());
        QVERIFY(!scores.score(c)->has_value());
        const Score gotB = **scores.score(b.key);
        QVERIFY(!gotB.isScored());
        QCOMPARE(gotB.unscoredReason, b.unscoredReason);

        // Never overwrite a score: not with an unscored row, not with other numbers.
        Score lost = a;
        lost.relevance.reset();
        lost.novelty.reset();
        lost.unscoredReason = u"timeout"_s;
        Score different = a;
        different.relevance = 1;
        QVERIFY(scores.saveScores({lost}));
        QVERIFY(scores.saveScores({different}));
        QCOMPARE((**scores.score(a.key)).relevance, 9);
        QCOMPARE((**scores.score(a.key)).unscoredReason, QString());

        // An unscored row gives way to a later score.
        QVERIFY(scores.saveScores({makeScore(u"2506.00002"_s, 1, sha, 6, 5)}));
        QCOMPARE((**scores.score(b.key)).relevance, 6);
        QCOMPARE((**scores.score(b.key)).unscoredReason, QString());
        QCOMPARE(*scores.missingKeys({a.key, b.key, c}), QList<ScoreKey>{c});

        // Another model, prompt version or paper version is another key.
        ScoreKey otherModel = a.key;
        otherModel.model = u"gpt-4o-mini"_s;
        ScoreKey otherPrompt = a.key;
        otherPrompt.promptVersion = u"v2"_s;
        ScoreKey otherVersion = a.key;
        otherVersion.paperVersion = 2;
        QCOMPARE(scores.missingKeys({otherModel, otherPrompt, otherVersion})->size(), 3);
        QCOMPARE(scores.scoresFor({a.key, b.key, c, otherModel})->size(), 2);

        // Bad input fails loudly and stores nothing.
        const int before = count(u"SELECT count(*) FROM scores"_s);
        const Status outOfRange = scores.saveScores({makeScore(u"2506.00003"_s, 2, sha, 11, 5)});
        QVERIFY(!outOfRange);
        QVERIFY2(outOfRange.errorMessage().contains(u"out of range"_s), qPrintable(outOfRange.errorMessage()));
        const Status unknownPaper = scores.saveScores(
            {makeScore(u"2506.00003"_s, 2, sha, 5, 5), makeScore(u"9999.99999"_s, 1, sha, 5, 5)});
        QVERIFY(!unknownPaper);
        QVERIFY2(unknownPaper.errorMessage().contains(u"9999.99999"_s), qPrintable(unknownPaper.errorMessage()));
        const Status unknownCriteria = scores.saveScores({makeScore(u"2506.00003"_s, 2, u"f00d"_s, 5, 5)});
        QVERIFY(!unknownCriteria);
        QCOMPARE(count(u"SELECT count(*) FROM scores"_s), before); // one transaction: all or nothing
    }

    void latestScores()
    {
        QString sha, other;
        scoreTwoDays(sha, other);
        if (QTest::currentTestFailed())
            return;
        ScoreStore scores(*m_db);
        auto latest = scores.latestScores(sha, u"gpt-4o"_s, day1);
        QVERIFY2(latest, qPrintable(latest.errorMessage()));
        QCOMPARE(latest->size(), 3);
        QCOMPARE(latest->value(u"2506.00001"_s).relevance, 9); // a score beats a later failure
        QCOMPARE(latest->value(u"2506.00002"_s).relevance, 8);
        QCOMPARE(scores.latestScores(sha, QString(), day1)->size(), 4); // any model
        QCOMPARE(scores.latestScores(sha, u"gpt-4o"_s)->size(), 4);     // any day
        QCOMPARE(scores.latestScores(other, u"gpt-4o"_s, day1)->value(u"2506.00002"_s).relevance, 2);

        auto forPaper = scores.scoresForPaper(u"2506.00001"_s);
        QCOMPARE(forPaper->size(), 3);
        QCOMPARE(forPaper->first().key.promptVersion, u"v3"_s); // newest first
    }

    // A day's digest looks scores up by criteria and paper for every listing. Without an index
    // leading with (criteria, paper) SQLite scans every score of the criteria per listing, which
    // took minutes at 200,000 papers. Ask SQLite for the plan of the real statement.
    void scoreLookupsProbeByCriteriaAndPaper()
    {
        if (onPostgres())
            QSKIP("a plan of SQLite's; PostgreSQL's planner is measured by the benchmark (bench_ui)");
        QVERIFY(PaperRepository(*m_db).importFeed(dayOneFeed()));
        const QString sha = saveCriteria();
        QVERIFY(ScoreStore(*m_db).saveScores({ makeScore(u"2506.00001"_s, 1, sha, 9, 9) }));

        for (const QString &model : { QString(), u"gpt-4o"_s }) {
            const QStringList dayPlan = planOf(ScoreStore::latestScoresStatement(sha, model, day1));
            const QStringList daySteps = scoreSteps(dayPlan);
            QVERIFY2(daySteps.size() == 1, qPrintable(dayPlan.join(u" | "_s)));
            QVERIFY2(daySteps.first().contains(u"paper_id=?"_s), qPrintable(dayPlan.join(u" | "_s)));
        }
    }
};

QTEST_GUILESS_MAIN(TestScoreStore)
#include "tst_scorestore.moc"
