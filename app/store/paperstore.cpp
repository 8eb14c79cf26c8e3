#include "paperstore.h"

#include "database.h"
#include "domain/criteria.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

// ---- value conversions (dates as ISO text, lists as JSON) -------------------------------------

// SQL NULL. (A null QString would bind as NULL too; Query::run binds those as '' instead.)
QVariant nullString()
{
    return QVariant();
}

QVariant dayValue(const QDate &day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : nullString();
}

QVariant instantValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : nullString();
}

QDate dayFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QDateTime instantFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> intFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QVariant &v)
{
    QStringList out;
    const QString text = v.toString();
    // What jsonList() writes: ["a","b"]. Without a backslash no name holds a quote, so splitting
    // on "," is exact, and several times quicker than a JSON parse over a whole library.
    if (text == "[]"_L1)
        return out;
    if (text.startsWith("[\""_L1) && text.endsWith("\"]"_L1) && !text.contains(u'\\')) {
        const QStringView inner = QStringView(text).sliced(2, text.size() - 4);
        for (const QStringView name : inner.tokenize("\",\""_L1))
            out.append(name.toString());
        return out;
    }
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    out.reserve(array.size());
    for (const QJsonValue &e : array)
        out.append(e.toString());
    return out;
}

QString dayString(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

// The order in which a paper's listings of one day count as its main listing.
const QString typeRank = u"CASE %1 WHEN 'new' THEN 0 WHEN 'cross' THEN 1 WHEN 'replace' THEN 2 "
                         "WHEN 'replace-cross' THEN 3 ELSE 4 END"_s;

// "announce_type IN ('new','cross')" from enum values (fixed strings, so no injection).
QString typeFilter(const QString &column, const QList<AnnounceType> &types)
{
    if (types.isEmpty())
        return {};
    QStringList names;
    for (AnnounceType t : types)
        names.append(u"'"_s + announceTypeName(t) + u"'"_s);
    return u" AND %1 IN (%2)"_s.arg(column, names.join(u','));
}

// A prepared statement whose failures become the Database's actionable errors.
class Query
{
public:
    Query(const Database &db, const QString &sql, QString doing)
        : m_db(db)
        , m_query(db.connection())
        , m_doing(std::move(doing))
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(sql);
    }

    Status run(const QVariantList &values = {})
    {
        if (!m_prepared)
            return m_db.errorFor(m_query, m_doing);
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            // Text columns are NOT NULL: an absent QString is the empty text, not NULL.
            if (v.typeId() == QMetaType::QString && get<QString>(v).isNull())
                m_query.bindValue(int(i), QString(""_L1)); // empty, not null
            else
                m_query.bindValue(int(i), v);
        }
        if (!m_query.exec())
            return m_db.errorFor(m_query, m_doing);
        return success();
    }

    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    void finish() { m_query.finish(); }
    const QSqlQuery &query() const { return m_query; }

private:
    const Database &m_db;
    QSqlQuery m_query;
    QString m_doing;
    bool m_prepared = false;
};

// ---- papers ---------------------------------------------------------------------------------

const QStringList paperColumnNames = {
    u"id"_s,         u"version"_s,          u"title"_s,          u"title_raw"_s,    u"authors"_s,
    u"authors_raw"_s, u"affiliations"_s,    u"abstract"_s,       u"abstract_raw"_s, u"categories"_s,
    u"primary_category"_s, u"comments"_s,   u"journal_ref"_s,    u"doi"_s,          u"published"_s,
    u"updated"_s,    u"first_announced"_s,  u"last_seen"_s,      u"updated_flag"_s, u"replaced_at"_s,
};
// Indices of the columns the FTS index covers (an update of them re-indexes the paper).
constexpr int colTitle = 2, colAuthors = 4, colAbstract = 7;

QString paperColumns(const QString &alias)
{
    QStringList cols;
    for (const QString &c : paperColumnNames)
        cols.append(alias + u'.' + c);
    return cols.join(u", "_s);
}

QVariantList paperRow(const StoredPaper &s)
{
    const Paper &p = s.paper;
    return {p.id,
            p.version,
            p.title,
            p.titleRaw == p.title ? QString() : p.titleRaw, // raw text only when it differs
            jsonList(p.authors),
            p.authorsRaw,
            jsonList(p.affiliations),
            p.abstract,
            p.abstractRaw == p.abstract ? QString() : p.abstractRaw,
            p.categories.join(u' '),
            p.primaryCategory,
            p.comments,
            p.journalRef,
            p.doi,
            instantValue(p.published),
            instantValue(p.updated),
            dayValue(s.firstAnnounced),
            dayValue(s.lastSeen),
            s.markedUpdated ? 1 : 0,
            instantValue(s.replacedAt)};
}

