#include "arxiv/arxivcalendar.h"
#include "arxiv/arxivclient.h"
#include "arxivcli.h"
#include "commands.h"
#include "config/settings.h"
#include "exitcodes.h"
#include "pipeline/dayrecovery.h"
#include "store/database.h"
#include "store/paperrepository.h"
#include "store/runlog.h"

namespace PaperSift::Cli {

using namespace Qt::StringLiterals;

namespace {
const QCommandLineOption dateOption(u"date"_s, u"The feed day to rebuild."_s, u"YYYY-MM-DD"_s);
const QCommandLineOption categoriesOption(
    u"categories"_s, u"These categories (default: the arxiv/categories setting)."_s, u"CAT[,CAT…]"_s);
const QCommandLineOption apiBaseOption(
    u"api-base-url"_s, u"Query URL instead of the arxiv/apiBaseUrl setting."_s, u"URL"_s);
} // namespace

// `papersift recover --date D`: a day whose feed was never fetched, rebuilt from the arXiv API
// (DayRecovery says how).
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
        ArxivClient client(*options);
        reportArxivProgress(client, ctx);
        DayRecovery recovery(client, papers, runLog);
        const auto outcome = recovery.recover(day, *categories, [&ctx](int pagePapers, int fetched, int total) {
            ctx.out << "page: " << pagePapers << " papers (" << fetched << " of " << total << ")\n" << Qt::flush;
        });
        if (!outcome) {
            ctx.err << "papersift recover: " << outcome.errorMessage() << '\n';
            return int(recovery.failure() == DayRecovery::Failure::Storage ? ExitStorage : ExitNetwork);
        }
        const QStringList &ids = outcome->ids;
        const QDateTime &from = outcome->from, &to = outcome->to;
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
