#pragma once

#include "domain/paper.h"
#include "fakellmserver.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace PaperSift::Test {

/// One of the two recorded days of tests/fixtures: its feeds' new and cross papers (each once,
/// feed order) and the scores gpt-4o gave the papers of its digest.
struct ReplayDay
{
    struct Seed
    {
        QString comment;
        int relevance = 0;
        int novelty = 0;
    };

    QString name; ///< "2025-06-16"
    QList<QString> feedFiles; ///< relative to tests/fixtures
    QList<Paper> papers;
    QHash<QString, Seed> seed; ///< the digest's scored papers (author matches without scores left out)

    /// "2025-06-16" (the cs.LG and cs.AI feeds fetched 2025-06-17, 318 papers, 26 in the digest)
    /// or "2025-03-24" (fetched 2025-03-25, 258 papers).
    static ReplayDay load(const QString &name);
    /// The digest's papers: what gpt-4o kept.
    QSet<QString> keptIds() const;
};

/// How the replay's title filter answers.
enum class TitleReplay {
    KeepSeed, ///< drops every paper the digest does not hold: only what gpt-4o kept goes on (realistic)
    KeepAll, ///< drops nothing (the worst case: every abstract is scored)
};

/// A handler for FakeLlmServer that answers like gpt-4o did on `day`, in the format the prompt asks
/// for: the seed's scores and comments for the digest's papers, relevance 3 for the rest, with
/// "Not related to the criteria." unless the prompt asks to leave that comment empty;
/// title-filter requests as `titles` says; each answer after `delayMs`, usage as OpenAI would bill
/// it (FakeLlmServer::openAiUsage, prefix cache included).
FakeLlmServer::Handler replayHandler(
    const ReplayDay &day, TitleReplay titles, int delayMs, const FakeLlmServer &server);

/// Whether a request is a title-filter request (its prompt holds the title screening section).
bool isTitleRequest(const FakeLlmRequest &request);

} // namespace PaperSift::Test
