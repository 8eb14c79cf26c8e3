#include "modelrun.h"

#include "pipeline/scoringengine.h"
#include "scoring/batching.h"
#include "scoring/replyparser.h"
#include "store/scorestore.h"

#include <QLoggingCategory>

namespace PaperSift {

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcScoring)

namespace {
/// Splits a request's tokens over its papers, the remainder to the first ones, so the per-paper
/// numbers add up to what the endpoint billed.
QList<TokenUsage> shareUsage(const TokenUsage &usage, int papers)
{
    QList<TokenUsage> shares(qMax(papers, 1));
    const auto split = [&](qint64 total, qint64 TokenUsage::*field) {
        for (int i = 0; i < shares.size(); ++i)
            shares[i].*field = total / shares.size() + (i < total % shares.size() ? 1 : 0);
    };
    split(usage.prompt, &TokenUsage::prompt);
    split(usage.cached, &TokenUsage::cached);
    split(usage.completion, &TokenUsage::completion);
    return shares;
}
} // namespace

ModelRun::ModelRun(ScoringEngine &engine, ScoringOutcome &outcome, qint64 runId)
    : m_engine(engine)
    , m_outcome(outcome)
    , m_runId(runId)
    , m_client(engine.m_config.endpoint, engine.m_config.apiKey, engine.m_config.client)
    , m_breaker(CircuitBreaker::Bounds::fromRetryPolicy(engine.m_config.client.maxAttempts))
    , m_claims(engine.m_scores.database(), ScoreClaims::newHolder(), engine.m_config.claimExpirySec)
{
    // The circuit breaker sees every attempt, the title filter's too; it and the deadline stop
    // both stages.
    connect(&m_client, &ChatClient::retrying, this, [this](quint64, int, qint64, const LlmError &error) {
        failed(error);
    });
    connect(&m_client, &ChatClient::finished, this, &ModelRun::onFinished);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] {
        m_outcome.deadlineReached = true;
        halt();
    });
    m_recheck.setSingleShot(true);
    // A quarter of the claims' expiry, up to 1 s.
    m_recheck.setInterval(qBound(100, qMin(engine.m_config.claimExpirySec, 4) * 250, 1000));
    connect(&m_recheck, &QTimer::timeout, this, &ModelRun::onRecheck);
}

ModelRun::~ModelRun()
{
    (void)m_claims.releaseAll();
}

void ModelRun::cancel()
{
    m_client.cancel();
}

void ModelRun::halt()
{
    // Queued: the client may be inside its own signal here.
    QMetaObject::invokeMethod(&m_client, &ChatClient::cancel, Qt::QueuedConnection);
}

void ModelRun::failed(const LlmError &error)
{
    const QDeadlineTimer &deadline = m_engine.m_deadline;
    const qint64 left = deadline.isForever() ? -1 : deadline.remainingTime();
    if (m_breaker.recordFailure(error, left) && !m_outcome.tripped) {
        m_outcome.tripped = m_breaker.trip();
        qCWarning(lcScoring).noquote() << "circuit breaker open:" << m_outcome.tripped->why << "-" << error.message;
        halt();
    }
}

bool ModelRun::halted() const
{
    return m_stopping || m_engine.m_cancelled || m_outcome.tripped || m_outcome.deadlineReached || m_outcome.fatal;
}

bool ModelRun::hasCapacity() const
{
    return m_client.pending() < m_client.concurrencyLimit();
}

