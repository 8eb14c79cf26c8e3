#include "dailyfeed.h"

#include "feedparser.h"

#include <QSet>

namespace PaperSift {

using namespace Qt::StringLiterals;

Result<DailyFeed> fetchDailyFeed(ArxivClient &client, const QStringList &categories,
                                 const QStringList &announceTypes, const QByteArray &etag,
                                 const QByteArray &lastModified)
{
    if (categories.isEmpty())
        return Error{u"No arXiv categories are set; add some (e.g. cs.LG,cs.AI) in the settings."_s, {}};
    QSet<int> keep;
    for (const QString &name : announceTypes) {
        const AnnounceType type = announceTypeFromName(name.trimmed());
        if (type == AnnounceType::Unknown)
            return Error{u"Unknown announce type \"%1\"; use new, cross, replace or replace-cross."_s.arg(name), {}};
        keep.insert(int(type));
    }
    const QUrl url = ArxivClient::dailyFeedUrl(client.options().rssBaseUrl, categories);
    Result<FetchResponse> response = client.fetchSync({url, etag, lastModified});
    if (!response)
        return response.error();

    DailyFeed daily;
    daily.response = std::move(response).value();
    if (daily.response.notModified)
        return daily;

    const auto body = daily.response.openBody(); // a stream: the body may be in a temporary file
    Result<ParsedFeed> parsed = FeedParser::parse(*body, url.toString());
    if (!parsed)
        return parsed.error();
    daily.feed = std::move(parsed).value();
    daily.itemsInFeed = int(daily.feed.papers.size());

    if (!keep.isEmpty())
        daily.feed.papers.removeIf([&keep](const Paper &paper) { return !keep.contains(int(paper.announceType)); });
    return daily;
}

} // namespace PaperSift
