// LearningStore and RankingTrainer over a real database (SQLite here, PostgreSQL in the _pg run):
// the ratings as training data, the model's round trip, retraining when a rating changes, and
// the ranking's scores beside the others'.
#include "domain/criteria.h"
#include "learningtest.h"
#include "pipeline/rankingtrainer.h"
#include "pipeline/scoringengine.h"
#include "store/learningstore.h"
#include "store/userstatestore.h"
#include "storetest.h"

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

class TestLearningStore : public StoreTest
{
    Q_OBJECT

    // Imports the papers of `ratings` as a day and rates them as they say: liked ones 5 (or a
    // star, every third), disliked ones 1 or 2.
    void rateInLibrary(const QList<RatedPaper> &ratings)
    {
        QList<Paper> papers;
        for (const RatedPaper &r : ratings)
            papers.append(r.paper);
        QVERIFY(PaperRepository(*m_db).importFeed(makeFeed(day1, { u"cs.LG"_s }, papers)));
        UserStateStore states(*m_db);
        for (qsizetype i = 0; i < ratings.size(); ++i) {
            const QString &id = ratings[i].paper.id;
            if (ratings[i].liked && i % 3 == 0)
                QVERIFY(states.setStarred(id, true));
            else
                QVERIFY(states.setRating(id, ratings[i].liked ? 5 : 1 + int(i % 2)));
        }
    }

private slots:
    void ratedPapersAndCounts()
    {
        rateInLibrary(topicRatings(4, 5));
        UserStateStore states(*m_db);
        QVERIFY(PaperRepository(*m_db).importFeed(
            makeFeed(day1, { u"cs.LG"_s }, { topicPaper(u"2503.00001"_s, true, 1) })));
        QVERIFY(states.setRating(u"2503.00001"_s, 3)); // says nothing
        LearningStore store(*m_db);
        // Outside the library: two papers with their text; one the library also holds and rates.
        QVERIFY(store.rateOutside(topicPaper(u"2409.00001"_s, true, 7), true));
        QVERIFY(store.rateOutside(topicRatings(1, 0).first().paper, false)); // the library's 5 wins

        const auto rated = store.ratedPapers();
        QVERIFY2(rated, qPrintable(rated.errorMessage()));
        QCOMPARE(rated->size(), 10);
        int liked = 0;
        for (const RatedPaper &r : *rated) {
            liked += r.liked ? 1 : 0;
            QVERIFY(!r.paper.title.isEmpty());
            QVERIFY(!r.paper.abstract.isEmpty());
            QVERIFY(r.paper.id != u"2503.00001"_s);
        }
        QCOMPARE(liked, 5);
        const auto outside = std::find_if(rated->cbegin(), rated->cend(), [](const RatedPaper &r) {
            return r.paper.id == u"2409.00001"_s;
        });
        QVERIFY(outside != rated->cend());
        QCOMPARE(outside->paper.authors, topicPaper(u"2409.00001"_s, true, 7).authors);
        const auto counts = store.ratingCounts();
        QVERIFY(counts);
        QCOMPARE(counts->liked, 5);
        QCOMPARE(counts->disliked, 5);
        QVERIFY(store.clearOutside(u"2409.00001"_s));
        QCOMPARE(store.ratingCounts()->liked, 4);
    }

    void tooFewRatingsStoreNothing()
    {
        rateInLibrary(topicRatings(LearnedModel::MinimumPerClass, 4));
        const auto outcome = RankingTrainer::train(*m_db, QString());
        QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
        QVERIFY(!outcome->trained);
        QCOMPARE(outcome->missing, LearnedModel::MinimumPerClass - 4);
        QVERIFY(!*LearningStore(*m_db).ranking());
        QVERIFY(!*RankingTrainer::current(*m_db, QString()));
    }

    // The model round-trips through the database; a rating changes the next training.
    void modelRoundTripAndRetraining()
    {
        const QList<RatedPaper> ratings = topicRatings(14, 20);
        rateInLibrary(ratings);
        LearningStore store(*m_db);
        QVERIFY(*store.rankingIsStale());
        const auto first = RankingTrainer::train(*m_db, u"**Keywords:**\n- Relevant: graph\n"_s);
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QVERIFY(first->trained);
        QCOMPARE(first->counts.liked, 14);
        QCOMPARE(first->counts.disliked, 20);
        QCOMPARE(first->report.folds, 5);

        const auto stored = store.ranking();
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->model.version(), first->modelVersion);
        QCOMPARE((*stored)->trainedOn.size(), 34);
        QCOMPARE((*stored)->report.learnedPrecision, first->report.learnedPrecision);
        QCOMPARE((*stored)->report.keywordPrecision, first->report.keywordPrecision);
        QVERIFY((*stored)->trained.isValid());
        const auto fresh = LearnedModel::train(*store.ratedPapers());
        for (const RatedPaper &r : ratings)
            QCOMPARE((*stored)->model.decision(r.paper), fresh->decision(r.paper));

