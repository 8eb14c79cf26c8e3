#include "scoringengine.h"

#include "domain/criteria.h"
#include "scoring/batching.h"
#include "scoring/keywordscorer.h"
#include "scoring/replyparser.h"
#include "store/scoreclaims.h"
#include "store/scorestore.h"

#include <QEventLoop>
#include <QHash>
#include <QLoggingCategory>
#include <QTimer>

#include <deque>

namespace PaperSift {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcScoring, "papersift.scoring")

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

QString ScoringConfig::model() const
{
    return kind == Kind::Keyword ? KeywordScorer::ModelName : endpoint.model;
}

QString ScoringConfig::promptVersion() const
{
    return kind == Kind::Keyword ? KeywordScorer::Version : prompts.templateVersion();
}

ScoringEngine::ScoringEngine(ScoreStore &scores, ScoringConfig config, QObject *parent)
    : QObject(parent)
    , m_scores(scores)
    , m_config(std::move(config))
    , m_criteriaSha(Criteria { m_config.prompts.criteria }.sha256())
{
}

ScoringEngine::~ScoringEngine() = default;

void ScoringEngine::setProgressCallback(std::function<void(const ScoringProgress &)> callback)
{
    m_progress = std::move(callback);
}

void ScoringEngine::cancel()
{
    m_cancelled = true;
    // The client lives in this object's thread: abort its requests there.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_client)
                m_client->cancel();
        },
        Qt::QueuedConnection);
}

ScoreKey ScoringEngine::keyFor(const Paper &paper) const
{
    return { paper.id, paper.version, m_criteriaSha, m_config.model(), m_config.promptVersion() };
}

void ScoringEngine::account(ScoringOutcome &outcome, const TokenUsage &usage) const
{
    outcome.tokens += usage;
    if (m_config.kind == ScoringConfig::Kind::Llm)
        outcome.costUsd = m_config.prices.cost(m_config.model(), outcome.tokens);
}

void ScoringEngine::report(const QString &stage, int done, int total, const ScoringOutcome &outcome) const
{
    if (m_progress)
        m_progress({ stage, done, total, outcome.tokens, outcome.costUsd });
}

bool ScoringEngine::save(const QList<Score> &scores, qint64 runId, ScoringOutcome &outcome)
{
    if (scores.isEmpty())
        return true;
    if (auto saved = m_scores.saveScores(scores, runId); !saved) {
        outcome.storageError = saved.errorMessage();
        return false;
    }
    return true;
}

double ScoringEngine::estimateCost(const QList<Paper> &batch) const
{
    RunEstimateInput input;
    input.papers = int(batch.size());
    input.batchSize = int(batch.size());
    double tokens = 0;
    for (const Paper &p : batch)
        tokens += double(PromptBuilder::estimatePaperTokens(p));
    input.promptTokensPerPaper = batch.isEmpty() ? 0 : tokens / double(batch.size());
    const PromptBuilder builder(m_config.prompts);
    input.prefixTokens
        = PromptBuilder::estimateTokens(builder.systemPrompt()) + PromptBuilder::estimateTokens(builder.staticPrefix());
    return m_config.prices.cost(m_config.model(), PriceTable::estimateUsage(input)).value_or(0.0);
}

ScoringOutcome ScoringEngine::score(const QList<Paper> &papers, qint64 runId, QDeadlineTimer deadline)
{
    m_cancelled = false;
    m_deadline = deadline;
    if (auto saved = m_scores.saveCriteria(m_config.prompts.criteria); !saved) {
        ScoringOutcome outcome;
        outcome.considered = int(papers.size());
        outcome.storageError = saved.errorMessage();
        return outcome;
    }
    return m_config.kind == ScoringConfig::Kind::Keyword ? scoreWithKeywords(papers, runId)
                                                         : scoreWithModel(papers, runId);
}

