#include "arxiv/arxivbackfill.h"
#include "arxiv/arxivcalendar.h"
#include "arxiv/arxivclient.h"
#include "arxivcli.h"
#include "commands.h"
#include "config/settings.h"
#include "exitcodes.h"
#include "store/database.h"
#include "store/paperrepository.h"
#include "store/runlog.h"

#include <QSet>

namespace PaperSift::Cli {

using namespace Qt::StringLiterals;

namespace {
const QCommandLineOption dateOption(u"date"_s, u"The feed day to rebuild."_s, u"YYYY-MM-DD"_s);
const QCommandLineOption categoriesOption(
    u"categories"_s, u"These categories (default: the arxiv/categories setting)."_s, u"CAT[,CAT…]"_s);
const QCommandLineOption apiBaseOption(
    u"api-base-url"_s, u"Query URL instead of the arxiv/apiBaseUrl setting."_s, u"URL"_s);
} // namespace

// `papersift recover --date D`: a day whose feed was never fetched (the machine was off), rebuilt
// from the arXiv API: the papers submitted in the window its feed lists (ArxivCalendar), listed
// under the day, new where their primary
// category is followed, else cross. Papers on hold, and cross-lists of older papers, are not
// found that way: the digest says the day was recovered.
Command recoverCommand()
{
    Command c;
    c.name = u"recover"_s;
    c.summary = u"Rebuild a missed feed day from the arXiv API: recover --date DAY"_s;
    c.setup = [](QCommandLineParser &p) {
        p.setApplicationDescription(
            u"Rebuild the new submissions of a day whose daily feed was never fetched, from the arXiv API: the papers "
            "submitted to the categories in the window its feed lists (the announcement of the evening before, "
            "20:00 US Eastern, Sunday to Thursday: from 14:00 of one working day to 14:00 of the next), page by page, "
            "the arxiv/requestSpacingMs setting apart "
            "(3 s by default). They are listed under the day and marked recovered; its digest says cross-lists may "
            "be incomplete. Then 'papersift score --date DAY' scores it.\n\n"
            "Exit codes: 0 done, 2 bad arguments, 3 arXiv unreachable or answering errors, 6 database error."_s);
        p.addOption(dateOption);
        p.addOption(categoriesOption);
        p.addOption(apiBaseOption);
    };
    c.run = [](Context &ctx) {
        const QCommandLineParser &p = ctx.parser;
        const auto usage = [&ctx](const QString &message) {
            ctx.err << "papersift recover: " << message << "\nRun 'papersift recover --help' for its options.\n";
            return int(ExitUsage);
        };
        if (!p.positionalArguments().isEmpty())
            return usage(u"unexpected argument \"%1\"."_s.arg(p.positionalArguments().first()));
        const QDate day = QDate::fromString(p.value(dateOption).trimmed(), Qt::ISODate);
        if (!day.isValid())
            return usage(u"--date needs the day to recover as YYYY-MM-DD."_s);
        const ArxivCalendar &calendar = ArxivCalendar::standard();
        if (!calendar.isFeedDay(day))
            return usage(
                u"%1 has no daily feed to recover (arXiv's feeds are dated Monday to Friday, holidays aside)."_s.arg(
                    day.toString(Qt::ISODate)));
        const auto categories = parseCategories(
            p.isSet(categoriesOption) ? p.value(categoriesOption) : Settings().list(Settings::Categories).join(u','));
        if (!categories)
            return usage(categories.errorMessage());
        const auto options = arxivClientOptions({}, p.value(apiBaseOption));
        if (!options)
            return usage(options.errorMessage());

        auto db = Database::open(AppPaths::databaseFile());
        if (!db) {
            ctx.err << "papersift recover: " << db.errorMessage() << '\n';
            return int(ExitStorage);
        }
        PaperRepository papers(**db);
        RunLog runLog(**db);
        const auto [from, to] = calendar.submissionWindow(day);

        ArxivClient client(*options);
        reportArxivProgress(client, ctx);
        QStringList ids;
        std::optional<Error> storageError;
        // Each page is listed under the day as it arrives: an interrupted recovery keeps its pages.
        const auto onPage = [&](const ParsedFeed &page, int fetched, int total) {
            ParsedFeed feed;
            feed.info.categories = *categories;
            feed.info.feedDay = day;
            for (Paper paper : page.papers) {
                if (ids.contains(paper.id))
                    continue;
                ids.append(paper.id);
                paper.announceType
                    = categories->contains(paper.primaryCategory) ? AnnounceType::New : AnnounceType::Cross;
                paper.announced = day;
                feed.papers.append(paper);
            }
            if (auto stored = papers.importFeed(feed); !stored) {
                storageError = stored.error();
                return false;
            }
            ctx.out << "page: " << page.papers.size() << " papers (" << fetched << " of " << total << ")\n"
                    << Qt::flush;
            return true;
        };
        const auto outcome = ArxivBackfill::byWindow(client, *categories, from, to, {}, onPage);
        if (!storageError && !ids.isEmpty()) {
            FeedState state;
            state.url = RunLog::recoveryKey(day);
            state.feedDay = day;
            state.ids = ids;
            state.fetchedAt = QDateTime::currentDateTimeUtc();
            if (Status saved = runLog.saveFeedState(state); !saved)
                storageError = saved.error();
        }
        if (storageError) {
            ctx.err << "papersift recover: " << storageError->message << '\n';
            return int(ExitStorage);
        }
        if (!outcome) {
            ctx.err << "papersift recover: " << outcome.errorMessage() << '\n';
            return int(ExitNetwork);
        }
        ctx.out << "day " << day.toString(Qt::ISODate) << ": " << ids.size() << " papers recovered, submitted to "
                << categories->join(u',') << " from " << from.toString(Qt::ISODate) << " to "
                << to.toString(Qt::ISODate) << " (" << outcome->requests
                << (outcome->requests == 1 ? " request" : " requests")
                << "); cross-lists of older papers may be missing. Score it with 'papersift score --date "
                << day.toString(Qt::ISODate) << "'.\n";
        return int(ExitOk);
    };
    return c;
}

} // namespace PaperSift::Cli
