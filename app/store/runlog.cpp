#include "runlog.h"

#include "database.h"
#include "sqlsupport.h"

namespace PaperSift {

using namespace Qt::StringLiterals;
using namespace Sql;

namespace {

const QString runColumns = u"id, day, categories, announce_types, model, criteria_sha256, prompt_version, "
                           "total_papers, scanned_papers, relevant_papers, prompt_tokens, cached_tokens, "
                           "completion_tokens, cost_usd, status, error, started, finished, state"_s;

RunSummary readRun(const Query &q)
{
    RunSummary r;
    r.id = q.value(0).toLongLong();
    r.day = dayFrom(q.value(1));
    r.categories = q.value(2).toString().split(u',', Qt::SkipEmptyParts);
    r.announceTypes = q.value(3).toString().split(u',', Qt::SkipEmptyParts);
    r.model = q.value(4).toString();
    r.criteriaSha256 = q.value(5).toString();
    r.promptVersion = q.value(6).toString();
    r.totalPapers = q.value(7).toInt();
    r.scannedPapers = q.value(8).toInt();
    r.relevantPapers = q.value(9).toInt();
    r.tokens.prompt = q.value(10).toLongLong();
    r.tokens.cached = q.value(11).toLongLong();
    r.tokens.completion = q.value(12).toLongLong();
    if (!q.value(13).isNull())
        r.costUsd = q.value(13).toDouble();
    r.status = runStatusFromName(q.value(14).toString());
    r.error = q.value(15).toString();
    r.started = instantFrom(q.value(16));
    r.finished = instantFrom(q.value(17));
    r.state = q.value(18).toByteArray();
    return r;
}

QVariantList runValues(const RunSummary &r)
{
    return { dayValue(r.day), r.categories.join(u','), r.announceTypes.join(u','), r.model, r.criteriaSha256,
        r.promptVersion, r.totalPapers, r.scannedPapers, r.relevantPapers, r.tokens.prompt, r.tokens.cached,
        r.tokens.completion, r.costUsd ? QVariant(*r.costUsd) : QVariant(QMetaType::fromType<double>()),
        runStatusName(r.status), r.error,
        instantValue(r.started.isValid() ? r.started : QDateTime::currentDateTimeUtc()), instantValue(r.finished),
        r.state.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(r.state) };
}

Result<QList<RunSummary>> readRuns(Query &q, const QVariantList &values = {})
{
    if (Status s = q.run(values); !s)
        return s.error();
    QList<RunSummary> runs;
    while (q.next())
        runs.append(readRun(q));
    return runs;
}

} // namespace

RunLog::RunLog(Database &db)
    : m_db(db)
{
}

Result<qint64> RunLog::startRun(const RunSummary &run)
{
    Query q(m_db,
        u"INSERT INTO runs (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s.arg(
            runColumns.mid(runColumns.indexOf(u',') + 2)),
        u"recording a run"_s);
    if (Status s = q.run(runValues(run)); !s)
        return s.error();
    if (!q.next())
        return Error { u"The database recorded the run but did not say its number."_s, {} };
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    // While this connection lives, other machines see the run as working, not interrupted.
    if (run.status == RunStatus::Running) {
        if (Status s = m_db.engine().holdRun(m_db, id); !s)
            return s.error();
    }
    return id;
}

Status RunLog::updateRun(const RunSummary &run)
{
    QStringList sets;
    for (const QString &c : runColumns.split(u", "_s).mid(1))
        sets.append(c + u" = ?"_s);
    Query q(m_db, u"UPDATE runs SET %1 WHERE id = ?"_s.arg(sets.join(u", "_s)), u"updating a run"_s);
    QVariantList values = runValues(run);
    values.append(run.id);
    if (Status s = q.run(values); !s)
        return s;
    if (q.rowsAffected() != 1)
        return Error { u"There is no run %1 in the database to update."_s.arg(run.id), {} };
    return success();
}

Result<std::optional<RunSummary>> RunLog::run(qint64 id) const
{
    Query q(m_db, u"SELECT %1 FROM runs WHERE id = ?"_s.arg(runColumns), u"reading a run"_s);
    auto runs = readRuns(q, { id });
    if (!runs)
        return runs.error();
    return runs->isEmpty() ? std::optional<RunSummary>() : std::optional<RunSummary>(runs->first());
}

