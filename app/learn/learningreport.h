#pragma once

#include "learnedmodel.h"

#include <QHash>

#include <optional>

namespace PaperSift {

/// How well the personal ranking knows the reader, measured on the reader's own ratings by
/// cross-validation: the rated papers are split into folds, and each fold is ranked by a model
/// trained on the others. Precision at k (k = the liked papers in the fold) is the share of the
/// fold's top k that the reader liked; the keyword scorer ranks the same folds for comparison.
struct LearningReport
{
    int liked = 0;
    int disliked = 0;
    int folds = 0; ///< 0: too few ratings to measure
    double learnedPrecision = 0;
    std::optional<double> keywordPrecision; ///< empty when the criteria have no keywords
    /// Each rated paper's Yours (0–10) from the fold that did not train on it: how the ranking
    /// does on papers it has not seen, by paper id. Empty when too few ratings to measure.
    QHash<QString, double> heldOutYours;
    double chance() const { return liked + disliked > 0 ? double(liked) / (liked + disliked) : 0; }
    /// Good enough to rank on its own ("auto" uses it offline): measured, and better than the
    /// keywords where they can be measured, else better than chance.
    bool beatsKeywords() const;

    /// Measures on `rated`; `criteria` for the keyword scorer's figure. Deterministic.
    static LearningReport evaluate(const QList<RatedPaper> &rated, const QString &criteria, int folds = 5);
    /// Precision at k of a ranking: scores (higher first) against what was liked.
    static double precisionAtK(const QList<std::pair<double, bool>> &scoredLiked);
};

} // namespace PaperSift
