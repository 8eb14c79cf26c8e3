#pragma once

// arxiv/: talking to arXiv politely and reading what it says. FeedParser turns bytes into papers
// (RSS 2.0 and Atom from rss.arxiv.org, the old RSS 1.0/RDF, API Atom pages) as pure functions;
// ArxivClient is the one HTTP client (one request at a time, spaced, conditional GET, Retry-After
// through net/httppolicy); dailyfeed and ArxivBackfill build on it for the daily feed and the API.
// A feed day is the channel's pubDate in US Eastern time (DESIGN.md).

#include "domain/paper.h"
#include "domain/result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

class QIODevice;

namespace PaperSift {

/// The bounds a feed or API page is read within. Past one the input is refused, with an error
/// that names it: no input, however long or hostile, makes a command use more than a few tens of
/// MB (issue 15). The largest real inputs are far inside: a busy day's combined daily feed holds a
/// few thousand items in a few MB, an API page at most 2,000 entries.
struct FeedLimits
{
    qint64 maxBytes = 64ll << 20; ///< the input, 64 MiB (read as a stream: they are never all in memory)
    qint64 maxRunBytes = 4ll << 20; ///< bytes without a '<' or a '>': one token the XML reader holds whole
    qint64 maxFieldChars = 1 << 20; ///< the text of one element (3,000-author lists are 100 k)
    qint64 maxTextChars = 16ll << 20; ///< all the text kept: what the parsed papers hold
    qint64 maxPrologBytes = 64 << 10; ///< before the first element: a DOCTYPE or blank space
    int maxEntries = 20000; ///< items or entries
    int maxSubtreeElements = 100000; ///< elements inside one item or header element
    int maxDepth = 64; ///< feeds nest four levels deep
};

/// Parses what arXiv serves (RSS 2.0 and Atom from rss.arxiv.org, the pre-2024 RSS 1.0/RDF feeds,
/// and export.arxiv.org API Atom pages) into papers plus feed metadata. Pure functions: bytes in,
/// values out; a malformed, foreign or oversized input yields an Error and never a partial result.
/// Streaming: the input is read one item at a time (XmlStream), any DOCTYPE is refused.
class FeedParser
{
public:
    /// Detects the format and parses, reading the device as a stream (a file, a spooled network
    /// body) within the limits. `sourceName` (a URL or file name) names the input in errors.
    static Result<ParsedFeed> parse(QIODevice &device, const QString &sourceName, const FeedLimits &limits = {});
    /// Reads a saved feed file; a missing file, a folder or an unreadable one is an Error that says so.
    static Result<ParsedFeed> parseFile(const QString &path, const FeedLimits &limits = {});
    /// The same for bytes already in memory.
    static Result<ParsedFeed> parse(const QByteArray &bytes, const QString &sourceName);

    /// Guesses the format from the root element without parsing the whole input.
    static FeedFormat detect(const QByteArray &bytes);

    /// rss.arxiv.org RSS 2.0 (2024 onwards).
    static Result<ParsedFeed> parseRss2(const QByteArray &bytes, const QString &sourceName);
    /// rss.arxiv.org Atom 1.0 (same content as RSS 2.0).
    static Result<ParsedFeed> parseAtom(const QByteArray &bytes, const QString &sourceName);
    /// The RSS 1.0/RDF feeds arXiv served before 2024.
    static Result<ParsedFeed> parseRdf(const QByteArray &bytes, const QString &sourceName);
    /// An export.arxiv.org/api/query response page; arXiv's error feed becomes an Error.
    static Result<ParsedFeed> parseApiAtom(const QByteArray &bytes, const QString &sourceName);

    /// One author of a comma-joined author list, split into name and affiliation (both raw TeX).
    struct AuthorName
    {
        QString name;
        QString affiliation; ///< text inside the parentheses after the name; "; "-joined if several
    };
    /// Splits a dc:creator string ("A (Univ. X, Y), B, and C") on top-level commas and " and ".
    static QList<AuthorName> splitAuthors(QStringView creators);

    /// The categories a feed URL or title names: ".../rss/cs.LG+cs.AI" → {cs.LG, cs.AI}.
    static QStringList feedCategories(QStringView linkOrTitle);
};

} // namespace PaperSift