Result<QList<RunSummary>> RunLog::runsForDay(const QDate &day) const
{
    Query q(m_db, u"SELECT %1 FROM runs WHERE day = ? ORDER BY started, id"_s.arg(runColumns), u"reading runs"_s);
    return readRuns(q, { dayString(day) });
}

Result<std::optional<RunSummary>> RunLog::lastRun() const
{
    Query q(m_db, u"SELECT %1 FROM runs ORDER BY id DESC LIMIT 1"_s.arg(runColumns), u"reading runs"_s);
    auto runs = readRuns(q);
    if (!runs)
        return runs.error();
    return runs->isEmpty() ? std::optional<RunSummary>() : std::optional<RunSummary>(runs->first());
}

Result<QList<RunSummary>> RunLog::unfinishedRuns() const
{
    // On a shared library, a run another machine is still working on is not interrupted.
    Query q(m_db,
        u"SELECT %1 FROM runs WHERE status = 'running' AND %2 ORDER BY id"_s.arg(
            runColumns, m_db.engine().runIsOrphaned()),
        u"reading runs"_s);
    return readRuns(q);
}

Result<std::optional<FeedState>> RunLog::feedState(const QString &url) const
{
    Query q(m_db,
        u"SELECT url, etag, last_modified, feed_day, ids_hash, ids, fetched_at FROM feed_state WHERE url = ?"_s,
        u"reading the feed state"_s);
    if (Status s = q.run({ url }); !s)
        return s.error();
    if (!q.next())
        return std::optional<FeedState>();
    FeedState f;
    f.url = q.value(0).toString();
    f.etag = q.value(1).toString();
    f.lastModified = q.value(2).toString();
    f.feedDay = dayFrom(q.value(3));
    f.idsHash = q.value(4).toString();
    f.ids = listFromJson(q.value(5));
    f.fetchedAt = instantFrom(q.value(6));
    return std::optional<FeedState>(f);
}

Status RunLog::saveFeedState(const FeedState &state)
{
    Query q(m_db,
        u"INSERT INTO feed_state (url, etag, last_modified, feed_day, ids_hash, ids, fetched_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, "
        "last_modified = excluded.last_modified, feed_day = excluded.feed_day, ids_hash = excluded.ids_hash, "
        "ids = excluded.ids, fetched_at = excluded.fetched_at"_s,
        u"saving the feed state"_s);
    return q.run({ state.url, state.etag, state.lastModified, dayValue(state.feedDay), state.idsHash,
        jsonList(state.ids), instantValue(state.fetchedAt) });
}

QString RunLog::recoveryKey(const QDate &day)
{
    return u"papersift:recovered:"_s + day.toString(Qt::ISODate);
}

Result<QStringList> RunLog::recoveredIds(const QDate &day) const
{
    auto state = feedState(recoveryKey(day));
    if (!state)
        return state.error();
    return *state ? (*state)->ids : QStringList();
}

Result<QSet<QDate>> RunLog::recoveredDays() const
{
    Query q(
        m_db, u"SELECT feed_day FROM feed_state WHERE url LIKE 'papersift:recovered:%'"_s, u"reading feed states"_s);
    if (Status s = q.run(); !s)
        return s.error();
    QSet<QDate> days;
    while (q.next())
        days.insert(dayFrom(q.value(0)));
    return days;
}

Result<QHash<QDate, RunVerdict>> RunLog::latestVerdicts() const
{
    Query q(
        m_db, u"SELECT day, state FROM runs WHERE id IN (SELECT max(id) FROM runs GROUP BY day)"_s, u"reading runs"_s);
    if (Status s = q.run(); !s)
        return s.error();
    QHash<QDate, RunVerdict> verdicts;
    while (q.next()) {
        if (const auto record = RunVerdictRecord::fromState(q.value(1).toByteArray()))
            verdicts.insert(dayFrom(q.value(0)), record->verdict);
    }
    return verdicts;
}

} // namespace PaperSift
