#include "scoringengine.h"

#include "domain/criteria.h"
#include "pipeline/modelrun.h"
#include "scoring/batching.h"
#include "scoring/keywordscorer.h"
#include "store/scoreclaims.h"
#include "store/scorestore.h"

#include <QHash>
#include <QLoggingCategory>

namespace PaperSift {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcScoring, "papersift.scoring")

QString ScoringConfig::model() const
{
    switch (kind) {
    case Kind::Keyword:
        return KeywordScorer::ModelName;
    case Kind::Learned:
        return learnedModelName;
    case Kind::Llm:
        break;
    }
    return endpoint.model;
}

QString ScoringConfig::promptVersion() const
{
    switch (kind) {
    case Kind::Keyword:
        return KeywordScorer::Version;
    case Kind::Learned:
        return u"ln-"_s + (learned ? learned->version() : QString());
    case Kind::Llm:
        break;
    }
    return prompts.templateVersion();
}

ScoringEngine::ScoringEngine(ScoreStore &scores, ScoringConfig config, QObject *parent)
    : QObject(parent)
    , m_scores(scores)
    , m_config(std::move(config))
    , m_criteriaSha(Criteria { m_config.prompts.criteria }.sha256())
    , m_model(m_config.model())
    , m_promptVersion(m_config.promptVersion())
    , m_titleVersion(m_config.prompts.titleFilterVersion())
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
            if (m_run)
                m_run->cancel();
        },
        Qt::QueuedConnection);
}

ScoreKey ScoringEngine::keyFor(const Paper &paper) const
{
    return { paper.id, paper.version, m_criteriaSha, m_model, m_promptVersion };
}

PromptBuilder ScoringEngine::promptBuilder() const
{
    return PromptBuilder(m_config.prompts,
        m_config.client.jsonMode ? PromptBuilder::ReplyFormat::JsonObject : PromptBuilder::ReplyFormat::AsInstructed);
}

ScoreKey ScoringEngine::titleKeyFor(const Paper &paper) const
{
    return { paper.id, paper.version, m_criteriaSha, m_model, m_titleVersion };
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
    const PromptBuilder builder = promptBuilder();
    input.prefixTokens
        = PromptBuilder::estimateTokens(builder.systemPrompt()) + PromptBuilder::estimateTokens(builder.staticPrefix());
    return m_config.prices.cost(m_config.model(), PriceTable::estimateUsage(input)).value_or(0.0);
}

double ScoringEngine::estimateTitleCost(const QList<Paper> &batch) const
{
    TokenUsage usage;
    for (const ChatMessage &m : promptBuilder().titleFilterMessages(batch))
        usage.prompt += PromptBuilder::estimateTokens(m.content);
    usage.completion = 8 * qint64(batch.size()); // at most an id per paper
    return m_config.prices.cost(m_config.model(), usage).value_or(0.0);
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
    switch (m_config.kind) {
    case ScoringConfig::Kind::Keyword: {
        const KeywordScorer scorer(m_config.prompts.criteria);
        return scoreOffline(papers, runId, [&scorer](const Paper &p) {
            return scorer.score(p);
        });
    }
    case ScoringConfig::Kind::Learned: {
        Q_ASSERT(m_config.learned);
        const LearnedModel &model = *m_config.learned;
        return scoreOffline(papers, runId, [&model](const Paper &p) {
            Score s;
            const double yours = model.score(p);
            s.relevance = qBound(1, qRound(yours), 10);
            const QStringList reasons = model.reasons(p);
            // Stored with the score, so English like the keyword scorer's comments.
            s.comment = reasons.isEmpty()
                ? u"Yours %1: like little you rated."_s.arg(yours, 0, 'f', 1)
                : u"Yours %1: like papers you liked (%2)."_s.arg(yours, 0, 'f', 1).arg(reasons.join(u", "_s));
            return s;
        });
    }
    case ScoringConfig::Kind::Llm:
        break;
    }
    return scoreWithModel(papers, runId);
}

ScoringOutcome ScoringEngine::scoreOffline(
    const QList<Paper> &papers, qint64 runId, const std::function<Score(const Paper &)> &scoreOne)
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
        Score s = scoreOne(p);
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

ScoringOutcome ScoringEngine::scoreWithModel(const QList<Paper> &papers, qint64 runId)
{
    ScoringOutcome outcome;
    outcome.considered = int(papers.size());
    // Known price: the cost starts at zero; unknown: it stays unknown (never a made-up zero).
    outcome.costUsd = m_config.prices.cost(m_config.model(), TokenUsage {});

    // The cache: a key scored before is never sent again; a paper the title filter dropped in an
    // earlier run (with the filter still on) is not filtered again, and one it kept (the title
    // key's row) goes straight to scoring.
    QList<ScoreKey> keys;
    keys.reserve(papers.size() * 2);
    for (const Paper &p : papers) {
        keys.append(keyFor(p));
        if (m_config.titleFilter)
            keys.append(titleKeyFor(p));
    }
    auto existing = m_scores.scoresFor(keys);
    if (!existing) {
        outcome.storageError = existing.errorMessage();
        return outcome;
    }
    QList<Paper> toFilter;
    QList<Paper> toScore;
    for (const Paper &p : papers) {
        const auto it = existing->constFind(keyFor(p));
        if (it != existing->constEnd() && it->isScored()) {
            ++outcome.cached;
        } else if (it != existing->constEnd() && it->unscoredReason == TitleFilterReason && m_config.titleFilter) {
            ++outcome.filteredOut;
        } else if (!m_config.titleFilter || existing->contains(titleKeyFor(p))) {
            toScore.append(p); // no filter, or kept by it before; unscored rows are tried again
        } else {
            toFilter.append(p);
        }
    }
    if (toFilter.isEmpty() && toScore.isEmpty())
        return outcome;

    ModelRun run(*this, outcome, runId);
    m_run = &run;
    const auto clearRun = qScopeGuard([this] {
        m_run = nullptr;
    });
    if (m_cancelled) {
        outcome.cancelled = true;
        return outcome;
    }
    run.run(toFilter, toScore);
    m_lastStats
        = { run.titleBatchSize(), run.batchSize(), run.peakInFlight(), run.lowestConcurrencyLimit(), run.requeued() };
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
