#include "commands.h"
#include "config/settings.h"
#include "exitcodes.h"
#include "pipeline/dailyrun.h"
#include "pipeline/runcontroller.h"

#include <QCoreApplication>
#include <QDate>
#include <QSaveFile>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdlib>

namespace PaperSift::Cli {

using namespace Qt::StringLiterals;

namespace {
std::atomic<bool> g_interrupted = false;

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

int exitCodeFor(RunFailure failure)
{
    switch (failure) {
    case RunFailure::None:
        return ExitOk;
    case RunFailure::Network:
        return ExitNetwork;
    case RunFailure::Endpoint:
        return ExitEndpoint;
    case RunFailure::Budget:
        return ExitBudget;
    case RunFailure::Storage:
        return ExitStorage;
    case RunFailure::Input:
        return ExitInput;
    case RunFailure::Busy:
        return ExitBusy;
    case RunFailure::Cancelled:
        return ExitCancelled;
    }
    return ExitFailure;
}

void addScoringOptions(QCommandLineParser &p)
{
    p.addOption({u"date"_s, u"The feed day (YYYY-MM-DD) to score from the store, instead of fetching today's."_s,
                 u"DATE"_s});
    p.addOption({u"categories"_s, u"Comma-separated arXiv categories (default: settings)."_s, u"LIST"_s});
    p.addOption({u"announce"_s, u"Announce types to score: new,cross,replace,replace-cross (default: settings)."_s,
                 u"LIST"_s});
    p.addOption({u"scorer"_s, u"auto, llm, keyword or learned (your own ranking; default: settings)."_s, u"SCORER"_s});
    p.addOption({u"model"_s, u"Model name for the endpoint (default: settings)."_s, u"MODEL"_s});
    p.addOption({u"base-url"_s, u"OpenAI-compatible base URL, e.g. http://localhost:11434/v1."_s, u"URL"_s});
    p.addOption({u"budget"_s, u"Stop before spending more than this many USD (0: no budget)."_s, u"USD"_s});
    p.addOption({u"no-title-filter"_s, u"Score every paper, without the title pre-filter."_s});
    p.addOption({u"rss-base-url"_s, u"Base URL of the daily feeds (default: settings)."_s, u"URL"_s});
    p.addOption({ u"deadline"_s,
        u"Stop after this many minutes, keeping what is scored and freeing the run lock (default: the "
        "run/deadlineMin setting, 20; 0: none)."_s,
        u"MINUTES"_s });
    p.addOption({u"quiet"_s, u"Print nothing but errors."_s});
}

/// Reads the options shared by `run` and `score` into RunOptions; returns an error text.
QString readOptions(const QCommandLineParser &p, RunOptions &o)
{
    if (p.isSet(u"date"_s)) {
        o.day = QDate::fromString(p.value(u"date"_s), Qt::ISODate);
        if (!o.day.isValid())
            return u"--date takes a day as YYYY-MM-DD, not '%1'."_s.arg(p.value(u"date"_s));
    }
    const auto list = [](const QString &v) {
        QStringList out;
        for (const QString &s : v.split(u',', Qt::SkipEmptyParts))
            out.append(s.trimmed());
        return out;
    };
    if (p.isSet(u"categories"_s))
        o.categories = list(p.value(u"categories"_s));
    if (p.isSet(u"announce"_s))
        o.announceTypes = list(p.value(u"announce"_s));
    if (p.isSet(u"scorer"_s)) {
        const auto scorer = RunOptions::scorerFromName(p.value(u"scorer"_s));
        if (!scorer)
            return u"--scorer takes auto, llm, keyword or learned, not '%1'."_s.arg(p.value(u"scorer"_s));
        o.scorer = *scorer;
    }
    o.model = p.value(u"model"_s);
    o.baseUrl = p.value(u"base-url"_s);
    o.rssBaseUrl = p.value(u"rss-base-url"_s);
    if (p.isSet(u"budget"_s)) {
        bool ok = false;
        const double budget = p.value(u"budget"_s).toDouble(&ok);
        if (!ok || budget < 0)
            return u"--budget takes an amount in USD, not '%1'."_s.arg(p.value(u"budget"_s));
        o.budgetUsd = budget > 0 ? std::optional<double>(budget) : std::nullopt;
    }
    if (p.isSet(u"no-title-filter"_s))
        o.titleFilter = false;
    if (p.isSet(u"deadline"_s)) {
        bool ok = false;
        const double minutes = p.value(u"deadline"_s).toDouble(&ok);
        if (!ok || minutes < 0 || minutes > 7 * 24 * 60)
            return u"--deadline takes a number of minutes (0 for none), not '%1'."_s.arg(p.value(u"deadline"_s));
        o.deadline = std::chrono::seconds(qint64(minutes * 60));
    }
    return {};
}

int execute(Context &ctx, RunOptions options, bool quiet, RunSummary *summary = nullptr)
{
    g_interrupted = false;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);

