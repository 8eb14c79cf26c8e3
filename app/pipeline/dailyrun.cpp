#include "dailyrun.h"
#include "dailyruncontext.h"

#include "arxiv/arxivclient.h"
#include "config/settings.h"
#include "domain/criteria.h"
#include "domain/enumnames.h"
#include "llm/apikey.h"
#include "pipeline/rankingtrainer.h"
#include "pipeline/runjudgement.h"
#include "pipeline/runlock.h"
#include "pipeline/scoringengine.h"
#include "scoring/authormatcher.h"
#include "store/database.h"
#include "store/libraryquery.h"
#include "store/paperrepository.h"
#include "store/rulestore.h"
#include "store/runlog.h"
#include "store/scorestore.h"

#include <QDeadlineTimer>
#include <QLocale>
#include <QTimer>

namespace PaperSift {

using namespace Qt::StringLiterals;

RunOptions RunOptions::fromSettings(const Settings &settings)
{
    RunOptions o;
    o.categories = settings.list(Settings::Categories);
    o.announceTypes = settings.list(Settings::AnnounceTypes);
    o.scorer = scorerFromName(settings.string(Settings::Scorer)).value_or(Scorer::Auto);
    const double budget = settings.real(Settings::BudgetUsd);
    if (budget > 0)
        o.budgetUsd = budget;
    o.titleFilter = settings.boolean(Settings::TitleFilter);
    o.relevanceCutoff = settings.integer(Settings::RelevanceCutoff);
    o.noveltyCutoff = settings.integer(Settings::NoveltyCutoff);
    o.deadline = std::chrono::minutes(qMax(0, settings.integer(Settings::DeadlineMin)));
    return o;
}

std::optional<RunOptions::Scorer> RunOptions::scorerFromName(const QString &name)
{
    static constexpr EnumName<Scorer> names[] = { { Scorer::Auto, "auto"_L1 }, { Scorer::Llm, "llm"_L1 },
        { Scorer::Keyword, "keyword"_L1 }, { Scorer::Keyword, "keywords"_L1 }, { Scorer::Learned, "learned"_L1 },
        { Scorer::Learned, "yours"_L1 } };
    return enumFromName<Scorer>(names, name);
}

QString progressText(const QString &stage, int done, int total, const TokenUsage &tokens, std::optional<double> costUsd)
{
    QString text = stage;
    if (total > 0)
        text += u" %1 / %2"_s.arg(done).arg(total);
    if (tokens.total() > 0) {
        const qint64 t = tokens.total();
        text += u" · "_s + (t >= 10000 ? u"%1k"_s.arg(t / 1000) : QString::number(t)) + u" tokens"_s;
        text += costUsd ? u" · $%1"_s.arg(*costUsd, 0, 'f', *costUsd < 10 ? 2 : 1) : u" · cost unknown"_s;
    }
    return text;
}

namespace {

bool listedInAny(const StoredPaper &p, const QStringList &categories)
{
    if (categories.isEmpty())
        return true;
    for (const QString &c : p.listedIn) {
        if (categories.contains(c, Qt::CaseInsensitive))
            return true;
    }
    return categories.contains(p.listingCategory, Qt::CaseInsensitive);
}
} // namespace

DailyRun::DailyRun(RunOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

DailyRun::~DailyRun() = default;

void DailyRun::cancel()
{
    m_cancelled = true;
    // The clients live in the run's thread: reach them there.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_engine)
                m_engine->cancel();
            if (m_arxiv)
                m_arxiv->cancel();
        },
        Qt::QueuedConnection);
}

void DailyRun::report(RunProgress::Stage stage, const QString &text, int done, int total, const TokenUsage &tokens,
    std::optional<double> cost)
{
    emit progress(RunProgress { stage, text, done, total, tokens, cost });
}

