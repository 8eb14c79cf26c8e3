// A day's run against a replay of gpt-4o (issue #16): both recorded days (2025-06-16 and
// 2025-03-24, the cs.LG and cs.AI feeds, new and cross papers, each once), the title filter on,
// in the realistic case (it keeps only what gpt-4o kept: the digest's papers) and the worst case
// (it keeps everything), against the fake endpoint answering after 1.0 s and at once. Prints wall
// time, requests, the most in flight, prompt / cached / completion tokens and the cost at gpt-4o's
// prices (cached tokens at the cached price), per day and per paper. Then the papersift binary's
// own overhead per command (import, run, export) with an instant model.
#include "benchsupport.h"
#include "fakellmserver.h"
#include "pipeline/scoringengine.h"
#include "replayday.h"
#include "store/database.h"
#include "store/paperrepository.h"
#include "store/scorestore.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr double OldToolWorstCostUsd = 0.46; // gpt_paper_assistant on 2025-06-16, title filter keeping all (#16)

bool runCase(const ReplayDay &day, TitleReplay titles, int delayMs)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"day.sqlite"_s));
    if (!db || !PaperRepository(**db).upsertPapers(day.papers))
        return false;
    ScoreStore scores(**db);
    FakeLlmServer server;
    if (!server.start())
        return false;
    server.setHandler(replayHandler(day, titles, delayMs, server));

    ScoringConfig config;
    config.kind = ScoringConfig::Kind::Llm;
    config.endpoint = EndpointConfig::forPreset(EndpointPreset::Custom, u"gpt-4o"_s);
    config.endpoint.baseUrl = server.baseUrl();
    config.endpoint.keyRequired = false;
    config.client.concurrency = 8; // the defaults of the settings
    config.prompts = PromptSet::builtIn();
    config.adaptiveBatch = true;
    config.titleFilter = true;
    config.prices = PriceTable::builtIn();

    ScoringEngine engine(scores, config);
    QElapsedTimer timer;
    timer.start();
    const ScoringOutcome outcome = engine.score(day.papers, 0);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    const QString tag = u"day_%1.%2.%3ms."_s.arg(
        day.name, titles == TitleReplay::KeepSeed ? u"realistic"_s : u"worst"_s, QString::number(delayMs));
    const int papers = int(day.papers.size());
    const ScoringStats &stats = engine.lastStats();
    Bench::report(tag + "wall"_L1, seconds, u"s"_s);
    Bench::report(tag + "requests"_L1, server.requestCount(), u"requests"_s);
    Bench::report(tag + "max_in_flight"_L1, server.maxInFlight(), u"requests"_s);
    Bench::report(tag + "prompt_tokens"_L1, double(outcome.tokens.prompt), u"tokens"_s);
    Bench::report(tag + "cached_tokens"_L1, double(outcome.tokens.cached), u"tokens"_s);
    Bench::report(tag + "completion_tokens"_L1, double(outcome.tokens.completion), u"tokens"_s);
    Bench::report(tag + "cost"_L1, outcome.costUsd.value_or(-1) * 100.0, u"US cents (gpt-4o)"_s);
    if (day.name == "2025-06-16"_L1 && titles == TitleReplay::KeepAll) // the old tool's figure is of this case
        Bench::report(tag + "cost_vs_old_tool"_L1, outcome.costUsd.value_or(-1) / OldToolWorstCostUsd,
            u"× the old tool's $0.46 (goal ≤ 0.80)"_s);
    Bench::report(tag + "prompt_tokens_per_paper"_L1, double(outcome.tokens.prompt) / papers, u"tokens"_s);
    Bench::report(tag + "cost_per_paper"_L1, outcome.costUsd.value_or(-1) * 1000.0 / papers, u"USD per 1000 papers"_s);
    Bench::report(tag + "batch_sizes"_L1, stats.batchSize, u"papers (titles: %1)"_s.arg(stats.titleBatchSize));
    Bench::report(tag + "requeued"_L1, stats.requeued, u"papers a reply left out"_s);
    const bool whole = outcome.scored + outcome.filteredOut == papers && outcome.unscored == 0;
    QTextStream(stdout) << "  " << day.name << ": " << papers << " papers, " << outcome.scored << " scored, "
                        << outcome.filteredOut << " dropped by the title filter" << (whole ? "" : " — INCOMPLETE")
                        << Qt::endl;
    return whole;
}

