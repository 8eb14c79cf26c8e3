#include "rankingtrainer.h"

#include "store/database.h"

#include <QElapsedTimer>

namespace PaperSift {

Result<TrainingOutcome> RankingTrainer::train(Database &db, const QString &criteria, bool force)
{
    QElapsedTimer clock;
    clock.start();
    LearningStore store(db);
    TrainingOutcome outcome;
    // The ratings and the stored ranking are read once each: this runs after every rating.
    auto rated = store.ratedPapers();
    if (!rated)
        return rated.error();
    auto stored = store.ranking();
    if (!stored)
        return stored.error();
    if (!force && *stored && (*stored)->trainedOnSame(*rated)) {
        outcome.unchanged = true;
        outcome.report = (*stored)->report;
        outcome.counts = { outcome.report.liked, outcome.report.disliked };
        outcome.modelVersion = (*stored)->model.version();
        return outcome;
    }
    for (const RatedPaper &r : *rated)
        (r.liked ? outcome.counts.liked : outcome.counts.disliked) += 1;
    outcome.missing = LearnedModel::ratingsMissing(outcome.counts.liked, outcome.counts.disliked);
    if (outcome.missing > 0) {
        // Forgotten only when there is one: a lab reader may lack DELETE on a table it never wrote.
        if (*stored)
            if (Status s = store.clearRanking(); !s)
                return s.error();
        outcome.milliseconds = clock.elapsed();
        return outcome;
    }
    auto model = LearnedModel::train(*rated);
    if (!model)
        return model.error();
    outcome.report = LearningReport::evaluate(*rated, criteria);
    if (Status s = store.saveRanking(*model, outcome.report, *rated); !s)
        return s.error();
    outcome.trained = true;
    outcome.modelVersion = model->version();
    outcome.milliseconds = clock.elapsed();
    return outcome;
}

Result<std::optional<StoredRanking>> RankingTrainer::current(Database &db, const QString &criteria)
{
    if (auto outcome = train(db, criteria); !outcome)
        return outcome.error();
    return LearningStore(db).ranking();
}

} // namespace PaperSift
