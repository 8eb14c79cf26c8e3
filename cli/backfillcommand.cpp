#include "arxiv/arxivbackfill.h"
#include "arxiv/arxivclient.h"
#include "arxivcli.h"
#include "commands.h"
#include "config/settings.h"
#include "domain/arxivid.h"
#include "exitcodes.h"
#include "store/database.h"
#include "store/paperrepository.h"

#include <QRegularExpression>
#include <QSet>

namespace PaperSift::Cli {

using namespace Qt::StringLiterals;

namespace {

const QCommandLineOption idsOption(
    u"ids"_s, u"Fetch the papers with these arXiv ids (versions allowed)."_s, u"ID[,ID…]"_s);
const QCommandLineOption fromOption(
    u"from"_s, u"Fetch the papers submitted from this day (UTC) on."_s, u"YYYY-MM-DD"_s);
const QCommandLineOption toOption(
    u"to"_s, u"…up to and including this day (default: the --from day)."_s, u"YYYY-MM-DD"_s);
const QCommandLineOption rangeCategoriesOption(
    u"categories"_s, u"With --from: these categories (default: the arxiv/categories setting)."_s, u"CAT[,CAT…]"_s);
const QCommandLineOption apiBaseOption(
    u"api-base-url"_s, u"Query URL instead of the arxiv/apiBaseUrl setting."_s, u"URL"_s);

QString statsText(const ImportStats &stats)
{
    return u"%1 added, %2 new versions, %3 unchanged"_s.arg(stats.inserted).arg(stats.newVersion).arg(stats.unchanged);
}

Result<QDate> dayOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString text = parser.value(option).trimmed();
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        return Error { u"--%1 needs a day as YYYY-MM-DD, not \"%2\"."_s.arg(option.names().first(), text), {} };
    return day;
}

} // namespace