RunResult DailyRun::execute()
{
    Context run;
    if (m_options.deadline.count() > 0)
        run.deadline = QDeadlineTimer(m_options.deadline);
    report(RunProgress::Stage::Starting, tr("Starting"));
    // The heartbeat beats while the run's event loops turn (fetch, scoring); the blocking stages
    // call it themselves.
    QTimer heartbeat;
    heartbeat.setInterval(RunLock::HeartbeatEvery);
    connect(&heartbeat, &QTimer::timeout, this, [&run] {
        run.heartbeat();
    });
    heartbeat.start();
    const bool done = prepare(run) && importFiles(run) && recover(run) && fetch(run) && chooseDay(run)
        && selectPapers(run) && (!m_options.score || (configureScoring(run) && score(run) && finish(run)));
    Q_UNUSED(done); // a stage that stops the run has said why in run.result
    if (run.result.verdict == RunVerdict::None) // it stopped before scoring, or did not score
        run.result.verdict = run.result.ok()              ? RunVerdict::Complete
            : run.result.failure == RunFailure::Cancelled ? RunVerdict::Cancelled
                                                          : RunVerdict::Failed;
    return run.result;
}

bool DailyRun::prepare(Context &run)
{
    auto lock = RunLock::acquire(AppPaths::databaseFile());
    if (!lock)
        return run.fail(RunFailure::Busy, lock.errorMessage());
    run.lock = std::move(lock).value();
    auto db = Database::open(AppPaths::databaseFile());
    if (!db)
        return run.fail(RunFailure::Storage, db.errorMessage());
    run.db = std::move(db).value();
    run.papers.emplace(*run.db);
    run.scores.emplace(*run.db);
    run.runLog.emplace(*run.db);

    // A run still marked running was interrupted (crash, kill -9, power): record it. Its scores are
    // stored, so this run picks up where it stopped without paying for them again.
    if (auto unfinished = run.runLog->unfinishedRuns(); unfinished) {
        for (RunSummary r : *unfinished) {
            r.status = RunStatus::Interrupted;
            r.error = tr("Interrupted before it finished; its scores were kept and a later run resumed it.");
            (void)run.runLog->updateRun(r);
        }
    }
    run.day = m_options.day;
    return true;
}

bool DailyRun::chooseDay(Context &run)
{
    if (!run.day.isValid() && !m_options.fetch) {
        // No day given and nothing to fetch: the latest day in the store.
        if (auto days = LibraryQuery(*run.db).days(); days && !days->isEmpty())
            run.day = days->first().day;
    }
    if (!run.day.isValid())
        return run.fail(RunFailure::Input,
            tr("There is no feed day to score yet: fetch today's announcements, or "
               "import or backfill a day."));
    return true;
}

bool DailyRun::selectPapers(Context &run)
{
    // The day's papers: every distinct paper listed in the categories, then the announce types kept.
    const QStringList &categories = m_options.categories;
    report(RunProgress::Stage::Filtering, tr("Selecting the papers of %1").arg(run.day.toString(Qt::ISODate)));
    auto listed = run.papers->papersForDay(run.day);
    if (!listed)
        return run.fail(RunFailure::Storage, listed.errorMessage());
    // The reader's "never show" rules: those papers are not scored, so never paid for.
    auto rules = RuleStore(*run.db).book();
    if (!rules)
        return run.fail(RunFailure::Storage, rules.errorMessage());
    int total = 0;
    for (const StoredPaper &sp : std::as_const(*listed)) {
        if (!listedInAny(sp, categories))
            continue;
        ++total;
        const bool typeKept = m_options.announceTypes.isEmpty()
            || m_options.announceTypes.contains(announceTypeName(sp.paper.announceType), Qt::CaseInsensitive);
        if (typeKept && rules->isMuted(sp.paper.id, sp.paper.categories))
            ++run.result.muted;
        else if (typeKept)
            run.kept.append(sp.paper);
    }
    if (total == 0 && !m_options.fetch) {
        return run.fail(RunFailure::Input,
            tr("No papers are stored for %1 in %2. Import that day's feeds (papersift "
               "import FILE…) or backfill it (papersift backfill --from %1 --to %1).")
                .arg(run.day.toString(Qt::ISODate), categories.join(u", "_s)));
    }

    RunSummary &summary = run.result.summary;
    summary.day = run.day;
    summary.categories = categories;
    summary.announceTypes = m_options.announceTypes;
    summary.totalPapers = total;
    summary.started = QDateTime::currentDateTimeUtc();
    summary.status = RunStatus::Running;
    if (!m_options.score) {
        summary.model = QString();
        summary.status = RunStatus::Done;
        summary.finished = QDateTime::currentDateTimeUtc();
    }
    return true;
}

