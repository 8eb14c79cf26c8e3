#pragma once

#include "domain/paper.h"
#include "domain/result.h"
#include "domain/runsummary.h"
#include "domain/score.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace PaperSift {

class Database;

/// What an import or upsert did. Importing the same feed twice gives inserted = newVersion =
/// listings = 0 the second time.
struct ImportStats
{
    int seen = 0;       ///< papers in the input
    int inserted = 0;   ///< papers new to the store
    int newVersion = 0; ///< papers replaced by a newer version (and marked as updated)
    int unchanged = 0;  ///< papers already stored at this version (or an older version seen late)
    int listings = 0;   ///< listing rows (day × category × paper) added or changed

    ImportStats &operator+=(const ImportStats &o);
    friend bool operator==(const ImportStats &, const ImportStats &) = default;
};

/// A paper as stored: the paper (its announceType/announced filled from the day's listing when it
/// comes from papersForDay) plus what the store knows about it.
struct StoredPaper
{
    Paper paper;
    QString listingCategory; ///< papersForDay: the category of its main listing that day
    QStringList listedIn;    ///< papersForDay: every category that day listed it in
    QDate firstAnnounced;    ///< earliest feed day that listed it; invalid when none did
    QDate lastSeen;          ///< latest feed day that listed it
    bool markedUpdated = false; ///< a newer version replaced the one first stored
    QDateTime replacedAt;       ///< when that happened
};

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

/// One SQL statement with its positional bindings.
struct Statement
{
    QString sql;
    QVariantList values;
};

/// Which papers count in days(): the announce types, and which scores count as scored/relevant.
struct DayQuery
{
    QList<AnnounceType> announceTypes; ///< empty: all
    QString criteriaSha256;            ///< empty: scores with any criteria
    QString model;                     ///< empty: scores by any model
    int relevanceCutoff = 8;
    int noveltyCutoff = 7; ///< a score without novelty (keyword scorer) passes this cutoff
};

/// A feed day in the store, with its counts.
struct DayCount
{
    QDate day;
    int papers = 0;   ///< distinct papers listed that day (of the chosen announce types)
    int scored = 0;   ///< of those, papers with at least one score
    int relevant = 0; ///< of those, papers with a score at or above both cutoffs
};

/// A criteria text the user scored with, and how much it was used.
struct CriteriaVersion
{
    QString sha256;
    QString text;
    QDateTime created;
    int scoredPapers = 0; ///< distinct papers with a score made with it
    QDateTime lastScored; ///< invalid when never used
};

/// What the reader did with a paper.
struct UserState
{
    QString paperId;
    bool read = false;
    bool starred = false;
    std::optional<int> rating; ///< 1–5
    QString note;
    QDateTime updated; ///< invalid when the reader never touched the paper
};

/// What the fetcher remembers about a feed URL between runs.
struct FeedState
{
    QString url;
    QString etag;
    QString lastModified;
    QDate feedDay;   ///< the feed day of the last successful fetch
    QString idsHash; ///< SHA-256 of the sorted ids of that fetch ("not updated yet" check)
    QStringList ids;
    QDateTime fetchedAt;
};

/// Queries and updates of the PaperSift database over one connection. Use it in the thread that
/// opened the Database; every write method is one transaction.
class PaperStore
{
public:
    explicit PaperStore(Database &db);

    Database &database() const { return m_db; }

    // ---- papers ----
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
    /// What a table shows of the papers listed in the query's days, once each, with the listing
    /// of their latest day (new before cross, then by category). Sorted by id.
    Result<QList<ListedPaper>> listedPapers(const ListingQuery &query) const;
    /// The same for these papers, listed or not (their first listing day), in the order given.
    Result<QList<ListedPaper>> listedPapers(const QStringList &ids, const QString &criteriaSha256) const;
    /// The feed days in the store, newest first, with their counts.
    Result<QList<DayCount>> days(const DayQuery &query = {}) const;
    Result<int> paperCount() const;

    // ---- search ----
    /// Ids of the papers matching the user's search text, best match first. The text is plain
    /// words (each a prefix, all required), "quoted phrases", and au:/ti:/abs: column filters; it
    /// never reaches FTS5 as syntax. Accents are ignored ("Joao" finds "João").
    Result<QStringList> search(const QString &userText, int limit = 200) const;
    /// Every id that matches, unordered (for filtering a table that sorts itself).
    Result<QSet<QString>> matchingIds(const QString &userText) const;
    /// The FTS5 MATCH expression for the user's text; empty when the text has nothing to search.
    static QString ftsQuery(const QString &userText);

