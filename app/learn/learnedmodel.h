#pragma once

#include "domain/paper.h"
#include "domain/result.h"
#include "textfeatures.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace PaperSift {

/// A paper the reader rated, as training data: liked or disliked.
struct RatedPaper
{
    Paper paper;
    bool liked = false;
};

/// The reader's personal ranking: a linear support vector machine (liblinear's L2-regularised,
/// L2-loss solver, the one behind scikit-learn's LinearSVC) over the TF-IDF features of title,
/// abstract, authors and categories. The two classes are weighted to count alike, since readers
/// dislike far more papers than they like. Scoring is a dot product: no liblinear needed, and a
/// day of 500 papers takes a few milliseconds.
class LearnedModel
{
public:
    /// Fewer liked (or disliked) papers than this and the ranking is no better than chance on
    /// the measurements in bench_learned, so it stays hidden.
    static constexpr int MinimumPerClass = 10;
    /// The model name its scores carry in the scores table; on a shared library each reader's
    /// own ("learned:alice"), since each reader trains on their own ratings.
    static QString modelName(const QString &dbUser);

    LearnedModel() = default;

    /// Trains on the rated papers. Fails when there are not enough of both kinds.
    static Result<LearnedModel> train(const QList<RatedPaper> &rated);
    /// How many more ratings are needed before train() can work: 0 when enough.
    static int ratingsMissing(int liked, int disliked);

    bool isValid() const { return !m_weights.isEmpty(); }
    /// The model's signed distance from its boundary: above 0 leans liked.
    double decision(const Paper &paper) const;
    /// "Yours", 0–10: 5 is undecided, 8 or more is the side of the papers the reader liked with
    /// some margin. A logistic squash of decision(), the same for every day.
    double score(const Paper &paper) const;
    /// The 0–10 score of a decision value.
    static double scoreOf(double decision);
    /// The terms of `paper` that pushed its score up the most, best first (for the tooltip).
    QStringList reasons(const Paper &paper, int count = 3) const;

    int liked() const { return m_liked; }
    int disliked() const { return m_disliked; }
    int features() const { return m_vocabulary.size(); }
    /// A short hash of the model: its scores' prompt version, so a retrained model scores anew.
    QString version() const;

    QByteArray toBytes() const;
    static Result<LearnedModel> fromBytes(const QByteArray &bytes);

private:
    Vocabulary m_vocabulary;
    QList<double> m_weights; ///< one per vocabulary term
    double m_bias = 0;
    int m_liked = 0;
    int m_disliked = 0;
};

} // namespace PaperSift
