#include "scoreclaims.h"

#include "database.h"
#include "sqlsupport.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>
#include <numeric>

namespace PaperSift {

using namespace Qt::StringLiterals;
using namespace Sql;

ScoreClaims::ScoreClaims(Database &db, QString holder, int expirySeconds)
    : m_db(db)
    , m_holder(std::move(holder))
    , m_expirySeconds(qMax(1, expirySeconds))
{
}

QString ScoreClaims::newHolder()
{
    return u"%1/%2/%3"_s.arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

Result<QList<ScoreKey>> ScoreClaims::claim(const QList<ScoreKey> &keys)
{
    // One statement per key: a row that is free is inserted; one that is taken is updated only
    // when it expired or is this holder's; else nothing changes and the key is someone else's.
    // One transaction for the batch (SQLite pays a commit per statement otherwise, a tenth of an
    // instant run), taking the rows in key order: PostgreSQL locks a conflicting row even when the
    // WHERE leaves it alone, and writers that lock in one order cannot deadlock (saveScores too).
    QList<qsizetype> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&keys](qsizetype a, qsizetype b) { return keys[a] < keys[b]; });
    Database::Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    const QString now = m_db.engine().nowMs();
    Query q(m_db,
        u"INSERT INTO score_claims (paper_id, paper_version, criteria_sha256, model, prompt_version, holder, "
        "expires) VALUES (?, ?, ?, ?, ?, ?, %1 + CAST(? AS INTEGER)) ON CONFLICT (paper_id, paper_version, "
        "criteria_sha256, model, prompt_version) DO UPDATE SET holder = excluded.holder, expires = excluded.expires "
        "WHERE score_claims.holder = excluded.holder OR score_claims.expires < %1"_s.arg(now),
        u"claiming papers to score"_s);
    QList<bool> taken(keys.size(), false);
    for (const qsizetype i : std::as_const(order)) {
        const ScoreKey &k = keys[i];
        if (Status s = q.run({ k.paperId, k.paperVersion, k.criteriaSha256, k.model, k.promptVersion, m_holder,
                qint64(m_expirySeconds) * 1000 });
            !s)
            return s.error();
        taken[i] = q.rowsAffected() > 0;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    QList<ScoreKey> held;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (taken[i])
            held.append(keys[i]);
    }
    return held;
}

Status ScoreClaims::releaseAll()
{
    Query q(m_db, u"DELETE FROM score_claims WHERE holder = ?"_s, u"releasing claimed papers"_s);
    return q.run({ m_holder });
}

} // namespace PaperSift