/// Runs the papersift binary; its wall time in seconds, or -1 when it failed.
double papersift(const QString &home, const QStringList &args)
{
    QProcess p;
    QStringList command = QStringList { QStringLiteral(PAPERSIFT_EXECUTABLE), u"--db"_s, home + u"/db.sqlite"_s,
                              u"--config"_s, home + u"/config"_s }
        + args;
    // BENCH_WRAP="perf record -g -o /tmp/run.perf --" profiles each command (the times then include perf).
    const QString wrap = qEnvironmentVariable("BENCH_WRAP");
    if (!wrap.isEmpty())
        command = wrap.split(u' ', Qt::SkipEmptyParts) + command;
    p.setProgram(command.takeFirst());
    p.setArguments(command);
    QSignalSpy finished(&p, &QProcess::finished);
    QElapsedTimer timer;
    timer.start();
    p.start();
    // The event loop turns meanwhile, so the fake endpoint in this process answers.
    if (!finished.wait(120000) || p.exitCode() != 0) {
        QTextStream(stderr) << "papersift " << args.join(u' ') << " failed: " << p.readAllStandardError() << Qt::endl;
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

bool commandOverhead()
{
    const ReplayDay day = ReplayDay::load(u"2025-06-16"_s);
    FakeLlmServer server;
    if (!server.start())
        return false;
    server.setHandler(replayHandler(day, TitleReplay::KeepAll, 0, server));
    QTemporaryDir home;
    QStringList files;
    for (const QString &f : day.feedFiles)
        files.append(fixturePath(f));
    const double imported = papersift(home.path(), QStringList { u"import"_s } + files);
    const double scored = papersift(home.path(),
        { u"run"_s, u"--date"_s, day.name, u"--categories"_s, u"cs.LG,cs.AI"_s, u"--announce"_s, u"new,cross"_s,
            u"--scorer"_s, u"llm"_s, u"--base-url"_s, server.baseUrl().toString(), u"--model"_s, u"gpt-4o"_s,
            u"--budget"_s, u"0"_s, u"--quiet"_s });
    const double exported = papersift(home.path(),
        { u"export"_s, u"--date"_s, day.name, u"--format"_s, u"md"_s, u"--out"_s, home.filePath(u"digest.md"_s) });
    Bench::report(u"overhead.import_2_feeds"_s, imported, u"s"_s);
    Bench::report(u"overhead.run_318_papers_instant_model"_s, scored, u"s (title filter keeps all)"_s);
    Bench::report(u"overhead.export_md"_s, exported, u"s"_s);
    Bench::report(u"overhead.run_requests"_s, server.requestCount(), u"requests"_s);
    return imported >= 0 && scored >= 0 && exported >= 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Sandbox sandbox;
    QTextStream(stdout) << "gpt-4o prices: $2.50 / 1M prompt tokens, $1.25 cached, $10 completion. The old tool "
                           "(issue #16): realistic 36.5k prompt tokens, 17.1 s; worst 159k, $0.46, 27.1 s."
                        << Qt::endl;
    bool ok = true;
    for (const QString &name : { u"2025-06-16"_s, u"2025-03-24"_s }) {
        const ReplayDay day = ReplayDay::load(name);
        for (const TitleReplay titles : { TitleReplay::KeepSeed, TitleReplay::KeepAll }) {
            for (const int delay : { 1000, 0 })
                ok = runCase(day, titles, delay) && ok;
        }
    }
    ok = commandOverhead() && ok;
    return ok ? 0 : 1;
}
