#pragma once

#include "domain/result.h"
#include "store/learningstore.h"

#include <QString>

namespace PaperSift {

class Database;

/// What training the personal ranking came to.
struct TrainingOutcome
{
    bool trained = false; ///< a new model is stored
    bool unchanged = false; ///< the stored model was trained on these very ratings: kept
    RatingCounts counts;
    int missing = 0; ///< ratings still needed before a model can be trained
    LearningReport report;
    QString modelVersion;
    qint64 milliseconds = 0; ///< training and measuring
};

/// Trains the reader's ranking on their ratings and stores it with its cross-validated report,
/// or forgets it when too few ratings are left. Blocking: the window runs it in a worker thread
/// (with that thread's database connection), the command line directly.
class RankingTrainer
{
public:
    /// `criteria`: the keyword scorer's criteria, for the report's comparison figure.
    static Result<TrainingOutcome> train(Database &db, const QString &criteria, bool force = false);
    /// The ranking to score with, trained first when the ratings changed since; empty when there
    /// are too few ratings for one.
    static Result<std::optional<StoredRanking>> current(Database &db, const QString &criteria);
};

} // namespace PaperSift
