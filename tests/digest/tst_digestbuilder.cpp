// DigestBuilder over a real SQLite store holding the two real feeds of 2025-06-17 (feed day
// 2025-06-16): counts, the selection, tokens and costs, followed authors, starred papers, errors.
#include "arxiv/feedparser.h"
#include "config/settings.h"
#include "digest/digestbuilder.h"
#include "digest/markdowndigest.h"
#include "domain/criteria.h"
#include "domain/runverdict.h"
#include "scoring/pricetable.h"
#include "scoring/promptbuilder.h"
#include "store/database.h"
#include "store/paperrepository.h"
#include "store/runlog.h"
#include "store/scorestore.h"
#include "store/userstatestore.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <memory>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {
const QDate kDay(2025, 6, 16);
const QString kFeeds[]
    = { u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s, u"arxiv/rss2_daily_cs-lg_fetched-2025-06-17.xml"_s };
const QString kHeist = u"2506.11152"_s; // HEIST, by João Felipe Rocha among others (a cross-list)

QStringList ids(const QList<DigestEntry> &entries)
{
    QStringList out;
    for (const DigestEntry &e : entries)
        out.append(e.paper.id);
    return out;
}
} // namespace

class TestDigestBuilder : public QObject
{
    Q_OBJECT

    Test::Sandbox m_sandbox;
    std::unique_ptr<Database> m_db;
    QString m_criteria;
    QString m_promptVersion;
    QList<StoredPaper> m_candidates; // new + cross of the day, by id
    QSet<QString> m_feedIds; // distinct ids over both parsed feeds
    QString m_replaceOnly; // a paper the day lists only as a replacement

    Score score(const StoredPaper &p, const QString &model, std::optional<int> relevance, std::optional<int> novelty,
        int minute)
    {
        Score s;
        s.key = { p.paper.id, p.paper.version, m_criteria, model, m_promptVersion };
        s.relevance = relevance;
        s.novelty = novelty;
        s.comment = relevance ? u"Comment on %1."_s.arg(p.paper.id) : QString();
        s.unscoredReason = relevance ? QString() : u"left out of the reply"_s;
        s.scoredAt = QDateTime(QDate(2025, 6, 17), QTime(0, minute), QTimeZone::UTC);
        return s;
    }

    qint64 addRun(
        const QString &model, const QString &criteria, TokenUsage tokens, RunStatus status, int minute, int scanned = 0)
    {
        RunSummary run;
        run.day = kDay;
        run.categories = { u"cs.LG"_s, u"cs.AI"_s };
        run.model = model;
        run.criteriaSha256 = criteria;
        run.tokens = tokens;
        run.status = status;
        run.scannedPapers = scanned;
        run.started = QDateTime(QDate(2025, 6, 17), QTime(1, minute), QTimeZone::UTC);
        run.finished = run.started.addSecs(30);
        auto id = RunLog(*m_db).startRun(run);
        if (!id)
            qFatal("startRun: %s", qPrintable(id.errorMessage()));
        return *id;
    }

    const StoredPaper &candidate(const QString &id) const
    {
        const auto it = std::find_if(m_candidates.cbegin(), m_candidates.cend(), [&id](const StoredPaper &p) {
            return p.paper.id == id;
        });
        if (it == m_candidates.cend())
            qFatal("no candidate %s", qPrintable(id));
        return *it;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isValid());
        auto db = Database::open(AppPaths::databaseFile());
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        for (const QString &name : kFeeds) {
            auto feed = FeedParser::parse(Test::readFixture(name), name);
            QVERIFY2(feed, qPrintable(feed.errorMessage()));
            QCOMPARE(feed->info.feedDay, kDay);
            for (const Paper &p : feed->papers)
                m_feedIds.insert(p.id);
            QVERIFY(PaperRepository(*m_db).importFeed(*feed));
        }

        const PromptSet prompts = PromptSet::load();
        m_promptVersion = prompts.templateVersion();
        auto sha = ScoreStore(*m_db).saveCriteria(prompts.criteria);
        QVERIFY2(sha, qPrintable(sha.errorMessage()));
        m_criteria = *sha;
        QCOMPARE(DigestBuilder::currentCriteriaSha256(), m_criteria);