ScoringOutcome ScoringEngine::scoreWithKeywords(const QList<Paper> &papers, qint64 runId)
{
    ScoringOutcome outcome;
    outcome.considered = int(papers.size());
    QList<ScoreKey> keys;
    keys.reserve(papers.size());
    for (const Paper &p : papers)
        keys.append(keyFor(p));
    auto missing = m_scores.missingKeys(keys);
    if (!missing) {
        outcome.storageError = missing.errorMessage();
        return outcome;
    }
    QSet<QString> todo;
    for (const ScoreKey &k : *missing)
        todo.insert(k.paperId);
    outcome.cached = outcome.considered - int(todo.size());

    const KeywordScorer scorer(m_config.prompts.criteria);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Score> chunk;
    int done = outcome.cached;
    for (const Paper &p : papers) {
        if (!todo.contains(p.id))
            continue;
        if (m_cancelled) {
            outcome.cancelled = true;
            break;
        }
        Score s = scorer.score(p);
        s.key = keyFor(p);
        s.scoredAt = now;
        chunk.append(std::move(s));
        ++outcome.scored;
        ++done;
        // Commit in chunks: few transactions, and a kill loses little.
        if (chunk.size() >= 200) {
            if (!save(chunk, runId, outcome))
                return outcome;
            chunk.clear();
            report(tr("Scoring"), done, outcome.considered, outcome);
        }
    }
    if (!save(chunk, runId, outcome))
        return outcome;
    report(tr("Scoring"), done, outcome.considered, outcome);
    return outcome;
}

QList<Paper> ScoringEngine::filterTitles(
    const QList<Paper> &papers, ChatClient &client, ScoringOutcome &outcome, qint64 runId)
{
    const PromptBuilder builder(m_config.prompts);
    const auto batches = Batching::split(papers, qMax(1, m_config.titleBatchSize));
    QHash<quint64, int> batchOf;
    QSet<QString> drop;
    int answered = 0;
    QEventLoop loop;
    auto connection = connect(&client, &ChatClient::finished, &loop, [&](const ChatResult &result) {
        const int index = batchOf.value(result.id, -1);
        ++answered;
        if (index >= 0 && result.ok()) {
            ++outcome.requests;
            account(outcome, result.completion.usage);
            QStringList ids;
            for (const Paper &p : batches[index])
                ids.append(p.id);
            const TitleFilterReply reply = ReplyParser::parseTitleFilter(result.completion.content, ids);
            // No readable list: keep the whole batch (never drop papers on a bad reply).
            if (reply.ok) {
                for (const QString &id : reply.drop)
                    drop.insert(id);
            }
        } else if (result.error.fatal) {
            outcome.fatal = result.error;
        }
        report(tr("Filtering titles"), answered, int(batches.size()), outcome);
        if (answered == batchOf.size())
            loop.quit();
    });
    for (int i = 0; i < batches.size(); ++i) {
        if (m_config.budgetUsd && outcome.costUsd && *outcome.costUsd >= *m_config.budgetUsd)
            break;
        ChatRequest request;
        request.messages = builder.titleFilterMessages(batches[i]);
        batchOf.insert(client.submit(request), i);
    }
    if (!batchOf.isEmpty() && !m_cancelled && !outcome.tripped && !outcome.deadlineReached)
        loop.exec();
    disconnect(connection);
    if (m_cancelled || outcome.fatal || outcome.tripped || outcome.deadlineReached) {
        outcome.cancelled = m_cancelled;
        return {};
    }

    QList<Paper> kept;
    QList<Score> dropped;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Paper &p : papers) {
        if (!drop.contains(p.id)) {
            kept.append(p);
            continue;
        }
        Score s;
        s.key = keyFor(p);
        s.unscoredReason = TitleFilterReason;
        s.scoredAt = now;
        dropped.append(s);
    }
    outcome.filteredOut += int(dropped.size());
    save(dropped, runId, outcome);
    return kept;
}

