#pragma once

#include "arxivclient.h"
#include "domain/paper.h"
#include "domain/result.h"

#include <QStringList>

namespace PaperSift {

/// One day's announcements as fetched: the HTTP answer and, unless it was "not modified", the
/// parsed feed with only the chosen announce types kept.
struct DailyFeed
{
    FetchResponse response;
    ParsedFeed feed;     ///< empty when response.notModified
    int itemsInFeed = 0; ///< items before the announce-type filter
};

/// Fetches the combined daily feed of the categories (one request) and parses it. announceTypes
/// ("new", "cross", "replace", "replace-cross") keeps only those; empty keeps all. etag and
/// lastModified come from the previous fetch of the same URL. Blocking: call it in the client's
/// thread.
Result<DailyFeed> fetchDailyFeed(ArxivClient &client, const QStringList &categories,
                                 const QStringList &announceTypes, const QByteArray &etag = {},
                                 const QByteArray &lastModified = {});

} // namespace PaperSift