        auto candidates = PaperRepository(*m_db).papersForDay(kDay, { AnnounceType::New, AnnounceType::Cross });
        QVERIFY(candidates);
        m_candidates = *candidates;
        QCOMPARE(m_candidates.size(), 318);
        QSet<QString> candidateIds;
        for (const StoredPaper &p : m_candidates)
            candidateIds.insert(p.paper.id);
        QVERIFY(candidateIds.contains(kHeist));
        auto replaced
            = PaperRepository(*m_db).papersForDay(kDay, { AnnounceType::Replace, AnnounceType::ReplaceCross });
        QVERIFY(replaced);
        for (const StoredPaper &p : *replaced) {
            if (!candidateIds.contains(p.paper.id)) {
                m_replaceOnly = p.paper.id;
                break;
            }
        }
        QVERIFY(!m_replaceOnly.isEmpty());

        // gpt-4o scores: B (9/9) and A (9/8) pass 8/7; C fails on novelty, D on relevance, E is
        // unscored. HEIST scores low but João Felipe Rocha is followed. The replacement scores
        // 10/10 but is not of the chosen announce types. F is scored 10/10 by another model only.
        const StoredPaper &a = m_candidates.at(0), &b = m_candidates.at(1), &c = m_candidates.at(2),
                          &d = m_candidates.at(3), &e = m_candidates.at(4), &f = m_candidates.at(5);
        auto replacement = PaperRepository(*m_db).paper(m_replaceOnly);
        QVERIFY(replacement && replacement->has_value());
        QVERIFY(ScoreStore(*m_db).saveScores({
            score(a, u"gpt-4o"_s, 9, 8, 1),
            score(b, u"gpt-4o"_s, 9, 9, 2),
            score(c, u"gpt-4o"_s, 8, 6, 3),
            score(d, u"gpt-4o"_s, 7, 9, 4),
            score(e, u"gpt-4o"_s, std::nullopt, std::nullopt, 5),
            score(candidate(kHeist), u"gpt-4o"_s, 3, 2, 6),
            score(**replacement, u"gpt-4o"_s, 10, 10, 7),
            score(f, u"llama3"_s, 10, 10, 8),
            score(a, u"mystery-model-x"_s, 10, 9, 9),
        }));
        QVERIFY(Settings::setFollowedAuthors({ u"joao felipe rocha"_s }));