StoredPaper readPaper(const Query &q, int o)
{
    StoredPaper s;
    Paper &p = s.paper;
    p.id = q.value(o + 0).toString();
    p.version = q.value(o + 1).toInt();
    p.title = q.value(o + 2).toString();
    p.titleRaw = q.value(o + 3).toString();
    if (p.titleRaw.isEmpty())
        p.titleRaw = p.title;
    p.authors = listFromJson(q.value(o + 4));
    p.authorsRaw = q.value(o + 5).toString();
    p.affiliations = listFromJson(q.value(o + 6));
    p.abstract = q.value(o + 7).toString();
    p.abstractRaw = q.value(o + 8).toString();
    if (p.abstractRaw.isEmpty())
        p.abstractRaw = p.abstract;
    p.categories = q.value(o + 9).toString().split(u' ', Qt::SkipEmptyParts);
    p.primaryCategory = q.value(o + 10).toString();
    p.comments = q.value(o + 11).toString();
    p.journalRef = q.value(o + 12).toString();
    p.doi = q.value(o + 13).toString();
    p.published = instantFrom(q.value(o + 14));
    p.updated = instantFrom(q.value(o + 15));
    s.firstAnnounced = dayFrom(q.value(o + 16));
    s.lastSeen = dayFrom(q.value(o + 17));
    s.markedUpdated = q.value(o + 18).toInt() != 0;
    s.replacedAt = instantFrom(q.value(o + 19));
    return s;
}

bool hasAny(const QStringList &list)
{
    return std::any_of(list.cbegin(), list.cend(), [](const QString &s) { return !s.isEmpty(); });
}

// Folds what a feed or the API says about a paper into what is stored. A newer version replaces
// every field it carries; the same version only fills fields the store lacks (the API knows the
// comments and dates a daily feed leaves out).
void merge(StoredPaper &stored, const Paper &in, const QDate &day, const QDateTime &now, ImportStats &stats)
{
    Paper &p = stored.paper;
    const bool newer = in.version > p.version;
    const bool older = in.version > 0 && in.version < p.version;
    if (!older) {
        auto take = [newer](QString &dst, const QString &src) {
            if (!src.isEmpty() && (newer || dst.isEmpty()))
                dst = src;
        };
        take(p.title, in.title);
        take(p.titleRaw, in.titleRaw);
        take(p.authorsRaw, in.authorsRaw);
        take(p.abstract, in.abstract);
        take(p.abstractRaw, in.abstractRaw);
        take(p.primaryCategory, in.primaryCategory);
        take(p.comments, in.comments);
        take(p.journalRef, in.journalRef);
        take(p.doi, in.doi);
        if (!in.authors.isEmpty() && (newer || p.authors.isEmpty())) {
            p.authors = in.authors;
            p.affiliations = in.affiliations;
        } else if (hasAny(in.affiliations) && !hasAny(p.affiliations) && in.authors.size() == p.authors.size()) {
            p.affiliations = in.affiliations;
        }
        if (!in.categories.isEmpty() && (newer || p.categories.isEmpty()))
            p.categories = in.categories;
        if (in.published.isValid() && !p.published.isValid())
            p.published = in.published;
        if (in.updated.isValid() && (newer || !p.updated.isValid()))
            p.updated = in.updated;
    }
    if (newer) {
        if (p.version > 0) {
            stored.markedUpdated = true;
            stored.replacedAt = now;
        }
        p.version = in.version;
        ++stats.newVersion;
    } else {
        ++stats.unchanged;
    }
    if (day.isValid()) {
        if (!stored.firstAnnounced.isValid() || day < stored.firstAnnounced)
            stored.firstAnnounced = day;
        if (!stored.lastSeen.isValid() || day > stored.lastSeen)
            stored.lastSeen = day;
    }
}

// ---- scores and runs ------------------------------------------------------------------------

const QString scoreColumns = u"paper_id, paper_version, criteria_sha256, model, prompt_version, relevance, novelty, "
                             "comment, unscored_reason, prompt_tokens, cached_tokens, completion_tokens, scored_at"_s;

Score readScore(const Query &q, int o = 0)
{
    Score s;
    s.key.paperId = q.value(o + 0).toString();
    s.key.paperVersion = q.value(o + 1).toInt();
    s.key.criteriaSha256 = q.value(o + 2).toString();
    s.key.model = q.value(o + 3).toString();
    s.key.promptVersion = q.value(o + 4).toString();
    s.relevance = intFrom(q.value(o + 5));
    s.novelty = intFrom(q.value(o + 6));
    s.comment = q.value(o + 7).toString();
    s.unscoredReason = q.value(o + 8).toString();
    s.usage.prompt = q.value(o + 9).toLongLong();
    s.usage.cached = q.value(o + 10).toLongLong();
    s.usage.completion = q.value(o + 11).toLongLong();
    s.scoredAt = instantFrom(q.value(o + 12));
    return s;
}

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
    return {dayValue(r.day),
            r.categories.join(u','),
            r.announceTypes.join(u','),
            r.model,
            r.criteriaSha256,
            r.promptVersion,
            r.totalPapers,
            r.scannedPapers,
            r.relevantPapers,
            r.tokens.prompt,
            r.tokens.cached,
            r.tokens.completion,
            r.costUsd ? QVariant(*r.costUsd) : QVariant(QMetaType::fromType<double>()),
            runStatusName(r.status),
            r.error,
            instantValue(r.started.isValid() ? r.started : QDateTime::currentDateTimeUtc()),
            instantValue(r.finished),
            r.state.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(r.state)};
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

// ---- PaperStore -----------------------------------------------------------------------------

PaperStore::PaperStore(Database &db)
    : m_db(db)
{
}