void ModelRun::run(const QList<Paper> &toFilter, const QList<Paper> &toScore)
{
    const ScoringConfig &config = m_engine.m_config;
    m_selected = toFilter + toScore;
    const int lanes = qMax(1, config.client.concurrency);
    // Adaptive: as many scoring batches as requests go out at once, so the prefix is paid once
    // per slot, and a quarter as many title batches: a title line is a twentieth of a paper's
    // block, so a title reply that keeps everything still fills four scoring batches, and every
    // title request repeats the criteria (~800 tokens, too short for the provider's prefix cache).
    // Fixed: the configured sizes.
    m_titleBatchSize = config.adaptiveBatch
        ? Batching::spreadBatchSize(int(toFilter.size()), (lanes + 3) / 4, qMax(1, config.titleBatchSize), 200)
        : qMax(1, config.titleBatchSize);
    m_batchSize = config.adaptiveBatch
        ? Batching::spreadBatchSize(int(m_selected.size()), lanes, config.batchSize, config.maxBatchSize)
        : qMax(1, config.batchSize);
    for (const QList<Paper> &batch : Batching::split(toFilter, m_titleBatchSize))
        m_titleQueue.push_back(batch);
    m_titlesLeft = int(toFilter.size());
    for (const Paper &p : toScore)
        m_queue.push_back({ p, 0, {} });
    m_done = m_outcome.cached;

    const QDeadlineTimer &deadline = m_engine.m_deadline;
    if (!deadline.isForever())
        m_deadlineTimer.start(std::chrono::milliseconds(std::max<qint64>(0, deadline.remainingTime())));
    progress();
    m_running = true;
    pump();
    if (!m_inFlight.isEmpty() || !m_titleInFlight.isEmpty() || m_recheck.isActive())
        m_loop.exec();
    m_running = false;
    m_deadlineTimer.stop();
    if (m_engine.m_cancelled)
        m_outcome.cancelled = true;
    if ((m_outcome.tripped || m_outcome.deadlineReached) && m_outcome.storageError.isEmpty()) {
        m_engine.saveLeftOver(m_selected, m_settled, m_runId, m_outcome);
        progress();
    }
}

void ModelRun::progress()
{
    const int total = m_outcome.considered - m_outcome.filteredOut;
    if (titleWorkLeft())
        m_engine.report(ScoringEngine::tr("Filtering titles"), m_done, total, m_outcome);
    else
        m_engine.report(ScoringEngine::tr("Scoring"), m_done, total, m_outcome);
}

bool ModelRun::overBudget(double estimate)
{
    const auto &budget = m_engine.m_config.budgetUsd;
    if (!budget || *budget <= 0)
        return false;
    if (m_outcome.costUsd.value_or(0.0) + m_inFlightEstimate + estimate <= *budget)
        return false;
    // The next request would pass the budget: stop cleanly, keep what is stored.
    m_outcome.budgetReached = true;
    m_stopping = true;
    return true;
}

bool ModelRun::sendTitleBatch()
{
    QList<Paper> batch = m_titleQueue.front();
    const double estimate = m_engine.estimateTitleCost(batch);
    if (overBudget(estimate))
        return false;
    m_titleQueue.pop_front();
    ChatRequest request;
    request.messages = m_engine.promptBuilder().titleFilterMessages(batch);
    const quint64 id = m_client.submit(request);
    m_titleInFlight.insert(id, batch);
    m_estimates.insert(id, estimate);
    m_inFlightEstimate += estimate;
    return true;
}

bool ModelRun::sendScoringBatch()
{
    QList<Pending> batch;
    while (!m_queue.empty() && batch.size() < m_batchSize) {
        batch.append(m_queue.front());
        m_queue.pop_front();
    }
    claimBatch(batch);
    if (batch.isEmpty())
        return !m_stopping;
    QList<Paper> papers;
    for (const Pending &p : std::as_const(batch))
        papers.append(p.paper);
    // What the prompt should cost, or what requests actually cost so far if more.
    const double observed
        = m_papersBilled > 0 ? m_outcome.costUsd.value_or(0.0) / m_papersBilled * double(papers.size()) : 0.0;
    const double estimate = qMax(m_engine.estimateCost(papers), observed);
    if (overBudget(estimate)) {
        for (auto it = batch.rbegin(); it != batch.rend(); ++it)
            m_queue.push_front(*it);
        return false;
    }
    ChatRequest request;
    request.messages = m_engine.promptBuilder().messages(papers);
    const quint64 id = m_client.submit(request);
    m_inFlight.insert(id, batch);
    m_estimates.insert(id, estimate);
    m_inFlightEstimate += estimate;
    return true;
}

