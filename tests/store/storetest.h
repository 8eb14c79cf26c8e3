#pragma once

// What the store's suites share: small hand-made papers, feeds and scores whose every field a
// test can predict, and a base class that gives each test function a fresh database file.

#include "domain/paper.h"
#include "domain/score.h"
#include "store/database.h"
#include "store/paperrepository.h"
#include "store/scorestore.h"
#include "store/sqlsupport.h"
#include "pgtestserver.h"
#include "testsupport.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace PaperSift::Test {

using namespace Qt::StringLiterals;

inline Paper makePaper(const QString &id, int version, const QString &title, const QStringList &categories,
                       AnnounceType type = AnnounceType::New, const QStringList &authors = {u"Ada Lovelace"_s})
{
    Paper p;
    p.id = id;
    p.version = version;
    p.title = title;
    p.titleRaw = title;
    p.authors = authors;
    p.affiliations = QStringList(authors.size(), QString());
    p.authorsRaw = authors.join(u", "_s);
    p.abstract = u"We study "_s + title.toLower() + u"."_s;
    p.abstractRaw = p.abstract;
    p.categories = categories;
    p.primaryCategory = categories.value(0);
    p.announceType = type;
    return p;
}

inline ParsedFeed makeFeed(const QDate &day, const QStringList &categories, const QList<Paper> &papers)
{
    ParsedFeed f;
    f.info.format = FeedFormat::Rss2;
    f.info.categories = categories;
    f.info.feedDay = day;
    f.papers = papers;
    return f;
}

inline const QDate day1(2025, 6, 16);
inline const QDate day2(2025, 6, 17);

inline ParsedFeed dayOneFeed()
{
    return makeFeed(day1, {u"cs.LG"_s, u"cs.AI"_s},
                    {makePaper(u"2506.00001"_s, 1, u"Transformers for Tables"_s, {u"cs.LG"_s, u"cs.AI"_s}),
                     makePaper(u"2506.00002"_s, 1, u"Planning with Language Models"_s, {u"cs.AI"_s}),
                     makePaper(u"2506.00003"_s, 2, u"Graph Kernels Revisited"_s, {u"stat.ML"_s, u"cs.LG"_s},
                               AnnounceType::Cross),
                     makePaper(u"2506.00004"_s, 1, u"Quantum Annealing Schedules"_s, {u"quant-ph"_s},
                               AnnounceType::Cross)});
}

inline Score makeScore(const QString &id, int version, const QString &sha, std::optional<int> relevance,
                       std::optional<int> novelty, const QString &model = u"gpt-4o"_s)
{
    Score s;
    s.key = {id, version, sha, model, u"v1"_s};
    s.relevance = relevance;
    s.novelty = novelty;
    s.comment = relevance ? u"comment on %1"_s.arg(id) : QString();
    s.unscoredReason = relevance ? QString() : u"left out of the reply 3 times"_s;
    s.usage = {100, 40, 20};
    return s;
}

/// The steps of a query plan that read the scores (aliased `s` in the store's statements).
inline QStringList scoreSteps(const QStringList &plan)
{
    static const QRegularExpression onScores(u"\\b(SCAN|SEARCH) s\\b"_s);
    QStringList out;
    for (const QString &step : plan)
        if (step.contains(onScores))
            out.append(step);
    return out;
}

/// The base of the store's suites: a real SQLite file in its own sandbox for each test function,
/// or, when the harness runs the suite on PostgreSQL (the *_pg tests), a database of its own on
/// the harness's server; and what the tests check it with. (QtTest finds init() and cleanup() in
/// a base class too.)
class StoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        if (PgTestServer::engineIsPostgres()) {
            QVERIFY2(PgTestServer::available(), "the harness's PostgreSQL server is not running");
            m_pgDatabase = PgTestServer::createDatabase();
            QVERIFY(!m_pgDatabase.isEmpty());
        }
        auto db = Database::open(location());
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(*db);
    }

    void cleanup()
    {
        m_db.reset();
        if (!m_pgDatabase.isEmpty())
            PgTestServer::dropDatabase(m_pgDatabase);
        m_pgDatabase.clear();
        m_sandbox.reset();
    }

protected:
    /// The library this test works on: the sandbox's file, or its PostgreSQL database's URL.
    QString location() const
    {
        return m_pgDatabase.isEmpty() ? m_sandbox->databaseFile() : PgTestServer::url(m_pgDatabase);
    }
    bool onPostgres() const { return !m_pgDatabase.isEmpty(); }

    int count(const QString &sql)
    {
        auto rows = m_db->exec(sql);
        return rows && !rows->isEmpty() ? rows->first().value(0).toInt() : -1;
    }

    QString saveCriteria(const QString &text = u"## Topics\n- tables\n"_s)
    {
        auto sha = ScoreStore(*m_db).saveCriteria(text);
        return sha ? *sha : QString();
    }

    /// SQLite's plan for a statement of the store, one step a row.
    QStringList planOf(const Statement &statement)
    {
        auto rows = m_db->exec(u"EXPLAIN QUERY PLAN "_s + statement.sql, statement.values);
        QStringList steps;
        if (rows)
            for (const QVariantList &row : std::as_const(*rows))
                steps.append(row.value(3).toString());
        return steps;
    }

    /// Day one's papers and one more on day two, scored with `sha` and `other` for the tests of
    /// latestScores() and days(): a score beating a later failure, a novelty below the cutoff, a
    /// keyword score without novelty, another model and other criteria.
    void scoreTwoDays(QString &sha, QString &other)
    {
        PaperRepository papers(*m_db);
        QVERIFY(papers.importFeed(dayOneFeed()));
        QVERIFY(papers.importFeed(
            makeFeed(day2, {u"cs.LG"_s}, {makePaper(u"2506.00009"_s, 1, u"Day Two Paper"_s, {u"cs.LG"_s})})));
        sha = saveCriteria();
        other = saveCriteria(u"other"_s);
        Score older = makeScore(u"2506.00001"_s, 1, sha, 4, 4);
        older.scoredAt = QDateTime(QDate(2025, 6, 16), QTime(1, 0), QTimeZone::UTC);
        Score newer = makeScore(u"2506.00001"_s, 1, sha, 9, 9);
        newer.key.promptVersion = u"v2"_s;
        newer.scoredAt = QDateTime(QDate(2025, 6, 16), QTime(2, 0), QTimeZone::UTC);
        Score failedLater = makeScore(u"2506.00001"_s, 1, sha, std::nullopt, std::nullopt);
        failedLater.key.promptVersion = u"v3"_s;
        failedLater.scoredAt = QDateTime(QDate(2025, 6, 16), QTime(3, 0), QTimeZone::UTC);
        QVERIFY(ScoreStore(*m_db).saveScores({older, newer, failedLater,
                                              makeScore(u"2506.00002"_s, 1, sha, 8, 9),
                                              makeScore(u"2506.00003"_s, 2, sha, 9, 3), // novelty below the cutoff
                                              makeScore(u"2506.00004"_s, 1, sha, 8, std::nullopt, u"keyword"_s),
                                              makeScore(u"2506.00009"_s, 1, sha, 10, 10),
                                              makeScore(u"2506.00002"_s, 1, other, 2, 2)}));
    }

    std::unique_ptr<Sandbox> m_sandbox;
    QString m_pgDatabase;
    std::unique_ptr<Database> m_db;
};

} // namespace PaperSift::Test
