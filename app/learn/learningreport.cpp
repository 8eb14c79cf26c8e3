#include "learningreport.h"

#include "scoring/keywordscorer.h"
#include "textfeatures.h"

#include <QHash>

#include <algorithm>

namespace PaperSift {

namespace {

// A fold for each paper that does not depend on the order the ratings come in: by a hash of
// the id, dealt round-robin within each class so every fold holds both.
QList<int> foldsOf(const QList<RatedPaper> &rated, int folds)
{
    QList<int> order(rated.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    const auto hashOf = [&rated](int i) {
        return TextFeatures::stableHash(rated[i].paper.id, 0x5eed);
    };
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (rated[a].liked != rated[b].liked)
            return rated[a].liked;
        return hashOf(a) != hashOf(b) ? hashOf(a) < hashOf(b) : rated[a].paper.id < rated[b].paper.id;
    });
    QList<int> fold(rated.size());
    int liked = 0, disliked = 0;
    for (int i : order)
        fold[i] = rated[i].liked ? liked++ % folds : disliked++ % folds;
    return fold;
}

} // namespace

bool LearningReport::beatsKeywords() const
{
    if (folds == 0)
        return false;
    return learnedPrecision > keywordPrecision.value_or(chance());
}

double LearningReport::precisionAtK(const QList<std::pair<double, bool>> &scoredLiked)
{
    auto sorted = scoredLiked;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.first > b.first;
    });
    const auto k = std::count_if(sorted.cbegin(), sorted.cend(), [](const auto &e) {
        return e.second;
    });
    if (k == 0)
        return 0;
    const auto hits = std::count_if(sorted.cbegin(), sorted.cbegin() + k, [](const auto &e) {
        return e.second;
    });
    return double(hits) / double(k);
}

LearningReport LearningReport::evaluate(const QList<RatedPaper> &rated, const QString &criteria, int folds)
{
    LearningReport report;
    for (const RatedPaper &r : rated)
        (r.liked ? report.liked : report.disliked) += 1;
    // Each training part must itself be enough to train on.
    const int smaller = qMin(report.liked, report.disliked);
    folds = qMin(folds, smaller);
    if (folds < 2 || (smaller - (smaller + folds - 1) / folds) < LearnedModel::MinimumPerClass)
        return report;

    const KeywordScorer keywords(criteria);
    const QList<int> foldOf = foldsOf(rated, folds);
    qsizetype hitsLearned = 0, hitsKeyword = 0, total = 0;
    for (int f = 0; f < folds; ++f) {
        QList<RatedPaper> training;
        QList<qsizetype> heldOut;
        for (qsizetype i = 0; i < rated.size(); ++i)
            (foldOf[i] == f ? void(heldOut.append(i)) : training.append(rated[i]));
        // Ties (the keyword scorer gives many papers the same score) fall in an order that knows
        // nothing of the ratings.
        std::sort(heldOut.begin(), heldOut.end(), [&rated](qsizetype a, qsizetype b) {
            return TextFeatures::stableHash(rated[a].paper.id, 0x71e5)
                < TextFeatures::stableHash(rated[b].paper.id, 0x71e5);
        });
        auto model = LearnedModel::train(training);
        if (!model)
            return LearningReport { report.liked, report.disliked, 0, 0, {}, {} };
        QList<std::pair<double, bool>> learned, keyword;
        int k = 0;
        for (qsizetype i : heldOut) {
            const Paper &p = rated[i].paper;
            const double decision = model->decision(p);
            learned.append({ decision, rated[i].liked });
            report.heldOutYours.insert(p.id, LearnedModel::scoreOf(decision));
            keyword.append({ double(keywords.evaluate(p.title, p.abstract).relevance), rated[i].liked });
            k += rated[i].liked ? 1 : 0;
        }
        // Summed over folds (micro average): a fold of 3 liked papers weighs less than one of 30.
        hitsLearned += qRound(precisionAtK(learned) * k);
        hitsKeyword += qRound(precisionAtK(keyword) * k);
        total += k;
    }
    report.folds = folds;
    report.learnedPrecision = total ? double(hitsLearned) / double(total) : 0;
    if (!keywords.isEmpty())
        report.keywordPrecision = total ? double(hitsKeyword) / double(total) : 0;
    return report;
}

} // namespace PaperSift
