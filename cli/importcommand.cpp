#include "arxiv/feedparser.h"
#include "commands.h"
#include "config/settings.h"
#include "exitcodes.h"
#include "store/database.h"
#include "store/paperrepository.h"

#include <QFile>
#include <QFileInfo>

namespace PaperSift::Cli {

using namespace Qt::StringLiterals;

namespace {

QString describe(const ParsedFeed &feed)
{
    QStringList parts;
    if (feed.info.feedDay.isValid())
        parts.append(u"feed day "_s + feed.info.feedDay.toString(Qt::ISODate));
    if (!feed.info.categories.isEmpty())
        parts.append(feed.info.categories.join(u'+'));
    if (feed.info.format == FeedFormat::ApiAtom)
        parts.append(u"API page"_s);
    return parts.isEmpty() ? QString() : u" ("_s + parts.join(u", "_s) + u')';
}

} // namespace

// `papersift import FILE…`: stores saved feeds and API pages, offline. Each file is one
// transaction: a file that cannot be read or parsed stores nothing, and the others still import.
Command importCommand()
{
    Command c;
    c.name = u"import"_s;
    c.summary = u"Import saved arXiv feeds or API responses (RSS 2.0, Atom, RSS 1.0/RDF, API Atom): import FILE…"_s;
    c.setup = [](QCommandLineParser &p) {
        p.addPositionalArgument(u"files"_s, u"saved feed or API response files"_s, u"FILE…"_s);
    };
    c.run = [](Context &ctx) {
        const QStringList files = ctx.parser.positionalArguments();
        if (files.isEmpty()) {
            ctx.err << "papersift import: name at least one file to import.\n";
            return int(ExitUsage);
        }
        auto db = Database::open(AppPaths::databaseFile());
        if (!db) {
            ctx.err << "papersift import: " << db.errorMessage() << '\n';
            return int(ExitStorage);
        }
        PaperRepository papers(**db);

        int exitCode = ExitOk;
        int imported = 0;
        ImportStats total;
        for (const QString &file : files) {
            // Read as a stream: a file of any size costs a chunk and one item of memory. A file
            // that is missing, a folder or unreadable is an input problem (exit 7), like one that
            // is not a feed.
            const auto feed = FeedParser::parseFile(file);
            if (!feed) {
                ctx.err << "papersift import: " << feed.errorMessage() << '\n';
                if (exitCode == ExitOk)
                    exitCode = ExitInput;
                continue;
            }
            const auto stats = papers.importFeed(*feed);
            if (!stats) {
                ctx.err << "papersift import: " << file << ": " << stats.errorMessage() << '\n';
                return int(ExitStorage); // the database itself failed: the next files would too
            }
            total += *stats;
            ++imported;
            ctx.out << file << ": " << stats->seen << " papers" << describe(*feed) << ": " << stats->inserted
                    << " new, " << stats->newVersion << " new versions, " << stats->unchanged << " unchanged; "
                    << stats->listings << " listings added, " << stats->listingsChanged << " changed\n";
            if (stats->seen == 0)
                ctx.out << "  (an empty feed: arXiv announces nothing on weekends and holidays)\n";
            ctx.out.flush();
        }
        if (files.size() > 1)
            ctx.out << "total: " << imported << " of " << files.size() << " files, " << total.seen
                    << " papers: " << total.inserted << " new, " << total.newVersion << " new versions, "
                    << total.unchanged << " unchanged; " << total.listings << " listings added, "
                    << total.listingsChanged << " changed\n";
        return exitCode;
    };
    return c;
}

} // namespace PaperSift::Cli