    // ---- criteria ----
    /// Stores a criteria text (once per SHA-256) and returns its SHA-256.
    Result<QString> saveCriteria(const QString &text);
    Result<std::optional<QString>> criteriaText(const QString &sha256) const;
    /// Every criteria text saved, newest first, with the number of papers scored with it.
    Result<QList<CriteriaVersion>> criteriaVersions() const;

    // ---- scores ----
    Result<std::optional<Score>> score(const ScoreKey &key) const;
    /// The stored scores (scored or unscored) among these keys.
    Result<QHash<ScoreKey, Score>> scoresFor(const QList<ScoreKey> &keys) const;
    /// The keys that still need scoring: no row, or only an unscored one. Order kept.
    Result<QList<ScoreKey>> missingKeys(const QList<ScoreKey> &keys) const;
    /// Saves scores in one transaction. A scored row is never overwritten (a key is scored once);
    /// an unscored row is replaced by a later attempt. Paper and criteria must be stored first.
    Status saveScores(const QList<Score> &scores, qint64 runId = 0);
    /// Every score of a paper (all versions, criteria and models), newest first.
    Result<QList<Score>> scoresForPaper(const QString &id) const;
    /// Per paper id, its latest score with these criteria (and this model, unless empty): a scored
    /// row before an unscored one, then the highest paper version, then the newest. With a valid
    /// `day`, only the papers that day listed.
    Result<QHash<QString, Score>> latestScores(const QString &criteriaSha256, const QString &model,
                                               const QDate &day = {}) const;

    /// The SQL and bindings days() and latestScores() run; public so a test can ask SQLite for
    /// their query plans (a missing index there is quadratic in the size of the library).
    static Statement daysStatement(const DayQuery &query);
    static Statement latestScoresStatement(const QString &criteriaSha256, const QString &model, const QDate &day);

    // ---- runs ----
    /// Records a new run and returns its id (RunSummary::id of the argument is ignored).
    Result<qint64> startRun(const RunSummary &run);
    /// Rewrites the run with `run.id`.
    Status updateRun(const RunSummary &run);
    Result<std::optional<RunSummary>> run(qint64 id) const;
    Result<QList<RunSummary>> runsForDay(const QDate &day) const; ///< oldest first
    Result<std::optional<RunSummary>> lastRun() const;
    /// Runs still marked running: interrupted by a crash or kill, to resume on the next start.
    Result<QList<RunSummary>> unfinishedRuns() const;

    // ---- user state ----
    Status setRead(const QString &id, bool read);
    Status setStarred(const QString &id, bool starred);
    Status setRating(const QString &id, std::optional<int> rating);
    Status setNote(const QString &id, const QString &note);
    /// The reader's state of a paper; a default state when never touched.
    Result<UserState> userState(const QString &id) const;
    /// The states of the papers a day listed, by paper id (untouched papers are absent).
    Result<QHash<QString, UserState>> userStatesForDay(const QDate &day) const;
    /// Marks every paper a day listed as read (or unread). Returns how many papers that was.
    Result<int> setDayRead(const QDate &day, bool read);
    Result<QStringList> starredIds() const;

    // ---- feed state ----
    Result<std::optional<FeedState>> feedState(const QString &url) const;
    Status saveFeedState(const FeedState &state);

private:
    Result<ImportStats> store(const QList<Paper> &papers, const FeedInfo *feed);
    Status setUserField(const QString &id, const QString &column, const QVariant &value);
    /// Fills in the scores and states of the papers `scope` selects (an SQL condition on
    /// `paper_id` over `values`, or none for all), ordered by id: `find` gives the row of an id
    /// (or none); the scores come first, then the states.
    Status fillScoresAndStates(const std::function<ListedPaper *(const QString &)> &find,
                               const QString &criteriaSha256, const QString &scope,
                               const QVariantList &values) const;

    Database &m_db;
};

} // namespace PaperSift

// Moved with memmove when a list of 200,000 grows, not copied one by one.
Q_DECLARE_TYPEINFO(PaperSift::ListedPaper, Q_RELOCATABLE_TYPE);
