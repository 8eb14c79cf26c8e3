#pragma once

// pipeline/: a day's run from start to stored scores, in a worker thread. DailyRun runs its
// stages (fetch → dedupe → filter → score → store), RunController runs it in its own thread for
// the window and the command line, ScoringEngine asks the endpoint (or the keyword scorer) for
// the scores not yet stored and saves each reply as it comes, RunLock keeps one run per database.
// Everything already stored is never paid for again, so any run can be stopped and resumed.

#include "domain/runsummary.h"
#include "domain/runverdict.h"

#include <QDate>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <optional>

namespace PaperSift {

class Settings;
class ScoringEngine;
class ArxivClient;

/// What a daily run does; fromSettings() gives the user's choices, the command line and the
/// window override some.
struct RunOptions
{
    /// Auto: a language model when one is configured, else the reader's ranking when it beats
    /// the keywords on the reader's ratings (LearningReport), else keywords.
    enum class Scorer { Auto, Llm, Keyword, Learned };

    QDate day; ///< the feed day to score; invalid: fetch the latest announcements
    bool fetch = true; ///< fetch the daily feed (only when `day` is invalid)
    bool score = true; ///< false: fetch and store only
    QStringList categories;
    QStringList announceTypes;
    Scorer scorer = Scorer::Auto;
    QString model; ///< overrides the settings' model
    QString baseUrl; ///< overrides the settings' endpoint base URL
    QString rssBaseUrl; ///< overrides the settings' feed base URL
    QString criteriaText; ///< overrides the user's criteria (re-score with edited criteria)
    QStringList importFiles; ///< saved feed files to import first (offline); their feed day is scored
    /// Rebuild `day` from the arXiv API first (DayRecovery): its feed was never fetched.
    bool recover = false;
    std::optional<double> budgetUsd;
    std::optional<bool> titleFilter;
    int relevanceCutoff = 8;
    int noveltyCutoff = 7;
    /// The whole run may take this long; then it stops, keeps what is scored and frees the run
    /// lock. Zero: no deadline.
    std::chrono::seconds deadline { 20 * 60 };

    static RunOptions fromSettings(const Settings &settings);
    static std::optional<Scorer> scorerFromName(const QString &name); ///< auto, llm, keyword, learned
};

/// Where a run is, for the status bar and the command line.
struct RunProgress
{
    enum class Stage { Starting, Fetching, Storing, Filtering, Scoring, Finishing };
    Stage stage = Stage::Starting;
    QString text; ///< "Scoring 120 / 318 · 41k tokens · $0.09"
    int done = 0;
    int total = 0; ///< 0 while unknown
    TokenUsage tokens;
    std::optional<double> costUsd;
};

/// Why a run did not finish well; the command line maps it to an exit code.
enum class RunFailure { None, Network, Endpoint, Budget, Storage, Input, Busy, Cancelled };

/// The end of a run.
struct RunResult
{
    RunSummary summary;
    RunFailure failure = RunFailure::None;
    RunVerdict verdict = RunVerdict::None; ///< also recorded in the run's row (RunVerdictRecord)
    QString message; ///< for the user: what happened and what to do
    QString notice; ///< not an error: "arXiv has not published today's list yet", "weekend"
    int cached = 0; ///< papers whose score was already stored (not paid again)
    int scored = 0; ///< papers that went to scoring and have a score now (cached ones included)
    int unscored = 0; ///< papers that went to scoring and have none: "scored `scored` of `scored + unscored`"
    int muted = 0; ///< papers of the day a "never show" rule hid: never sent to scoring
    QString unscoredReason; ///< why, in a few words, when the run stopped early

    bool ok() const { return failure == RunFailure::None; }
};

/// One daily run, as stages: prepare (the run lock, the database, interrupted runs) → import
/// saved files → recover a missed day → fetch the daily feed → choose the day → select its
/// papers (categories, announce types) → configure the scorer → score (the engine stores as
/// replies arrive) → finish (counts, status). Each stage returns false once the run has failed,
/// or has nothing left to do (a recovery that found no papers), with why in the result.
/// The run's deadline stops the fetch or the scoring where it is; what is stored stays.
/// Lives in a worker thread: it opens its own database connection and network clients inside
/// execute(), in that thread. A run that was interrupted (cancel, crash, kill -9) is resumed by the
/// next one: scores already stored are never paid again.
class DailyRun : public QObject
{
    Q_OBJECT

public:
    explicit DailyRun(RunOptions options, QObject *parent = nullptr);
    ~DailyRun() override;

    /// Runs to the end (blocking) in the calling thread.
    RunResult execute();
    /// Stops the run from any thread: no new request, the ones in flight aborted, everything done kept.
    void cancel();

signals:
    void progress(const PaperSift::RunProgress &progress);

private:
    struct Context;

    bool prepare(Context &run);
    bool importFiles(Context &run);
    bool recover(Context &run);
    bool fetch(Context &run);
    bool chooseDay(Context &run);
    bool selectPapers(Context &run);
    bool configureScoring(Context &run);
    bool configureOffline(Context &run);
    bool score(Context &run);
    bool finish(Context &run);

    void report(RunProgress::Stage stage, const QString &text, int done = 0, int total = 0,
        const TokenUsage &tokens = {}, std::optional<double> cost = std::nullopt);

    RunOptions m_options;
    std::atomic<bool> m_cancelled = false;
    QPointer<ScoringEngine> m_engine;
    QPointer<ArxivClient> m_arxiv;
};

/// "Scoring 120 / 318 · 41k tokens · $0.09": the progress line of the status bar and the CLI.
QString progressText(
    const QString &stage, int done, int total, const TokenUsage &tokens, std::optional<double> costUsd);

} // namespace PaperSift

Q_DECLARE_METATYPE(PaperSift::RunProgress)
Q_DECLARE_METATYPE(PaperSift::RunResult)