ScoringOutcome ScoringEngine::scoreWithModel(const QList<Paper> &papers, qint64 runId)
{
    ScoringOutcome outcome;
    outcome.considered = int(papers.size());
    // Known price: the cost starts at zero; unknown: it stays unknown (never a made-up zero).
    outcome.costUsd = m_config.prices.cost(m_config.model(), TokenUsage {});

    // The cache: a key scored before is never sent again; a paper the title filter dropped in an
    // earlier run (with the filter still on) is not filtered again.
    QList<ScoreKey> keys;
    keys.reserve(papers.size());
    for (const Paper &p : papers)
        keys.append(keyFor(p));
    auto existing = m_scores.scoresFor(keys);
    if (!existing) {
        outcome.storageError = existing.errorMessage();
        return outcome;
    }
    QList<Paper> todo;
    for (const Paper &p : papers) {
        const auto it = existing->constFind(keyFor(p));
        if (it == existing->constEnd()) {
            todo.append(p);
        } else if (it->isScored()) {
            ++outcome.cached;
        } else if (it->unscoredReason == TitleFilterReason && m_config.titleFilter) {
            ++outcome.filteredOut;
        } else {
            todo.append(p); // unscored before (left out, failed): try again
        }
    }

    ChatClient client(m_config.endpoint, m_config.apiKey, m_config.client);
    m_client = &client;
    const auto clearClient = qScopeGuard([this] {
        m_client = nullptr;
    });

    // The circuit breaker sees every attempt, the title filter's too; it and the deadline stop
    // both stages. Connected before the stages' own handlers, so they see the breaker's verdict.
    CircuitBreaker breaker(CircuitBreaker::Bounds::fromRetryPolicy(m_config.client.maxAttempts));
    const auto halt = [&client] {
        // Queued: the client is inside its own signal here.
        QMetaObject::invokeMethod(&client, &ChatClient::cancel, Qt::QueuedConnection);
    };
    const auto failed = [&](const LlmError &error) {
        const qint64 left = m_deadline.isForever() ? -1 : m_deadline.remainingTime();
        if (breaker.recordFailure(error, left) && !outcome.tripped) {
            outcome.tripped = breaker.trip();
            qCWarning(lcScoring).noquote() << "circuit breaker open:" << outcome.tripped->why << "-" << error.message;
            halt();
        }
    };
    connect(&client, &ChatClient::retrying, this, [&](quint64, int, qint64, const LlmError &error) {
        failed(error);
    });
    connect(&client, &ChatClient::finished, this, [&](const ChatResult &result) {
        if (result.ok())
            breaker.recordSuccess();
        else if (!result.error.fatal)
            failed(result.error);
    });
    QTimer deadlineTimer;
    deadlineTimer.setSingleShot(true);
    connect(&deadlineTimer, &QTimer::timeout, this, [&] {
        outcome.deadlineReached = true;
        halt();
    });
    if (!m_deadline.isForever())
        deadlineTimer.start(std::chrono::milliseconds(std::max<qint64>(0, m_deadline.remainingTime())));
    const QList<Paper> selected = todo;
    QSet<QString> settled; // papers with a row saved by this run

    if (m_config.titleFilter && !todo.isEmpty() && !m_cancelled) {
        todo = filterTitles(todo, client, outcome, runId);
        if (outcome.tripped || outcome.deadlineReached)
            saveLeftOver(selected, settled, runId, outcome);
        if (outcome.fatal || outcome.cancelled || outcome.tripped || outcome.deadlineReached
            || !outcome.storageError.isEmpty())
            return outcome;
    }

    const PromptBuilder builder(m_config.prompts);
    const int batchSize = qMax(1,
        Batching::batchSize(m_config.batchSize, int(todo.size()), m_config.adaptiveBatch, m_config.adaptiveThreshold));
    const int concurrency = qMax(1, m_config.client.concurrency);
    std::deque<Pending> queue;
    for (const Paper &p : std::as_const(todo))
        queue.push_back({ p, 0, {} });
    QHash<quint64, QList<Pending>> inFlight;
    double inFlightEstimate = 0;
    QHash<quint64, double> estimates;
    const int total = outcome.considered - outcome.filteredOut;
    int done = outcome.cached;
    report(tr("Scoring"), done, total, outcome);

    QEventLoop loop;
    bool stopping = false;
    int papersBilled = 0; // papers in answered requests, for the observed cost per paper

    // Papers another scorer claimed: looked at again now and then, until scored or free.
    ScoreClaims claims(m_scores.database(), ScoreClaims::newHolder(), m_config.claimExpirySec);
    const auto releaseClaims = qScopeGuard([&claims] {
        (void)claims.releaseAll();
    });
    std::deque<Pending> waiting;
    QTimer recheck;
    recheck.setSingleShot(true);
    recheck.setInterval(
        qBound(100, qMin(m_config.claimExpirySec, 4) * 250, 1000)); // a quarter of the expiry, up to 1 s
    // Claims a batch: the papers claimed and not scored meanwhile stay in it; the rest wait.
    const auto claimBatch = [&](QList<Pending> &batch) {
        QList<ScoreKey> batchKeys;
        for (const Pending &p : std::as_const(batch))
            batchKeys.append(keyFor(p.paper));
        auto held = claims.claim(batchKeys);
        auto stored = held ? m_scores.scoresFor(*held) : Result<QHash<ScoreKey, Score>>(held.error());
        if (!held || !stored) {
            outcome.storageError = !held ? held.errorMessage() : stored.errorMessage();
            stopping = true;
            batch.clear();
            return;
        }
        const QSet<ScoreKey> mine(held->cbegin(), held->cend());
        QList<Pending> kept;
        for (const Pending &p : std::as_const(batch)) {
            const ScoreKey key = keyFor(p.paper);
            if (!mine.contains(key)) {
                waiting.push_back(p);
            } else if (const auto it = stored->constFind(key); it != stored->cend() && it->isScored()) {
                ++outcome.cached; // another scorer stored it since this run looked
                ++done;
            } else {
                kept.append(p);
            }
        }
        batch = kept;
    };

    const auto halted = [&] {
        return stopping || m_cancelled || outcome.tripped || outcome.deadlineReached;
    };
    const auto pump = [&] {
        while (!halted() && !queue.empty() && inFlight.size() < concurrency) {
            QList<Pending> batch;
            while (!queue.empty() && batch.size() < batchSize) {
                batch.append(queue.front());
                queue.pop_front();
            }
            claimBatch(batch);
            if (batch.isEmpty())
                continue;
            QList<Paper> batchPapers;
            for (const Pending &p : std::as_const(batch))
                batchPapers.append(p.paper);
            // What the prompt should cost, or what requests actually cost so far if more.
            const double observed
                = papersBilled > 0 ? outcome.costUsd.value_or(0.0) / papersBilled * batchPapers.size() : 0.0;
            const double estimate = qMax(estimateCost(batchPapers), observed);
            if (m_config.budgetUsd && *m_config.budgetUsd > 0
                && outcome.costUsd.value_or(0.0) + inFlightEstimate + estimate > *m_config.budgetUsd) {
                // The next request would pass the budget: stop cleanly, keep what is scored.
                for (auto it = batch.rbegin(); it != batch.rend(); ++it)
                    queue.push_front(*it);
                outcome.budgetReached = true;
                stopping = true;
                break;
            }
            ChatRequest request;
            request.messages = builder.messages(batchPapers);
            const quint64 id = client.submit(request);
            inFlight.insert(id, batch);
            estimates.insert(id, estimate);
            inFlightEstimate += estimate;
        }
        const bool over = halted();
        if (!over && inFlight.isEmpty() && queue.empty() && !waiting.empty() && !recheck.isActive())
            recheck.start();
        if (inFlight.isEmpty() && (queue.empty() || over) && (waiting.empty() || over))
            loop.quit();
    };
    connect(&recheck, &QTimer::timeout, &loop, [&] {
        // The others' papers: scored meanwhile (counted as cached), or back in the queue to claim.
        QList<ScoreKey> waitingKeys;
        for (const Pending &p : waiting)
            waitingKeys.append(keyFor(p.paper));
        auto stored = m_scores.scoresFor(waitingKeys);
        if (!stored) {
            outcome.storageError = stored.errorMessage();
            stopping = true;
        }
        for (const Pending &p : waiting) {
            const auto it = stored ? stored->constFind(keyFor(p.paper)) : QHash<ScoreKey, Score>::const_iterator();
            if (stored && it != stored->cend() && it->isScored()) {
                ++outcome.cached;
                ++done;
            } else if (!halted()) {
                queue.push_back(p);
            }
        }
        waiting.clear();
        report(tr("Scoring"), done, total, outcome);
        pump();
    });

    connect(&client, &ChatClient::finished, &loop, [&](const ChatResult &result) {
        const auto it = inFlight.find(result.id);
        if (it == inFlight.end())
            return;
        const QList<Pending> batch = *it;
        inFlight.erase(it);
        inFlightEstimate -= estimates.take(result.id);

        QList<Score> scores;
        QList<Pending> leftOut;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (result.ok()) {
            ++outcome.requests;
            account(outcome, result.completion.usage);
            papersBilled += int(batch.size());
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
                s.key = keyFor(p->paper);
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
            outcome.cancelled = outcome.cancelled || m_cancelled;
        } else if (result.error.fatal) {
            outcome.fatal = result.error;
            stopping = true;
        } else {
            // The client already retried this request: count it against each paper's retries.
            for (Pending p : batch) {
                p.lastReason = briefReason(result.error);
                leftOut.append(p);
            }
        }

        outcome.scored += int(scores.size());
        done += int(scores.size());
        for (Pending &p : leftOut) {
            ++p.attempts;
            if (p.attempts <= m_config.leftOutRetries && !halted()) {
                queue.push_back(p);
            } else {
                Score s;
                s.key = keyFor(p.paper);
                s.unscoredReason = p.lastReason.isEmpty() ? tr("The model gave no score") : p.lastReason;
                s.scoredAt = now;
                scores.append(s);
                ++outcome.unscored;
                ++done;
            }
        }
        if (!save(scores, runId, outcome))
            stopping = true;
        for (const Score &s : std::as_const(scores))
            settled.insert(s.key.paperId);
        report(tr("Scoring"), done, total, outcome);
        pump();
    });

    pump();
    if (!inFlight.isEmpty() || recheck.isActive())
        loop.exec();
    if (m_cancelled)
        outcome.cancelled = true;
    if ((outcome.tripped || outcome.deadlineReached) && outcome.storageError.isEmpty()) {
        saveLeftOver(todo, settled, runId, outcome);
        report(tr("Scoring"), outcome.cached + outcome.scored + outcome.unscored, total, outcome);
    }
    return outcome;
}

void ScoringEngine::saveLeftOver(
    const QList<Paper> &papers, const QSet<QString> &settled, qint64 runId, ScoringOutcome &outcome)
{
    const QString reason = outcome.tripped ? briefReason(outcome.tripped->error)
                                           : u"the run reached its deadline before the endpoint answered"_s;
    QList<Score> rows;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Paper &p : papers) {
        if (settled.contains(p.id))
            continue;
        Score s;
        s.key = keyFor(p);
        s.unscoredReason = reason;
        s.scoredAt = now;
        rows.append(s);
    }
    if (save(rows, runId, outcome))
        outcome.unscored += int(rows.size());
}

} // namespace PaperSift