        // Nothing changed: nothing trained.
        QVERIFY(!*store.rankingIsStale());
        const auto again = RankingTrainer::train(*m_db, QString());
        QVERIFY(again->unchanged && !again->trained);
        QCOMPARE(again->modelVersion, first->modelVersion);

        // One disliked paper turned liked: the next training is another model.
        QVERIFY(UserStateStore(*m_db).setRating(ratings.last().paper.id, 4));
        QVERIFY(*store.rankingIsStale());
        const auto second = RankingTrainer::train(*m_db, QString());
        QVERIFY(second->trained);
        QCOMPARE(second->counts.liked, 15);
        QVERIFY(second->modelVersion != first->modelVersion);
        QCOMPARE((*store.ranking())->model.version(), second->modelVersion);

        // Ratings taken back below the minimum: the ranking is forgotten, not left stale.
        UserStateStore states(*m_db);
        for (int i = 0; i < 10; ++i)
            QVERIFY(states.setRating(ratings[14 + i].paper.id, std::nullopt));
        const auto third = RankingTrainer::train(*m_db, QString());
        QVERIFY(third->missing > 0);
        QVERIFY(!*store.ranking());
    }

    // Scored with --scorer learned, its scores count after a model's and before the keywords',
    // under the reader's own model name.
    void learnedScoresCountBetweenModelsAndKeywords()
    {
        const QList<RatedPaper> ratings = topicRatings(14, 20);
        rateInLibrary(ratings);
        auto ranking = RankingTrainer::current(*m_db, QString());
        QVERIFY(ranking && *ranking);
        ScoreStore scores(*m_db);
        ScoringConfig config;
        config.kind = ScoringConfig::Kind::Learned;
        config.learned = std::make_shared<const LearnedModel>((*ranking)->model);
        config.learnedModelName = LearnedModel::modelName(m_db->userName());
        QList<Paper> papers;
        for (const RatedPaper &r : ratings.mid(0, 4))
            papers.append(r.paper);
        ScoringEngine engine(scores, config);
        const ScoringOutcome outcome = engine.score(papers);
        QCOMPARE(outcome.scored, 4);
        QCOMPARE(ScoringEngine(scores, config).score(papers).cached, 4); // never twice

        const QString sha = Criteria { config.prompts.criteria }.sha256();
        const QString id = papers.first().id;
        auto counting = scores.countingScores(ScoreChoice { sha, {} }, QStringList { id });
        QVERIFY(counting);
        QCOMPARE(counting->value(id).key.model, config.learnedModelName);
        QVERIFY(counting->value(id).isLearned());
        QVERIFY(counting->value(id).comment.startsWith(u"Yours "_s));
        QCOMPARE(counting->value(id).key.promptVersion, u"ln-"_s + (*ranking)->model.version());

        QVERIFY(scores.saveScores({ makeScore(id, 1, sha, 2, std::nullopt, Score::KeywordModel) }));
        QCOMPARE(scores.countingScores(ScoreChoice { sha, {} }, QStringList { id })->value(id).key.model,
            config.learnedModelName);
        QVERIFY(scores.saveScores({ makeScore(id, 1, sha, 9, 8, u"gpt-4o"_s) }));
        QCOMPARE(scores.countingScores(ScoreChoice { sha, {} }, QStringList { id })->value(id).key.model, u"gpt-4o"_s);
        // Another reader's ranking never counts for this one.
        const QString other = papers[1].id;
        QVERIFY(scores.saveScores({ makeScore(other, 1, sha, 10, std::nullopt, u"learned:someone-else"_s) }));
        QCOMPARE(scores.countingScores(ScoreChoice { sha, {} }, QStringList { other })->value(other).key.model,
            config.learnedModelName);
    }
};

QTEST_GUILESS_MAIN(TestLearningStore)
#include "tst_learningstore.moc"
