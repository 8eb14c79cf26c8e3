#pragma once

#include "domain/paper.h"
#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace PaperSift {

class Database;

/// What an import or upsert did. Importing the same feed twice gives inserted = newVersion =
/// listings = listingsChanged = 0 the second time.
struct ImportStats
{
    int seen = 0; ///< papers in the input
    int inserted = 0; ///< papers new to the store
    int newVersion = 0; ///< papers replaced by a newer version (and marked as updated)
    int unchanged = 0; ///< papers already stored at this version (or an older version seen late)
    int listings = 0; ///< listing rows (day × category × paper) added
    int listingsChanged = 0; ///< listing rows already there that took a stronger type or a newer version

    ImportStats &operator+=(const ImportStats &o);
    friend bool operator==(const ImportStats &, const ImportStats &) = default;
};

/// A paper as stored: the paper (its announceType/announced filled from the day's listing when it
/// comes from papersForDay) plus what the store knows about it.
struct StoredPaper
{
    Paper paper;
    QString listingCategory; ///< papersForDay: the category of its main listing that day
    QStringList listedIn; ///< papersForDay: every category that day listed it in
    QDate firstAnnounced; ///< earliest feed day that listed it; invalid when none did
    QDate lastSeen; ///< latest feed day that listed it
    bool markedUpdated = false; ///< a newer version replaced the one first stored
    QDateTime replacedAt; ///< when that happened
};

/// One version of a paper as it was when first stored.
struct PaperVersion
{
    int version = 0;
    QString title;
    QStringList authors;
    QString abstract;
    QString comments;
    QDateTime updated;
    QDate announced;
    QDateTime firstSeen;
};

/// The papers themselves: stores what feeds and the API say of them, and reads whole papers back.
class PaperRepository
{
public:
    explicit PaperRepository(Database &db);

    /// Stores a parsed feed: papers (newest version wins, history kept) and its listings, in one
    /// transaction. A listing's category is each of the feed's categories the paper carries, else
    /// its primary category; its day is the paper's `announced`, else the feed day.
    Result<ImportStats> importFeed(const ParsedFeed &feed);
    /// Stores papers from the API (backfill): no listings.
    Result<ImportStats> upsertPapers(const QList<Paper> &papers);

    Result<std::optional<StoredPaper>> paper(const QString &id) const;
    /// The papers with these ids that exist, in the order given.
    Result<QList<StoredPaper>> papers(const QStringList &ids) const;
    /// Every version seen of a paper, oldest first.
    Result<QList<PaperVersion>> versions(const QString &id) const;
    /// The papers a feed day listed (once each, with their main listing), optionally only those
    /// listed with one of `announceTypes`. Sorted by id.
    Result<QList<StoredPaper>> papersForDay(const QDate &day, const QList<AnnounceType> &announceTypes = {}) const;
    /// The same over the days from `from` to `to` (inclusive); a paper listed on several of them
    /// comes once, with its latest day's listing.
    Result<QList<StoredPaper>> papersForDays(
        const QDate &from, const QDate &to, const QList<AnnounceType> &announceTypes = {}) const;
    Result<int> paperCount() const;

private:
    Result<ImportStats> store(const QList<Paper> &papers, const FeedInfo *feed);

    Database &m_db;
};

} // namespace PaperSift
