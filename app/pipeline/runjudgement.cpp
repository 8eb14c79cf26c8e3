#include "runjudgement.h"

#include "pipeline/scoringengine.h"

namespace PaperSift {

using namespace Qt::StringLiterals;

QString RunJudgement::resumeCommand(QDate day)
{
    return u"papersift score --date "_s + day.toString(Qt::ISODate);
}

void RunJudgement::judge(const Input &in, RunResult &result)
{
    const ScoringOutcome &outcome = in.outcome;
    // The reasons are English, as briefReason()'s: they go into the runs table and the digest.
    const QString endpoint = in.config.kind == ScoringConfig::Kind::Llm
        ? tr("%1 at %2").arg(in.config.endpoint.providerName(), in.config.endpoint.displayUrl())
        : QString();
    // What is kept and how to go on, the same words after every early stop.
    const QString kept = tr("%1 of %2 papers are scored and kept; once the endpoint works, run '%3' to finish.")
                             .arg(result.scored)
                             .arg(result.scored + result.unscored)
                             .arg(resumeCommand(in.day));

    result.verdict = RunVerdict::Complete;
    if (!outcome.storageError.isEmpty()) {
        result.verdict = RunVerdict::Failed;
        result.failure = RunFailure::Storage;
        result.message = outcome.storageError;
        result.unscoredReason = u"the database could not be written"_s;
    } else if (outcome.tripped) {
        // The endpoint keeps failing: stop paying for retries that will not help.
        result.verdict = RunVerdict::EndpointFailed;
        result.failure = RunFailure::Endpoint;
        result.unscoredReason = briefReason(outcome.tripped->error);
        result.message = tr("Scoring stopped: %1 (%2). %3 %4")
                             .arg(outcome.tripped->why, endpoint, outcome.tripped->error.message, kept);
    } else if (outcome.fatal) {
        result.verdict = RunVerdict::EndpointFailed;
        result.failure = RunFailure::Endpoint;
        result.unscoredReason = briefReason(*outcome.fatal);
        result.message = outcome.scanned() > 0 ? outcome.fatal->message + u' ' + kept : outcome.fatal->message;
    } else if (outcome.deadlineReached) {
        result.verdict = RunVerdict::DeadlineReached;
        result.failure = RunFailure::Endpoint;
        result.unscoredReason = u"the run reached its deadline"_s;
        result.message = tr("The run reached its deadline of %n minute(s) before %1 had answered for every paper. "
                            "Raise the deadline (--deadline, or the run/deadlineMin setting) or check the endpoint. ",
                             nullptr, int(in.deadline.count() / 60))
                             .arg(endpoint)
            + kept;
    } else if (outcome.budgetReached) {
        result.verdict = RunVerdict::BudgetReached;
        result.failure = RunFailure::Budget;
        result.unscoredReason = u"the run stopped at its budget"_s;
        result.message
            = tr("Stopped at the budget of $%1 with %2 of %3 papers scored. Everything scored is kept; raise "
                 "the budget (Settings, or 'papersift config set llm/budgetUsd N') and run again to go on.")
                  .arg(in.config.budgetUsd.value_or(0), 0, 'f', 2)
                  .arg(result.scored)
                  .arg(result.scored + result.unscored);
    } else if (outcome.cancelled || in.cancelled) {
        result.verdict = RunVerdict::Cancelled;
        result.failure = RunFailure::Cancelled;
        result.unscoredReason = u"the run was cancelled"_s;
        result.message = tr("Cancelled with %1 of %2 papers scored; the next run goes on from there.")
                             .arg(result.scored)
                             .arg(result.scored + result.unscored);
    }
}

} // namespace PaperSift
