#include "userstatestore.h"

#include "database.h"
#include "sqlsupport.h"

namespace PaperSift {

using namespace Qt::StringLiterals;
using namespace Sql;

namespace {

UserState readUserState(const Query &q)
{
    UserState u;
    u.paperId = q.value(0).toString();
    u.read = q.value(1).toInt() != 0;
    u.starred = q.value(2).toInt() != 0;
    u.rating = intFrom(q.value(3));
    u.note = q.value(4).toString();
    u.updated = instantFrom(q.value(5));
    return u;
}
const QString userStateColumns = u"u.paper_id, u.read, u.starred, u.rating, u.note, u.updated"_s;

} // namespace

UserStateStore::UserStateStore(Database &db)
    : m_db(db)
{
}

Status UserStateStore::setUserField(const QString &id, const QString &column, const QVariant &value)
{
    // `column` is one of the fixed names below, never user text.
    Query q(m_db,
        u"INSERT INTO user_state (db_user, paper_id, %1, updated) VALUES (?, ?, ?, ?) ON CONFLICT (db_user, "
        "paper_id) DO UPDATE SET %1 = excluded.%1, updated = excluded.updated"_s.arg(column),
        u"saving the paper's state"_s);
    const Status s = q.run({ m_db.userName(), id, value, instantValue(QDateTime::currentDateTimeUtc()) });
    if (!s && q.violatedConstraint())
        return Error { u"There is no paper %1 in the database."_s.arg(id), s.error().detail };
    return s;
}

Status UserStateStore::setRead(const QString &id, bool read)
{
    return setUserField(id, u"read"_s, read ? 1 : 0);
}

Status UserStateStore::setStarred(const QString &id, bool starred)
{
    return setUserField(id, u"starred"_s, starred ? 1 : 0);
}

Status UserStateStore::setRating(const QString &id, std::optional<int> rating)
{
    if (rating && (*rating < 1 || *rating > 5))
        return Error { u"A rating is 1 to 5 stars (got %1)."_s.arg(*rating), {} };
    return setUserField(id, u"rating"_s, optionalInt(rating));
}

Status UserStateStore::setNote(const QString &id, const QString &note)
{
    return setUserField(id, u"note"_s, note);
}

Result<UserState> UserStateStore::userState(const QString &id) const
{
    Query q(m_db, u"SELECT %1 FROM user_state u WHERE u.db_user = ? AND u.paper_id = ?"_s.arg(userStateColumns),
        u"reading the paper's state"_s);
    if (Status s = q.run({ m_db.userName(), id }); !s)
        return s.error();
    if (q.next())
        return readUserState(q);
    UserState none;
    none.paperId = id;
    return none;
}

Result<QHash<QString, UserState>> UserStateStore::userStatesForDay(const QDate &day) const
{
    Query q(m_db,
        u"SELECT %1 FROM user_state u WHERE u.db_user = ? AND u.paper_id IN (SELECT paper_id FROM listings "
        "WHERE day = ?)"_s.arg(userStateColumns),
        u"reading the day's states"_s);
    if (Status s = q.run({ m_db.userName(), dayString(day) }); !s)
        return s.error();
    QHash<QString, UserState> out;
    while (q.next()) {
        UserState u = readUserState(q);
        out.insert(u.paperId, u);
    }
    return out;
}

Result<int> UserStateStore::setDayRead(const QDate &day, bool read)
{
    Query q(m_db,
        u"INSERT INTO user_state (db_user, paper_id, read, updated) SELECT DISTINCT CAST(? AS TEXT), paper_id, "
        "CAST(? AS INTEGER), CAST(? AS TEXT) FROM listings WHERE day = ? ON CONFLICT (db_user, paper_id) DO UPDATE "
        "SET read = excluded.read, updated = excluded.updated"_s,
        u"marking the day read"_s);
    if (Status s
        = q.run({ m_db.userName(), read ? 1 : 0, instantValue(QDateTime::currentDateTimeUtc()), dayString(day) });
        !s)
        return s.error();
    return q.rowsAffected();
}

Result<QStringList> UserStateStore::starredIds() const
{
    Query q(m_db, u"SELECT paper_id FROM user_state WHERE db_user = ? AND starred = 1 ORDER BY updated DESC"_s,
        u"reading the starred papers"_s);
    if (Status s = q.run({ m_db.userName() }); !s)
        return s.error();
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

Result<QHash<QString, int>> UserStateStore::labStarCounts() const
{
    Query q(m_db, u"SELECT paper_id, count(*) FROM user_state WHERE starred = 1 GROUP BY paper_id"_s,
        u"counting the lab's stars"_s);
    if (Status s = q.run(); !s)
        return s.error();
    QHash<QString, int> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

Result<QList<LabNote>> UserStateStore::labNotes(const QString &id) const
{
    Query q(m_db,
        u"SELECT db_user, note, updated FROM user_state WHERE paper_id = ? AND db_user <> ? AND note IS NOT NULL "
        "AND note <> '' ORDER BY updated DESC"_s,
        u"reading the lab's notes"_s);
    if (Status s = q.run({ id, m_db.userName() }); !s)
        return s.error();
    QList<LabNote> notes;
    while (q.next())
        notes.append({ q.value(0).toString(), q.value(1).toString(), instantFrom(q.value(2)) });
    return notes;
}

} // namespace PaperSift
