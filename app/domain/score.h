#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <tuple>

namespace PaperSift {

/// Tokens a request (or a run) consumed, as the endpoint's `usage` reported them.
struct TokenUsage
{
    qint64 prompt = 0; ///< all prompt tokens, cached ones included
    qint64 cached = 0; ///< prompt tokens served from the provider's prefix cache
    qint64 completion = 0;

    qint64 total() const { return prompt + completion; }
    TokenUsage &operator+=(const TokenUsage &o)
    {
        prompt += o.prompt;
        cached += o.cached;
        completion += o.completion;
        return *this;
    }
    friend TokenUsage operator+(TokenUsage a, const TokenUsage &b) { return a += b; }
    friend bool operator==(const TokenUsage &, const TokenUsage &) = default;
};

/// What identifies a score: it is never computed twice for the same key.
struct ScoreKey
{
    QString paperId;
    int paperVersion = 0;
    QString criteriaSha256;
    QString model; ///< "gpt-4o", or "keyword" for the built-in scorer
    QString promptVersion; ///< template version of prompts/*.md

    friend bool operator==(const ScoreKey &, const ScoreKey &) = default;
    /// An order for taking database rows of many keys: writers that all take them in this order
    /// cannot deadlock one another.
    friend bool operator<(const ScoreKey &a, const ScoreKey &b)
    {
        return std::tie(a.paperId, a.paperVersion, a.criteriaSha256, a.model, a.promptVersion)
            < std::tie(b.paperId, b.paperVersion, b.criteriaSha256, b.model, b.promptVersion);
    }
};

/// A paper's relevance and novelty against one criteria text, by one model.
struct Score
{
    ScoreKey key;
    std::optional<int> relevance; ///< 1–10; empty when unscored
    std::optional<int> novelty; ///< 1–10; empty when unscored or from the keyword scorer
    QString comment;
    QString unscoredReason; ///< why no score could be had, after the retries; empty when scored
    TokenUsage usage; ///< this paper's share of its request's tokens
    QDateTime scoredAt;

    /// The model name of the built-in offline keyword scorer.
    static inline const QString KeywordModel = QStringLiteral("keyword");
    /// Why a paper has no numbers though a model judged it: the title filter found it irrelevant.
    static inline const QString TitleFilterReason = QStringLiteral("Dropped by the title filter");
    /// The title filter's other verdict, stored under its own key (the title filter's prompt
    /// version) so that a resume sends the paper straight to scoring. Never a score that counts.
    static inline const QString TitleFilterKeptReason = QStringLiteral("Kept by the title filter");

    bool isScored() const { return relevance.has_value(); }
    /// A model's verdict: numbers, or the title filter's "not relevant". Not a failed attempt.
    bool isJudged() const { return isScored() || unscoredReason == TitleFilterReason; }
    bool isKeyword() const { return key.model == KeywordModel; }
    /// The model name of a reader's personal ranking: "learned", or "learned:alice" on a shared
    /// library (LearnedModel::modelName).
    static bool isLearnedModel(const QString &model)
    {
        return model == QLatin1String("learned") || model.startsWith(QLatin1String("learned:"));
    }
    bool isLearned() const { return isLearnedModel(key.model); }
    /// Made without a language model (keywords, or the reader's own ranking): a model's score
    /// counts before it, and the digest names no model for it.
    bool isOffline() const { return isKeyword() || isLearned(); }
    /// At or above both cutoffs. The keyword scorer gives no novelty: its scores pass on relevance
    /// alone, otherwise an offline day could never have a digest. (LibraryQuery's day counts say
    /// the same in SQL.)
    bool passes(int relevanceCutoff, int noveltyCutoff) const
    {
        return relevance && *relevance >= relevanceCutoff && (!novelty || *novelty >= noveltyCutoff);
    }
};

inline size_t qHash(const ScoreKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.paperId, k.paperVersion, k.criteriaSha256, k.model, k.promptVersion);
}

} // namespace PaperSift
