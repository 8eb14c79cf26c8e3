#pragma once

#include "domain/result.h"
#include "domain/score.h"
#include "learn/learnedmodel.h"
#include "learn/learningreport.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace PaperSift {

class Database;

/// The personal ranking as stored: the model, when and on what it was trained, how it did.
struct StoredRanking
{
    LearnedModel model;
    LearningReport report;
    QDateTime trained;
    QList<std::pair<QString, bool>> trainedOn; ///< paper id, liked

    /// Whether it was trained on exactly these ratings (same papers, same verdicts).
    bool trainedOnSame(const QList<RatedPaper> &rated) const;
};

/// How many papers the reader has told the ranking about.
struct RatingCounts
{
    int liked = 0;
    int disliked = 0;
};

/// The reader's ratings as training data, and the ranking trained on them; per database user,
/// like the reader's marks (UserStateStore), so each reader of a shared library has their own.
class LearningStore
{
public:
    explicit LearningStore(Database &db);

    /// Every paper the reader liked or disliked (RatingLabel): the library's, then the ones rated
    /// outside it (ratings import) that the library does not hold.
    Result<QList<RatedPaper>> ratedPapers() const;
    Result<RatingCounts> ratingCounts() const;

    Status saveRanking(const LearnedModel &model, const LearningReport &report, const QList<RatedPaper> &trainedOn);
    /// The stored ranking; empty when none was trained, or the stored one cannot be read.
    Result<std::optional<StoredRanking>> ranking() const;
    /// Forgets the stored ranking (too few ratings left to train one).
    Status clearRanking();
    /// True when the ratings are no longer the ones the stored ranking was trained on.
    Result<bool> rankingIsStale() const;

    /// "Yours" (LearnedModel::score) for these papers of the library, by id; every paper's when
    /// `ids` is empty. Reads only the text the model looks at.
    Result<QHash<QString, double>> yours(const LearnedModel &model, const QStringList &ids) const;

    /// The scores (every criteria version and model) of the library's papers the reader rated, each
    /// with the reader's verdict: what "How well does the model know you?" is made of.
    Result<QList<std::pair<Score, bool>>> ratedScores() const;

    /// The titles of the papers the reader liked and disliked, newest rating first, at most `limit`
    /// of each: the examples the criteria can carry (RatedExamples).
    Result<std::pair<QStringList, QStringList>> recentRatedTitles(int limit) const;

    /// A rating of a paper the library does not hold, with the text to learn from.
    Status rateOutside(const Paper &paper, bool liked);
    Status clearOutside(const QString &id);

private:
    /// The library's papers the reader liked or disliked (RatingLabel), by id, in id order.
    Result<QList<std::pair<QString, bool>>> labels() const;

    Database &m_db;
};

} // namespace PaperSift
