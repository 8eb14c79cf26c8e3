#include "digestbuilder.h"

#include "domain/enumnames.h"

#include "bibtexexport.h"
#include "config/settings.h"
#include "domain/criteria.h"
#include "domain/runverdict.h"
#include "jsonexport.h"
#include "markdowndigest.h"
#include "scoring/authormatcher.h"
#include "scoring/pricetable.h"
#include "scoring/promptbuilder.h"
#include "store/learningstore.h"
#include "store/rulestore.h"

#include <QSet>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

// The reader's ranking for the JSON export's "yours"; none when there is none (or it cannot be
// read: an export never fails for want of it).
std::optional<StoredRanking> storedRanking(Database &db)
{
    auto stored = LearningStore(db).ranking();
    return stored ? std::move(*stored) : std::nullopt;
}

DigestUserState digestState(const UserState &s)
{
    return { s.read, s.starred, s.rating, s.note };
}

bool listedInAny(const StoredPaper &p, const QStringList &categories)
{
    for (const QString &c : p.listedIn) {
        if (categories.contains(c, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The model a digest shows when none was asked for: the model of the day's latest finished run
// (what the user last ran), else the model of the most recent score of the day with these
// criteria (papers scored outside a run), else the Model setting (nothing scored yet).
Result<QString> defaultModel(
    const ScoreStore &scores, const QDate &day, const QList<RunSummary> &runs, const QString &criteriaSha)
{
    // A completed run first: a run that failed at once (a mistyped model) should not hide the
    // model that scored the day.
    for (const bool completedOnly : { true, false }) {
        for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
            const bool finished = completedOnly ? it->status == RunStatus::Done : it->status != RunStatus::Running;
            if (finished && !it->model.isEmpty())
                return it->model;
        }
    }
    auto anyModel = scores.latestScores(criteriaSha, QString(), day);
    if (!anyModel)
        return anyModel.error();
    const Score *newest = nullptr;
    for (const Score &s : std::as_const(*anyModel)) {
        if (!newest || s.scoredAt > newest->scoredAt
            || (s.scoredAt == newest->scoredAt && s.key.model < newest->key.model))
            newest = &s;
    }
    if (newest)
        return newest->key.model;
    return Settings().string(Settings::Model);
}

// Why a day's papers are unscored: what its latest run with this model and criteria recorded,
// else the reason most unscored papers carry, else that nothing scored them yet.
QString unscoredReason(
    const QList<RunSummary> &runs, const QString &model, const QString &criteriaSha, const QHash<QString, int> &reasons)
{
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        if (it->model != model || it->criteriaSha256 != criteriaSha)
            continue;
        if (const auto verdict = RunVerdictRecord::fromState(it->state); verdict && !verdict->reason.isEmpty())
            return verdict->reason;
        break;
    }
    QString commonest;
    int most = 0;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < commonest)) {
            commonest = it.key();
            most = it.value();
        }
    }
    return commonest.isEmpty() ? u"not scored yet"_s : commonest;
}

// The model and criteria most of these scores were made with, counting only models' scores (not
// the offline scorers'); ties go to the newer score. Nothing when no model scored any.
std::optional<std::pair<QString, QString>> usualModelAndCriteria(const QHash<QString, Score> &scores)
{
    QHash<std::pair<QString, QString>, std::pair<int, QDateTime>> tally;
    for (const Score &s : scores) {
        if (s.isOffline())
            continue;
        auto &[count, newest] = tally[{ s.key.model, s.key.criteriaSha256 }];
        ++count;
        newest = qMax(newest, s.scoredAt);
    }
    std::optional<std::pair<QString, QString>> best;
    std::pair<int, QDateTime> bestTally;
    for (auto it = tally.cbegin(); it != tally.cend(); ++it) {
        if (!best || it->first > bestTally.first || (it->first == bestTally.first && it->second > bestTally.second)) {
            best = it.key();
            bestTally = it.value();
        }
    }
    return best;
}

} // namespace

namespace {
constexpr EnumName<ExportFormat> exportFormatNames[] = {
    { ExportFormat::Markdown, "md"_L1 },
    { ExportFormat::Markdown, "markdown"_L1 },
    { ExportFormat::Json, "json"_L1 },
    { ExportFormat::Bibtex, "bib"_L1 },
    { ExportFormat::Bibtex, "bibtex"_L1 },
};
} // namespace

QString exportFormatName(ExportFormat format)
{
    return enumName<ExportFormat>(exportFormatNames, format);
}

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    return enumFromName<ExportFormat>(exportFormatNames, name);
}

DigestBuilder::DigestBuilder(Database &db)
    : m_papers(db)
    , m_scores(db)
    , m_runs(db)
    , m_states(db)
{
}

QString DigestBuilder::currentCriteriaSha256()
{
    return Criteria { PromptSet::load().criteria }.sha256();
}

QList<AnnounceType> DigestBuilder::announceTypesFromSettings()
{
    QList<AnnounceType> types;
    for (const QString &name : Settings().list(Settings::AnnounceTypes)) {
        const AnnounceType t = announceTypeFromName(name);
        if (t != AnnounceType::Unknown && !types.contains(t))
            types.append(t);
    }
    return types;
}

