#pragma once

#include "domain/paper.h"
#include "domain/score.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace PaperSift {

/// One keyword of the criteria, with the spellings that count as it.
struct Keyword
{
    /// Where the criteria list it; sets its weight.
    enum class Kind {
        Relevant, ///< "- Relevant:" under **Keywords:**               +3
        Irrelevant, ///< "- Irrelevant:" under **Keywords:**             −3
        Application, ///< "- Application:" (anywhere)                     −2
        Topic, ///< a topic heading, "1. Representation Learning"   +2
        TopicRelevant, ///< "- Relevant:" under a topic                      +2
        TopicIrrelevant, ///< "- Irrelevant:" under a topic                    −1
    };

    QString label; ///< as the criteria write it, e.g. "Mixture of Experts (MoE)"
    QStringList alternatives; ///< e.g. {"Mixture of Experts", "MoE"}; {"Sparse", "Sparsity"}
    Kind kind = Kind::Relevant;

    double weight() const;
};

/// What the keyword scorer made of one paper.
struct KeywordResult
{
    int relevance = 1; ///< 1–10
    QString comment; ///< "Matches: quantization, low-rank (title); sparsity (abstract)."
    QStringList matched; ///< the spellings that matched, relevant ones first
};

/// The offline scorer: relevance from the criteria's keyword lists and topic headings, matched in
/// the title (counts double) and the abstract. Irrelevant and application keywords pull the score
/// down. Case, accents, hyphens and plurals do not matter; words match whole ("MoE" is not in
/// "Moebius"). Deterministic; no novelty; its scores carry the model name "keyword".
class KeywordScorer
{
public:
    static inline const QString &ModelName = Score::KeywordModel;
    /// Bump when the extraction or the scoring changes: it is the scores' prompt version.
    static inline const QString Version = QStringLiteral("kw1");

    explicit KeywordScorer(const QString &criteriaText);

    /// The keywords found in the criteria, in the order they appear, each spelling once.
    const QList<Keyword> &keywords() const { return m_keywords; }
    /// True when the criteria hold no keyword lists or topics: every paper would score alike.
    bool isEmpty() const { return m_keywords.isEmpty(); }

    KeywordResult evaluate(const QString &title, const QString &abstract) const;
    /// A full score row: key (criteria hash, "keyword", Version), relevance, comment; no novelty.
    /// scoredAt is left for the caller to stamp.
    Score score(const Paper &paper) const;

    /// The keywords of a criteria text (what the constructor uses).
    static QList<Keyword> extract(const QString &criteriaText);

private:
    struct Spelling
    {
        int keyword = 0;
        QString shown; ///< as written in the criteria
        QString folded; ///< foldForMatching() form without the edge spaces, last word singular
    };

    QList<Keyword> m_keywords;
    QList<Spelling> m_spellings;
    QString m_criteriaSha256;
};

} // namespace PaperSift
