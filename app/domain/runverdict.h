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
};

QString runVerdictName(RunVerdict verdict); ///< "complete", "endpoint-failed", "deadline", …
RunVerdict runVerdictFromName(QStringView name);

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
