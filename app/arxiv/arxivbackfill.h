#pragma once

#include "domain/paper.h"
#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>

namespace PaperSift {

class ArxivClient;

/// Backfill from the arXiv API: papers by id, or all papers submitted to some categories between
/// two days, page after page through one ArxivClient (so its spacing and retries apply).
/// Blocking: call it in the client's thread (a worker thread or the CLI), never the GUI thread.
class ArxivBackfill
{
public:
    struct Options
    {
        int pageSize = 200;        ///< results per API page (arXiv allows up to 2000)
        int emptyPageRetries = 3;  ///< arXiv sometimes returns an empty page mid-way; ask again
    };

    /// What came back, in arXiv's order, each paper once.
    struct Outcome
    {
        QList<Paper> papers;
        int totalResults = 0; ///< what arXiv said matched (opensearch:totalResults)
        int requests = 0;     ///< API pages fetched, empty-page retries included
        bool stopped = false; ///< the page callback asked to stop early
    };

    /// Called after each page with the papers so far and arXiv's total; return false to stop.
    using PageCallback = std::function<bool(const ParsedFeed &page, int fetched, int total)>;

    /// The papers with these ids (versions allowed), in batches of 100. Unknown ids are skipped.
    static Result<Outcome> byIds(ArxivClient &client, const QStringList &ids,
                                 const PageCallback &onPage = {});
    /// The papers submitted to these categories between two days (UTC, inclusive).
    static Result<Outcome> byDateRange(ArxivClient &client, const QStringList &categories, QDate from,
                                       QDate to, const Options &options, const PageCallback &onPage = {});
    /// The papers submitted to these categories in [from, to) (UTC, to the minute): the
    /// submission window of one announcement day, to recover a day whose feed was never fetched.
    static Result<Outcome> byWindow(ArxivClient &client, const QStringList &categories, const QDateTime &from,
                                    const QDateTime &to, const Options &options, const PageCallback &onPage = {});
};

} // namespace PaperSift
