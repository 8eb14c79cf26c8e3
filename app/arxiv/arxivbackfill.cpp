#include "arxivbackfill.h"

#include "arxivclient.h"
#include "feedparser.h"

#include <QSet>

#include <QTimeZone>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

// Fetches and parses one API page.
Result<ParsedFeed> fetchPage(ArxivClient &client, const QUrl &url)
{
    const Result<FetchResponse> response = client.fetchSync({url, {}, {}});
    if (!response)
        return response.error();
    const auto body = response->openBody();
    return FeedParser::parse(*body, url.toString());
}

// Appends the papers not seen yet.
void collect(ArxivBackfill::Outcome &outcome, QSet<QString> &seen, const QList<Paper> &papers)
{
    for (const Paper &paper : papers) {
        if (!seen.contains(paper.id)) {
            seen.insert(paper.id);
            outcome.papers.append(paper);
        }
    }
}

} // namespace

Result<ArxivBackfill::Outcome> ArxivBackfill::byIds(ArxivClient &client, const QStringList &ids,
                                                    const PageCallback &onPage)
{
    Outcome outcome;
    QSet<QString> seen;
    for (const QUrl &url : ArxivClient::idListUrls(client.options().apiBaseUrl, ids)) {
        ++outcome.requests;
        const Result<ParsedFeed> page = fetchPage(client, url);
        if (!page)
            return page.error();
        outcome.totalResults += std::max(0, page->info.totalResults);
        collect(outcome, seen, page->papers);
        if (onPage && !onPage(*page, int(outcome.papers.size()), outcome.totalResults)) {
            outcome.stopped = true;
            break;
        }
    }
    return outcome;
}

Result<ArxivBackfill::Outcome> ArxivBackfill::byDateRange(ArxivClient &client, const QStringList &categories,
                                                          QDate from, QDate to, const Options &options,
                                                          const PageCallback &onPage)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error{u"The backfill needs a start day on or before its end day (got %1 to %2)."_s.arg(
                         from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
                     {}};
    return byWindow(client, categories, QDateTime(from, QTime(0, 0), QTimeZone::UTC),
                    QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::UTC), options, onPage);
}

Result<ArxivBackfill::Outcome> ArxivBackfill::byWindow(ArxivClient &client, const QStringList &categories,
                                                       const QDateTime &from, const QDateTime &to,
                                                       const Options &options, const PageCallback &onPage)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return Error{u"The submission window must start before it ends (got %1 to %2)."_s.arg(
                         from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
                     {}};
    Outcome outcome;
    QSet<QString> seen;
    const int pageSize = std::clamp(options.pageSize, 1, 2000);
    int start = 0;
    int emptyRetries = 0;
    for (;;) {
        const QUrl url = ArxivClient::windowUrl(client.options().apiBaseUrl, categories, from, to, start, pageSize);
        ++outcome.requests;
        const Result<ParsedFeed> page = fetchPage(client, url);
        if (!page)
            return page.error();
        const bool knownTotal = page->info.totalResults >= 0;
        if (knownTotal)
            outcome.totalResults = page->info.totalResults;
        if (page->papers.isEmpty()) {
            if (start == 0 || !knownTotal || start >= outcome.totalResults)
                break; // nothing (more) to fetch
            // arXiv's API sporadically answers a page inside the results with no entries; asking
            // again usually helps (arxiv.py does the same).
            if (emptyRetries++ < options.emptyPageRetries)
                continue;
            return Error{u"arXiv kept returning an empty page at result %1 of %2; try the backfill again later."_s
                             .arg(start)
                             .arg(outcome.totalResults),
                         url.toString()};
        }
        emptyRetries = 0;
        collect(outcome, seen, page->papers);
        start += int(page->papers.size());
        if (onPage && !onPage(*page, int(outcome.papers.size()), outcome.totalResults)) {
            outcome.stopped = true;
            break;
        }
        if (knownTotal && start >= outcome.totalResults)
            break;
    }
    return outcome;
}

} // namespace PaperSift
