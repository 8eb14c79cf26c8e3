#pragma once

#include "domain/paper.h"
#include "domain/score.h"
#include "learn/learnedmodel.h"
#include "llm/chatclient.h"
#include "llm/endpoint.h"
#include "llm/llmerror.h"
#include "pipeline/circuitbreaker.h"
#include "scoring/pricetable.h"
#include "scoring/promptbuilder.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace PaperSift {

class ScoreStore;
class ModelRun;

/// How a run scores: with a language model through an OpenAI-compatible endpoint, or offline
/// with the keyword scorer or the reader's own ranking; and the limits that apply.
struct ScoringConfig
{
    enum class Kind { Llm, Keyword, Learned };
    Kind kind = Kind::Keyword;
    /// Learned: the reader's ranking, and its model name (LearnedModel::modelName).
    std::shared_ptr<const LearnedModel> learned;
    QString learnedModelName;
    EndpointConfig endpoint; ///< Llm: where to send and which model
    QString apiKey; ///< Llm: may be empty for local servers; never logged
    ChatClient::Options client; ///< Llm: concurrency, rate limit, timeouts, retries
    PromptSet prompts; ///< system, instructions and the criteria to score against
    int batchSize = 5; ///< papers per request; with adaptiveBatch the smallest batch
    /// Size the batches to fill the requests in flight: ⌈papers / concurrency⌉, from batchSize up
    /// to maxBatchSize (Batching::spreadBatchSize), so the prompt's prefix is paid few times.
    bool adaptiveBatch = false;
    int maxBatchSize = 40;
    int leftOutRetries = 3; ///< times a paper a reply left out is sent again
    std::optional<double> budgetUsd; ///< stop before a request would pass it; empty: no budget
    bool titleFilter = false; ///< Llm: drop clearly irrelevant papers by title first
    int titleBatchSize = 32; ///< titles per request; with adaptiveBatch the smallest title batch
    PriceTable prices;
    /// Llm: how long a claim on a paper lasts (ScoreClaims) before another scorer may take it over.
    int claimExpirySec = 600;

    QString model() const; ///< endpoint.model, "keyword", or learnedModelName
    /// prompts.templateVersion(), the keyword scorer's version, or the ranking's ("ln-" + its
    /// hash: a retrained ranking scores anew)
    QString promptVersion() const;
};

/// How the last model pass was shaped, for the benchmark and the log.
struct ScoringStats
{
    int titleBatchSize = 0;
    int batchSize = 0;
    int peakInFlight = 0; ///< HTTP requests open at once, at most
    int lowestConcurrencyLimit = 0; ///< the in-flight limit at its lowest (after 429s)
    int requeued = 0; ///< papers a reply left out, sent again
};

/// Where scoring is: papers done of total, tokens and money so far.
struct ScoringProgress
{
    QString stage; ///< "Filtering titles", "Scoring"
    int done = 0;
    int total = 0;
    TokenUsage tokens;
    std::optional<double> costUsd;
};

/// What scoring did.
struct ScoringOutcome
{
    int considered = 0; ///< papers handed in
    int cached = 0; ///< already scored with this key: not sent again
    int filteredOut = 0; ///< dropped by the title filter (now or in an earlier run)
    int scored = 0; ///< scored now
    int unscored = 0; ///< given up (retries spent, breaker open, deadline): stored as unscored, with the reason
    int requests = 0; ///< requests answered (title filter included)
    TokenUsage tokens;
    std::optional<double> costUsd; ///< empty when the model's price is unknown
    bool budgetReached = false;
    bool cancelled = false;
    bool deadlineReached = false; ///< the deadline passed first; the papers left are stored as unscored
    std::optional<LlmError> fatal; ///< the endpoint refused for good (quota, key, model…)
    /// The circuit breaker stopped scoring: the endpoint kept failing. The papers left are stored
    /// as unscored with its reason; the next run tries them again.
    std::optional<CircuitBreaker::Trip> tripped;
    QString storageError; ///< a score could not be saved; the run stopped

