#include "paperrepository.h"

#include "database.h"
#include "sqlsupport.h"

#include <algorithm>
#include <optional>

namespace PaperSift {

using namespace Qt::StringLiterals;
using namespace Sql;

ImportStats &ImportStats::operator+=(const ImportStats &o)
{
    seen += o.seen;
    inserted += o.inserted;
    newVersion += o.newVersion;
    unchanged += o.unchanged;
    listings += o.listings;
    listingsChanged += o.listingsChanged;
    return *this;
}

namespace {

// The schema from which an import fills the search index itself, at its end (008_search_deferral).
constexpr int searchDeferralSchema = 8;

const QStringList paperColumnNames = {
    u"id"_s,
    u"version"_s,
    u"title"_s,
    u"title_raw"_s,
    u"authors"_s,
    u"authors_raw"_s,
    u"affiliations"_s,
    u"abstract"_s,
    u"abstract_raw"_s,
    u"categories"_s,
    u"primary_category"_s,
    u"comments"_s,
    u"journal_ref"_s,
    u"doi"_s,
    u"published"_s,
    u"updated"_s,
    u"first_announced"_s,
    u"last_seen"_s,
    u"updated_flag"_s,
    u"replaced_at"_s,
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
    return { p.id, p.version, p.title,
        p.titleRaw == p.title ? QString() : p.titleRaw, // raw text only when it differs
        jsonList(p.authors), p.authorsRaw, jsonList(p.affiliations), p.abstract,
        p.abstractRaw == p.abstract ? QString() : p.abstractRaw, p.categories.join(u' '), p.primaryCategory, p.comments,
        p.journalRef, p.doi, instantValue(p.published), instantValue(p.updated), dayValue(s.firstAnnounced),
        dayValue(s.lastSeen), s.markedUpdated ? 1 : 0, instantValue(s.replacedAt) };
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
    return std::any_of(list.cbegin(), list.cend(), [](const QString &s) {
        return !s.isEmpty();
    });
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

// Schema 8: an import's new papers are indexed for search in one statement before it commits,
// not one by one by the insert trigger (half the time). The row of search_deferred, written
// before the first new paper inside the import's transaction, makes the trigger stand aside.
// The papers still to index are those with keys in (m_indexedTo, the largest key].
class DeferredSearchIndex
{
public:
    DeferredSearchIndex(const Database &db, const QString &doing)
        : m_db(db)
        , m_doing(doing)
        , m_fillSql(db.engine().deferredSearchFill())
    {
    }

    /// Before a paper new to the store is inserted: defers indexing from the first one on, where
    /// the engine and the schema do.
    Status beforeInsert()
    {
        if (m_deferring || m_fillSql.isEmpty() || m_db.schemaVersion() < searchDeferralSchema)
            return success();
        if (Status s = Query(m_db, u"INSERT INTO search_deferred (one) VALUES (1)"_s, m_doing).run(); !s)
            return s;
        auto largest = largestKey();
        if (!largest)
            return largest.error();
        m_indexedTo = *largest;
        m_deferring = true;
        return success();
    }

    /// Before the text of the paper with this key is updated: a paper inserted by this import (it
    /// came twice) is indexed first, so that the update trigger takes out what the index holds.
    Status beforeTextUpdate(qint64 key) { return m_deferring && key > m_indexedTo ? indexNewPapers() : success(); }

    /// Before the commit: indexes the new papers and lets the trigger index again.
    Status finish()
    {
        if (!m_deferring)
            return success();
        if (Status s = indexNewPapers(); !s)
            return s;
        m_deferring = false;
        return Query(m_db, u"DELETE FROM search_deferred"_s, m_doing).run();
    }

private:
    Result<qint64> largestKey()
    {
        if (!m_largestKey)
            m_largestKey.emplace(m_db, u"SELECT coalesce(max(pk), 0) FROM papers"_s, m_doing);
        if (Status s = m_largestKey->run(); !s)
            return s.error();
        const qint64 largest = m_largestKey->next() ? m_largestKey->value(0).toLongLong() : 0;
        m_largestKey->finish();
        return largest;
    }

    Status indexNewPapers()
    {
        auto largest = largestKey();
        if (!largest)
            return largest.error();
        if (*largest > m_indexedTo) {
            if (!m_fill)
                m_fill.emplace(m_db, m_fillSql, m_doing);
            if (Status s = m_fill->run({ m_indexedTo, *largest }); !s)
                return s;
        }
        m_indexedTo = *largest;
        return success();
    }

    const Database &m_db;
    const QString m_doing;
    const QString m_fillSql;
    std::optional<Query> m_largestKey, m_fill;
    qint64 m_indexedTo = 0;
    bool m_deferring = false;
};

} // namespace

PaperRepository::PaperRepository(Database &db)
    : m_db(db)
{
}

Result<ImportStats> PaperRepository::importFeed(const ParsedFeed &feed)
{
    return store(feed.papers, &feed.info);
}

Result<ImportStats> PaperRepository::upsertPapers(const QList<Paper> &papers)
{
    return store(papers, nullptr);
}

Result<ImportStats> PaperRepository::store(const QList<Paper> &papers, const FeedInfo *feed)
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
    // The paper's key comes last, after the columns readPaper() reads.
    Query select(m_db, u"SELECT %1, p.pk FROM papers p WHERE p.id = ?"_s.arg(paperColumns(u"p"_s)), doing);
    const int keyColumn = int(paperColumnNames.size());
    Query insert(m_db,
        u"INSERT INTO papers (%1) VALUES (%2)"_s.arg(
            paperColumnNames.join(u", "_s), QStringList(paperColumnNames.size(), u"?"_s).join(u',')),
        doing);
    Query updateAll(m_db, u"UPDATE papers SET %1 WHERE id = ?"_s.arg(setAll.join(u", "_s)), doing);
    Query updateMeta(m_db, u"UPDATE papers SET %1 WHERE id = ?"_s.arg(setMeta.join(u", "_s)), doing);
    // The history holds the text of superseded versions; the current version's text is in papers.
    Query version(m_db,
        u"INSERT INTO paper_versions (paper_id, version, title, authors, abstract, comments, "
        "updated, announced, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
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
        "AND excluded.version > listings.version)"_s.arg(
            typeRank(u"excluded.announce_type"_s), typeRank(u"listings.announce_type"_s)),
        doing);

