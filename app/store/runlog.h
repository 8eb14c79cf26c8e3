#pragma once

#include "domain/result.h"
#include "domain/runsummary.h"
#include "domain/runverdict.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace PaperSift {

class Database;

/// What the fetcher remembers about a feed URL between runs.
struct FeedState
{
    QString url;
    QString etag;
    QString lastModified;
    QDate feedDay; ///< the feed day of the last successful fetch
    QString idsHash; ///< SHA-256 of the sorted ids of that fetch ("not updated yet" check)
    QStringList ids;
    QDateTime fetchedAt;
};

/// The pipeline's memory between runs: each run's record (to resume one) and each feed's last answer.
class RunLog
{
public:
    explicit RunLog(Database &db);

    /// Records a new run and returns its id (RunSummary::id of the argument is ignored).
    Result<qint64> startRun(const RunSummary &run);
    /// Rewrites the run with `run.id`.
    Status updateRun(const RunSummary &run);
    Result<std::optional<RunSummary>> run(qint64 id) const;
    Result<QList<RunSummary>> runsForDay(const QDate &day) const; ///< oldest first
    Result<std::optional<RunSummary>> lastRun() const;
    /// Runs still marked running: interrupted by a crash or kill, to resume on the next start.
    Result<QList<RunSummary>> unfinishedRuns() const;

    Result<std::optional<FeedState>> feedState(const QString &url) const;
    Status saveFeedState(const FeedState &state);

    /// A day rebuilt from the arXiv API (papersift recover) is kept like a feed's answer, under
    /// this key: its ids, and when. The digest and the window say the day was recovered.
    static QString recoveryKey(const QDate &day);
    /// The ids recovered for `day`; empty when the day came from its feed.
    Result<QStringList> recoveredIds(const QDate &day) const;
    /// The days recovered so far.
    Result<QSet<QDate>> recoveredDays() const;
    /// The verdict of each day's latest run (RunVerdictRecord in its state; older runs have none).
    Result<QHash<QDate, RunVerdict>> latestVerdicts() const;

private:
    Database &m_db;
};

} // namespace PaperSift