void ModelRun::pump()
{
    while (!halted() && hasCapacity()) {
        // Titles first: their kept papers feed the scoring batches.
        if (!m_titleQueue.empty()) {
            if (!sendTitleBatch())
                break;
            continue;
        }
        // A scoring batch when it is full, or when no title reply can fill it any more.
        const bool full = int(m_queue.size()) >= m_batchSize;
        if (m_queue.empty() || (!full && titleWorkLeft()))
            break;
        if (!sendScoringBatch())
            break;
    }
    const bool over = halted();
    const bool busy = !m_inFlight.isEmpty() || !m_titleInFlight.isEmpty();
    if (!over && !busy && m_queue.empty() && m_titleQueue.empty() && !m_waiting.empty() && !m_recheck.isActive())
        m_recheck.start();
    const bool workLeft = !m_queue.empty() || !m_titleQueue.empty() || !m_waiting.empty() || m_recheck.isActive();
    if (m_running && !busy && (over || !workLeft))
        m_loop.quit();
}

void ModelRun::claimBatch(QList<Pending> &batch)
{
    // Claims the batch: the papers claimed and not scored meanwhile stay in it; the rest wait.
    QList<ScoreKey> keys;
    for (const Pending &p : std::as_const(batch))
        keys.append(m_engine.keyFor(p.paper));
    auto held = m_claims.claim(keys);
    auto stored = held ? m_engine.m_scores.scoresFor(*held) : Result<QHash<ScoreKey, Score>>(held.error());
    if (!held || !stored) {
        m_outcome.storageError = !held ? held.errorMessage() : stored.errorMessage();
        m_stopping = true;
        batch.clear();
        return;
    }
    const QSet<ScoreKey> mine(held->cbegin(), held->cend());
    QList<Pending> kept;
    for (const Pending &p : std::as_const(batch)) {
        const ScoreKey key = m_engine.keyFor(p.paper);
        if (!mine.contains(key)) {
            m_waiting.push_back(p);
        } else if (const auto it = stored->constFind(key); it != stored->cend() && it->isScored()) {
            ++m_outcome.cached; // another scorer stored it since this pass looked
            ++m_done;
        } else {
            kept.append(p);
        }
    }
    batch = kept;
}

void ModelRun::onRecheck()
{
    // The others' papers: scored meanwhile (counted as cached), or back in the queue to claim.
    QList<ScoreKey> keys;
    for (const Pending &p : m_waiting)
        keys.append(m_engine.keyFor(p.paper));
    auto stored = m_engine.m_scores.scoresFor(keys);
    if (!stored) {
        m_outcome.storageError = stored.errorMessage();
        m_stopping = true;
    }
    for (const Pending &p : m_waiting) {
        const auto it = stored ? stored->constFind(m_engine.keyFor(p.paper)) : QHash<ScoreKey, Score>::const_iterator();
        if (stored && it != stored->cend() && it->isScored()) {
            ++m_outcome.cached;
            ++m_done;
        } else if (!halted()) {
            m_queue.push_back(p);
        }
    }
    m_waiting.clear();
    progress();
    pump();
}

void ModelRun::onFinished(const ChatResult &result)
{
    if (result.ok())
        m_breaker.recordSuccess();
    else if (!result.error.fatal)
        failed(result.error);
    m_inFlightEstimate -= m_estimates.take(result.id);
    if (const auto t = m_titleInFlight.find(result.id); t != m_titleInFlight.end()) {
        const QList<Paper> batch = *t;
        m_titleInFlight.erase(t);
        onTitleReply(batch, result);
    } else if (const auto s = m_inFlight.find(result.id); s != m_inFlight.end()) {
        const QList<Pending> batch = *s;
        m_inFlight.erase(s);
        onScoringReply(batch, result);
    } else {
        return;
    }
    progress();
    pump();
}

