#include "commands.h"
#include "config/freespace.h"
#include "config/settings.h"
#include "digest/digestbuilder.h"
#include "exitcodes.h"
#include "store/database.h"
#include "store/libraryquery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace PaperSift::Cli {

using namespace Qt::StringLiterals;

namespace {

const QCommandLineOption dateOption(
    u"date"_s, u"The feed day to export (default: the latest day in the database)."_s, u"YYYY-MM-DD"_s);
const QCommandLineOption formatOption(
    u"format"_s, u"md (the Markdown digest, default), json or bib."_s, u"FORMAT"_s, u"md"_s);
const QCommandLineOption outOption(u"out"_s, u"Write to FILE (atomically) instead of standard output."_s, u"FILE"_s);
const QCommandLineOption starredOption(u"starred"_s, u"Export every starred paper instead of a day (json or bib)."_s);
const QCommandLineOption modelOption(
    u"model"_s, u"Use the scores of this model (default: the model of the day's latest run)."_s, u"MODEL"_s);
const QCommandLineOption relevanceOption(
    u"relevance-cutoff"_s, u"Keep papers with relevance at least N (1-10)."_s, u"N"_s);
const QCommandLineOption noveltyOption(u"novelty-cutoff"_s, u"Keep papers with novelty at least N (1-10)."_s, u"N"_s);

// A cutoff option: nullopt when absent; false in `ok` when present but not 1..10.
std::optional<int> cutoff(const QCommandLineParser &p, const QCommandLineOption &option, bool *ok)
{
    *ok = true;
    if (!p.isSet(option))
        return std::nullopt;
    const int n = p.value(option).toInt(ok);
    if (!*ok || n < 1 || n > 10) {
        *ok = false;
        return std::nullopt;
    }
    return n;
}

// Writes the bytes to FILE through a QSaveFile, so a failed write leaves any old file intact.
int writeFile(Context &ctx, const QString &path, const QByteArray &bytes)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(path).isDir()) {
        ctx.err << "papersift export: " << shown << " is a folder. Give --out a file name, e.g. "
                << QDir::toNativeSeparators(QDir(path).filePath(u"digest.md"_s)) << ".\n";
        return ExitStorage;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        ctx.err << "papersift export: cannot write " << shown << ": " << file.errorString()
                << ". Check that the folder exists and is writable, or choose another --out.\n";
        return ExitStorage;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        // QSaveFile says "Unknown error" for a flush into a full disk: the disk is asked instead.
        if (const QString full = FreeSpace::fullDiskMessage(path, bytes.size()); !full.isEmpty())
            ctx.err << "papersift export: could not save " << shown << ". " << full
                    << " Any older file there is unchanged.\n";
        else
            ctx.err << "papersift export: could not save " << shown << ": " << file.errorString()
                    << ". The disk may be full: free some space and try again (nothing was half-written).\n";
        return ExitStorage;
    }
    if (ctx.stderrIsTerminal)
        ctx.err << "papersift export: wrote " << shown << " (" << bytes.size() << " bytes)\n";
    return ExitOk;
}

int writeStdout(Context &ctx, const QByteArray &bytes)
{
    ctx.out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush()) {
        ctx.err << "papersift export: could not write to standard output: " << out.errorString() << '\n';
        return ExitStorage;
    }
    return ExitOk;
}

} // namespace

// `papersift export`: a day's Markdown digest, its JSON or BibTeX, or the starred papers, from the
// database only (no network). Opens the database read-only.
Command exportCommand()
{
    Command c;
    c.name = u"export"_s;
    c.summary = u"Export a day's digest or the starred papers: export [--date D] [--format md|json|bib] [--out FILE]"_s;
    c.setup = [](QCommandLineParser &p) {
        p.addOption(dateOption);
        p.addOption(formatOption);
        p.addOption(outOption);
        p.addOption(starredOption);
        p.addOption(modelOption);
        p.addOption(relevanceOption);
        p.addOption(noveltyOption);
    };
    c.run = [](Context &ctx) {
        const QCommandLineParser &p = ctx.parser;
        if (!p.positionalArguments().isEmpty()) {
            ctx.err << "papersift export: unexpected argument '" << p.positionalArguments().first()
                    << "'. Run 'papersift export --help' for its options.\n";
            return int(ExitUsage);
        }
        const auto format = exportFormatFromName(p.value(formatOption));
        if (!format) {
            ctx.err << "papersift export: unknown format '" << p.value(formatOption)
                    << "'. Use --format md, json or bib.\n";
            return int(ExitUsage);
        }
        QDate day;
        if (p.isSet(dateOption)) {
            day = QDate::fromString(p.value(dateOption).trimmed(), u"yyyy-MM-dd"_s);
            if (!day.isValid()) {
                ctx.err << "papersift export: '" << p.value(dateOption)
                        << "' is not a date. Write it as YYYY-MM-DD, e.g. --date 2025-06-16.\n";
                return int(ExitUsage);
            }
        }
        const bool starred = p.isSet(starredOption);
        if (starred && p.isSet(dateOption)) {
            ctx.err << "papersift export: --starred exports the starred papers of every day; leave out --date.\n";
            return int(ExitUsage);
        }
        if (starred && *format == ExportFormat::Markdown) {
            ctx.err << "papersift export: the Markdown digest is made for one day. Export the starred papers "
                       "with --format json or --format bib.\n";
            return int(ExitUsage);
        }
        DigestOptions options;
        options.model = p.value(modelOption).trimmed();
        bool ok = true;
        options.relevanceCutoff = cutoff(p, relevanceOption, &ok);
        if (ok)
            options.noveltyCutoff = cutoff(p, noveltyOption, &ok);
        if (!ok) {
            ctx.err << "papersift export: a cutoff is a whole number from 1 to 10.\n";
            return int(ExitUsage);
        }

        auto db = Database::open(AppPaths::databaseFile(), Database::Mode::ReadOnly);
        if (!db) {
            ctx.err << "papersift export: " << db.errorMessage() << '\n';
            return int(ExitStorage);
        }
        const DigestBuilder builder(**db);

        Result<QByteArray> bytes = QByteArray();
        if (starred) {
            bytes = builder.exportStarred(*format, options);
        } else {
            if (!day.isValid()) {
                auto days = LibraryQuery(**db).days();
                if (!days) {
                    ctx.err << "papersift export: " << days.errorMessage() << '\n';
                    return int(ExitStorage);
                }
                if (days->isEmpty()) {
                    ctx.err << "papersift export: the database has no feed day yet. Fetch or import a day first "
                               "(papersift import FILE…).\n";
                    return int(ExitFailure);
                }
                day = days->first().day;
            }
            const auto input = builder.build(day, options);
            if (!input) {
                ctx.err << "papersift export: " << input.errorMessage() << '\n';
                return int(ExitFailure);
            }
            // The digest says it too; stderr is what a cron job mails.
            if (input->unscoredPapers > 0)
                ctx.err << "papersift export: " << input->unscoredPapers << " of "
                        << input->scannedPapers + input->unscoredPapers << " papers of " << day.toString(Qt::ISODate)
                        << " are unscored (" << input->unscoredReason << "); run 'papersift score --date "
                        << day.toString(Qt::ISODate) << "' to finish.\n";
            bytes = DigestBuilder::render(*input, *format);
        }
        if (!bytes) {
            ctx.err << "papersift export: " << bytes.errorMessage() << '\n';
            return int(ExitFailure);
        }
        return p.isSet(outOption) ? writeFile(ctx, p.value(outOption), *bytes) : writeStdout(ctx, *bytes);
    };
    return c;
}

} // namespace PaperSift::Cli
