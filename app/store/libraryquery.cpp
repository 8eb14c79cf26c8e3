#include "libraryquery.h"

#include "database.h"
#include "learn/learnedmodel.h"
#include "rowcursor.h"

#include "scorestore.h"
#include "sqlsupport.h"

#include <QHash>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <thread>

namespace PaperSift {

using namespace Qt::StringLiterals;
using namespace Sql;

namespace {

// "l.day >= ? AND l.day <= ?" for the ends of the range that are given.
QString dayRange(const QDate &from, const QDate &to, QVariantList &values)
{
    QString sql;
    if (from.isValid()) {
        sql += u" AND l.day >= ?"_s;
        values.append(dayString(from));
    }
    if (to.isValid()) {
        sql += u" AND l.day <= ?"_s;
        values.append(dayString(to));
    }
    return sql;
}

// Reads the listed columns into rows; a library has a few dozen categories, so each name and
// each list of them is stored once and shared among the (up to 200,000) rows.
class ListedReader
{
public:
    ListedPaper read(const RowCursor &q, int o)
    {
        ListedPaper l;
        l.id = q.text(o + 0);
        l.title = q.text(o + 1);
        l.authors = listFromJson(q.text(o + 2));
        const QByteArrayView categories = q.utf8(o + 3);
        auto list = m_lists.constFind(QByteArray::fromRawData(categories.data(), categories.size()));
        if (list == m_lists.constEnd()) {
            QStringList names;
            for (const QByteArrayView name : categories.toByteArray().split(' '))
                if (!name.isEmpty())
                    names.append(shared(name));
            list = m_lists.insert(categories.toByteArray(), names);
        }
        l.categories = *list;
        l.primaryCategory = shared(q.utf8(o + 4));
        l.firstAnnounced = q.day(o + 5);
        l.pk = q.integer(o + 6);
        return l;
    }
    QString shared(QByteArrayView utf8) { return m_names.intern(utf8); }

private:
    TextInterner m_names;
    QHash<QByteArray, QStringList> m_lists;
};
const QString listedColumns = u"p.id, p.title, p.authors, p.categories, p.primary_category, p.first_announced, p.pk"_s;

} // namespace

namespace {

// The score that counts for a paper and the reader's marks on it, read apart from the rows they
// go to, so that they can be read on a connection of their own while the rows are.
struct CountingCell
{
    QString id;
    std::optional<int> relevance;
    std::optional<int> novelty;
    QString criteriaSha256;
    QString model;
};
struct StateCell
{
    QString id;
    bool read = false;
    bool starred = false;
    std::optional<int> rating;
    bool hasNote = false;
};
struct Marks
{
    QList<CountingCell> scores; // by id
    QList<StateCell> states; // by id
};

// The scores and states of the papers `scope` selects (an SQL condition on `paper_id` over
// `values`, or none for all), each ordered by id.
Result<Marks> readMarks(
    const Database &db, const QString &criteriaSha256, const QString &scope, const QVariantList &values)
{
    Marks marks;
    {
        // The score that counts, by the one rule (ScoreStore). Only what a row shows: the comment
        // is read when a tooltip asks (Library::scoreComment), and the rule sorts every column it
        // carries along.
        Statement counting
            = ScoreStore::countingScoresStatement({ criteriaSha256, QString(), LearnedModel::modelName(db.userName()) },
                scope.isEmpty() ? QString() : u"s."_s + scope, values,
                u"paper_id, relevance, novelty, criteria_sha256, model"_s);
        RowCursor q(db, counting.sql + u" ORDER BY paper_id"_s, u"reading scores"_s);
        if (Status s = q.run(counting.values); !s)
            return s.error();
        // A library holds a handful of criteria versions and models: one string of each, shared.
        TextInterner names;
        while (q.next())
            marks.scores.append(
                { q.text(0), q.optionalInt(1), q.optionalInt(2), names.intern(q.utf8(3)), names.intern(q.utf8(4)) });
        if (Status s = q.finished(); !s)
            return s.error();
    }
    // This reader's own marks only: a colleague's unread marks are theirs.
    RowCursor q(db,
        u"SELECT paper_id, read, starred, rating, CASE WHEN note <> '' THEN 1 ELSE 0 END FROM user_state "
        "WHERE db_user = ?%1 ORDER BY paper_id"_s.arg(scope.isEmpty() ? QString() : u" AND "_s + scope),
        u"reading the papers' states"_s);
    if (Status s = q.run(QVariantList { db.userName() } + values); !s)
        return s.error();
    while (q.next())
        marks.states.append({ q.text(0), q.integer(1) != 0, q.integer(2) != 0, q.optionalInt(3), q.integer(4) != 0 });
    if (Status s = q.finished(); !s)
        return s.error();
    return marks;
}

// Puts the marks into the rows `find` gives for their ids (none: a paper not in the rows).
void applyMarks(const Marks &marks, const std::function<ListedPaper *(const QString &)> &find)
{
    for (const CountingCell &c : marks.scores) {
        if (ListedPaper *l = find(c.id)) {
            l->relevance = c.relevance;
            l->novelty = c.novelty;
            l->scoreCriteriaSha256 = c.criteriaSha256;
            l->scoreModel = c.model;
            // The rule counts a score or the title filter's verdict; only the latter lacks numbers.
            l->titleFiltered = !c.relevance.has_value();
        }
    }
    for (const StateCell &c : marks.states) {
        if (ListedPaper *l = find(c.id)) {
            l->read = c.read;
            l->starred = c.starred;
            l->rating = c.rating;
            l->hasNote = c.hasNote;
        }
    }
}

} // namespace

LibraryQuery::LibraryQuery(Database &db)
    : m_db(db)
{
}

Statement LibraryQuery::listedPapersStatement(const ListingQuery &query) const
{
    // By paper, and within a paper newest day first, so its first row is its main listing and the
    // others are skipped unread; on SQLite in the order of the index that holds it (schema 9), so
    // nothing is sorted. The scores and states below come in the same order. Only the columns a
    // table shows, from the index that holds just those (schema 3): the abstract is most of a
    // paper's bytes, and reading it for 200,000 rows read the whole file.
    QVariantList values;
    const QString range = dayRange(query.from, query.to, values);
    return { u"SELECT l.day, l.category, l.announce_type, %1 FROM listings l "
             "JOIN papers p%5 ON p.id = l.paper_id "
             "WHERE TRUE%2%3 ORDER BY l.paper_id, l.day DESC, %4, l.category"_s.arg(listedColumns, range,
                 typeFilter(u"l.announce_type"_s, query.announceTypes), typeRank(u"l.announce_type"_s),
                 m_db.engine().indexedBy(u"papers_listing"_s)),
        values };
}

Result<QList<ListedPaper>> LibraryQuery::listedPapers(const ListingQuery &query) const
{
    const Statement listed = listedPapersStatement(query);
    RowCursor q(m_db, listed.sql, u"reading the listed papers"_s);
    if (Status s = q.run(listed.values); !s)
        return s.error();
    // The whole library: its scores and states are read on a connection of their own meanwhile
    // (they are a third of the time, and a window has a core to spare while its rows load).
    const bool wholeLibrary = !query.from.isValid() && !query.to.isValid();
    // A thread of its own, joined before its marks are read, not QtConcurrent's pool, whose
    // hand-off TSan cannot see (ui/threadjob.h says why).
    Result<Marks> sideMarks = Marks();
    std::thread side;
    if (wholeLibrary)
        side = std::thread([&sideMarks, location = m_db.path(), sha = query.criteriaSha256] {
            auto db = Database::open(location, Database::Mode::ReadOnly);
            sideMarks = db ? readMarks(**db, sha, {}, {}) : Result<Marks>(db.error());
        });
    // However this function returns, the thread is joined first.
    const auto joinSide = qScopeGuard([&side] {
        if (side.joinable())
            side.join();
    });
    QList<ListedPaper> out;
    ListedReader reader;
    QByteArray previousId;
    while (q.next()) {
        if (const QByteArrayView id = q.utf8(3); id == previousId)
            continue; // another listing of the paper just read
        else
            previousId = id.toByteArray();
        ListedPaper l = reader.read(q, 3);
        l.day = q.day(0);
        l.category = reader.shared(q.utf8(1));
        l.announceType = announceTypeFromName(reader.shared(q.utf8(2)));
        out.append(std::move(l));
    }
    if (Status s = q.finished(); !s)
        return s.error();
    // Whole range: every score and state, one pass each (cheaper than naming 200,000 papers).
    Result<Marks> marks = Marks();
    if (wholeLibrary) {
        side.join();
        marks = std::move(sideMarks);
        if (!marks) // the second connection failed (a server refusing one more, say): read them here
            marks = readMarks(m_db, query.criteriaSha256, {}, {});
    } else {
        QVariantList values;
        const QString range = dayRange(query.from, query.to, values);
        marks = readMarks(m_db, query.criteriaSha256,
            u"paper_id IN (SELECT l.paper_id FROM listings l WHERE TRUE%1)"_s.arg(range), values);
    }
    if (!marks)
        return marks.error();
    // Scores and states come ordered by id too: walk both lists together.
    qsizetype next = 0;
    const auto find = [&out, &next](const QString &id) -> ListedPaper * {
        while (next < out.size() && out[next].id < id)
            ++next;
        if (next < out.size() && out[next].id == id)
            return &out[next];
        // Behind the walk (the states start over after the scores), not listed (scored but not
        // in the range), or an id SQLite orders otherwise than QString does (never an arXiv id):
        // look it up, and walk on from there.
        const auto it = std::lower_bound(out.begin(), out.end(), id, [](const ListedPaper &p, const QString &key) {
            return p.id < key;
        });
        if (it == out.end() || it->id != id)
            return nullptr;
        next = it - out.begin();
        return &*it;
    };
    applyMarks(*marks, find);
    return out;
}

Result<QList<ListedPaper>> LibraryQuery::listedPapers(const QStringList &ids, const QString &criteriaSha256) const
{
    RowCursor q(m_db,
        u"SELECT %1 FROM papers p%2 WHERE p.id IN (%3)"_s.arg(
            listedColumns, m_db.engine().indexedBy(u"papers_listing"_s), m_db.engine().jsonTextList()),
        u"reading papers"_s);
    if (Status s = q.run({ jsonList(ids) }); !s)
        return s.error();
    QHash<QString, ListedPaper> found;
    ListedReader reader;
    while (q.next()) {
        ListedPaper l = reader.read(q, 0);
        l.day = l.firstAnnounced;
        found.insert(l.id, std::move(l));
    }
    if (Status s = q.finished(); !s)
        return s.error();
    QList<ListedPaper> out;
    QHash<QString, qsizetype> rows;
    for (const QString &id : ids) {
        auto it = found.find(id);
        if (it == found.end() || rows.contains(id))
            continue;
        rows.insert(id, out.size());
        out.append(std::move(*it));
    }
    const auto find = [&out, &rows](const QString &id) -> ListedPaper * {
        const auto row = rows.constFind(id);
        return row == rows.constEnd() ? nullptr : &out[*row];
    };
    const auto marks
        = readMarks(m_db, criteriaSha256, u"paper_id IN (%1)"_s.arg(m_db.engine().jsonTextList()), { jsonList(ids) });
    if (!marks)
        return marks.error();
    applyMarks(*marks, find);
    return out;
}

Statement LibraryQuery::daysStatement(const DayQuery &query)
{
    // Each paper's score that counts (the one rule, ScoreStore), joined to its listings; only the
    // columns counted, since the rule sorts every score of the library with what it carries.
    const Statement counting = ScoreStore::countingScoresStatement(
        { query.criteriaSha256, query.model, query.learnedModel }, {}, {}, u"paper_id, relevance, novelty"_s);
    QVariantList values { query.relevanceCutoff, query.noveltyCutoff };
    values += counting.values;
    return { u"SELECT l.day, count(DISTINCT l.paper_id), "
             "count(DISTINCT CASE WHEN c.paper_id IS NOT NULL THEN l.paper_id END), "
             "count(DISTINCT CASE WHEN c.relevance >= ? AND (c.novelty IS NULL OR c.novelty >= ?) THEN l.paper_id END) "
             "FROM listings l LEFT JOIN (%1) c ON c.paper_id = l.paper_id "
             "WHERE TRUE%2 GROUP BY l.day ORDER BY l.day DESC"_s.arg(
                 counting.sql, typeFilter(u"l.announce_type"_s, query.announceTypes)),
        values };
}

Result<QMultiHash<QString, QDate>> LibraryQuery::listingDays(
    const QStringList &ids, const QList<AnnounceType> &types) const
{
    Query q(m_db,
        u"SELECT DISTINCT l.paper_id, l.day FROM listings l WHERE l.paper_id IN (%1)%2"_s.arg(
            m_db.engine().jsonTextList(), typeFilter(u"l.announce_type"_s, types)),
        u"reading the days of papers"_s);
    if (Status s = q.run({ jsonList(ids) }); !s)
        return s.error();
    QMultiHash<QString, QDate> out;
    while (q.next())
        out.insert(q.value(0).toString(), dayFrom(q.value(1)));
    return out;
}

Result<QList<QDate>> LibraryQuery::dayList(const QList<AnnounceType> &types) const
{
    Query q(m_db,
        u"SELECT l.day FROM listings l WHERE TRUE%1 GROUP BY l.day ORDER BY l.day DESC"_s.arg(
            typeFilter(u"l.announce_type"_s, types)),
        u"reading the days"_s);
    if (Status s = q.run(); !s)
        return s.error();
    QList<QDate> out;
    while (q.next())
        out.append(dayFrom(q.value(0)));
    return out;
}

Result<QList<DayCount>> LibraryQuery::days(const DayQuery &query) const
{
    DayQuery mine = query;
    mine.learnedModel = LearnedModel::modelName(m_db.userName());
    const Statement statement = daysStatement(mine);
    Query q(m_db, statement.sql, u"counting the papers of each day"_s);
    if (Status s = q.run(statement.values); !s)
        return s.error();
    QList<DayCount> out;
    while (q.next())
        out.append({ dayFrom(q.value(0)), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt() });
    return out;
}

} // namespace PaperSift