Result<DigestInput> DigestBuilder::build(const QDate &day, const DigestOptions &options) const
{
    if (!day.isValid())
        return Error { u"No day was given for the digest."_s, {} };
    const QString dayText = day.toString(Qt::ISODate);

    auto listed = m_papers.papersForDay(day);
    if (!listed)
        return listed.error();
    if (listed->isEmpty())
        return Error { u"No papers stored for %1 — fetch, import or backfill that day first."_s.arg(dayText), {} };

    const Settings settings;
    auto papers = m_papers.papersForDay(day, announceTypesFromSettings());
    if (!papers)
        return papers.error();

    PromptSet prompts = PromptSet::load();
    const QString currentSha = Criteria { prompts.criteria }.sha256();

    auto runs = m_runs.runsForDay(day);
    if (!runs)
        return runs.error();

    // The scores that count, by the one rule the window and the command line use too.
    auto scores = m_scores.countingScores({ currentSha, options.model.trimmed() }, day);
    if (!scores)
        return scores.error();
    // The digest's model and criteria are those of most of the day's model scores that count
    // (the run that scored the day); a day only the keyword scorer judged is the keyword's.
    QString model = options.model.trimmed();
    QString criteriaSha = currentSha;
    if (const auto usual = usualModelAndCriteria(*scores); usual) {
        if (model.isEmpty())
            model = usual->first;
        criteriaSha = usual->second;
    } else if (model.isEmpty()) {
        auto found = defaultModel(m_scores, day, *runs, currentSha);
        if (!found)
            return found.error();
        model = *found;
    }
    auto states = m_states.userStatesForDay(day);
    if (!states)
        return states.error();

    DigestInput input;
    input.day = day;
    input.model = model;
    input.relevanceCutoff = options.relevanceCutoff.value_or(settings.integer(Settings::RelevanceCutoff));
    input.noveltyCutoff = options.noveltyCutoff.value_or(settings.integer(Settings::NoveltyCutoff));

    // "Total arXiv papers": distinct papers in the feeds of the chosen categories, every announce
    // type. When none of the day's listings is in the chosen categories (the setting changed since),
    // every paper of the day counts.
    const QStringList categories = settings.list(Settings::Categories);
    int total = 0;
    for (const StoredPaper &p : std::as_const(*listed)) {
        if (listedInAny(p, categories))
            ++total;
    }
    input.totalPapers = total > 0 ? total : int(listed->size());

    // Papers that went to scoring with this model and criteria: a failed attempt counts too.
    auto attempted = m_scores.latestScores(criteriaSha, model, day);
    if (!attempted)
        return attempted.error();
    const AuthorMatcher matcher(Settings::followedAuthors());
    const std::optional<StoredRanking> ranking = storedRanking(m_scores.database());
    auto rules = RuleStore(m_scores.database()).book();
    if (!rules)
        return rules.error();
    int withScoreRow = 0;
    int scored = 0;
    int mutedScanned = 0; // muted after they were scored: scanned, by a run, but not by the digest
    QHash<QString, int> reasons; // the unscored rows' reasons, to name the commonest
    input.candidates.reserve(papers->size());
    for (const StoredPaper &sp : std::as_const(*papers)) {
        // A muted paper is no candidate, and counts as neither scanned nor relevant.
        if (rules->isMuted(sp.paper.id, sp.paper.categories)) {
            mutedScanned += attempted->contains(sp.paper.id) ? 1 : 0;
            continue;
        }
        DigestEntry e;
        e.paper = sp.paper;
        if (const auto score = scores->constFind(sp.paper.id); score != scores->constEnd())
            e.score = *score;
        if (const PaperRule *rule = rules->keptBy(sp.paper.id, sp.paper.categories))
            e.keptByRule = rule->query;
        // Scanned counts this model's work only: a keyword score that counts for a paper is not it.
        const auto tried = attempted->constFind(sp.paper.id);
        if (tried != attempted->constEnd()) {
            ++withScoreRow;
            if (tried->isScored())
                ++scored;
        }
        if (tried == attempted->constEnd() || !tried->isJudged()) { // this model gave no verdict
            ++input.unscoredPapers;
            if (tried != attempted->constEnd() && !tried->unscoredReason.isEmpty())
                ++reasons[tried->unscoredReason];
        }
        e.followedAuthorMatch = !matcher.isEmpty() && matcher.matchesAny(sp.paper.authors);
        const auto state = states->constFind(sp.paper.id);
        if (state != states->constEnd())
            e.userState = digestState(*state);
        if (ranking)
            e.yours = ranking->model.score(e.paper);
        input.candidates.append(std::move(e));
    }

    // Tokens: every run of the day with this model and these criteria (a resumed run adds its own).
    // Scanned: what the latest of those runs counted, else the papers with a score row.
    std::optional<int> runScanned;
    for (const RunSummary &run : std::as_const(*runs)) {
        if (run.model != model || run.criteriaSha256 != criteriaSha)
            continue;
        input.tokens += run.tokens;
        if (run.scannedPapers > 0)
            runScanned = run.scannedPapers;
    }
    input.scannedPapers = qMax(0, runScanned.value_or(withScoreRow) - mutedScanned);
    if (auto recovered = m_runs.recoveredIds(day); recovered)
        input.recovered = !recovered->isEmpty();
    if (input.unscoredPapers > 0) {
        // Scanned means scored on a day that is not finished: the count never overstates the work.
        input.scannedPapers = scored;
        input.unscoredReason = unscoredReason(*runs, model, criteriaSha, reasons);
    }

    // A broken user prices.json must not stop the digest: the shipped prices apply then (the
    // settings dialog and `papersift run` report the broken file).
    auto prices = PriceTable::load();
    const PriceTable table = prices ? *prices : PriceTable::builtIn();
    if (const auto cost = table.costBreakdown(model, input.tokens)) {
        input.promptCostUsd = cost->prompt;
        input.completionCostUsd = cost->completion;
    }

    // The prompt as it was sent: a day scored with an older criteria version shows that version.
    if (criteriaSha != currentSha) {
        auto versions = m_scores.criteriaVersions();
        if (!versions)
            return versions.error();
        for (const CriteriaVersion &v : std::as_const(*versions)) {
            if (v.sha256 == criteriaSha) {
                prompts.criteria = v.text;
                input.staleCriteriaVersion = v.label();
            } else if (v.sha256 == currentSha) {
                input.currentCriteriaVersion = v.label();
            }
        }
        if (input.currentCriteriaVersion.isEmpty())
            input.currentCriteriaVersion = u"not yet used"_s;
    }
    // As a run sends it: in JSON mode, with the line that asks for a JSON object.
    const PromptBuilder builder(prompts,
        settings.boolean(Settings::JsonMode) ? PromptBuilder::ReplyFormat::JsonObject
                                             : PromptBuilder::ReplyFormat::AsInstructed);
    input.systemPrompt = builder.systemPrompt();
    input.userPromptTemplate = builder.userPromptTemplate();
    return input;
}

