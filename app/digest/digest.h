#pragma once

// digest/: what a day's selection looks like outside PaperSift. DigestBuilder gathers a day (or
// the starred papers) from the store; MarkdownDigest writes the established gpt_paper_assistant
// format byte for byte (tests/fixtures/digests), JsonExport and BibtexExport the other two. The
// writers are pure: the same data always gives the same bytes.

#include "domain/paper.h"
#include "domain/score.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace PaperSift {

/// What the user did with a paper (read, starred, rating, note), as the exports show it.
struct DigestUserState
{
    bool read = false;
    bool starred = false;
    std::optional<int> rating; ///< empty when not rated
    QString note;
};

/// One candidate paper of a digest: the paper, its score (if any) and whether a followed
/// author wrote it.
struct DigestEntry
{
    Paper paper;
    std::optional<Score> score; ///< empty when the paper was never scored
    bool followedAuthorMatch = false; ///< kept whatever its score, listed first as "Author match"
    /// The query of the reader's "always keep" rule it matches: kept whatever its score, listed
    /// first with its score; empty when no such rule matches.
    QString keptByRule;
    std::optional<DigestUserState> userState; ///< shown by the JSON export when provided
    std::optional<double> yours; ///< the reader's own ranking, 0–10 (JSON export), when one is trained
};

/// Everything a day's digest is made of. The digest is pure formatting over these values.
struct DigestInput
{
    QDate day; ///< the feed day, the digest's title
    QString model;
    TokenUsage tokens;
    std::optional<double> promptCostUsd; ///< empty when the model's price is unknown
    std::optional<double> completionCostUsd; ///< empty when the model's price is unknown
    int totalPapers = 0; ///< distinct papers in the fetched feeds
    int scannedPapers = 0; ///< distinct papers that went to scoring (and, when some are unscored, have a score)
    /// Candidates without a score (the title filter's drops aside): a day the endpoint left
    /// unfinished. Zero keeps the digest exactly the established format.
    int unscoredPapers = 0;
    QString unscoredReason; ///< why, in a few words: "the endpoint answered HTTP 429"
    /// The day was rebuilt from the arXiv API (papersift recover), not read from its feed.
    bool recovered = false;
    QList<DigestEntry> candidates; ///< any number of papers; selectEntries() picks the digest's
    QString systemPrompt;
    QString userPromptTemplate; ///< the user prompt as sent, with "[PAPER LIST HERE]" for the papers
    /// When the scores that count were made with an older criteria version than the one in use:
    /// which one ("v2 · 2 Jun 17:48"); the prompts above are then that version's, as sent.
    QString staleCriteriaVersion;
    QString currentCriteriaVersion; ///< the version in use, named beside a stale one
    int relevanceCutoff = 8;
    int noveltyCutoff = 7;
};

/// The papers of the digest, in digest order: followed-author matches and papers an "always
/// keep" rule matches first, then the papers with
/// relevance >= cutoff and novelty >= cutoff (a paper without a novelty, as the keyword scorer
/// gives, passes on relevance alone), each group sorted by relevance, novelty (both descending)
/// and id. A paper listed twice among the candidates appears once.
QList<DigestEntry> selectEntries(const DigestInput &input);

/// The digest's order: relevance descending, novelty descending (missing ones last), id ascending.
bool digestOrderLess(const DigestEntry &a, const DigestEntry &b);

} // namespace PaperSift
