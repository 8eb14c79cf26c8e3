#pragma once

#include "domain/paper.h"
#include "domain/result.h"
#include "domain/runsummary.h"
#include "domain/score.h"
#include "libraryquery.h"
#include "paperrepository.h"
#include "runlog.h"
#include "scorestore.h"
#include "sqlsupport.h"
#include "userstatestore.h"

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