Result<QList<DigestEntry>> DigestBuilder::starred(const DigestOptions &options) const
{
    auto ids = m_states.starredIds();
    if (!ids)
        return ids.error();
    auto papers = m_papers.papers(*ids);
    if (!papers)
        return papers.error();

    // The score that counts for each, by the one rule (ScoreStore::countingScores()).
    auto scores = m_scores.countingScores({ currentCriteriaSha256(), options.model.trimmed() }, *ids);
    if (!scores)
        return scores.error();
    const AuthorMatcher matcher(Settings::followedAuthors());
    const std::optional<StoredRanking> ranking = storedRanking(m_scores.database());
    // Starred papers are exported whatever the rules say; "always keep" only marks them.
    const auto rules = RuleStore(m_scores.database()).book();
    QList<DigestEntry> entries;
    entries.reserve(papers->size());
    for (const StoredPaper &sp : std::as_const(*papers)) {
        DigestEntry e;
        e.paper = sp.paper;
        if (!e.paper.announced.isValid())
            e.paper.announced = sp.firstAnnounced;
        if (const auto score = scores->constFind(sp.paper.id); score != scores->constEnd())
            e.score = *score;
        e.followedAuthorMatch = !matcher.isEmpty() && matcher.matchesAny(sp.paper.authors);
        if (rules) {
            if (const PaperRule *rule = rules->keptBy(sp.paper.id, sp.paper.categories))
                e.keptByRule = rule->query;
        }
        auto state = m_states.userState(sp.paper.id);
        if (!state)
            return state.error();
        e.userState = digestState(*state);
        if (ranking)
            e.yours = ranking->model.score(e.paper);
        entries.append(std::move(e));
    }
    return entries;
}

Result<QByteArray> DigestBuilder::exportDay(const QDate &day, ExportFormat format, const DigestOptions &options) const
{
    auto input = build(day, options);
    if (!input)
        return input.error();
    return render(*input, format);
}

QByteArray DigestBuilder::render(const DigestInput &input, ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return MarkdownDigest::render(input);
    case ExportFormat::Json:
        return JsonExport::render(input);
    case ExportFormat::Bibtex:
        break;
    }
    QList<Paper> papers;
    for (const DigestEntry &e : selectEntries(input))
        papers.append(e.paper);
    return BibtexExport::render(papers);
}

Result<QByteArray> DigestBuilder::exportStarred(ExportFormat format, const DigestOptions &options) const
{
    if (format == ExportFormat::Markdown)
        return Error { u"The Markdown digest is made for one day. Export the starred papers as JSON or BibTeX."_s, {} };
    auto entries = starred(options);
    if (!entries)
        return entries.error();
    if (format == ExportFormat::Json)
        return JsonExport::render(*entries);
    QList<Paper> papers;
    papers.reserve(entries->size());
    for (const DigestEntry &e : std::as_const(*entries))
        papers.append(e.paper);
    return BibtexExport::render(papers);
}

} // namespace PaperSift
