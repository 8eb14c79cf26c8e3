#pragma once

#include "domain/paper.h"
#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMultiHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace PaperSift {

class Database;
struct Statement; // sqlsupport.h

/// What a table over many papers shows of one: no abstract, no history, and the one score and
/// state a row shows. listedPapers() reads these instead of whole papers, so a table over the
/// whole library stays small and quick to load.
struct ListedPaper
{
    qint64 pk = 0; ///< the paper's key in the store (what PaperSearch::matchingKeys() gives)
    QString id;
    QString title;
    QStringList authors;
    QStringList categories;
    QString primaryCategory;
    QDate day; ///< the feed day of its main listing (the latest day in the range)
    QString category; ///< the category of that listing
    AnnounceType announceType = AnnounceType::Unknown;
    QDate firstAnnounced; ///< earliest feed day that listed it
    std::optional<int> relevance; ///< the score that counts (ScoreStore::countingScores())
    std::optional<int> novelty;
    QString scoreCriteriaSha256; ///< the criteria that score was made with (stale when not the query's)
    QString scoreModel; ///< the model that made it; empty when the paper has no score that counts
    bool titleFiltered = false; ///< the model's verdict was the title filter's "not relevant"
    bool read = false;
    bool starred = false;
    std::optional<int> rating; ///< the reader's 1–5
    bool hasNote = false;
};

/// Which papers listedPapers() reads, and with which criteria's scores.
struct ListingQuery
{
    QDate from; ///< invalid: no lower bound
    QDate to; ///< invalid: no upper bound
    QList<AnnounceType> announceTypes; ///< empty: all
    QString criteriaSha256; ///< empty: no scores
};

/// Which papers count in days(): the announce types, and which scores count as scored/relevant.
struct DayQuery
{
    QList<AnnounceType> announceTypes; ///< empty: all
    QString criteriaSha256; ///< the criteria in use: their scores count before older ones
    QString model; ///< empty: scores by any model
    int relevanceCutoff = 8;
    int noveltyCutoff = 7; ///< a score without novelty (keyword scorer) passes this cutoff
    QString learnedModel = QStringLiteral("learned"); ///< ScoreChoice::learnedModel; days() sets it
};

/// A feed day in the store, with its counts.
struct DayCount
{
    QDate day;
    int papers = 0; ///< distinct papers listed that day (of the chosen announce types)
    int scored = 0; ///< of those, papers a model or the keyword scorer judged (a score that counts)
    int relevant = 0; ///< of those, papers whose score that counts is at or above both cutoffs
};

/// What the window's table and day list show of many papers at once, read in a few passes.
class LibraryQuery
{
public:
    explicit LibraryQuery(Database &db);

    /// What a table shows of the papers listed in the query's days, once each, with the listing
    /// of their latest day (new before cross, then by category). Sorted by id.
    Result<QList<ListedPaper>> listedPapers(const ListingQuery &query) const;
    /// The same for these papers, listed or not (their first listing day), in the order given.
    Result<QList<ListedPaper>> listedPapers(const QStringList &ids, const QString &criteriaSha256) const;
    /// The feed days that listed each of these papers (of these announce types; empty: all).
    Result<QMultiHash<QString, QDate>> listingDays(const QStringList &ids, const QList<AnnounceType> &types = {}) const;
    /// The feed days in the store, newest first, with their counts.
    Result<QList<DayCount>> days(const DayQuery &query = {}) const;
    /// Only the feed days (of these announce types; empty: all), newest first: read from the
    /// listings' day index alone, in milliseconds, where days() counts every score.
    Result<QList<QDate>> dayList(const QList<AnnounceType> &types = {}) const;

    /// The SQL and bindings days() runs; public so a test can ask SQLite for its query plan (a
    /// missing index there is quadratic in the size of the library).
    static Statement daysStatement(const DayQuery &query);
    /// The SQL and bindings the first listedPapers() runs, for the same reason: on SQLite the
    /// whole library is read in the order of one index, without a sort (schema 9).
    Statement listedPapersStatement(const ListingQuery &query) const;

private:
    Database &m_db;
};

} // namespace PaperSift

// Moved with memmove when a list of 200,000 grows, not copied one by one.
Q_DECLARE_TYPEINFO(PaperSift::ListedPaper, Q_RELOCATABLE_TYPE);