    // The upsert's row count does not tell a new listing from an updated one: the listings of the
    // days this feed touches, counted before and after (the primary key's prefix), do.
    const auto dayOf = [feed](const Paper &p) {
        return !feed ? QDate() : p.announced.isValid() ? p.announced : feed->feedDay;
    };
    QList<QDate> days;
    for (const Paper &in : papers) {
        if (const QDate d = dayOf(in); d.isValid() && !days.contains(d))
            days.append(d);
    }
    Query countDay(m_db, u"SELECT count(*) FROM listings WHERE day = ?"_s, doing);
    const auto listingsOnDays = [&]() -> Result<qint64> {
        qint64 n = 0;
        for (const QDate &d : std::as_const(days)) {
            if (Status s = countDay.run({ dayValue(d) }); !s)
                return s.error();
            n += countDay.next() ? countDay.value(0).toLongLong() : 0;
        }
        return n;
    };
    DeferredSearchIndex searchIndex(m_db, doing);

    const auto listingsBefore = listingsOnDays();
    if (!listingsBefore)
        return listingsBefore.error();
    int affected = 0;

    for (const Paper &in : papers) {
        ++stats.seen;
        if (in.id.isEmpty())
            return Error { u"A paper without an arXiv id cannot be stored."_s, in.title };
        const QDate day = dayOf(in);

        if (Status s = select.run({ in.id }); !s)
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
            if (Status s = searchIndex.beforeInsert(); !s)
                return s.error();
            if (Status s = insert.run(paperRow(fresh)); !s)
                return s.error();
            ++stats.inserted;
        } else {
            const StoredPaper before = readPaper(select, 0);
            const qint64 key = select.value(keyColumn).toLongLong();
            select.finish();
            StoredPaper after = before;
            merge(after, in, day, now, stats);
            currentVersion = after.paper.version;
            if (after.paper.version > before.paper.version && before.paper.version > 0) {
                const Paper &old = before.paper;
                if (Status s = superseded.run({ old.id, old.version, old.title, jsonList(old.authors), old.abstract,
                        old.comments, instantValue(old.updated), dayValue(before.lastSeen), instantValue(now) });
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
                if (textChanged) {
                    if (Status s = searchIndex.beforeTextUpdate(key); !s)
                        return s.error();
                }
                if (Status s = (textChanged ? updateAll : updateMeta).run(row); !s)
                    return s.error();
            }
        }

        if (in.version > 0) {
            const bool current = in.version >= currentVersion;
            if (Status s = version.run({ in.id, in.version, current ? QString() : in.title,
                    current ? u"[]"_s : jsonList(in.authors), current ? QString() : in.abstract,
                    current ? QString() : in.comments, instantValue(in.updated), dayValue(day), instantValue(now) });
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
                    : !in.categories.isEmpty()                         ? in.categories.first()
                                                                       : feed->categories.value(0);
                if (!fallback.isEmpty())
                    categories.append(fallback);
            }
            for (const QString &c : std::as_const(categories)) {
                if (Status s = listing.run({ dayValue(day), c, in.id, announceTypeName(in.announceType), in.version });
                    !s)
                    return s.error();
                affected += listing.rowsAffected() > 0 ? 1 : 0;
            }
        }
    }
    const auto after = listingsOnDays();
    if (!after)
        return after.error();
    stats.listings = int(*after - *listingsBefore);
    stats.listingsChanged = affected - stats.listings;
    if (Status s = searchIndex.finish(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stats;
}

Result<std::optional<StoredPaper>> PaperRepository::paper(const QString &id) const
{
    auto list = papers({ id });
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<StoredPaper>();
    return std::optional<StoredPaper>(list->first());
}

Result<QList<StoredPaper>> PaperRepository::papers(const QStringList &ids) const
{
    Query q(m_db, u"SELECT %1 FROM papers p WHERE p.id = ?"_s.arg(paperColumns(u"p"_s)), u"reading papers"_s);
    QList<StoredPaper> out;
    for (const QString &id : ids) {
        if (Status s = q.run({ id }); !s)
            return s.error();
        if (q.next())
            out.append(readPaper(q, 0));
    }
    return out;
}

Result<QList<PaperVersion>> PaperRepository::versions(const QString &id) const
{
    Query q(m_db,
        u"SELECT v.version, CASE WHEN c THEN p.title ELSE v.title END, CASE WHEN c THEN p.authors ELSE v.authors END, "
        "CASE WHEN c THEN p.abstract ELSE v.abstract END, CASE WHEN c THEN p.comments ELSE v.comments END, "
        "v.updated, v.announced, v.first_seen FROM "
        "(SELECT *, version = (SELECT version FROM papers WHERE id = paper_id) AS c FROM paper_versions) v "
        "JOIN papers p ON p.id = v.paper_id WHERE v.paper_id = ? ORDER BY v.version"_s,
        u"reading a paper's versions"_s);
    if (Status s = q.run({ id }); !s)
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

Result<QList<StoredPaper>> PaperRepository::papersForDay(
    const QDate &day, const QList<AnnounceType> &announceTypes) const
{
    return papersForDays(day, day, announceTypes);
}

Result<QList<StoredPaper>> PaperRepository::papersForDays(
    const QDate &from, const QDate &to, const QList<AnnounceType> &announceTypes) const
{
    Query q(m_db,
        u"SELECT l.day, l.category, l.announce_type, %1 FROM listings l JOIN papers p ON p.id = l.paper_id "
        "WHERE l.day BETWEEN ? AND ?%2 ORDER BY p.id, l.day DESC, %3, l.category"_s.arg(
            paperColumns(u"p"_s), typeFilter(u"l.announce_type"_s, announceTypes), typeRank(u"l.announce_type"_s)),
        u"reading a day's papers"_s);
    if (Status s = q.run({ dayString(from), dayString(to) }); !s)
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
        s.listedIn = { category };
        s.paper.announceType = announceTypeFromName(q.value(2).toString());
        s.paper.announced = day;
        out.append(s);
    }
    return out;
}

Result<int> PaperRepository::paperCount() const
{
    Query q(m_db, u"SELECT count(*) FROM papers"_s, u"counting papers"_s);
    if (Status s = q.run(); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace PaperSift