    int scanned() const { return considered - filteredOut; } ///< papers that went to scoring
    int scoredTotal() const { return cached + scored; } ///< of those, papers with a score now
};

/// Scores papers against criteria, in the thread that created it: skips papers that already have
/// a score for their key (paper version × criteria × model × prompt version), filters titles
/// first when asked (the kept papers of a title batch go to scoring at once, ModelRun), batches
/// the rest, keeps several requests in flight, re-queues papers a reply left out, saves every reply's scores
/// as soon as it arrives (so a crash loses at most the requests in flight), and stops cleanly at
/// the budget, on cancel, at the deadline, on a fatal endpoint error, or when the circuit breaker
/// sees that the endpoint keeps failing (then the papers left are stored as unscored, with why).
/// Before it sends a batch it claims the batch's keys (ScoreClaims): a paper another scorer
/// claimed is not sent but waited for, and taken over if that claim expires, so a lab's scorers
/// never pay twice for one paper.
class ScoringEngine : public QObject
{
    Q_OBJECT

public:
    /// What the title filter writes for the papers it drops (an unscored row, so no later run pays
    /// to filter them again).
    static inline const QString &TitleFilterReason = Score::TitleFilterReason;

    ScoringEngine(ScoreStore &scores, ScoringConfig config, QObject *parent = nullptr);
    ~ScoringEngine() override;

    void setProgressCallback(std::function<void(const ScoringProgress &)> callback);

    /// Scores the papers (blocking; runs a local event loop). `runId` tags the saved scores; at
    /// `deadline` the requests still open are aborted.
    ScoringOutcome score(const QList<Paper> &papers, qint64 runId = 0,
        QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));

    /// Stops: no new request, the ones in flight aborted, everything scored kept. Any thread.
    void cancel();

    /// How the last score() with a model batched and paced its requests.
    const ScoringStats &lastStats() const { return m_lastStats; }

private:
    friend class ModelRun;

    /// Scores offline (keywords or the reader's ranking), with `scoreOne` for each paper not scored yet.
    ScoringOutcome scoreOffline(
        const QList<Paper> &papers, qint64 runId, const std::function<Score(const Paper &)> &scoreOne);
    ScoringOutcome scoreWithModel(const QList<Paper> &papers, qint64 runId);
    ScoreKey keyFor(const Paper &paper) const;
    /// The prompts, asking for a JSON object when the client sends JSON mode.
    PromptBuilder promptBuilder() const;
    /// Where the title filter's verdict on a paper it kept is stored: the score key with the
    /// title filter's own prompt version (PromptSet::titleFilterVersion()).
    ScoreKey titleKeyFor(const Paper &paper) const;
    double estimateCost(const QList<Paper> &batch) const;
    double estimateTitleCost(const QList<Paper> &batch) const;
    void account(ScoringOutcome &outcome, const TokenUsage &usage) const;
    void report(const QString &stage, int done, int total, const ScoringOutcome &outcome) const;
    bool save(const QList<Score> &scores, qint64 runId, ScoringOutcome &outcome);
    /// Stores the papers the run could not get to as unscored, with why (breaker or deadline).
    void saveLeftOver(const QList<Paper> &papers, const QSet<QString> &settled, qint64 runId, ScoringOutcome &outcome);

    ScoreStore &m_scores;
    ScoringConfig m_config;
    QString m_criteriaSha;
    // The rest of every score key, worked out once: the prompt versions compare the prompts with
    // the built-in ones, which reads them from the resources (a fifth of a run when done per paper).
    QString m_model;
    QString m_promptVersion;
    QString m_titleVersion;
    std::function<void(const ScoringProgress &)> m_progress;
    std::atomic<bool> m_cancelled = false;
    ModelRun *m_run = nullptr; ///< during scoreWithModel, in this object's thread
    ScoringStats m_lastStats;
    QDeadlineTimer m_deadline { QDeadlineTimer::Forever }; ///< during score()
};

} // namespace PaperSift