// `papersift backfill`: papers from the arXiv API, stored page by page (an interrupted backfill
// keeps what it fetched). The API says when a paper was submitted, not which day arXiv announced
// it (the 14:00 ET cutoff, holidays and papers on hold move it), so backfilled papers get no
// listings: guessing the day would put papers on the wrong day and skew the digest's counts.
Command backfillCommand()
{
    Command c;
    c.name = u"backfill"_s;
    c.summary = u"Fetch papers from the arXiv API: backfill --ids ID[,ID…] | --from DAY [--to DAY]"_s;
    c.setup = [](QCommandLineParser &p) {
        p.setApplicationDescription(
            u"Fetch papers from the arXiv API (export.arxiv.org) and store them: by id, 100 per request, or every "
            "paper submitted to the categories between two days (UTC), page by page. Requests are spaced by the "
            "arxiv/requestSpacingMs setting (3 s by default, as arXiv asks).\n\n"
            "The API does not tell on which day arXiv announced a paper, so backfilled papers are stored without a "
            "feed day: they can be searched and scored, but are not listed under a day. To fill a day, import its "
            "saved feed with 'papersift import'.\n\n"
            "Exit codes: 0 done, 2 bad arguments, 3 arXiv unreachable or answering errors, 6 database error."_s);
        p.addOption(idsOption);
        p.addOption(fromOption);
        p.addOption(toOption);
        p.addOption(rangeCategoriesOption);
        p.addOption(apiBaseOption);
    };
    c.run = [](Context &ctx) {
        const QCommandLineParser &p = ctx.parser;
        const auto usage = [&ctx](const QString &message) {
            ctx.err << "papersift backfill: " << message << "\nRun 'papersift backfill --help' for its options.\n";
            return int(ExitUsage);
        };
        const bool byIds = p.isSet(idsOption);
        if (byIds == p.isSet(fromOption))
            return usage(u"give either --ids or --from (with --to)."_s);
        if (!p.positionalArguments().isEmpty())
            return usage(u"unexpected argument \"%1\"."_s.arg(p.positionalArguments().first()));

        QStringList ids;
        QDate from, to;
        QStringList categories;
        if (byIds) {
            if (p.isSet(toOption) || p.isSet(rangeCategoriesOption))
                return usage(u"--to and --categories go with --from, not with --ids."_s);
            static const QRegularExpression separators(u"[,\\s]+"_s);
            for (const QString &value : p.values(idsOption)) {
                for (const QString &text : value.split(separators, Qt::SkipEmptyParts)) {
                    const ArxivId id = ArxivId::parse(text);
                    if (!id.isValid())
                        return usage(u"\"%1\" is not an arXiv id (like 2506.11012 or hep-th/9901001)."_s.arg(text));
                    if (!ids.contains(id.withVersion()))
                        ids.append(id.withVersion());
                }
            }
            if (ids.isEmpty())
                return usage(u"--ids names no arXiv id."_s);
        } else {
            const auto fromDay = dayOption(p, fromOption);
            if (!fromDay)
                return usage(fromDay.errorMessage());
            from = to = *fromDay;
            if (p.isSet(toOption)) {
                const auto toDay = dayOption(p, toOption);
                if (!toDay)
                    return usage(toDay.errorMessage());
                to = *toDay;
            }
            if (to < from)
                return usage(
                    u"--to (%1) is before --from (%2)."_s.arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
            const auto cats
                = parseCategories(p.isSet(rangeCategoriesOption) ? p.value(rangeCategoriesOption)
                                                            : Settings().list(Settings::Categories).join(u','));
            if (!cats)
                return usage(cats.errorMessage());
            categories = *cats;
        }
        const auto options = arxivClientOptions({}, p.value(apiBaseOption));
        if (!options)
            return usage(options.errorMessage());

        auto db = Database::open(AppPaths::databaseFile());
        if (!db) {
            ctx.err << "papersift backfill: " << db.errorMessage() << '\n';
            return int(ExitStorage);
        }
        PaperRepository papers(**db);

        ArxivClient client(*options);
        reportArxivProgress(client, ctx);
        int page = 0;
        ImportStats total;
        QSet<QString> stored;
        std::optional<Error> storageError;
        // Each page is stored as it arrives, so a backfill stopped by an error keeps its pages.
        const auto onPage = [&](const ParsedFeed &parsed, int fetched, int totalResults) {
            ++page;
            QList<Paper> fresh;
            for (const Paper &paper : parsed.papers) {
                if (!stored.contains(paper.id)) {
                    stored.insert(paper.id);
                    fresh.append(paper);
                }
            }
            const auto stats = papers.upsertPapers(fresh);
            if (!stats) {
                storageError = stats.error();
                return false;
            }
            total += *stats;
            ctx.out << "page " << page << ": " << parsed.papers.size() << " papers (" << fetched << " of "
                    << totalResults << "): " << statsText(*stats) << '\n'
                    << Qt::flush;
            return true;
        };
        const auto outcome = byIds ? ArxivBackfill::byIds(client, ids, onPage)
                                   : ArxivBackfill::byDateRange(client, categories, from, to, {}, onPage);
        if (storageError) {
            ctx.err << "papersift backfill: " << storageError->message << '\n';
            return int(ExitStorage);
        }
        if (!outcome) {
            if (total.seen > 0)
                ctx.out << "stopped after " << page << (page == 1 ? " page" : " pages") << "; " << stored.size()
                        << " papers stored\n";
            // The pages come from arXiv: one it cannot serve in a usable form is an arXiv failure.
            ctx.err << "papersift backfill: " << outcome.errorMessage() << '\n';
            return int(ExitNetwork);
        }

        ctx.out << "total: " << outcome->papers.size() << " papers";
        if (byIds && outcome->papers.size() < ids.size())
            ctx.out << " of " << ids.size() << " ids (arXiv does not know the others)";
        else if (!byIds)
            ctx.out << " submitted to " << categories.join(u',') << " from " << from.toString(Qt::ISODate) << " to "
                    << to.toString(Qt::ISODate);
        ctx.out << " in " << outcome->requests << (outcome->requests == 1 ? " request" : " requests") << ": "
                << statsText(total) << '\n';
        return int(ExitOk);
    };
    return c;
}

} // namespace PaperSift::Cli
