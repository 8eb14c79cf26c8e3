#pragma once

#include "digest/digestbuilder.h"
#include "domain/result.h"
#include "learn/learnedmodel.h"
#include "libraryrows.h"
#include "store/libraryquery.h"
#include "store/rulestore.h"
#include "store/scorestore.h"

#include <QDate>
#include <QDeadlineTimer>
#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace PaperSift {
class ChangeFeed;
}

namespace PaperSift {

class Database;

/// The window's access to the database, on the GUI thread: a read-only connection for queries
/// and a read-write one for the reader's own small writes (star, read, note). Bulk writes happen
/// in the run's worker thread, never here.
class Library : public QObject
{
    Q_OBJECT

public:
    explicit Library(QObject *parent = nullptr);
    ~Library() override;

    /// Opens (creating and migrating when needed) the library at AppPaths::databaseFile(): a file,
    /// or a shared PostgreSQL library's URL; read-only when this reader may not write it.
    Status open();
    bool isOpen() const { return m_reader != nullptr; }
    /// Whether this reader may only read the library (a shared one without write access): every
    /// write then fails with readOnlyReason(), which says why and whom to ask.
    bool isReadOnly() const { return m_reader && !m_writer; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    QString path() const;
    /// A lab's shared library (PostgreSQL), with the lab's stars and notes shown (Settings →
    /// Library): the table has a "Lab ★" column and the paper pane colleagues' notes.
    bool showsLabActivity() const;

    /// The criteria in use (user's criteria.md, else the built-in one) and its SHA-256.
    QString currentCriteriaSha() const { return m_criteriaSha; }
    /// Reads again what the rows depend on from the settings: criteria, followed authors, lab notes.
    void reloadCriteria();

    /// The day list, counted (DayCounter): most of a second at 200,000 papers.
    Result<QList<DayInfo>> days() const;
    /// The day list without its counts, in milliseconds: shown while daysJob() counts.
    Result<QList<DayInfo>> uncountedDays() const;
    /// days() as a job for another thread, on its own read-only connection (shares nothing
    /// with this object).
    std::function<Result<QList<DayInfo>>()> daysJob() const;
    /// The feed days (ArxivCalendar) the library misses among `days` and after the newest of them,
    /// up to the latest feed: where a daily habit has a hole, a week at most.
    static QList<QDate> missingDays(const QList<DayInfo> &days, const QDateTime &nowUtc);
    /// The rows of a feed day (announce types from settings), with scores for the current criteria.
    Result<QList<PaperRow>> rowsForDay(QDate day) const;
    /// The rows of every day in the library, each paper once (its latest day's listing), as a
    /// job for another thread (seconds at 200,000 papers): it opens its own read-only connection
    /// there and shares nothing with this object.
    std::function<Result<QList<PaperRow>>()> allDaysJob() const;
    /// Every starred paper, across days.
    Result<QList<PaperRow>> starredRows() const;
    Result<PaperDetails> details(const QString &id) const;
    /// The model's comment in the score that counts for a paper (the table's tooltip); empty
    /// when there is none or it cannot be read.
    QString scoreComment(const QString &id) const;
    /// The keys (PaperRow::pk) of the papers matching a search, sorted.
    Result<std::vector<qint64>> search(const QString &text) const;
    Result<int> paperCount() const;

    // Criteria, for the criteria dock.
    Result<QList<CriteriaVersion>> criteriaVersions() const;
    Result<std::optional<QString>> criteriaText(const QString &sha256) const;
    /// The papers a day listed (announce types from settings), for a prompt preview and a cost.
    Result<QList<Paper>> papersOfDay(QDate day) const;

    // Exports, for the export dialog.
    /// The days with their paper counts (announce types from settings), newest first.
    Result<QList<DayCount>> dayCounts() const;
    Result<QStringList> starredIds() const;
    /// Gathers digests over the reading connection.
    DigestBuilder digests() const;

    // The reader's own small writes. Each is done at once or, while a run's worker holds the
    // database's write lock (SQLITE_BUSY), queued and done as soon as the lock is free, in the
    // order given: the GUI thread never waits on the database. Any other failure, or a lock that
    // stays taken, is reported through writeFailed(); nothing is reported as saved before it is.
    void setStarred(const QStringList &ids, bool starred);
    void setRead(const QStringList &ids, bool read);
    void setNote(const QString &id, const QString &note);
    /// 1–5, or empty to clear it.
    void setRating(const QStringList &ids, std::optional<int> rating);
    /// Stores criteria texts (each once, by SHA-256) and then calls `stored`: at once, or when a
    /// busy database is free; never when the write failed.
    void saveCriteria(const QStringList &texts, std::function<void()> stored);
    /// Removes rules (by id) and adds new ones, in one transaction, then calls `done`; the rows
    /// change with them (rulesChanged()).
    void changeRules(const QList<qint64> &removed, const QList<PaperRule> &added, std::function<void()> done = {});

    // What "How well does the model know you?" is made of (LearningStore).
    Result<QList<std::pair<Score, bool>>> ratedScores() const;
    Result<QList<RatedPaper>> ratedPapers() const;
    /// Liked and disliked titles, newest first, for the criteria's examples.
    Result<std::pair<QStringList, QStringList>> recentRatedTitles(int limit) const;

    // The reader's rules, for Settings → Rules.
    Result<QList<PaperRule>> rules() const;
    /// How many of the day's papers (announce types from settings) a rule with this query matches.
    Result<int> ruleMatches(const QString &query, QDate day) const;

    /// Whether writes wait for the lock (for tests and the window's close).
    bool hasPendingWrites() const { return !m_pendingWrites.isEmpty(); }

signals:
    /// A write failed (not just busy) or the lock stayed taken: it was given up. The message says
    /// what to do; the window shows it and re-reads what it shows.
    void writeFailed(const QString &message);
    /// Another connection (a colleague's run) stored scores: these rows, with their new scores
    /// for the current criteria, within moments (a shared library's LISTEN/NOTIFY).
    void scoresArrived(const QList<PaperRow> &rows);
    /// A star or a rating was saved: what the reader's own ranking learns from changed.
    void ratingsChanged();
    /// Rules were added or removed: which rows are kept or hidden changed.
    void rulesChanged();

private:
    using WriteOp = std::function<Status(Database &)>;
    struct PendingWrite
    {
        WriteOp op;
        std::function<void()> done;
        QDeadlineTimer giveUp; ///< a lock held this long is not a run's batch: report it
    };
    void write(WriteOp op, std::function<void()> done = {});
    void retryWrites();

    /// What turning listed papers into rows needs beside them: the criteria in use (a score made
    /// with another is stale), the names of the criteria versions, and the followed authors.
    struct RowContext
    {
        QString currentSha;
        QHash<QString, QString> versionLabels; ///< criteria SHA-256 → "v2 · 2 Jun 17:48"
        QStringList followed;
        QHash<QString, int> labStars; ///< paper id → readers who starred it; empty unless showsLabActivity()
        RuleBook rules; ///< the reader's rules, with the papers each matches
    };
    RowContext rowContext() const;
    /// Table rows for these papers (marking those a followed author wrote, and stale scores).
    static QList<PaperRow> rowsFor(const QList<struct ListedPaper> &papers, const RowContext &context);
    /// What the day list counts: the announce types and cutoffs of the settings, the criteria in use.
    DayQuery dayQuery() const;

    void onScoresStored(const QStringList &ids);

    std::unique_ptr<Database> m_reader;
    std::unique_ptr<Database> m_writer;
    std::unique_ptr<ChangeFeed> m_changes; ///< listens on m_reader
    QString m_readOnlyReason;
    QList<PendingWrite> m_pendingWrites;
    QTimer *m_retryTimer = nullptr;
    QString m_criteriaSha;
    QStringList m_followed;
    bool m_showLabActivity = true; ///< Settings::ShowLabActivity, read with the criteria, not per paper
};

} // namespace PaperSift