        // Two gpt-4o runs (the second a resume), one of another model that failed last, and one
        // with other criteria: only the first two count for gpt-4o.
        addRun(u"gpt-4o"_s, m_criteria, { 40000, 10000, 5000 }, RunStatus::Done, 1);
        addRun(u"gpt-4o"_s, m_criteria, { 1131, 0, 352 }, RunStatus::Done, 2);
        addRun(u"gpt-4o"_s, Criteria { u"older criteria"_s }.sha256(), { 999999, 0, 99999 }, RunStatus::Done, 3);
        addRun(u"mystery-model-x"_s, m_criteria, { 2000, 0, 300 }, RunStatus::Done, 4);
        addRun(u"llama3"_s, m_criteria, { 500, 0, 50 }, RunStatus::Failed, 5);
    }

    void countsAndSelection()
    {
        const DigestBuilder builder(*m_db);
        auto input = builder.build(kDay);
        QVERIFY2(input, qPrintable(input.errorMessage()));
        QCOMPARE(input->day, kDay);
        // The scores that count (the one rule): a model's, newest first, so A's later
        // mystery-model-x score counts for A; the digest is headed by the model most of them come
        // from, gpt-4o.
        QCOMPARE(input->model, u"gpt-4o"_s);
        const auto a = std::find_if(input->candidates.cbegin(), input->candidates.cend(), [this](const DigestEntry &e) {
            return e.paper.id == m_candidates.at(0).paper.id;
        });
        QVERIFY(a != input->candidates.cend() && a->score);
        QCOMPARE(a->score->key.model, u"mystery-model-x"_s);
        QCOMPARE(a->score->relevance, 10);

        auto gpt = builder.build(kDay, { u"gpt-4o"_s, {}, {} });
        QVERIFY2(gpt, qPrintable(gpt.errorMessage()));
        QCOMPARE(gpt->model, u"gpt-4o"_s);
        // "Total arXiv papers": distinct papers in the two fetched feeds, every announce type
        // (the old tool printed 610, one per feed item).
        QCOMPARE(gpt->totalPapers, int(m_feedIds.size()));
        QVERIFY(gpt->totalPapers > 318 && gpt->totalPapers < 610);
        // Scanned, on a day not finished: the candidates with a gpt-4o score (A–D and HEIST; not
        // the replacement, not the unscored E). The other 313 are unscored, E for its reason.
        QCOMPARE(gpt->scannedPapers, 5);
        QCOMPARE(gpt->unscoredPapers, 313);
        QCOMPARE(gpt->unscoredReason, u"left out of the reply"_s);
        QCOMPARE(gpt->candidates.size(), 318);
        QCOMPARE(gpt->relevanceCutoff, 8);
        QCOMPARE(gpt->noveltyCutoff, 7);

        const QList<DigestEntry> selected = selectEntries(*gpt);
        QCOMPARE(ids(selected), (QStringList { kHeist, m_candidates.at(1).paper.id, m_candidates.at(0).paper.id }));
        QVERIFY(selected.first().followedAuthorMatch);
        QCOMPARE(selected.first().score->relevance, 3); // followed, still scored
        QVERIFY(!ids(selected).contains(m_replaceOnly));

        const QString md = QString::fromUtf8(MarkdownDigest::render(*gpt));
        QVERIFY(md.startsWith(u"# Personalized Daily ArXiv Papers 2025-06-16\n"_s));
        QVERIFY2(md.contains(u"Total arXiv papers: %1\n"_s.arg(m_feedIds.size())), qPrintable(md.left(600)));
        QVERIFY(md.contains(u"Total scanned papers: 5\n"_s));
        QVERIFY(md.contains(u"Total relevant papers: 3\n\nUnscored: 313 (left out of the reply) — run `papersift "
                            "score --date 2025-06-16` to finish\n\n"_s));
        QVERIFY(md.contains(u"**Comment:** Author match"_s));

        // The prompts as sent, with the placeholder where the papers go.
        const PromptBuilder prompts(PromptSet::load());
        QCOMPARE(gpt->systemPrompt, prompts.systemPrompt());
        QCOMPARE(gpt->userPromptTemplate, prompts.userPromptTemplate());
        QVERIFY(gpt->userPromptTemplate.contains(u"[PAPER LIST HERE]"_s));
        QVERIFY(!gpt->userPromptTemplate.contains(PromptBuilder::JsonObjectNote));
        // In JSON mode a run's prompt asks for a JSON object, and the digest shows it.
        Settings().set(Settings::JsonMode, true);
        const auto json = builder.build(kDay, { u"gpt-4o"_s, {}, {} });
        Settings().set(Settings::JsonMode, false);
        QVERIFY(json);
        QVERIFY(json->userPromptTemplate.contains(PromptBuilder::JsonObjectNote));

        // Another model's scores make another digest.
        auto llama = builder.build(kDay, { u"llama3"_s, {}, {} });
        QVERIFY(llama);
        QCOMPARE(ids(selectEntries(*llama)), (QStringList { kHeist, m_candidates.at(5).paper.id }));
        QVERIFY(!selectEntries(*llama).first().score.has_value());
    }

    void tokensAndCosts()
    {
        const DigestBuilder builder(*m_db);
        auto gpt = builder.build(kDay, { u"gpt-4o"_s, {}, {} });
        QVERIFY(gpt);
        QCOMPARE(gpt->tokens, (TokenUsage { 41131, 10000, 5352 }));
        const auto price = PriceTable::builtIn().price(u"gpt-4o"_s);
        QVERIFY(price && price->input > 0 && price->output > 0);
        QVERIFY(gpt->promptCostUsd && gpt->completionCostUsd);
        QCOMPARE(*gpt->promptCostUsd, (31131 * price->input + 10000 * price->cached) / 1e6);
        QCOMPARE(*gpt->completionCostUsd, 5352 * price->output / 1e6);

        auto unknown = builder.build(kDay, { u"mystery-model-x"_s, {}, {} });
        QVERIFY(unknown);
        QCOMPARE(unknown->tokens, (TokenUsage { 2000, 0, 300 }));
        QVERIFY(!unknown->promptCostUsd.has_value());
        QVERIFY(!unknown->completionCostUsd.has_value());
        QVERIFY(MarkdownDigest::render(*unknown).contains("n/a"));

        // A user price for it makes it known.
        QFile prices(m_sandbox.configDir() + u'/' + PriceTable::FileName);
        QVERIFY(prices.open(QIODevice::WriteOnly));
        prices.write("{\"models\": {\"mystery-model-x\": {\"input\": 1.0, \"output\": 2.0}}}");
        prices.close();
        auto priced = builder.build(kDay, { u"mystery-model-x"_s, {}, {} });
        QVERIFY(priced && priced->promptCostUsd);
        QCOMPARE(*priced->promptCostUsd, 2000 * 1.0 / 1e6);
        QCOMPARE(*priced->completionCostUsd, 300 * 2.0 / 1e6);
        QVERIFY(QFile::remove(prices.fileName()));
    }

    void cutoffsFromSettingsAndOptions()
    {
        const DigestBuilder builder(*m_db);
        auto lower = builder.build(kDay, { u"gpt-4o"_s, 7, 6 });
        QVERIFY(lower);
        // HEIST (followed), then B 9/9, A 9/8, C 8/6, D 7/9: relevance first.
        QCOMPARE(ids(selectEntries(*lower)),
            (QStringList { kHeist, m_candidates.at(1).paper.id, m_candidates.at(0).paper.id,
                m_candidates.at(2).paper.id, m_candidates.at(3).paper.id }));

        Settings settings;
        QVERIFY(settings.set(Settings::RelevanceCutoff, 9).isEmpty());
        QVERIFY(settings.set(Settings::NoveltyCutoff, 9).isEmpty());
        settings.sync();
        auto strict = builder.build(kDay, { u"gpt-4o"_s, {}, {} });
        QVERIFY(strict);
        QCOMPARE(strict->relevanceCutoff, 9);
        QCOMPARE(ids(selectEntries(*strict)), (QStringList { kHeist, m_candidates.at(1).paper.id }));
        settings.reset(Settings::RelevanceCutoff);
        settings.reset(Settings::NoveltyCutoff);
        settings.sync();
    }

    void scannedFromTheLatestRun()
    {
        const qint64 id = addRun(u"gpt-4o"_s, m_criteria, {}, RunStatus::Done, 6, 318);
        auto input = DigestBuilder(*m_db).build(kDay);
        QVERIFY(input);
        QCOMPARE(input->model, u"gpt-4o"_s); // now the latest completed run
        // The run says 318 went to scoring, but only 5 have a score: the digest never overstates.
        QCOMPARE(input->scannedPapers, 5);
        QCOMPARE(input->unscoredPapers, 313);
        // The run's recorded verdict names the reason.
        auto run = RunLog(*m_db).run(id);
        QVERIFY(run && run->has_value());
        RunSummary recorded = **run;
        recorded.state
            = RunVerdictRecord { RunVerdict::EndpointFailed, u"the endpoint answered HTTP 429"_s, 5, 318 }.toState();
        QVERIFY(RunLog(*m_db).updateRun(recorded));
        input = DigestBuilder(*m_db).build(kDay);
        QCOMPARE(input->unscoredReason, u"the endpoint answered HTTP 429"_s);
        QCOMPARE(input->tokens, (TokenUsage { 41131, 10000, 5352 }));
    }

    void userStateAndStarred()
    {
        const QString a = m_candidates.at(0).paper.id;
        QVERIFY(UserStateStore(*m_db).setRead(a, true));
        QVERIFY(UserStateStore(*m_db).setStarred(a, true));
        QVERIFY(UserStateStore(*m_db).setStarred(m_candidates.at(2).paper.id, true));
        QVERIFY(UserStateStore(*m_db).setNote(m_candidates.at(2).paper.id, u"read later"_s));

        const DigestBuilder builder(*m_db);
        auto input = builder.build(kDay, { u"gpt-4o"_s, {}, {} });
        QVERIFY(input);
        const DigestEntry &first = input->candidates.first();
        QCOMPARE(first.paper.id, a);
        QVERIFY(first.userState && first.userState->read && first.userState->starred);

        auto starred = builder.starred();
        QVERIFY2(starred, qPrintable(starred.errorMessage()));
        const QStringList starredIds = ids(*starred);
        QCOMPARE(
            QSet<QString>(starredIds.cbegin(), starredIds.cend()), (QSet<QString> { a, m_candidates.at(2).paper.id }));
        for (const DigestEntry &e : *starred) {
            QVERIFY(e.score && e.score->isScored());
            QVERIFY(e.userState && e.userState->starred);
        }

        auto json = builder.exportStarred(ExportFormat::Json, { u"gpt-4o"_s, {}, {} });
        QVERIFY(json);
        const QJsonArray array = QJsonDocument::fromJson(*json).array();
        QCOMPARE(array.size(), 2);
        auto bib = builder.exportStarred(ExportFormat::Bibtex);
        QVERIFY(bib);
        QCOMPARE(bib->count("@misc{"), 2);
        QVERIFY(bib->contains(QByteArray("eprint = {" + a.toUtf8() + '}')));
        auto md = builder.exportStarred(ExportFormat::Markdown);
        QVERIFY(!md);
        QVERIFY(md.errorMessage().contains(u"JSON or BibTeX"_s));
    }

    void dayExports()
    {
        const DigestBuilder builder(*m_db);
        const DigestOptions options { u"gpt-4o"_s, {}, {} };
        auto input = builder.build(kDay, options);
        QVERIFY(input);
        auto md = builder.exportDay(kDay, ExportFormat::Markdown, options);
        QVERIFY(md);
        QCOMPARE(*md, MarkdownDigest::render(*input));
        auto json = builder.exportDay(kDay, ExportFormat::Json, options);
        QVERIFY(json);
        const QJsonObject digest = QJsonDocument::fromJson(*json).object();
        QCOMPARE(digest.value("papers"_L1).toArray().size(), 3);
        auto bib = builder.exportDay(kDay, ExportFormat::Bibtex, options);
        QVERIFY(bib);
        QCOMPARE(bib->count("@misc{"), 3);
        QVERIFY(bib->contains(QByteArray("eprint = {" + kHeist.toUtf8() + '}')));

        QVERIFY(exportFormatFromName(u"MD"_s) == ExportFormat::Markdown);
        QVERIFY(exportFormatFromName(u"bibtex"_s) == ExportFormat::Bibtex);
        QVERIFY(!exportFormatFromName(u"pdf"_s));
        QCOMPARE(exportFormatName(ExportFormat::Json), u"json"_s);
    }

    void emptyDayIsAnError()
    {
        auto input = DigestBuilder(*m_db).build(QDate(2025, 6, 17));
        QVERIFY(!input);
        QCOMPARE(
            input.errorMessage(), u"No papers stored for 2025-06-17 — fetch, import or backfill that day first."_s);
        QVERIFY(!DigestBuilder(*m_db).exportDay(QDate(2025, 6, 17), ExportFormat::Json));
    }

    void editedCriteriaKeepTheScoresAsStale()
    {
        // After an edit the day's scores still count, as stale ones: the digest is the same papers,
        // and its prompt section is the prompt that was sent (the old criteria), saying which.
        const auto before = DigestBuilder(*m_db).build(kDay, { u"gpt-4o"_s, {}, {} });
        QVERIFY(before);
        QFile criteria(m_sandbox.configDir() + u'/' + PromptSet::CriteriaFile);
        QVERIFY(criteria.open(QIODevice::WriteOnly));
        criteria.write("1. Spatial transcriptomics\n");
        criteria.close();
        QVERIFY(ScoreStore(*m_db).saveCriteria(u"1. Spatial transcriptomics\n"_s));
        auto input = DigestBuilder(*m_db).build(kDay, { u"gpt-4o"_s, {}, {} });
        QVERIFY(input);
        QVERIFY(!input->userPromptTemplate.contains(u"Spatial transcriptomics"_s));
        QCOMPARE(input->userPromptTemplate, before->userPromptTemplate);
        QVERIFY2(input->staleCriteriaVersion.startsWith(u"v1 · "_s), qPrintable(input->staleCriteriaVersion));
        QVERIFY2(input->currentCriteriaVersion.startsWith(u"v2 · "_s), qPrintable(input->currentCriteriaVersion));
        QCOMPARE(input->scannedPapers, before->scannedPapers);
        QCOMPARE(input->tokens, before->tokens);
        QCOMPARE(ids(selectEntries(*input)), ids(selectEntries(*before)));
        const QString md = QString::fromUtf8(MarkdownDigest::render(*input));
        QVERIFY(md.contains(u"Scored with criteria v1 · "_s));
        QVERIFY(!QString::fromUtf8(MarkdownDigest::render(*before)).contains(u"Scored with criteria"_s));
        QVERIFY(QFile::remove(criteria.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestDigestBuilder)
#include "tst_digestbuilder.moc"