void ModelRun::onTitleReply(const QList<Paper> &batch, const ChatResult &result)
{
    m_titlesLeft -= int(batch.size());
    if (result.error.kind == LlmErrorKind::Cancelled) {
        m_outcome.cancelled = m_outcome.cancelled || m_engine.m_cancelled;
        return;
    }
    if (result.error.fatal) {
        m_outcome.fatal = result.error;
        m_stopping = true;
        return;
    }
    QSet<QString> drop;
    bool judged = false;
    if (result.ok()) {
        ++m_outcome.requests;
        m_engine.account(m_outcome, result.completion.usage);
        QStringList ids;
        for (const Paper &p : batch)
            ids.append(p.id);
        const TitleFilterReply reply = ReplyParser::parseTitleFilter(result.completion.content, ids);
        // No readable list: keep the whole batch (never drop papers on a bad reply), and store no
        // verdict, so a later run asks again.
        if (reply.ok) {
            judged = true;
            drop = QSet<QString>(reply.drop.cbegin(), reply.drop.cend());
        }
    }
    // A failed title request (retries spent) keeps its papers too: they are scored.
    QList<Score> rows;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Paper &p : batch) {
        Score s;
        s.scoredAt = now;
        if (drop.contains(p.id)) {
            s.key = m_engine.keyFor(p);
            s.unscoredReason = Score::TitleFilterReason;
            ++m_outcome.filteredOut;
            m_settled.insert(p.id);
            rows.append(s);
            continue;
        }
        if (judged) {
            s.key = m_engine.titleKeyFor(p);
            s.unscoredReason = Score::TitleFilterKeptReason;
            rows.append(s);
        }
        m_queue.push_back({ p, 0, {} });
    }
    if (!m_engine.save(rows, m_runId, m_outcome))
        m_stopping = true;
}

void ModelRun::onScoringReply(const QList<Pending> &batch, const ChatResult &result)
{
    QList<Score> scores;
    QList<Pending> leftOut;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (result.ok()) {
        ++m_outcome.requests;
        m_engine.account(m_outcome, result.completion.usage);
        m_papersBilled += int(batch.size());
        QStringList ids;
        for (const Pending &p : batch)
            ids.append(p.paper.id);
        const ParsedReply reply = ReplyParser::parse(result.completion.content, ids);
        for (const QString &problem : reply.problems)
            qCInfo(lcScoring).noquote() << "reply:" << Redactor::redactPatterns(problem);
        const QList<TokenUsage> shares = shareUsage(result.completion.usage, int(reply.scores.size()));
        QHash<QString, const Pending *> byId;
        for (const Pending &p : batch)
            byId.insert(p.paper.id, &p);
        for (int i = 0; i < reply.scores.size(); ++i) {
            const ParsedScore &ps = reply.scores[i];
            const Pending *p = byId.value(ps.id);
            if (!p)
                continue;
            Score s;
            s.key = m_engine.keyFor(p->paper);
            s.relevance = ps.relevance;
            s.novelty = ps.novelty;
            s.comment = ps.comment;
            s.usage = shares.value(i);
            s.scoredAt = now;
            scores.append(s);
        }
        for (const LeftOutPaper &l : reply.leftOut) {
            if (const Pending *p = byId.value(l.id)) {
                Pending again = *p;
                again.lastReason = l.reason;
                leftOut.append(again);
            }
        }
    } else if (result.error.kind == LlmErrorKind::Cancelled) {
        m_outcome.cancelled = m_outcome.cancelled || m_engine.m_cancelled;
    } else if (result.error.fatal) {
        m_outcome.fatal = result.error;
        m_stopping = true;
    } else {
        // The client already retried this request: count it against each paper's retries.
        for (Pending p : batch) {
            p.lastReason = briefReason(result.error);
            leftOut.append(p);
        }
    }

    m_outcome.scored += int(scores.size());
    m_done += int(scores.size());
    for (Pending &p : leftOut) {
        ++p.attempts;
        if (p.attempts <= m_engine.m_config.leftOutRetries && !halted()) {
            m_queue.push_back(p);
            ++m_requeued;
        } else {
            Score s;
            s.key = m_engine.keyFor(p.paper);
            s.unscoredReason = p.lastReason.isEmpty() ? ScoringEngine::tr("The model gave no score") : p.lastReason;
            s.scoredAt = now;
            scores.append(s);
            ++m_outcome.unscored;
            ++m_done;
        }
    }
    if (!m_engine.save(scores, m_runId, m_outcome))
        m_stopping = true;
    for (const Score &s : std::as_const(scores))
        m_settled.insert(s.key.paperId);
}

} // namespace PaperSift
