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

namespace PaperSift {

/// Parses what arXiv serves (RSS 2.0 and Atom from rss.arxiv.org, the pre-2024 RSS 1.0/RDF feeds,
/// and export.arxiv.org API Atom pages) into papers plus feed metadata. Pure functions: bytes in,
/// values out; a malformed or foreign input yields an Error and never a partial result.
class FeedParser
{
public:
    /// Detects the format and parses. `sourceName` (a URL or file name) names the input in errors.
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
