#pragma once

#include "domain/paper.h"
#include "domain/result.h"

#include <QDate>
#include <QList>
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
    QString id;
    QString title;
    QStringList authors;
    QStringList categories;
    QString primaryCategory;
    QDate day; ///< the feed day of its main listing (the latest day in the range)
    QString category; ///< the category of that listing
    AnnounceType announceType = AnnounceType::Unknown;
    QDate firstAnnounced; ///< earliest feed day that listed it
    std::optional<int> relevance; ///< its latest score with the query's criteria (any model)
    std::optional<int> novelty;
    QString comment;
    bool read = false;
    bool starred = false;
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
    QString criteriaSha256; ///< empty: scores with any criteria
    QString model; ///< empty: scores by any model
    int relevanceCutoff = 8;
    int noveltyCutoff = 7; ///< a score without novelty (keyword scorer) passes this cutoff
};

/// A feed day in the store, with its counts.
struct DayCount
{
    QDate day;
    int papers = 0; ///< distinct papers listed that day (of the chosen announce types)
    int scored = 0; ///< of those, papers with at least one score
    int relevant = 0; ///< of those, papers with a score at or above both cutoffs
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
    /// The feed days in the store, newest first, with their counts.
    Result<QList<DayCount>> days(const DayQuery &query = {}) const;

    /// The SQL and bindings days() runs; public so a test can ask SQLite for its query plan (a
    /// missing index there is quadratic in the size of the library).
    static Statement daysStatement(const DayQuery &query);

private:
    /// Fills in the scores and states of the papers `scope` selects (an SQL condition on
    /// `paper_id` over `values`, or none for all), ordered by id: `find` gives the row of an id
    /// (or none); the scores come first, then the states.
    Status fillScoresAndStates(const std::function<ListedPaper *(const QString &)> &find, const QString &criteriaSha256,
        const QString &scope, const QVariantList &values) const;

    Database &m_db;
};

} // namespace PaperSift

// Moved with memmove when a list of 200,000 grows, not copied one by one.
Q_DECLARE_TYPEINFO(PaperSift::ListedPaper, Q_RELOCATABLE_TYPE);
