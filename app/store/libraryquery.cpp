#include "libraryquery.h"

#include "database.h"
#include "learn/learnedmodel.h"
#include "scorestore.h"
#include "sqlsupport.h"

#include <QHash>
#include <QSet>

#include <algorithm>

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
    ListedPaper read(const Query &q, int o)
    {
        ListedPaper l;
        l.id = q.value(o + 0).toString();
        l.title = q.value(o + 1).toString();
        l.authors = listFromJson(q.value(o + 2));
        const QString categories = q.value(o + 3).toString();
        auto list = m_lists.constFind(categories);
        if (list == m_lists.constEnd()) {
            QStringList names = categories.split(u' ', Qt::SkipEmptyParts);
            for (QString &name : names)
                name = shared(name);
            list = m_lists.insert(categories, names);
        }
        l.categories = *list;
        l.primaryCategory = shared(q.value(o + 4).toString());
        l.firstAnnounced = dayFrom(q.value(o + 5));
        return l;
    }
    QString shared(const QString &name) { return *m_names.insert(name); }

private:
    QSet<QString> m_names;
    QHash<QString, QStringList> m_lists;
};
const QString listedColumns = u"p.id, p.title, p.authors, p.categories, p.primary_category, p.first_announced"_s;

} // namespace

LibraryQuery::LibraryQuery(Database &db)
    : m_db(db)
{
}

Result<QList<ListedPaper>> LibraryQuery::listedPapers(const ListingQuery &query) const
{
    // Newest day first, so the first row of a paper is its main listing. Only the columns a table
    // shows, from the index that holds just those (schema 3): the abstract is most of a paper's
    // bytes, and reading it for 200,000 rows read the whole file.
    QVariantList values;
    const QString range = dayRange(query.from, query.to, values);
    Query q(m_db,
        u"SELECT l.day, l.category, l.announce_type, %1 FROM listings l "
        "JOIN papers p%5 ON p.id = l.paper_id "
        "WHERE TRUE%2%3 ORDER BY l.day DESC, %4, l.category"_s.arg(listedColumns, range,
            typeFilter(u"l.announce_type"_s, query.announceTypes), typeRank(u"l.announce_type"_s),
            m_db.engine().indexedBy(u"papers_listing"_s)),
        u"reading the listed papers"_s);
    if (Status s = q.run(values); !s)
        return s.error();
    QList<ListedPaper> out;
    ListedReader reader;
    while (q.next()) {
        ListedPaper l = reader.read(q, 3);
        l.day = dayFrom(q.value(0));
        l.category = reader.shared(q.value(1).toString());
        l.announceType = announceTypeFromName(q.value(2).toString());
        out.append(std::move(l));
    }
    // Each paper once: sorted by id, keeping the order of the query among a paper's listings, so
    // its first row (its main listing) is the one kept. No hash of 200,000 ids needed.
    std::stable_sort(out.begin(), out.end(), [](const ListedPaper &a, const ListedPaper &b) {
        return a.id < b.id;
    });
    out.erase(std::unique(out.begin(), out.end(),
                  [](const ListedPaper &a, const ListedPaper &b) {
                      return a.id == b.id;
                  }),
        out.end());
    // Whole range: every score and state, one pass each (cheaper than naming 200,000 papers).
    if (!query.from.isValid() && !query.to.isValid())
        values.clear();
    const QString scope
        = values.isEmpty() ? QString() : u"paper_id IN (SELECT l.paper_id FROM listings l WHERE TRUE%1)"_s.arg(range);
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
    if (Status s = fillScoresAndStates(find, query.criteriaSha256, scope, values); !s)
        return s.error();
    return out;
}

Result<QList<ListedPaper>> LibraryQuery::listedPapers(const QStringList &ids, const QString &criteriaSha256) const
{
    Query q(m_db,
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
    if (Status s = fillScoresAndStates(
            find, criteriaSha256, u"paper_id IN (%1)"_s.arg(m_db.engine().jsonTextList()), { jsonList(ids) });
        !s)
        return s.error();
    return out;
}

Status LibraryQuery::fillScoresAndStates(const std::function<ListedPaper *(const QString &)> &find,
    const QString &criteriaSha256, const QString &scope, const QVariantList &values) const
{
    {
        // The score that counts, by the one rule (ScoreStore), ordered by paper like the rows.
        Statement counting = ScoreStore::countingScoresStatement(
            { criteriaSha256, QString(), LearnedModel::modelName(m_db.userName()) },
            scope.isEmpty() ? QString() : u"s."_s + scope, values);
        Query q(m_db, counting.sql + u" ORDER BY paper_id"_s, u"reading scores"_s);
        if (Status s = q.run(counting.values); !s)
            return s;
        while (q.next()) {
            if (ListedPaper *l = find(q.value(0).toString())) {
                const Score score = ScoreStore::readScore(q);
                l->relevance = score.relevance;
                l->novelty = score.novelty;
                l->comment = score.comment;
                l->scoreCriteriaSha256 = score.key.criteriaSha256;
                l->scoreModel = score.key.model;
                l->scoredAt = score.scoredAt;
                l->titleFiltered = !score.isScored();
            }
        }
    }
    // This reader's own marks only: a colleague's unread marks are theirs.
    Query q(m_db,
        u"SELECT paper_id, read, starred, rating, CASE WHEN note <> '' THEN 1 ELSE 0 END FROM user_state "
        "WHERE db_user = ?%1 ORDER BY paper_id"_s.arg(scope.isEmpty() ? QString() : u" AND "_s + scope),
        u"reading the papers' states"_s);
    if (Status s = q.run(QVariantList { m_db.userName() } + values); !s)
        return s;
    while (q.next()) {
        if (ListedPaper *l = find(q.value(0).toString())) {
            l->read = q.value(1).toInt() != 0;
            l->starred = q.value(2).toInt() != 0;
            l->rating = intFrom(q.value(3));
            l->hasNote = q.value(4).toInt() != 0;
        }
    }
    return success();
}

Statement LibraryQuery::daysStatement(const DayQuery &query)
{
    // Each paper's score that counts (the one rule, ScoreStore), joined to its listings.
    const Statement counting
        = ScoreStore::countingScoresStatement({ query.criteriaSha256, query.model, query.learnedModel });
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
