#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace PaperSift {

/// How a run ended for the day it scored: one value the command line prints, the window shows and
/// the runs table records (in the run's state), so that a day whose papers are unscored never
/// looks like a quiet day. New kinds (arXiv not announced yet, a holiday, none kept…) go at the
/// end; a name this build does not know reads as Failed.
enum class RunVerdict {
    None, ///< not decided yet: the run is going, or stopped before it chose a day
    Complete, ///< every paper that went to scoring has a score: a normal day
    EndpointFailed, ///< the endpoint refused or stopped answering; the papers left are unscored
    DeadlineReached, ///< the run's deadline passed before every paper was scored
    BudgetReached, ///< stopped before a request would pass the budget
    Cancelled, ///< stopped by the user
    Failed, ///< the store, the input or the network failed before or while scoring
    NotAnnounced, ///< the feed still lists the last fetch's papers: arXiv has not announced yet
    NoAnnouncement, ///< an empty feed on a weekend or holiday (arXiv's calendar): nothing to do
    FeedFailed, ///< the daily feed could not be fetched or read
    NoneKept, ///< every paper was scored and none passed the cutoffs
    /// A day that should have papers produced none: the feed of an announcement day was empty, or
    /// still listed the previous day's papers after the day's announcement time (exit code 10)
    Missing,
};

QString runVerdictName(RunVerdict verdict); ///< "complete", "endpoint-failed", "deadline", …
RunVerdict runVerdictFromName(QStringView name);
/// One English sentence for the command line: "a normal day", "arXiv has not announced yet", …
QString runVerdictSentence(RunVerdict verdict);
/// Whether the day's papers, or the lack of them, are as they should be (no icon in the day list).
bool runVerdictIsNormal(RunVerdict verdict);

/// What the runs table keeps of a verdict: RunSummary::state, as JSON
/// `{"verdict": "endpoint-failed", "reason": "the endpoint answered HTTP 429", "scored": 80, "of": 318}`.
/// The reason is short and already free of secrets: the digest prints it in its Unscored line.
struct RunVerdictRecord
{
    RunVerdict verdict = RunVerdict::None;
    QString reason; ///< why papers are unscored, in a few words; empty for Complete
    int scored = 0; ///< papers with a score when the run ended (cached ones included)
    int of = 0; ///< papers that went to scoring

    QByteArray toState() const;
    /// The record in a run's state; nothing when the state holds none (older runs).
    static std::optional<RunVerdictRecord> fromState(const QByteArray &state);
};

} // namespace PaperSift