bool DailyRun::configureScoring(Context &run)
{
    // How to score: a language model when one is configured (or asked for), else keywords.
    const Settings &settings = run.settings;
    ScoringConfig &config = run.config;
    config.prompts = PromptSet::load();
    if (!m_options.criteriaText.isEmpty())
        config.prompts.criteria = m_options.criteriaText;
    config.batchSize = qMax(1, settings.integer(Settings::BatchSize));
    config.adaptiveBatch = settings.boolean(Settings::AdaptiveBatch);
    config.maxBatchSize = qMax(config.batchSize, settings.integer(Settings::MaxBatchSize));
    config.leftOutRetries = settings.integer(Settings::Retries);
    config.titleFilter = m_options.titleFilter.value_or(settings.boolean(Settings::TitleFilter));
    config.titleBatchSize = qMax(1, settings.integer(Settings::TitleBatchSize));
    config.claimExpirySec = qMax(1, settings.integer(Settings::ClaimExpirySec));
    config.budgetUsd = m_options.budgetUsd;
    if (auto prices = PriceTable::load(); prices)
        config.prices = *prices;
    else
        return run.fail(RunFailure::Input, prices.errorMessage());

    if (m_options.scorer != RunOptions::Scorer::Keyword && m_options.scorer != RunOptions::Scorer::Learned) {
        auto endpoint = EndpointConfig::fromSettings(settings);
        if (!endpoint)
            return run.fail(RunFailure::Endpoint, endpoint.errorMessage());
        if (!m_options.baseUrl.isEmpty() && QUrl(m_options.baseUrl) != endpoint->baseUrl) {
            // Another server than the preset's: a custom endpoint, whose key is optional.
            endpoint->baseUrl = QUrl(m_options.baseUrl);
            endpoint->preset = EndpointPreset::Custom;
            endpoint->keyRequired = false;
        }
        if (!m_options.model.isEmpty())
            endpoint->model = m_options.model;
        const bool configured = m_options.scorer == RunOptions::Scorer::Llm || !m_options.baseUrl.isEmpty()
            || !settings.string(Settings::BaseUrl).isEmpty() || ApiKeyStore::fromEnvironment(*endpoint).has_value();
        if (configured) {
            auto key = ApiKeyStore().lookupBlocking(*endpoint);
            if (!key)
                return run.fail(RunFailure::Endpoint, key.errorMessage());
            config.kind = ScoringConfig::Kind::Llm;
            config.endpoint = *endpoint;
            config.apiKey = key->secret;
            config.client = ChatClient::Options::fromSettings(settings, *endpoint);
            // A local server's context window is small (Ollama's default is 4,096 tokens): its
            // batches stay at llm/batchSize.
            config.adaptiveBatch = config.adaptiveBatch && !endpoint->isLocalServer();
        }
    }
    if (config.kind != ScoringConfig::Kind::Llm && !configureOffline(run))
        return false;
    RunSummary &summary = run.result.summary;
    summary.model = config.model();
    summary.criteriaSha256 = Criteria { config.prompts.criteria }.sha256();
    summary.promptVersion = config.promptVersion();
    return true;
}

bool DailyRun::configureOffline(Context &run)
{
    // Without a model: the reader's ranking when asked for, or (auto) when it knows the reader
    // better than the keywords do; else keywords.
    if (m_options.scorer == RunOptions::Scorer::Keyword)
        return true;
    Database &db = run.scores->database();
    auto ranking = RankingTrainer::current(db, run.config.prompts.criteria);
    if (!ranking)
        return run.fail(RunFailure::Storage, ranking.errorMessage());
    if (m_options.scorer == RunOptions::Scorer::Learned && !*ranking) {
        auto counts = LearningStore(db).ratingCounts();
        const int missing = counts ? LearnedModel::ratingsMissing(counts->liked, counts->disliked) : 0;
        return run.fail(RunFailure::Input,
            u"There is no personal ranking yet: rate %1 more papers (a star or 4–5 is liked, 1–2 disliked), in the "
            "window or with 'papersift rate', then run again."_s.arg(missing));
    }
    if (!*ranking || (m_options.scorer == RunOptions::Scorer::Auto && !(*ranking)->report.beatsKeywords()))
        return true;
    run.config.kind = ScoringConfig::Kind::Learned;
    run.config.learned = std::make_shared<const LearnedModel>((*ranking)->model);
    run.config.learnedModelName = LearnedModel::modelName(db.userName());
    return true;
}