    RunController controller;
    QString lastLine;
    QObject::connect(&controller, &RunController::progress, &controller, [&](const RunProgress &p) {
        // Progress only on a terminal: cron mail stays clean.
        if (quiet || !ctx.stderrIsTerminal || p.text == lastLine)
            return;
        lastLine = p.text;
        ctx.err << "\r\033[K" << p.text;
        ctx.err.flush();
    });
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &controller, [&] {
        if (g_interrupted.exchange(false))
            controller.cancel();
    });
    interruptPoll.start(100);
    // The run stops itself at its deadline. One that does not (hung where no timer reaches)
    // ends with the process a minute later: its lock, whose process is then gone, is free at once.
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &controller, [&ctx] {
        ctx.err << "papersift: the run did not stop at its deadline; ending it. What was scored is kept, and the "
                   "next run goes on from there.\n";
        ctx.err.flush();
        std::_Exit(ExitFailure);
    });
    if (options.deadline.count() > 0)
        watchdog.start(options.deadline + std::chrono::seconds(60));
    controller.start(options);
    const RunResult result = controller.waitForFinished();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!quiet && ctx.stderrIsTerminal && !lastLine.isEmpty())
        ctx.err << "\r\033[K";

    const RunSummary &s = result.summary;
    if (summary)
        *summary = s;
    if (!result.notice.isEmpty() && !quiet)
        ctx.err << result.notice << '\n';
    if (!quiet && s.day.isValid() && s.id > 0) {
        // "scored N of M": what has a score, never what was only sent.
        ctx.out << "day " << s.day.toString(Qt::ISODate) << ": " << s.totalPapers << " papers, scored " << result.scored
                << " of " << result.scored + result.unscored << ", " << s.relevantPapers << " relevant";
        if (!s.model.isEmpty()) {
            ctx.out << " (" << s.model << "; " << result.cached << " already scored";
            if (result.unscored > 0)
                ctx.out << ", " << result.unscored << " unscored"
                        << (result.unscoredReason.isEmpty() ? QString() : u": "_s + result.unscoredReason);
            if (s.tokens.total() > 0 || s.costUsd)
                ctx.out << "; tokens " << s.tokens.prompt << " prompt, " << s.tokens.cached << " cached, "
                    << s.tokens.completion << " completion; cost "
                    << (s.costUsd ? u"$%1"_s.arg(*s.costUsd, 0, 'f', 4) : u"unknown"_s);
            ctx.out << ')';
        }
        if (result.muted > 0)
            ctx.out << ", " << result.muted << " muted by your rules (not scored)";
        ctx.out << '\n';
    }
    // The run's one verdict, so that an empty morning always says why.
    if (!quiet && result.verdict != RunVerdict::None)
        ctx.out << "verdict: " << runVerdictName(result.verdict) << " (" << runVerdictSentence(result.verdict) << ")\n";
    if (!result.ok()) {
        ctx.err << "papersift: " << result.message << '\n';
        return exitCodeFor(result.failure);
    }
    if (result.verdict == RunVerdict::Missing) {
        if (quiet) // cron: the reason goes to the mail
            ctx.err << "papersift: " << result.notice << '\n';
        return ExitMissing;
    }
    return ExitOk;
}
} // namespace

Command runCommand()
{
    Command c;
    c.name = u"run"_s;
    c.summary = u"Fetch today's announcements (or take --date from the store), score them, store everything"_s;
    c.setup = [](QCommandLineParser &p) {
        addScoringOptions(p);
        p.addOption({u"export"_s, u"Also write the day's Markdown digest to FILE."_s, u"FILE"_s});
        p.addOption({u"json"_s, u"Also write the day's JSON export to FILE."_s, u"FILE"_s});
    };
    c.run = [](Context &ctx) {
        RunOptions options = RunOptions::fromSettings(Settings());
        if (const QString error = readOptions(ctx.parser, options); !error.isEmpty()) {
            ctx.err << "papersift run: " << error << '\n';
            return int(ExitUsage);
        }
        options.fetch = !options.day.isValid();
        RunSummary run;
        const int code = execute(ctx, options, ctx.parser.isSet(u"quiet"_s), &run);
        const QDate day = run.day;
        // A day the endpoint left partly unscored is exported too: its digest says so.
        if ((code != ExitOk && code != ExitBudget && code != ExitEndpoint) || (code != ExitOk && !day.isValid()))
            return code;
        // The exports of the finished day, as `papersift export` writes them.
        for (const auto &[option, format] : {std::pair{u"export"_s, u"md"_s}, std::pair{u"json"_s, u"json"_s}}) {
            if (!ctx.parser.isSet(option))
                continue;
            const Command *exporter = findCommand(u"export"_s);
            if (!exporter) {
                ctx.err << "papersift run: this build cannot export\n";
                return int(ExitFailure);
            }
            QStringList args { QCoreApplication::applicationFilePath(), u"export"_s, u"--format"_s, format, u"--out"_s,
                ctx.parser.value(option) };
            if (day.isValid())
                args << u"--date"_s << day.toString(Qt::ISODate);
            if (!run.model.isEmpty()) // the run's scores, even when it did not finish
                args << u"--model"_s << run.model;
            const int exported = runHeadless(args);
            if (exported != ExitOk && code == ExitOk)
                return exported;
        }
        return code;
    };
    return c;
}

Command scoreCommand()
{
    Command c;
    c.name = u"score"_s;
    c.summary = u"Score a stored day (default: the latest) without fetching"_s;
    c.setup = addScoringOptions;
    c.run = [](Context &ctx) {
        RunOptions options = RunOptions::fromSettings(Settings());
        if (const QString error = readOptions(ctx.parser, options); !error.isEmpty()) {
            ctx.err << "papersift score: " << error << '\n';
            return int(ExitUsage);
        }
        options.fetch = false;
        return execute(ctx, options, ctx.parser.isSet(u"quiet"_s));
    };
    return c;
}

} // namespace PaperSift::Cli