Result<ImportStats> PaperStore::importFeed(const ParsedFeed &feed)
{
    return store(feed.papers, &feed.info);
}

Result<ImportStats> PaperStore::upsertPapers(const QList<Paper> &papers)
{
    return store(papers, nullptr);
}

Result<ImportStats> PaperStore::store(const QList<Paper> &papers, const FeedInfo *feed)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ImportStats stats;
    Database::Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();

    const QString doing = u"storing papers"_s;
    QStringList setAll, setMeta;
    for (int i = 1; i < paperColumnNames.size(); ++i) {
        setAll.append(paperColumnNames[i] + u" = ?"_s);
        if (i != colTitle && i != colAuthors && i != colAbstract)
            setMeta.append(paperColumnNames[i] + u" = ?"_s);
    }
    Query select(m_db, u"SELECT %1 FROM papers p WHERE p.id = ?"_s.arg(paperColumns(u"p"_s)), doing);
    Query insert(m_db,
                 u"INSERT INTO papers (%1) VALUES (%2)"_s.arg(paperColumnNames.join(u", "_s),
                                                              QStringList(paperColumnNames.size(), u"?"_s).join(u',')),
                 doing);
    Query updateAll(m_db, u"UPDATE papers SET %1 WHERE id = ?"_s.arg(setAll.join(u", "_s)), doing);
    Query updateMeta(m_db, u"UPDATE papers SET %1 WHERE id = ?"_s.arg(setMeta.join(u", "_s)), doing);
    // The history holds the text of superseded versions; the current version's text is in papers.
    Query version(m_db,
                  u"INSERT OR IGNORE INTO paper_versions (paper_id, version, title, authors, abstract, comments, "
                  "updated, announced, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  doing);
    Query superseded(m_db,
                     u"INSERT INTO paper_versions (paper_id, version, title, authors, abstract, comments, updated, "
                     "announced, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (paper_id, version) DO "
                     "UPDATE SET title = excluded.title, authors = excluded.authors, abstract = excluded.abstract, "
                     "comments = excluded.comments"_s,
                     doing);
    // A paper keeps one listing per day and category; if two feeds disagree on its type, the
    // stronger one (new over cross over replace) wins, so the order of imports does not matter.
    Query listing(m_db,
                  u"INSERT INTO listings (day, category, paper_id, announce_type, version) VALUES (?, ?, ?, ?, ?) "
                  "ON CONFLICT (day, category, paper_id) DO UPDATE SET announce_type = excluded.announce_type, "
                  "version = excluded.version WHERE %1 < %2 OR (excluded.announce_type = listings.announce_type "
                  "AND excluded.version > listings.version)"_s.arg(typeRank.arg(u"excluded.announce_type"_s),
                                                                    typeRank.arg(u"listings.announce_type"_s)),
                  doing);

    for (const Paper &in : papers) {
        ++stats.seen;
        if (in.id.isEmpty())
            return Error{u"A paper without an arXiv id cannot be stored."_s, in.title};
        const QDate day = !feed ? QDate() : in.announced.isValid() ? in.announced : feed->feedDay;

        if (Status s = select.run({in.id}); !s)
            return s.error();
        const bool exists = select.next();
        int currentVersion = in.version;
        if (!exists) {
            StoredPaper fresh;
            fresh.paper = in;
            fresh.paper.announceType = AnnounceType::Unknown;
            fresh.paper.announced = {};
            fresh.firstAnnounced = day;
            fresh.lastSeen = day;
            select.finish();
            if (Status s = insert.run(paperRow(fresh)); !s)
                return s.error();
            ++stats.inserted;
        } else {
            const StoredPaper before = readPaper(select, 0);
            select.finish();
            StoredPaper after = before;
            merge(after, in, day, now, stats);
            currentVersion = after.paper.version;
            if (after.paper.version > before.paper.version && before.paper.version > 0) {
                const Paper &old = before.paper;
                if (Status s = superseded.run({old.id, old.version, old.title, jsonList(old.authors), old.abstract,
                                               old.comments, instantValue(old.updated), dayValue(before.lastSeen),
                                               instantValue(now)});
                    !s)
                    return s.error();
            }
            const QVariantList oldRow = paperRow(before);
            QVariantList row = paperRow(after);
            if (row != oldRow) {
                const bool textChanged = row[colTitle] != oldRow[colTitle] || row[colAuthors] != oldRow[colAuthors]
                                         || row[colAbstract] != oldRow[colAbstract];
                row.removeFirst();
                if (!textChanged) {
                    row.removeAt(colAbstract - 1);
                    row.removeAt(colAuthors - 1);
                    row.removeAt(colTitle - 1);
                }
                row.append(in.id);
                if (Status s = (textChanged ? updateAll : updateMeta).run(row); !s)
                    return s.error();
            }
        }

        if (in.version > 0) {
            const bool current = in.version >= currentVersion;
            if (Status s = version.run({in.id, in.version, current ? QString() : in.title,
                                        current ? u"[]"_s : jsonList(in.authors), current ? QString() : in.abstract,
                                        current ? QString() : in.comments, instantValue(in.updated), dayValue(day),
                                        instantValue(now)});
                !s)
                return s.error();
        }

        if (feed && day.isValid()) {
            QStringList categories;
            for (const QString &c : feed->categories) {
                if (in.categories.contains(c) || in.primaryCategory == c)
                    categories.append(c);
            }
            if (categories.isEmpty()) {
                const QString fallback = !in.primaryCategory.isEmpty() ? in.primaryCategory
                                         : !in.categories.isEmpty()    ? in.categories.first()
                                                                       : feed->categories.value(0);
                if (!fallback.isEmpty())
                    categories.append(fallback);
            }
            for (const QString &c : std::as_const(categories)) {
                if (Status s = listing.run({dayValue(day), c, in.id, announceTypeName(in.announceType), in.version}); !s)
                    return s.error();
                stats.listings += listing.rowsAffected() > 0 ? 1 : 0;
            }
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return stats;
}

Result<std::optional<StoredPaper>> PaperStore::paper(const QString &id) const
{
    auto list = papers({id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<StoredPaper>();
    return std::optional<StoredPaper>(list->first());
}

Result<QList<StoredPaper>> PaperStore::papers(const QStringList &ids) const
{
    Query q(m_db, u"SELECT %1 FROM papers p WHERE p.id = ?"_s.arg(paperColumns(u"p"_s)), u"reading papers"_s);
    QList<StoredPaper> out;
    for (const QString &id : ids) {
        if (Status s = q.run({id}); !s)
            return s.error();
        if (q.next())
            out.append(readPaper(q, 0));
    }
    return out;
}

Result<QList<PaperVersion>> PaperStore::versions(const QString &id) const
{
    Query q(m_db,
            u"SELECT v.version, iif(c, p.title, v.title), iif(c, p.authors, v.authors), iif(c, p.abstract, v.abstract), "
            "iif(c, p.comments, v.comments), v.updated, v.announced, v.first_seen FROM "
            "(SELECT *, version = (SELECT version FROM papers WHERE id = paper_id) AS c FROM paper_versions) v "
            "JOIN papers p ON p.id = v.paper_id WHERE v.paper_id = ? ORDER BY v.version"_s,
            u"reading a paper's versions"_s);
    if (Status s = q.run({id}); !s)
        return s.error();
    QList<PaperVersion> out;
    while (q.next()) {
        PaperVersion v;
        v.version = q.value(0).toInt();
        v.title = q.value(1).toString();
        v.authors = listFromJson(q.value(2));
        v.abstract = q.value(3).toString();
        v.comments = q.value(4).toString();
        v.updated = instantFrom(q.value(5));
        v.announced = dayFrom(q.value(6));
        v.firstSeen = instantFrom(q.value(7));
        out.append(v);
    }
    return out;
}

Result<QList<StoredPaper>> PaperStore::papersForDay(const QDate &day, const QList<AnnounceType> &announceTypes) const
{
    return papersForDays(day, day, announceTypes);
}

Result<QList<StoredPaper>> PaperStore::papersForDays(const QDate &from, const QDate &to,
                                                     const QList<AnnounceType> &announceTypes) const
{
    Query q(m_db,
            u"SELECT l.day, l.category, l.announce_type, %1 FROM listings l JOIN papers p ON p.id = l.paper_id "
            "WHERE l.day BETWEEN ? AND ?%2 ORDER BY p.id, l.day DESC, %3, l.category"_s.arg(
                paperColumns(u"p"_s), typeFilter(u"l.announce_type"_s, announceTypes),
                typeRank.arg(u"l.announce_type"_s)),
            u"reading a day's papers"_s);
    if (Status s = q.run({dayString(from), dayString(to)}); !s)
        return s.error();
    QList<StoredPaper> out;
    while (q.next()) {
        const QDate day = dayFrom(q.value(0));
        const QString category = q.value(1).toString();
        if (!out.isEmpty() && out.last().paper.id == q.value(3).toString()) {
            // Later rows of the same paper: other categories of its latest day, or earlier days.
            if (out.last().paper.announced == day)
                out.last().listedIn.append(category);
            continue;
        }
        StoredPaper s = readPaper(q, 3);
        s.listingCategory = category;
        s.listedIn = {category};
        s.paper.announceType = announceTypeFromName(q.value(2).toString());
        s.paper.announced = day;
        out.append(s);
    }
    return out;
}

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
} // namespace

namespace {
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

Result<QList<ListedPaper>> PaperStore::listedPapers(const ListingQuery &query) const
{
    // Newest day first, so the first row of a paper is its main listing. Only the columns a table
    // shows, from the index that holds just those (schema 3): the abstract is most of a paper's
    // bytes, and reading it for 200,000 rows read the whole file.
    QVariantList values;
    const QString range = dayRange(query.from, query.to, values);
    Query q(m_db,
            u"SELECT l.day, l.category, l.announce_type, %1 FROM listings l "
            "JOIN papers p INDEXED BY papers_listing ON p.id = l.paper_id "
            "WHERE 1%2%3 ORDER BY l.day DESC, %4, l.category"_s.arg(
                listedColumns, range, typeFilter(u"l.announce_type"_s, query.announceTypes),
                typeRank.arg(u"l.announce_type"_s)),
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
    std::stable_sort(out.begin(), out.end(), [](const ListedPaper &a, const ListedPaper &b) { return a.id < b.id; });
    out.erase(std::unique(out.begin(), out.end(), [](const ListedPaper &a, const ListedPaper &b) { return a.id == b.id; }),
              out.end());
    // Whole range: every score and state, one pass each (cheaper than naming 200,000 papers).
    if (!query.from.isValid() && !query.to.isValid())
        values.clear();
    const QString scope = values.isEmpty() ? QString()
                                           : u"paper_id IN (SELECT l.paper_id FROM listings l WHERE 1%1)"_s.arg(range);
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
        const auto it = std::lower_bound(out.begin(), out.end(), id,
                                         [](const ListedPaper &p, const QString &key) { return p.id < key; });
        if (it == out.end() || it->id != id)
            return nullptr;
        next = it - out.begin();
        return &*it;
    };
    if (Status s = fillScoresAndStates(find, query.criteriaSha256, scope, values); !s)
        return s.error();
    return out;
}

Result<QList<ListedPaper>> PaperStore::listedPapers(const QStringList &ids, const QString &criteriaSha256) const
{
    Query q(m_db,
            u"SELECT %1 FROM papers p INDEXED BY papers_listing WHERE p.id IN (SELECT value FROM json_each(?))"_s.arg(
                listedColumns),
            u"reading papers"_s);
    if (Status s = q.run({jsonList(ids)}); !s)
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
    if (Status s = fillScoresAndStates(find, criteriaSha256, u"paper_id IN (SELECT value FROM json_each(?))"_s,
                                       {jsonList(ids)});
        !s)
        return s.error();
    return out;
}

Status PaperStore::fillScoresAndStates(const std::function<ListedPaper *(const QString &)> &find,
                                       const QString &criteriaSha256,
                                       const QString &scope, const QVariantList &values) const
{
    if (!criteriaSha256.isEmpty()) {
        // The latest score wins (latestScores()' order: highest version, then newest); an
        // unscored attempt never hides a score, so only scored rows are read.
        Query q(m_db,
                u"SELECT paper_id, relevance, novelty, comment FROM scores WHERE criteria_sha256 = ? "
                "AND relevance IS NOT NULL%1 ORDER BY paper_id, paper_version, scored_at, id"_s.arg(
                    scope.isEmpty() ? QString() : u" AND "_s + scope),
                u"reading scores"_s);
        if (Status s = q.run(QVariantList{criteriaSha256} + values); !s)
            return s;
        while (q.next()) {
            if (ListedPaper *l = find(q.value(0).toString())) {
                l->relevance = intFrom(q.value(1));
                l->novelty = intFrom(q.value(2));
                l->comment = q.value(3).toString();
            }
        }
    }
    Query q(m_db,
            u"SELECT paper_id, read, starred FROM user_state%1 ORDER BY paper_id"_s.arg(
                scope.isEmpty() ? QString() : u" WHERE "_s + scope),
            u"reading the papers' states"_s);
    if (Status s = q.run(values); !s)
        return s;
    while (q.next()) {
        if (ListedPaper *l = find(q.value(0).toString())) {
            l->read = q.value(1).toInt() != 0;
            l->starred = q.value(2).toInt() != 0;
        }
    }
    return success();
}

Statement PaperStore::daysStatement(const DayQuery &query)
{
    QString scoreFilter;
    QVariantList values{query.relevanceCutoff, query.noveltyCutoff};
    if (!query.criteriaSha256.isEmpty()) {
        scoreFilter += u" AND s.criteria_sha256 = ?"_s;
        values.append(query.criteriaSha256);
    }
    if (!query.model.isEmpty()) {
        scoreFilter += u" AND s.model = ?"_s;
        values.append(query.model);
    }
    return { u"SELECT l.day, count(DISTINCT l.paper_id), "
             "count(DISTINCT CASE WHEN s.relevance IS NOT NULL THEN l.paper_id END), "
             "count(DISTINCT CASE WHEN s.relevance >= ? AND (s.novelty IS NULL OR s.novelty >= ?) THEN l.paper_id END) "
             "FROM listings l LEFT JOIN scores s ON s.paper_id = l.paper_id%1 "
             "WHERE 1%2 GROUP BY l.day ORDER BY l.day DESC"_s.arg(
                 scoreFilter, typeFilter(u"l.announce_type"_s, query.announceTypes)),
        values };
}

Result<QList<DayCount>> PaperStore::days(const DayQuery &query) const
{
    const Statement statement = daysStatement(query);
    Query q(m_db, statement.sql, u"counting the papers of each day"_s);
    if (Status s = q.run(statement.values); !s)
        return s.error();
    QList<DayCount> out;
    while (q.next())
        out.append({dayFrom(q.value(0)), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()});
    return out;
}

Result<int> PaperStore::paperCount() const
{
    Query q(m_db, u"SELECT count(*) FROM papers"_s, u"counting papers"_s);
    if (Status s = q.run(); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

// ---- search ---------------------------------------------------------------------------------

QString PaperStore::ftsQuery(const QString &userText)
{
    // Split into words and "quoted phrases"; a word may carry a column prefix (au:, ti:, abs:).
    QStringList terms;
    const QString text = userText.simplified();
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        QString column;
        static const QList<std::pair<QString, QString>> prefixes = {
            {u"au:"_s, u"authors"_s},     {u"author:"_s, u"authors"_s}, {u"ti:"_s, u"title"_s},
            {u"title:"_s, u"title"_s},    {u"abs:"_s, u"abstract"_s},   {u"abstract:"_s, u"abstract"_s},
        };
        for (const auto &[prefix, name] : prefixes) {
            if (QStringView(text).mid(i).startsWith(prefix, Qt::CaseInsensitive)) {
                column = name;
                i += prefix.size();
                break;
            }
        }
        QString word;
        bool phrase = false;
        if (i < text.size() && text.at(i) == u'"') {
            phrase = true;
            const qsizetype close = text.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? text.size() : close;
            word = text.mid(i + 1, end - i - 1);
            i = end + 1;
        } else {
            const qsizetype space = text.indexOf(u' ', i);
            const qsizetype end = space < 0 ? text.size() : space;
            word = text.mid(i, end - i);
            i = end;
        }
        word.remove(u'"');
        // Only letters and digits are tokens; a term without any would be an empty FTS5 phrase.
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        // A plain word matches as a prefix ("transf" finds "transformer"); a phrase matches exactly.
        QString term = u'"' + word + u'"' + (phrase ? QString() : u"*"_s);
        if (!column.isEmpty())
            term = column + u" : "_s + term;
        terms.append(term);
    }
    return terms.join(u" AND "_s);
}

Result<QStringList> PaperStore::search(const QString &userText, int limit) const
{
    const QString match = ftsQuery(userText);
    if (match.isEmpty())
        return QStringList();
    Query q(m_db,
            u"SELECT p.id FROM papers_fts f JOIN papers p ON p.pk = f.rowid WHERE papers_fts MATCH ? "
            "ORDER BY f.rank LIMIT ?"_s,
            u"searching"_s);
    if (Status s = q.run({match, limit > 0 ? limit : -1}); !s)
        return s.error();
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

Result<QSet<QString>> PaperStore::matchingIds(const QString &userText) const
{
    const QString match = ftsQuery(userText);
    if (match.isEmpty())
        return QSet<QString>();
    Query q(m_db,
            u"SELECT p.id FROM papers p WHERE p.pk IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?)"_s,
            u"searching"_s);
    if (Status s = q.run({match}); !s)
        return s.error();
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

// ---- criteria -------------------------------------------------------------------------------

Result<QString> PaperStore::saveCriteria(const QString &text)
{
    const Criteria criteria{text};
    const QString sha = criteria.sha256();
    Query q(m_db, u"INSERT OR IGNORE INTO criteria (sha256, text, created) VALUES (?, ?, ?)"_s,
            u"saving the criteria"_s);
    if (Status s = q.run({sha, Criteria::normalised(text), instantValue(QDateTime::currentDateTimeUtc())}); !s)
        return s.error();
    return sha;
}

Result<std::optional<QString>> PaperStore::criteriaText(const QString &sha256) const
{
    Query q(m_db, u"SELECT text FROM criteria WHERE sha256 = ?"_s, u"reading the criteria"_s);
    if (Status s = q.run({sha256}); !s)
        return s.error();
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<QList<CriteriaVersion>> PaperStore::criteriaVersions() const
{
    Query q(m_db,
            u"SELECT c.sha256, c.text, c.created, count(DISTINCT s.paper_id), max(s.scored_at) FROM criteria c "
            "LEFT JOIN scores s ON s.criteria_sha256 = c.sha256 AND s.relevance IS NOT NULL "
            "GROUP BY c.sha256 ORDER BY c.created DESC, c.rowid DESC"_s,
            u"listing the criteria versions"_s);
    if (Status s = q.run(); !s)
        return s.error();
    QList<CriteriaVersion> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), instantFrom(q.value(2)), q.value(3).toInt(),
                    instantFrom(q.value(4))});
    return out;
}

// ---- scores ---------------------------------------------------------------------------------

Result<std::optional<Score>> PaperStore::score(const ScoreKey &key) const
{
    auto found = scoresFor({key});
    if (!found)
        return found.error();
    if (auto it = found->constFind(key); it != found->cend())
        return std::optional<Score>(*it);
    return std::optional<Score>();
}

Result<QHash<ScoreKey, Score>> PaperStore::scoresFor(const QList<ScoreKey> &keys) const
{
    Query q(m_db,
            u"SELECT %1 FROM scores WHERE paper_id = ? AND paper_version = ? AND criteria_sha256 = ? AND model = ? "
            "AND prompt_version = ?"_s.arg(scoreColumns),
            u"reading scores"_s);
    QHash<ScoreKey, Score> out;
    for (const ScoreKey &k : keys) {
        if (Status s = q.run({k.paperId, k.paperVersion, k.criteriaSha256, k.model, k.promptVersion}); !s)
            return s.error();
        if (q.next())
            out.insert(k, readScore(q));
    }
    return out;
}

Result<QList<ScoreKey>> PaperStore::missingKeys(const QList<ScoreKey> &keys) const
{
    auto found = scoresFor(keys);
    if (!found)
        return found.error();
    QList<ScoreKey> missing;
    for (const ScoreKey &k : keys) {
        const auto it = found->constFind(k);
        if (it == found->cend() || !it->isScored())
            missing.append(k);
    }
    return missing;
}

Status PaperStore::saveScores(const QList<Score> &scores, qint64 runId)
{
    for (const Score &s : scores) {
        auto outOfRange = [](const std::optional<int> &v) { return v && (*v < 1 || *v > 10); };
        if (outOfRange(s.relevance) || outOfRange(s.novelty))
            return Error{u"The score of %1 is out of range (relevance %2, novelty %3; both must be 1–10)."_s.arg(
                             s.key.paperId, s.relevance ? QString::number(*s.relevance) : u"–"_s,
                             s.novelty ? QString::number(*s.novelty) : u"–"_s),
                         {}};
        if (s.key.paperId.isEmpty() || s.key.criteriaSha256.isEmpty() || s.key.model.isEmpty())
            return Error{u"A score needs a paper id, a criteria hash and a model."_s, s.key.paperId};
    }
    Database::Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    // Only an unscored row may be replaced: a key is scored once, and a failed retry must never
    // erase a score that was paid for.
    Query q(m_db,
            u"INSERT INTO scores (%1, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (paper_id, paper_version, criteria_sha256, model, prompt_version) DO UPDATE SET "
            "relevance = excluded.relevance, novelty = excluded.novelty, comment = excluded.comment, "
            "unscored_reason = excluded.unscored_reason, prompt_tokens = excluded.prompt_tokens, "
            "cached_tokens = excluded.cached_tokens, completion_tokens = excluded.completion_tokens, "
            "run_id = excluded.run_id, scored_at = excluded.scored_at WHERE scores.relevance IS NULL"_s.arg(scoreColumns),
            u"saving scores"_s);
    for (const Score &s : scores) {
        const Status saved = q.run({s.key.paperId, s.key.paperVersion, s.key.criteriaSha256, s.key.model,
                                    s.key.promptVersion, optionalInt(s.relevance), optionalInt(s.novelty), s.comment,
                                    s.isScored() ? QString() : s.unscoredReason, s.usage.prompt, s.usage.cached,
                                    s.usage.completion,
                                    instantValue(s.scoredAt.isValid() ? s.scoredAt : QDateTime::currentDateTimeUtc()),
                                    runId > 0 ? QVariant(runId) : QVariant(QMetaType::fromType<qint64>())});
        if (!saved) {
            if (q.query().lastError().nativeErrorCode().toInt() % 256 == 19)
                return Error{u"Cannot save the score of %1: the paper, its criteria or its run is not in the database. "
                             "Store the paper and save the criteria first."_s.arg(s.key.paperId),
                             saved.error().detail};
            return saved;
        }
    }
    return tx.commit();
}

Result<QList<Score>> PaperStore::scoresForPaper(const QString &id) const
{
    Query q(m_db, u"SELECT %1 FROM scores WHERE paper_id = ? ORDER BY scored_at DESC, id DESC"_s.arg(scoreColumns),
            u"reading a paper's scores"_s);
    if (Status s = q.run({id}); !s)
        return s.error();
    QList<Score> out;
    while (q.next())
        out.append(readScore(q));
    return out;
}

Statement PaperStore::latestScoresStatement(const QString &criteriaSha256, const QString &model, const QDate &day)
{
    QString sql = u"SELECT %1 FROM scores s WHERE s.criteria_sha256 = ?"_s.arg(scoreColumns);
    QVariantList values{criteriaSha256};
    if (!model.isEmpty()) {
        sql += u" AND s.model = ?"_s;
        values.append(model);
    }
    if (day.isValid()) {
        sql += u" AND s.paper_id IN (SELECT paper_id FROM listings WHERE day = ?)"_s;
        values.append(dayString(day));
    }
    sql += u" ORDER BY s.paper_id, s.relevance IS NOT NULL, s.paper_version, s.scored_at, s.id"_s;
    return {sql, values};
}

Result<QHash<QString, Score>> PaperStore::latestScores(const QString &criteriaSha256, const QString &model,
                                                       const QDate &day) const
{
    const Statement statement = latestScoresStatement(criteriaSha256, model, day);
    Query q(m_db, statement.sql, u"reading scores"_s);
    if (Status s = q.run(statement.values); !s)
        return s.error();
    QHash<QString, Score> out;
    while (q.next()) {
        Score s = readScore(q);
        out.insert(s.key.paperId, std::move(s)); // later rows rank higher
    }
    return out;
}

// ---- runs -----------------------------------------------------------------------------------

Result<qint64> PaperStore::startRun(const RunSummary &run)
{
    Query q(m_db,
            u"INSERT INTO runs (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
                runColumns.mid(runColumns.indexOf(u',') + 2)),
            u"recording a run"_s);
    if (Status s = q.run(runValues(run)); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status PaperStore::updateRun(const RunSummary &run)
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
        return Error{u"There is no run %1 in the database to update."_s.arg(run.id), {}};
    return success();
}

Result<std::optional<RunSummary>> PaperStore::run(qint64 id) const
{
    Query q(m_db, u"SELECT %1 FROM runs WHERE id = ?"_s.arg(runColumns), u"reading a run"_s);
    auto runs = readRuns(q, {id});
    if (!runs)
        return runs.error();
    return runs->isEmpty() ? std::optional<RunSummary>() : std::optional<RunSummary>(runs->first());
}

Result<QList<RunSummary>> PaperStore::runsForDay(const QDate &day) const
{
    Query q(m_db, u"SELECT %1 FROM runs WHERE day = ? ORDER BY started, id"_s.arg(runColumns), u"reading runs"_s);
    return readRuns(q, {dayString(day)});
}

Result<std::optional<RunSummary>> PaperStore::lastRun() const
{
    Query q(m_db, u"SELECT %1 FROM runs ORDER BY id DESC LIMIT 1"_s.arg(runColumns), u"reading runs"_s);
    auto runs = readRuns(q);
    if (!runs)
        return runs.error();
    return runs->isEmpty() ? std::optional<RunSummary>() : std::optional<RunSummary>(runs->first());
}

Result<QList<RunSummary>> PaperStore::unfinishedRuns() const
{
    Query q(m_db, u"SELECT %1 FROM runs WHERE status = 'running' ORDER BY id"_s.arg(runColumns), u"reading runs"_s);
    return readRuns(q);
}

// ---- user state -----------------------------------------------------------------------------

Status PaperStore::setUserField(const QString &id, const QString &column, const QVariant &value)
{
    // `column` is one of the fixed names below, never user text.
    Query q(m_db,
            u"INSERT INTO user_state (paper_id, %1, updated) VALUES (?, ?, ?) ON CONFLICT (paper_id) DO UPDATE "
            "SET %1 = excluded.%1, updated = excluded.updated"_s.arg(column),
            u"saving the paper's state"_s);
    const Status s = q.run({id, value, instantValue(QDateTime::currentDateTimeUtc())});
    if (!s && q.query().lastError().nativeErrorCode().toInt() % 256 == 19)
        return Error{u"There is no paper %1 in the database."_s.arg(id), s.error().detail};
    return s;
}

Status PaperStore::setRead(const QString &id, bool read)
{
    return setUserField(id, u"read"_s, read ? 1 : 0);
}

Status PaperStore::setStarred(const QString &id, bool starred)
{
    return setUserField(id, u"starred"_s, starred ? 1 : 0);
}

Status PaperStore::setRating(const QString &id, std::optional<int> rating)
{
    if (rating && (*rating < 1 || *rating > 5))
        return Error{u"A rating is 1 to 5 stars (got %1)."_s.arg(*rating), {}};
    return setUserField(id, u"rating"_s, optionalInt(rating));
}

Status PaperStore::setNote(const QString &id, const QString &note)
{
    return setUserField(id, u"note"_s, note);
}

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

Result<UserState> PaperStore::userState(const QString &id) const
{
    Query q(m_db, u"SELECT %1 FROM user_state u WHERE u.paper_id = ?"_s.arg(userStateColumns),
            u"reading the paper's state"_s);
    if (Status s = q.run({id}); !s)
        return s.error();
    if (q.next())
        return readUserState(q);
    UserState none;
    none.paperId = id;
    return none;
}

Result<QHash<QString, UserState>> PaperStore::userStatesForDay(const QDate &day) const
{
    Query q(m_db,
            u"SELECT %1 FROM user_state u WHERE u.paper_id IN (SELECT paper_id FROM listings WHERE day = ?)"_s.arg(
                userStateColumns),
            u"reading the day's states"_s);
    if (Status s = q.run({dayString(day)}); !s)
        return s.error();
    QHash<QString, UserState> out;
    while (q.next()) {
        UserState u = readUserState(q);
        out.insert(u.paperId, u);
    }
    return out;
}

Result<int> PaperStore::setDayRead(const QDate &day, bool read)
{
    Query q(m_db,
            u"INSERT INTO user_state (paper_id, read, updated) SELECT DISTINCT paper_id, ?, ? FROM listings "
            "WHERE day = ? ON CONFLICT (paper_id) DO UPDATE SET read = excluded.read, updated = excluded.updated"_s,
            u"marking the day read"_s);
    if (Status s = q.run({read ? 1 : 0, instantValue(QDateTime::currentDateTimeUtc()), dayString(day)}); !s)
        return s.error();
    return q.rowsAffected();
}

Result<QStringList> PaperStore::starredIds() const
{
    Query q(m_db, u"SELECT paper_id FROM user_state WHERE starred = 1 ORDER BY updated DESC"_s,
            u"reading the starred papers"_s);
    if (Status s = q.run(); !s)
        return s.error();
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

// ---- feed state -----------------------------------------------------------------------------

Result<std::optional<FeedState>> PaperStore::feedState(const QString &url) const
{
    Query q(m_db,
            u"SELECT url, etag, last_modified, feed_day, ids_hash, ids, fetched_at FROM feed_state WHERE url = ?"_s,
            u"reading the feed state"_s);
    if (Status s = q.run({url}); !s)
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

Status PaperStore::saveFeedState(const FeedState &state)
{
    Query q(m_db,
            u"INSERT OR REPLACE INTO feed_state (url, etag, last_modified, feed_day, ids_hash, ids, fetched_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            u"saving the feed state"_s);
    return q.run({state.url, state.etag, state.lastModified, dayValue(state.feedDay), state.idsHash,
                  jsonList(state.ids), instantValue(state.fetchedAt)});
}

} // namespace PaperSift