bool DailyRun::score(Context &run)
{
    RunSummary &summary = run.result.summary;
    auto runId = run.runLog->startRun(summary);
    if (!runId)
        return run.fail(RunFailure::Storage, runId.errorMessage());
    summary.id = *runId;

    ScoringEngine engine(*run.scores, run.config);
    m_engine = &engine;
    if (m_cancelled)
        engine.cancel();
    engine.setProgressCallback([this](const ScoringProgress &p) {
        report(RunProgress::Stage::Scoring, progressText(p.stage, p.done, p.total, p.tokens, p.costUsd), p.done,
            p.total, p.tokens, p.costUsd);
    });
    run.outcome = engine.score(run.kept, summary.id, run.deadline);
    m_engine = nullptr;

    summary.scannedPapers = run.outcome.scanned();
    summary.tokens = run.outcome.tokens;
    summary.costUsd = run.outcome.costUsd;
    run.result.cached = run.outcome.cached;
    run.result.scored = run.outcome.scoredTotal();
    run.result.unscored = run.outcome.scanned() - run.outcome.scoredTotal();
    return true;
}

bool DailyRun::finish(Context &run)
{
    RunSummary &summary = run.result.summary;
    RunResult &result = run.result;
    const ScoringOutcome &outcome = run.outcome;
    // Relevant: at or above both cutoffs (a keyword score has no novelty: relevance alone), plus
    // followed authors, as the digest counts them.
    report(RunProgress::Stage::Finishing, tr("Finishing"));
    // The one rule for the score that counts (ScoreStore), as the digest and the window count.
    if (auto scores = run.scores->countingScores({ summary.criteriaSha256, QString() }, run.day); scores) {
        const AuthorMatcher followed(Settings::followedAuthors());
        int relevant = 0;
        for (const Paper &p : std::as_const(run.kept)) {
            const auto s = scores->constFind(p.id);
            const bool passes
                = s != scores->constEnd() && s->passes(m_options.relevanceCutoff, m_options.noveltyCutoff);
            if (passes || (!followed.isEmpty() && followed.matchesAny(p.authors)))
                ++relevant;
        }
        summary.relevantPapers = relevant;
    }

    summary.finished = QDateTime::currentDateTimeUtc();
    summary.status = RunStatus::Done;
    RunJudgement::judge({ outcome, run.config, run.day, m_options.deadline, m_cancelled }, result);
    if (result.verdict == RunVerdict::Complete && run.feedVerdict != RunVerdict::None) {
        result.verdict = run.feedVerdict;
    } else if (result.verdict == RunVerdict::Complete && result.scored > 0 && summary.relevantPapers == 0) {
        // Never a quiet empty digest: say why it is empty.
        result.verdict = RunVerdict::NoneKept;
        const QString noneKept
            = tr("None of the %n scored paper(s) passed the cutoffs (relevance at least %1, novelty at "
                 "least %2): check the cutoffs (Settings, or --relevance-cutoff) or your criteria.",
                nullptr, result.scored)
                  .arg(m_options.relevanceCutoff)
                  .arg(m_options.noveltyCutoff);
        // A notice of the day's feed (a recovered day) stays, before it.
        result.notice = result.notice.isEmpty() ? noneKept : result.notice + u' ' + noneKept;
    }
    // Once more before the message is stored and shown: nothing a server echoed gets through.
    const Redactor redactor = ChatClient::redactorFor(run.config.endpoint, run.config.apiKey);
    result.message = redactor.redact(result.message);
    result.unscoredReason = redactor.redact(result.unscoredReason);
    if (!result.ok()) {
        summary.status = result.failure == RunFailure::Cancelled || result.failure == RunFailure::Budget
            ? RunStatus::Cancelled
            : RunStatus::Failed;
        summary.error = result.message;
    }
    summary.state
        = RunVerdictRecord { result.verdict, result.unscoredReason, result.scored, result.scored + result.unscored }
              .toState();
    if (auto updated = run.runLog->updateRun(summary); !updated && result.ok())
        return run.fail(RunFailure::Storage, updated.errorMessage());
    return result.ok();
}

} // namespace PaperSift
