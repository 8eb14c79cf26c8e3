#pragma once

// domain/: the value types every layer speaks — Paper and its listing (announce type, feed day),
// ArxivId, Criteria (a text and its SHA-256), Score and its key (paper × version × criteria ×
// model × prompt version), RunSummary, ChatMessage, Result/Error (errors a user can act on) and
// the enum name tables. Plain values: no I/O, no Qt object, nothing above them.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace PaperSift {

/// How a paper appeared in a daily listing (arXiv's "Announce Type").
// One byte: a table row holds one (PaperRow), and a library has 200,000 rows.
enum class AnnounceType : quint8 { Unknown, New, Cross, Replace, ReplaceCross };

QString announceTypeName(AnnounceType type); ///< "new", "cross", "replace", "replace-cross"
AnnounceType announceTypeFromName(QStringView name);

/// One arXiv paper as the feeds and the API describe it. Text fields hold Unicode (TeX accents
/// decoded); the *Raw fields keep the text exactly as arXiv sent it.
struct Paper
{
    QString id;      ///< arXiv id without version
    int version = 0; ///< latest known version, 0 when unknown
    QString title;
    QString titleRaw;
    QStringList authors;      ///< ordered, decoded names without affiliations
    QStringList affiliations; ///< parallel to authors; empty strings where none is known
    QString authorsRaw;       ///< as sent (dc:creator string, or names joined by ", ")
    QString abstract;
    QString abstractRaw;
    QStringList categories; ///< all categories, primary first when known
    QString primaryCategory;
    QString comments;
    QString journalRef;
    QString doi;
    QDateTime published; ///< first version (API) — invalid when unknown
    QDateTime updated;   ///< this version (API) — invalid when unknown

    // Listing context, filled by the daily feeds (not by the API).
    AnnounceType announceType = AnnounceType::Unknown;
    QDate announced; ///< the feed day that listed it

    QString absUrl() const;
    QString pdfUrl() const;
    /// "First Author et al.", "A and B", or the single name.
    QString shortAuthors() const { return shortAuthors(authors); }
    static QString shortAuthors(const QStringList &authors);
    /// The narrowest form, for a table column: "Lovelace", "Lovelace and Turing", "Lovelace et al."
    /// (surnames as the last word of a name, a "Jr." or "III" passed over).
    static QString surnames(const QStringList &authors);
};

/// What a feed or API response said about itself.
enum class FeedFormat { Unknown, Rss2, Atom, Rdf, ApiAtom };

struct FeedInfo
{
    FeedFormat format = FeedFormat::Unknown;
    QString title;           ///< channel title, e.g. "cs.AI updates on arXiv.org"
    QStringList categories;  ///< the feed's categories, e.g. {"cs.LG", "cs.AI"}; empty for API
    QDate feedDay;           ///< arXiv's announcement day (US Eastern), from the channel pubDate
    QDateTime lastBuildDate; ///< when arXiv built the feed
    int totalResults = -1;   ///< API: opensearch:totalResults
    int startIndex = 0;      ///< API: opensearch:startIndex
    int itemsPerPage = 0;    ///< API: opensearch:itemsPerPage
};

/// A parsed feed or API page.
struct ParsedFeed
{
    FeedInfo info;
    QList<Paper> papers;
};

} // namespace PaperSift

Q_DECLARE_METATYPE(PaperSift::Paper)
