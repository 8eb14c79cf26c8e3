#include "arxiv/arxivclient.h"
#include "arxiv/feedparser.h"
#include "arxivcli.h"
#include "commands.h"
#include "config/settings.h"
#include "exitcodes.h"
#include "store/database.h"
#include "store/paperrepository.h"
#include "store/runlog.h"

#include <QCryptographicHash>
#include <QMap>

namespace PaperSift::Cli {

using namespace Qt::StringLiterals;

namespace {

const QCommandLineOption categoriesOption(
    u"categories"_s, u"Fetch these arXiv categories (default: the arxiv/categories setting)."_s, u"CAT[,CAT…]"_s);
const QCommandLineOption announceOption(u"announce"_s,
    u"Count these announce types as kept: new, cross, replace, replace-cross (default: the arxiv/announceTypes "
    "setting). Every item is stored either way."_s,
    u"TYPE[,TYPE…]"_s);
const QCommandLineOption rssBaseOption(
    u"rss-base-url"_s, u"Fetch from URL instead of the arxiv/rssBaseUrl setting."_s, u"URL"_s);

const AnnounceType typeOrder[] = { AnnounceType::New, AnnounceType::Cross, AnnounceType::Replace,
    AnnounceType::ReplaceCross, AnnounceType::Unknown };

QString typeLabel(AnnounceType type)
{
    return type == AnnounceType::Unknown ? u"other"_s : announceTypeName(type);
}

// "new 22, cross 180" for the types present (in arXiv's order), restricted to `only` unless empty.
QString typeCounts(const QMap<int, int> &counts, const QList<AnnounceType> &only = {})
{
    QStringList parts;
    for (AnnounceType type : typeOrder) {
        if ((!only.isEmpty() && !only.contains(type)) || (only.isEmpty() && counts.value(int(type)) == 0))
            continue;
        parts.append(typeLabel(type) + u' ' + QString::number(counts.value(int(type))));
    }
    return parts.join(u", "_s);
}

// "not updated yet" compares id lists; the hash lets other readers of feed_state compare cheaply.
QString idsHash(QStringList ids)
{
    ids.sort();
    return QString::fromLatin1(QCryptographicHash::hash(ids.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString utcText(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyy-MM-dd hh:mm 'UTC'"_s);
}

// An HTTP-date as "2025-06-17 00:05 UTC"; unparsable dates are shown as sent.
QString httpDateText(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).trimmed();
    QString normalized = text;
    if (normalized.endsWith(" GMT"_L1))
        normalized = normalized.chopped(4) + u" +0000"_s;
    const QDateTime when = QDateTime::fromString(normalized, Qt::RFC2822Date);
    return when.isValid() ? utcText(when) : text;
}

} // namespace

// `papersift fetch`: one conditional GET of the combined daily feed, stored whole. Every announce
// type is stored (the listings keep it), so changing the announce filter later needs no refetch;
// the filter only decides which counts are reported as kept, as the daily run and the digest do.
Command fetchCommand()
{
    Command c;
    c.name = u"fetch"_s;
    c.summary = u"Fetch and store today's arXiv announcements: fetch [--categories …] [--announce …]"_s;
    c.setup = [](QCommandLineParser &p) {
        p.setApplicationDescription(
            u"Fetch the daily arXiv feed of the categories (one request for all of them) and store it. The request "
            "is conditional: when the feed has not changed since the last fetch, nothing is downloaded. Every "
            "announce type is stored; --announce only chooses which ones are counted as kept (the daily run and "
            "the digest use the same setting). A feed with the same papers as the last one means arXiv has not "
            "announced yet (it does at 20:00 US Eastern, Sunday to Thursday); nothing is stored then. Empty feeds "
            "on weekends and holidays are normal.\n\n"
            "Exit codes: 0 done (also when there was nothing new), 2 bad arguments, 3 arXiv unreachable or "
            "answering errors, 6 database error, 7 the answer is not an arXiv feed."_s);
        p.addOption(categoriesOption);
        p.addOption(announceOption);
        p.addOption(rssBaseOption);
    };
    c.run = [](Context &ctx) {
        if (!ctx.parser.positionalArguments().isEmpty()) {
            ctx.err << "papersift fetch: unexpected argument \"" << ctx.parser.positionalArguments().first()
                    << "\"; name categories with --categories.\n";
            return int(ExitUsage);
        }
        const Settings settings;
        const auto categories
            = parseCategories(ctx.parser.isSet(categoriesOption) ? ctx.parser.value(categoriesOption)
                                                                 : settings.list(Settings::Categories).join(u','));
        if (!categories) {
            ctx.err << "papersift fetch: " << categories.errorMessage() << '\n';
            return int(ExitUsage);
        }
        const QStringList announceNames = ctx.parser.isSet(announceOption)
            ? ctx.parser.value(announceOption).split(u',', Qt::SkipEmptyParts)
            : settings.list(Settings::AnnounceTypes);
        QList<AnnounceType> kept;
        for (const QString &name : announceNames) {
            const AnnounceType type = announceTypeFromName(name.trimmed());
            if (type == AnnounceType::Unknown) {
                ctx.err << "papersift fetch: unknown announce type \"" << name.trimmed()
                        << "\"; use new, cross, replace or replace-cross.\n";
                return int(ExitUsage);
            }
            if (!kept.contains(type))
                kept.append(type);
        }
        const auto options = arxivClientOptions(ctx.parser.value(rssBaseOption), {});
        if (!options) {
            ctx.err << "papersift fetch: " << options.errorMessage() << '\n';
            return int(ExitUsage);
        }

        auto db = Database::open(AppPaths::databaseFile());
        if (!db) {
            ctx.err << "papersift fetch: " << db.errorMessage() << '\n';
            return int(ExitStorage);
        }
        PaperRepository papers(**db);
        RunLog runLog(**db);
        const QUrl url = ArxivClient::dailyFeedUrl(options->rssBaseUrl, *categories);
        const QString key = url.toString();
        const auto previousState = runLog.feedState(key);
        if (!previousState) {
            ctx.err << "papersift fetch: " << previousState.errorMessage() << '\n';
            return int(ExitStorage);
        }
        const std::optional<FeedState> &previous = *previousState;

        // The client and its network manager live in this (the main) thread; fetchSync spins a
        // local event loop until the answer, retries and spacing included, is in.
        ArxivClient client(*options);
        reportArxivProgress(client, ctx);
        FetchRequest request { url, {}, {} };
        if (previous) {
            request.etag = previous->etag.toLatin1();
            request.lastModified = previous->lastModified.toLatin1();
        }
        const auto response = client.fetchSync(request);
        if (!response) {
            ctx.err << "papersift fetch: " << response.errorMessage() << '\n';
            return int(ExitNetwork);
        }

        if (response->notModified) {
            const QString since = !response->lastModified.isEmpty() ? httpDateText(response->lastModified)
                : previous                                          ? utcText(previous->fetchedAt)
                                                                    : u"the last fetch"_s;
            ctx.out << categories->join(u'+') << ": not modified since " << since << ", nothing new";
            if (previous && previous->feedDay.isValid())
                ctx.out << " (feed day " << previous->feedDay.toString(Qt::ISODate) << ", " << previous->ids.size()
                        << " items, already stored)";
            ctx.out << '\n';
            return int(ExitOk);
        }

        const auto body = response->openBody();
        const auto feed = FeedParser::parse(*body, key);
        if (!feed) {
            ctx.err << "papersift fetch: " << feed.errorMessage() << '\n';
            return int(ExitInput);
        }
        if (feed->info.format == FeedFormat::ApiAtom) {
            ctx.err << "papersift fetch: " << key
                    << " answered with an arXiv API page, not a daily feed. Check --rss-base-url or the "
                       "arxiv/rssBaseUrl setting.\n";
            return int(ExitInput);
        }
        QStringList ids;
        ids.reserve(feed->papers.size());
        for (const Paper &paper : feed->papers)
            ids.append(paper.id);

        FeedState state;
        state.url = key;
        state.etag = QString::fromLatin1(response->etag);
        state.lastModified = QString::fromLatin1(response->lastModified);
        state.feedDay = feed->info.feedDay;
        state.ids = ids;
        state.idsHash = idsHash(ids);
        state.fetchedAt = response->fetchedAt;

        if (feedFreshness(ids, previous ? previous->ids : QStringList()) == FeedFreshness::NotUpdatedYet) {
            // The same papers again, maybe under a new date: storing them would list yesterday's
            // papers on another day. Keep the old day; remember the validators so the next try
            // is a cheap 304 until arXiv changes the feed.
            const QDate day = previous->feedDay.isValid() ? previous->feedDay : previous->fetchedAt.date();
            ctx.out << "arXiv has not published today's announcements yet (same " << ids.size() << " papers as "
                    << day.toString(Qt::ISODate) << "); try again after 20:00 US Eastern\n";
            FeedState unchanged = *previous;
            unchanged.etag = state.etag;
            unchanged.lastModified = state.lastModified;
            if (Status saved = runLog.saveFeedState(unchanged); !saved) {
                ctx.err << "papersift fetch: " << saved.errorMessage() << '\n';
                return int(ExitStorage);
            }
            return int(ExitOk);
        }

        const auto stats = papers.importFeed(*feed);
        if (!stats) {
            ctx.err << "papersift fetch: " << stats.errorMessage() << '\n';
            return int(ExitStorage);
        }
        if (Status saved = runLog.saveFeedState(state); !saved) {
            ctx.err << "papersift fetch: " << saved.errorMessage() << '\n';
            return int(ExitStorage);
        }

        QMap<int, int> counts;
        int keptCount = 0;
        for (const Paper &paper : feed->papers) {
            ++counts[int(paper.announceType)];
            if (kept.isEmpty() || kept.contains(paper.announceType))
                ++keptCount;
        }
        const QString day = feed->info.feedDay.isValid() ? feed->info.feedDay.toString(Qt::ISODate) : u"unknown"_s;
        const QString feedCategories
            = feed->info.categories.isEmpty() ? categories->join(u'+') : feed->info.categories.join(u'+');
        ctx.out << "feed day " << day << " (" << feedCategories << "): " << ids.size() << " items";
        if (ids.isEmpty()) {
            ctx.out << "; an empty feed: arXiv announces nothing on weekends and holidays\n";
            return int(ExitOk);
        }
        ctx.out << " (" << typeCounts(counts) << ")\n";
        if (kept.isEmpty())
            ctx.out << "kept: all " << keptCount << '\n';
        else
            ctx.out << "kept: " << keptCount << " (" << typeCounts(counts, kept) << "); every item is stored\n";
        ctx.out << "store: " << stats->inserted << " added, " << stats->newVersion << " new versions, "
                << stats->unchanged << " unchanged; " << stats->listings << " listings added, "
                << stats->listingsChanged << " changed\n";
        return int(ExitOk);
    };
    return c;
}

} // namespace PaperSift::Cli
