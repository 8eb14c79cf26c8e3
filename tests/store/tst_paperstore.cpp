// PaperStore over a real SQLite file: imports, versions, listings, search, scores, runs, user state.
#include "domain/criteria.h"
#include "store/database.h"
#include "store/paperstore.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

Paper makePaper(const QString &id, int version, const QString &title, const QStringList &categories,
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

ParsedFeed makeFeed(const QDate &day, const QStringList &categories, const QList<Paper> &papers)
{
    ParsedFeed f;
    f.info.format = FeedFormat::Rss2;
    f.info.categories = categories;
    f.info.feedDay = day;
    f.papers = papers;
    return f;
}

const QDate day1(2025, 6, 16);
const QDate day2(2025, 6, 17);

ParsedFeed dayOneFeed()
{
    return makeFeed(day1, {u"cs.LG"_s, u"cs.AI"_s},
                    {makePaper(u"2506.00001"_s, 1, u"Transformers for Tables"_s, {u"cs.LG"_s, u"cs.AI"_s}),
                     makePaper(u"2506.00002"_s, 1, u"Planning with Language Models"_s, {u"cs.AI"_s}),
                     makePaper(u"2506.00003"_s, 2, u"Graph Kernels Revisited"_s, {u"stat.ML"_s, u"cs.LG"_s},
                               AnnounceType::Cross),
                     makePaper(u"2506.00004"_s, 1, u"Quantum Annealing Schedules"_s, {u"quant-ph"_s},
                               AnnounceType::Cross)});
}

} // namespace

class TestPaperStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::Sandbox> m_sandbox;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PaperStore> m_store;

    int count(const QString &sql)
    {
        auto rows = m_db->exec(sql);
        return rows && !rows->isEmpty() ? rows->first().value(0).toInt() : -1;
    }

    QString saveCriteria(const QString &text = u"## Topics\n- tables\n"_s)
    {
        auto sha = m_store->saveCriteria(text);
        return sha ? *sha : QString();
    }

    static Score makeScore(const QString &id, int version, const QString &sha, std::optional<int> relevance,
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

private slots:
    void init()
    {
        m_sandbox = std::make_unique<Test::Sandbox>();
        auto db = Database::open(m_sandbox->databaseFile());
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(*db);
        m_store = std::make_unique<PaperStore>(*m_db);
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
        m_sandbox.reset();
    }

    void importIsIdempotent()
    {
        auto first = m_store->importFeed(dayOneFeed());
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QCOMPARE(first->seen, 4);
        QCOMPARE(first->inserted, 4);
        QCOMPARE(first->newVersion, 0);
        QCOMPARE(first->unchanged, 0);
        QCOMPARE(first->listings, 5); // 00001 in cs.LG and cs.AI; one each for the others

        const QStringList tables{u"papers"_s, u"paper_versions"_s, u"listings"_s, u"papers_fts"_s};
        QList<int> before;
        for (const QString &t : tables)
            before.append(count(u"SELECT count(*) FROM "_s + t));
        const int changesBefore = count(u"SELECT total_changes()"_s);

        auto second = m_store->importFeed(dayOneFeed());
        QVERIFY2(second, qPrintable(second.errorMessage()));
        QCOMPARE(second->seen, 4);
        QCOMPARE(second->inserted, 0);
        QCOMPARE(second->newVersion, 0);
        QCOMPARE(second->unchanged, 4);
        QCOMPARE(second->listings, 0);
        for (qsizetype i = 0; i < tables.size(); ++i)
            QCOMPARE(count(u"SELECT count(*) FROM "_s + tables[i]), before[i]);
        QCOMPARE(count(u"SELECT total_changes()"_s), changesBefore); // not a single row rewritten
        QCOMPARE(count(u"SELECT count(*) FROM papers WHERE updated_flag = 1"_s), 0);
    }

    void storesEveryField()
    {
        Paper p = makePaper(u"2506.00010"_s, 3, u"Sch\u00f6lkopf Kernels"_s, {u"cs.LG"_s, u"stat.ML"_s},
                            AnnounceType::New, {u"Bernhard Sch\u00f6lkopf"_s, u"Jo\u00e3o Silva"_s});
        p.titleRaw = u"Sch\\\"olkopf Kernels"_s;
        p.authorsRaw = u"Bernhard Sch\\\"olkopf (MPI, T\\\"ubingen), Jo\\~ao Silva"_s;
        p.affiliations = {u"MPI, T\u00fcbingen"_s, QString()};
        p.comments = u"12 pages"_s;
        p.journalRef = u"JMLR 1 (2025)"_s;
        p.doi = u"10.1000/xyz"_s;
        p.published = QDateTime(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::UTC);
        p.updated = QDateTime(QDate(2025, 6, 15), QTime(8, 30), QTimeZone::UTC);
        QVERIFY(m_store->importFeed(makeFeed(day1, {u"cs.LG"_s}, {p})));

        auto got = m_store->paper(u"2506.00010"_s);
        QVERIFY2(got, qPrintable(got.errorMessage()));
        QVERIFY(got->has_value());
        const StoredPaper &s = **got;
        QCOMPARE(s.paper.id, p.id);
        QCOMPARE(s.paper.version, 3);
        QCOMPARE(s.paper.title, p.title);
        QCOMPARE(s.paper.titleRaw, p.titleRaw);
        QCOMPARE(s.paper.authors, p.authors); // order kept
        QCOMPARE(s.paper.affiliations, p.affiliations);
        QCOMPARE(s.paper.authorsRaw, p.authorsRaw);
        QCOMPARE(s.paper.abstract, p.abstract);
        QCOMPARE(s.paper.abstractRaw, p.abstractRaw); // equal to the decoded text: stored once
        QCOMPARE(s.paper.categories, p.categories);
        QCOMPARE(s.paper.primaryCategory, u"cs.LG"_s);
        QCOMPARE(s.paper.comments, p.comments);
        QCOMPARE(s.paper.journalRef, p.journalRef);
        QCOMPARE(s.paper.doi, p.doi);
        QCOMPARE(s.paper.published, p.published);
        QCOMPARE(s.paper.updated, p.updated);
        QCOMPARE(s.firstAnnounced, day1);
        QCOMPARE(s.lastSeen, day1);
        QVERIFY(!s.markedUpdated);
        QVERIFY(!m_store->paper(u"2506.99999"_s)->has_value());
    }

    void newVersionReplacesAndIsMarked()
    {
        QVERIFY(m_store->importFeed(dayOneFeed()));
        Paper v2 = makePaper(u"2506.00001"_s, 2, u"Transformers for Spreadsheets"_s, {u"cs.LG"_s, u"cs.AI"_s},
                             AnnounceType::Replace);
        auto stats = m_store->importFeed(makeFeed(day2, {u"cs.LG"_s}, {v2}));
        QVERIFY2(stats, qPrintable(stats.errorMessage()));
        QCOMPARE(stats->newVersion, 1);
        QCOMPARE(stats->inserted, 0);
        QCOMPARE(stats->unchanged, 0);

        const StoredPaper s = **m_store->paper(u"2506.00001"_s);
        QCOMPARE(s.paper.version, 2);
        QCOMPARE(s.paper.title, u"Transformers for Spreadsheets"_s);
        QVERIFY(s.markedUpdated);
        QVERIFY(s.replacedAt.isValid());
        QCOMPARE(s.firstAnnounced, day1);
        QCOMPARE(s.lastSeen, day2);

        auto versions = m_store->versions(u"2506.00001"_s);
        QVERIFY(versions);
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(0).version, 1);
        QCOMPARE(versions->at(0).title, u"Transformers for Tables"_s);
        QCOMPARE(versions->at(0).announced, day1);
        QCOMPARE(versions->at(1).version, 2);
        QCOMPARE(versions->at(1).title, u"Transformers for Spreadsheets"_s);
        QCOMPARE(versions->at(1).announced, day2);
        // The current version's text is not stored twice.
        QCOMPARE(count(u"SELECT count(*) FROM paper_versions WHERE abstract <> ''"_s), 1);

        // The search index follows the replacement.
        QCOMPARE(*m_store->search(u"spreadsheets"_s), QStringList{u"2506.00001"_s});
        QCOMPARE(m_store->search(u"ti:tables"_s)->size(), 0);

        // Both days keep their own listing, with their own type.
        auto d2 = m_store->papersForDay(day2);
        QCOMPARE(d2->size(), 1);
        QCOMPARE(d2->first().paper.announceType, AnnounceType::Replace);
        QCOMPARE(m_store->papersForDay(day1, {AnnounceType::New})->size(), 2);

        // Over both days the paper comes once, with its latest listing.
        auto both = m_store->papersForDays(day1, day2);
        QVERIFY2(both, qPrintable(both.errorMessage()));
        QCOMPARE(both->size(), 4);
        QCOMPARE(both->first().paper.id, u"2506.00001"_s);
        QCOMPARE(both->first().paper.announced, day2);
        QCOMPARE(both->first().listedIn, QStringList{u"cs.LG"_s});
        QCOMPARE(m_store->papersForDays(day1, day2, {AnnounceType::Replace})->size(), 1);

        // Seeing version 2 again changes nothing.
        auto again = m_store->importFeed(makeFeed(day2, {u"cs.LG"_s}, {v2}));
        QCOMPARE(again->unchanged, 1);
        QCOMPARE(again->newVersion, 0);
    }

    void olderVersionSeenLateKeepsTheNewest()
    {
        QVERIFY(m_store->importFeed(makeFeed(day2, {u"cs.LG"_s}, {makePaper(u"2506.00001"_s, 2, u"New"_s, {u"cs.LG"_s})})));
        auto stats = m_store->importFeed(makeFeed(day1, {u"cs.LG"_s}, {makePaper(u"2506.00001"_s, 1, u"Old"_s, {u"cs.LG"_s})}));
        QVERIFY(stats);
        QCOMPARE(stats->unchanged, 1);
        QCOMPARE(stats->newVersion, 0);
        const StoredPaper s = **m_store->paper(u"2506.00001"_s);
        QCOMPARE(s.paper.version, 2);
        QCOMPARE(s.paper.title, u"New"_s);
        QVERIFY(!s.markedUpdated);
        QCOMPARE(s.firstAnnounced, day1); // the earlier listing still counts
        QCOMPARE(m_store->versions(u"2506.00001"_s)->size(), 2);
    }

    void listingsFollowTheFeedCategories()
    {
        QVERIFY(m_store->importFeed(dayOneFeed()));
        auto all = m_store->papersForDay(day1);
        QVERIFY2(all, qPrintable(all.errorMessage()));
        QCOMPARE(all->size(), 4);
        const StoredPaper &first = all->at(0);
        QCOMPARE(first.paper.id, u"2506.00001"_s);
        QCOMPARE(first.listedIn, (QStringList{u"cs.AI"_s, u"cs.LG"_s}));
        QCOMPARE(first.paper.announceType, AnnounceType::New);
        QCOMPARE(first.paper.announced, day1);
        QCOMPARE(all->at(2).listingCategory, u"cs.LG"_s); // stat.ML primary, listed in the cs.LG feed
        QCOMPARE(all->at(3).listingCategory, u"quant-ph"_s); // no feed category: its primary one
        QCOMPARE(all->at(3).paper.announceType, AnnounceType::Cross);

        auto newOnly = m_store->papersForDay(day1, {AnnounceType::New});
        QCOMPARE(newOnly->size(), 2);
        auto newAndCross = m_store->papersForDay(day1, {AnnounceType::New, AnnounceType::Cross});
        QCOMPARE(newAndCross->size(), 4);
        QCOMPARE(m_store->papersForDay(day2)->size(), 0);

        // A per-category feed of the same day adds its category; it does not duplicate papers.
        auto stats = m_store->importFeed(
            makeFeed(day1, {u"stat.ML"_s}, {makePaper(u"2506.00003"_s, 2, u"Graph Kernels Revisited"_s,
                                                      {u"stat.ML"_s, u"cs.LG"_s}, AnnounceType::New)}));
        QCOMPARE(stats->listings, 1);
        auto again = m_store->papersForDay(day1);
        QCOMPARE(again->size(), 4);
        QCOMPARE(again->at(2).listingCategory, u"stat.ML"_s); // "new" beats "cross" as the main listing
        QCOMPARE(again->at(2).paper.announceType, AnnounceType::New);
    }

    void apiBackfillFillsGapsWithoutListings()
    {
        QVERIFY(m_store->importFeed(dayOneFeed()));
        Paper api = makePaper(u"2506.00002"_s, 1, u"Planning with Language Models"_s, {u"cs.AI"_s, u"cs.CL"_s},
                              AnnounceType::Unknown);
        api.comments = u"Accepted at ACL"_s;
        api.published = QDateTime(QDate(2025, 6, 12), QTime(17, 0), QTimeZone::UTC);
        Paper unseen = makePaper(u"2401.12345"_s, 4, u"An Old Paper"_s, {u"cs.CL"_s}, AnnounceType::Unknown);
        auto stats = m_store->upsertPapers({api, unseen});
        QVERIFY2(stats, qPrintable(stats.errorMessage()));
        QCOMPARE(stats->inserted, 1);
        QCOMPARE(stats->unchanged, 1);
        QCOMPARE(stats->listings, 0);
        const StoredPaper s = **m_store->paper(u"2506.00002"_s);
        QCOMPARE(s.paper.comments, u"Accepted at ACL"_s);
        QCOMPARE(s.paper.published, api.published);
        QCOMPARE(s.paper.categories, QStringList{u"cs.AI"_s}); // same version: kept, only gaps filled
        const StoredPaper old = **m_store->paper(u"2401.12345"_s);
        QVERIFY(!old.firstAnnounced.isValid());
        QCOMPARE(count(u"SELECT count(*) FROM listings WHERE paper_id = '2401.12345'"_s), 0);
        QCOMPARE((*m_store->upsertPapers({api, unseen})).unchanged, 2);
    }

    void rejectsAPaperWithoutId()
    {
        Paper p = makePaper(QString(), 1, u"No id"_s, {u"cs.LG"_s});
        auto stats = m_store->importFeed(makeFeed(day1, {u"cs.LG"_s}, {makePaper(u"2506.00001"_s, 1, u"A"_s, {u"cs.LG"_s}), p}));
        QVERIFY(!stats);
        QCOMPARE(count(u"SELECT count(*) FROM papers"_s), 0); // the whole feed rolled back
    }

    void searchFoldsAccentsAndIsSafe()
    {
        Paper accented = makePaper(u"2506.00020"_s, 1, u"Na\u00efve Bayes R\u00e9visit\u00e9"_s, {u"cs.LG"_s},
                                   AnnounceType::New, {u"Jo\u00e3o Gon\u00e7alves"_s, u"Zo\u00eb \u0160koda"_s});
        QVERIFY(m_store->importFeed(makeFeed(day1, {u"cs.LG"_s}, {accented})));
        QVERIFY(m_store->importFeed(dayOneFeed()));

        QCOMPARE(*m_store->search(u"Joao"_s), QStringList{u"2506.00020"_s});
        QCOMPARE(*m_store->search(u"goncalves"_s), QStringList{u"2506.00020"_s});
        QCOMPARE(*m_store->search(u"skoda"_s), QStringList{u"2506.00020"_s});
        QCOMPARE(*m_store->search(u"Jo\u00e3o"_s), QStringList{u"2506.00020"_s});
        QCOMPARE(*m_store->search(u"naive revisite"_s), QStringList{u"2506.00020"_s});
        QCOMPARE(*m_store->search(u"au:joao"_s), QStringList{u"2506.00020"_s});
        QCOMPARE(m_store->search(u"ti:joao"_s)->size(), 0);
        QCOMPARE(*m_store->search(u"transf"_s), QStringList{u"2506.00001"_s}); // a word is a prefix
        QCOMPARE(*m_store->search(u"\"language models\""_s), QStringList{u"2506.00002"_s});
        QCOMPARE(m_store->search(u"\"language planning\""_s)->size(), 0);
        QCOMPARE(m_store->search(u"tables planning"_s)->size(), 0); // all words are required
        QCOMPARE(m_store->search(u"lovelace"_s)->size(), 4);
        QCOMPARE(m_store->search(u"lovelace"_s, 2)->size(), 2);
        QCOMPARE(m_store->matchingIds(u"lovelace"_s)->size(), 4);

        // FTS5 syntax in user text is just text: no error, no injection.
        for (const QString &hostile : {u"\"unbalanced"_s, u"NEAR(a b"_s, u"a OR b AND NOT"_s, u"col:x*^"_s,
                                       u"*"_s, u"(("_s, u"\"\""_s, u"-"_s, u"'; DROP TABLE papers; --"_s}) {
            auto r = m_store->search(hostile);
            QVERIFY2(r, qPrintable(hostile + u": "_s + r.errorMessage()));
        }
        QVERIFY(m_store->search(u"   "_s)->isEmpty());
        QCOMPARE(PaperStore::ftsQuery(u"au:Bengio \"deep nets\" x\"y"_s),
                 u"authors : \"Bengio\"* AND \"deep nets\" AND \"xy\"*"_s);
        QCOMPARE(count(u"SELECT count(*) FROM papers"_s), 5);
    }

    void criteriaVersionsWithCounts()
    {
        QVERIFY(m_store->importFeed(dayOneFeed()));
        const QString text = u"## Topics\r\n- tables\r\n"_s;
        auto sha = m_store->saveCriteria(text);
        QVERIFY2(sha, qPrintable(sha.errorMessage()));
        QCOMPARE(*sha, Criteria{text}.sha256());
        QCOMPARE(*m_store->saveCriteria(text), *sha); // once per hash
        QCOMPARE(**m_store->criteriaText(*sha), u"## Topics\n- tables\n"_s);
        QVERIFY(!m_store->criteriaText(u"nope"_s)->has_value());
        const QString other = saveCriteria(u"## Topics\n- graphs\n"_s);

        QVERIFY(m_store->saveScores({makeScore(u"2506.00001"_s, 1, *sha, 9, 8),
                                     makeScore(u"2506.00002"_s, 1, *sha, 3, 2),
                                     makeScore(u"2506.00003"_s, 2, *sha, std::nullopt, std::nullopt),
                                     makeScore(u"2506.00001"_s, 1, *sha, 7, 7, u"keyword"_s)}));
        auto versions = m_store->criteriaVersions();
        QVERIFY2(versions, qPrintable(versions.errorMessage()));
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(0).sha256, other); // newest first
        QCOMPARE(versions->at(0).scoredPapers, 0);
        QVERIFY(!versions->at(0).lastScored.isValid());
        QCOMPARE(versions->at(1).sha256, *sha);
        QCOMPARE(versions->at(1).scoredPapers, 2); // distinct papers, unscored rows not counted
        QVERIFY(versions->at(1).lastScored.isValid());
        QVERIFY(versions->at(1).created.isValid());
    }

    void scoreCache()
    {
        QVERIFY(m_store->importFeed(dayOneFeed()));
        const QString sha = saveCriteria();
        const Score a = makeScore(u"2506.00001"_s, 1, sha, 9, 8);
        const Score b = makeScore(u"2506.00002"_s, 1, sha, std::nullopt, std::nullopt);
        const ScoreKey c{u"2506.00003"_s, 2, sha, u"gpt-4o"_s, u"v1"_s};
        QVERIFY(m_store->saveScores({a, b}, 0));

        auto missing = m_store->missingKeys({a.key, b.key, c});
        QVERIFY2(missing, qPrintable(missing.errorMessage()));
        QCOMPARE(*missing, (QList<ScoreKey>{b.key, c})); // unscored rows are tried again

        auto got = m_store->score(a.key);
        QVERIFY(got && got->has_value());
        QCOMPARE((*got)->relevance, 9);
        QCOMPARE((*got)->novelty, 8);
        QCOMPARE((*got)->comment, a.comment);
        QCOMPARE((*got)->usage, a.usage);
        QVERIFY((*got)->scoredAt.isValid());
        QVERIFY(!m_store->score(c)->has_value());
        const Score gotB = **m_store->score(b.key);
        QVERIFY(!gotB.isScored());
        QCOMPARE(gotB.unscoredReason, b.unscoredReason);

        // Never overwrite a score: not with an unscored row, not with other numbers.
        Score lost = a;
        lost.relevance.reset();
        lost.novelty.reset();
        lost.unscoredReason = u"timeout"_s;
        Score different = a;
        different.relevance = 1;
        QVERIFY(m_store->saveScores({lost}));
        QVERIFY(m_store->saveScores({different}));
        QCOMPARE((**m_store->score(a.key)).relevance, 9);
        QCOMPARE((**m_store->score(a.key)).unscoredReason, QString());

        // An unscored row gives way to a later score.
        QVERIFY(m_store->saveScores({makeScore(u"2506.00002"_s, 1, sha, 6, 5)}));
        QCOMPARE((**m_store->score(b.key)).relevance, 6);
        QCOMPARE((**m_store->score(b.key)).unscoredReason, QString());
        QCOMPARE(*m_store->missingKeys({a.key, b.key, c}), QList<ScoreKey>{c});

        // Another model, prompt version or paper version is another key.
        ScoreKey otherModel = a.key;
        otherModel.model = u"gpt-4o-mini"_s;
        ScoreKey otherPrompt = a.key;
        otherPrompt.promptVersion = u"v2"_s;
        ScoreKey otherVersion = a.key;
        otherVersion.paperVersion = 2;
        QCOMPARE(m_store->missingKeys({otherModel, otherPrompt, otherVersion})->size(), 3);
        QCOMPARE(m_store->scoresFor({a.key, b.key, c, otherModel})->size(), 2);

        // Bad input fails loudly and stores nothing.
        const int before = count(u"SELECT count(*) FROM scores"_s);
        const Status outOfRange = m_store->saveScores({makeScore(u"2506.00003"_s, 2, sha, 11, 5)});
        QVERIFY(!outOfRange);
        QVERIFY2(outOfRange.errorMessage().contains(u"out of range"_s), qPrintable(outOfRange.errorMessage()));
        const Status unknownPaper = m_store->saveScores(
            {makeScore(u"2506.00003"_s, 2, sha, 5, 5), makeScore(u"9999.99999"_s, 1, sha, 5, 5)});
        QVERIFY(!unknownPaper);
        QVERIFY2(unknownPaper.errorMessage().contains(u"9999.99999"_s), qPrintable(unknownPaper.errorMessage()));
        const Status unknownCriteria = m_store->saveScores({makeScore(u"2506.00003"_s, 2, u"f00d"_s, 5, 5)});
        QVERIFY(!unknownCriteria);
        QCOMPARE(count(u"SELECT count(*) FROM scores"_s), before); // one transaction: all or nothing
    }

    void latestScoresAndDays()
    {
        QVERIFY(m_store->importFeed(dayOneFeed()));
        QVERIFY(m_store->importFeed(makeFeed(day2, {u"cs.LG"_s},
                                             {makePaper(u"2506.00009"_s, 1, u"Day Two Paper"_s, {u"cs.LG"_s})})));
        const QString sha = saveCriteria();
        const QString other = saveCriteria(u"other"_s);
        Score older = makeScore(u"2506.00001"_s, 1, sha, 4, 4);
        older.scoredAt = QDateTime(QDate(2025, 6, 16), QTime(1, 0), QTimeZone::UTC);
        Score newer = makeScore(u"2506.00001"_s, 1, sha, 9, 9);
        newer.key.promptVersion = u"v2"_s;
        newer.scoredAt = QDateTime(QDate(2025, 6, 16), QTime(2, 0), QTimeZone::UTC);
        Score failedLater = makeScore(u"2506.00001"_s, 1, sha, std::nullopt, std::nullopt);
        failedLater.key.promptVersion = u"v3"_s;
        failedLater.scoredAt = QDateTime(QDate(2025, 6, 16), QTime(3, 0), QTimeZone::UTC);
        QVERIFY(m_store->saveScores({older, newer, failedLater,
                                     makeScore(u"2506.00002"_s, 1, sha, 8, 9),
                                     makeScore(u"2506.00003"_s, 2, sha, 9, 3), // novelty below the cutoff
                                     makeScore(u"2506.00004"_s, 1, sha, 8, std::nullopt, u"keyword"_s),
                                     makeScore(u"2506.00009"_s, 1, sha, 10, 10),
                                     makeScore(u"2506.00002"_s, 1, other, 2, 2)}));

        auto latest = m_store->latestScores(sha, u"gpt-4o"_s, day1);
        QVERIFY2(latest, qPrintable(latest.errorMessage()));
        QCOMPARE(latest->size(), 3);
        QCOMPARE(latest->value(u"2506.00001"_s).relevance, 9); // a score beats a later failure
        QCOMPARE(latest->value(u"2506.00002"_s).relevance, 8);
        QCOMPARE(m_store->latestScores(sha, QString(), day1)->size(), 4); // any model
        QCOMPARE(m_store->latestScores(sha, u"gpt-4o"_s)->size(), 4);     // any day
        QCOMPARE(m_store->latestScores(other, u"gpt-4o"_s, day1)->value(u"2506.00002"_s).relevance, 2);

        auto forPaper = m_store->scoresForPaper(u"2506.00001"_s);
        QCOMPARE(forPaper->size(), 3);
        QCOMPARE(forPaper->first().key.promptVersion, u"v3"_s); // newest first

        DayQuery q;
        q.criteriaSha256 = sha;
        auto days = m_store->days(q);
        QVERIFY2(days, qPrintable(days.errorMessage()));
        QCOMPARE(days->size(), 2);
        QCOMPARE(days->at(0).day, day2); // newest first
        QCOMPARE(days->at(0).papers, 1);
        QCOMPARE(days->at(0).relevant, 1);
        QCOMPARE(days->at(1).day, day1);
        QCOMPARE(days->at(1).papers, 4);
        QCOMPARE(days->at(1).scored, 4);
        QCOMPARE(days->at(1).relevant, 3); // 00001 (9/9), 00002 (8/9), 00004 (keyword 8, no novelty)

        q.model = u"gpt-4o"_s;
        q.announceTypes = {AnnounceType::New};
        auto newOnly = m_store->days(q);
        QCOMPARE(newOnly->at(1).papers, 2);
        QCOMPARE(newOnly->at(1).relevant, 2);
        q = {};
        q.relevanceCutoff = 10;
        q.noveltyCutoff = 10;
        QCOMPARE(m_store->days(q)->at(1).relevant, 0);
        QCOMPARE(m_store->days(q)->at(0).relevant, 1);
    }

    void listedPapersForATable()
    {
        // Quotes and backslashes in names take the JSON parser's path, plain names the quick one.
        const QStringList odd = { u"Conan O\"Brien"_s, u"A\\B"_s, u"Zoë Ünal"_s };
        QVERIFY(m_store->importFeed(dayOneFeed()));
        QVERIFY(m_store->importFeed(makeFeed(day2, { u"cs.LG"_s },
            { makePaper(u"2506.00009"_s, 1, u"Day Two Paper"_s, { u"cs.LG"_s }, AnnounceType::New, odd),
                makePaper(u"2506.00003"_s, 2, u"Graph Kernels Revisited"_s, { u"stat.ML"_s, u"cs.LG"_s },
                    AnnounceType::Cross) })));
        const QString sha = saveCriteria();
        Score scored = makeScore(u"2506.00001"_s, 1, sha, 7, 6);
        scored.scoredAt = QDateTime(day1, QTime(1, 0), QTimeZone::UTC);
        Score failedLater = makeScore(u"2506.00001"_s, 1, sha, std::nullopt, std::nullopt, u"other-model"_s);
        failedLater.scoredAt = QDateTime(day1, QTime(2, 0), QTimeZone::UTC);
        Score older = makeScore(u"2506.00002"_s, 1, sha, 2, 2);
        older.scoredAt = QDateTime(day1, QTime(1, 0), QTimeZone::UTC);
        Score newer = makeScore(u"2506.00002"_s, 1, sha, 9, 8, u"other-model"_s);
        newer.scoredAt = QDateTime(day1, QTime(3, 0), QTimeZone::UTC);
        QVERIFY(m_store->saveScores(
            { scored, failedLater, older, newer, makeScore(u"2506.00009"_s, 1, saveCriteria(u"other"_s), 5, 5) }));
        QVERIFY(m_store->setStarred(u"2506.00003"_s, true));
        QVERIFY(m_store->setRead(u"2506.00009"_s, true));

        auto all = m_store->listedPapers({ QDate(), QDate(), {}, sha });
        QVERIFY2(all, qPrintable(all.errorMessage()));
        QStringList ids;
        for (const ListedPaper &l : std::as_const(*all))
            ids.append(l.id);
        QCOMPARE(
            ids, (QStringList { u"2506.00001"_s, u"2506.00002"_s, u"2506.00003"_s, u"2506.00004"_s, u"2506.00009"_s }));
        const ListedPaper &graph = all->at(2); // listed on both days: the latest one counts
        QCOMPARE(graph.day, day2);
        QCOMPARE(graph.category, u"cs.LG"_s);
        QCOMPARE(graph.announceType, AnnounceType::Cross);
        QCOMPARE(graph.firstAnnounced, day1);
        QVERIFY(graph.starred);
        QVERIFY(!graph.read);
        QCOMPARE(all->at(0).relevance, 7); // a later failure does not hide the score
        QCOMPARE(all->at(0).comment, u"comment on 2506.00001"_s);
        QCOMPARE(all->at(1).relevance, 9); // the newest score, whatever the model
        QCOMPARE(all->at(1).novelty, 8);
        QVERIFY(!all->at(3).relevance); // never scored
        QVERIFY(!all->at(4).relevance); // scored only with other criteria
        QCOMPARE(all->at(4).authors, odd);
        QVERIFY(all->at(4).read);
        QCOMPARE(all->at(0).categories, (QStringList { u"cs.LG"_s, u"cs.AI"_s }));
        QCOMPARE(all->at(0).category, u"cs.AI"_s); // new in both of the day's categories: the first by name
        QCOMPARE(m_store->paper(u"2506.00009"_s)->value().paper.authors, odd);

        // One day: only its papers, with that day's listing.
        auto one = m_store->listedPapers({ day1, day1, { AnnounceType::New }, sha });
        QVERIFY2(one, qPrintable(one.errorMessage()));
        QCOMPARE(one->size(), 2);
        QCOMPARE(one->at(0).day, day1);
        QCOMPARE(one->at(1).relevance, 9);
        auto dayTwo = m_store->listedPapers({ day2, day2, {}, sha });
        QCOMPARE(dayTwo->size(), 2);
        QVERIFY(dayTwo->at(0).starred);

        // By id: in the order asked, unknown ids left out, scores and states filled in.
        auto byId = m_store->listedPapers({ u"2506.00009"_s, u"2506.99999"_s, u"2506.00002"_s }, sha);
        QVERIFY2(byId, qPrintable(byId.errorMessage()));
        QCOMPARE(byId->size(), 2);
        QCOMPARE(byId->at(0).id, u"2506.00009"_s);
        QCOMPARE(byId->at(0).day, day2);
        QVERIFY(byId->at(0).read);
        QCOMPARE(byId->at(1).relevance, 9);
    }

    // The table and the day list look scores up by criteria and paper for every listing. Without
    // an index leading with (criteria, paper) SQLite scans every score of the criteria per listing,
    // which took minutes at 200,000 papers. Ask SQLite for the plans of the real statements.
    void scoreLookupsProbeByCriteriaAndPaper()
    {
        QVERIFY(m_store->importFeed(dayOneFeed()));
        const QString sha = saveCriteria();
        QVERIFY(m_store->saveScores({ makeScore(u"2506.00001"_s, 1, sha, 9, 9) }));

        const auto planOf = [this](const Statement &statement) {
            auto rows = m_db->exec(u"EXPLAIN QUERY PLAN "_s + statement.sql, statement.values);
            QStringList steps;
            if (rows)
                for (const QVariantList &row : std::as_const(*rows))
                    steps.append(row.value(3).toString());
            return steps;
        };
        const auto scoreSteps = [](const QStringList &plan) {
            static const QRegularExpression onScores(u"\\b(SCAN|SEARCH) s\\b"_s);
            QStringList out;
            for (const QString &step : plan)
                if (step.contains(onScores))
                    out.append(step);
            return out;
        };

        for (const QString &model : { QString(), u"gpt-4o"_s }) {
            DayQuery q;
            q.criteriaSha256 = sha;
            q.model = model;
            const QStringList plan = planOf(PaperStore::daysStatement(q));
            const QStringList steps = scoreSteps(plan);
            QVERIFY2(steps.size() == 1, qPrintable(plan.join(u" | "_s)));
            QVERIFY2(steps.first().contains(u"criteria_sha256=? AND paper_id=?"_s), qPrintable(plan.join(u" | "_s)));

            const QStringList dayPlan = planOf(PaperStore::latestScoresStatement(sha, model, day1));
            const QStringList daySteps = scoreSteps(dayPlan);
            QVERIFY2(daySteps.size() == 1, qPrintable(dayPlan.join(u" | "_s)));
            QVERIFY2(daySteps.first().contains(u"paper_id=?"_s), qPrintable(dayPlan.join(u" | "_s)));
        }
    }

    void runs()
    {
        RunSummary r;
        r.day = day1;
        r.categories = {u"cs.LG"_s, u"cs.AI"_s};
        r.announceTypes = {u"new"_s, u"cross"_s};
        r.model = u"gpt-4o"_s;
        r.criteriaSha256 = u"abc"_s;
        r.promptVersion = u"v1"_s;
        r.state = R"({"batches":[1,2]})";
        auto id = m_store->startRun(r);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        QVERIFY(*id > 0);

        auto got = m_store->run(*id);
        QVERIFY(got && got->has_value());
        QCOMPARE((*got)->id, *id);
        QCOMPARE((*got)->status, RunStatus::Running);
        QCOMPARE((*got)->categories, r.categories);
        QCOMPARE((*got)->announceTypes, r.announceTypes);
        QCOMPARE((*got)->state, r.state);
        QVERIFY((*got)->started.isValid());
        QVERIFY(!(*got)->costUsd.has_value()); // unknown, not zero
        QCOMPARE(m_store->unfinishedRuns()->size(), 1);

        RunSummary done = **got;
        done.totalPapers = 610;
        done.scannedPapers = 318;
        done.relevantPapers = 26;
        done.tokens = {120000, 80000, 9000};
        done.costUsd = 0.25;
        done.status = RunStatus::Done;
        done.finished = QDateTime::currentDateTimeUtc();
        QVERIFY(m_store->updateRun(done));
        const RunSummary back = **m_store->run(*id);
        QCOMPARE(back.totalPapers, 610);
        QCOMPARE(back.scannedPapers, 318);
        QCOMPARE(back.relevantPapers, 26);
        QCOMPARE(back.tokens, done.tokens);
        QCOMPARE(back.costUsd, std::optional<double>(0.25));
        QCOMPARE(back.status, RunStatus::Done);
        QVERIFY(back.finished.isValid());
        QVERIFY(m_store->unfinishedRuns()->isEmpty());

        RunSummary second = r;
        second.day = day2;
        second.status = RunStatus::Failed;
        second.error = u"arXiv answered HTTP 503"_s;
        const qint64 id2 = *m_store->startRun(second);
        QCOMPARE((**m_store->lastRun()).id, id2);
        QCOMPARE((**m_store->lastRun()).error, second.error);
        QCOMPARE(m_store->runsForDay(day1)->size(), 1);
        QCOMPARE(m_store->runsForDay(day2)->first().status, RunStatus::Failed);
        QVERIFY(!m_store->run(9999)->has_value());
        RunSummary ghost = r;
        ghost.id = 9999;
        QVERIFY(!m_store->updateRun(ghost));

        // Scores remember their run; deleting a run keeps the scores.
        QVERIFY(m_store->importFeed(dayOneFeed()));
        const QString sha = saveCriteria();
        QVERIFY(m_store->saveScores({makeScore(u"2506.00001"_s, 1, sha, 5, 5)}, *id));
        QCOMPARE(count(u"SELECT run_id FROM scores"_s), int(*id));
        QVERIFY(m_db->exec(u"DELETE FROM runs WHERE id = ?"_s, {*id}));
        QCOMPARE(count(u"SELECT count(*) FROM scores WHERE run_id IS NULL"_s), 1);
    }

    void userState()
    {
        QVERIFY(m_store->importFeed(dayOneFeed()));
        const QString id = u"2506.00002"_s;
        auto none = m_store->userState(id);
        QVERIFY(none);
        QVERIFY(!none->read && !none->starred && !none->rating && none->note.isEmpty());
        QVERIFY(!none->updated.isValid());

        QVERIFY(m_store->setRead(id, true));
        QVERIFY(m_store->setStarred(id, true));
        QVERIFY(m_store->setRating(id, 4));
        QVERIFY(m_store->setNote(id, u"Read section 3 \u2014 compare with our planner."_s));
        UserState s = *m_store->userState(id);
        QVERIFY(s.read);
        QVERIFY(s.starred);
        QCOMPARE(s.rating, 4);
        QCOMPARE(s.note, u"Read section 3 \u2014 compare with our planner."_s);
        QVERIFY(s.updated.isValid());

        QVERIFY(m_store->setRead(id, false)); // one field at a time
        s = *m_store->userState(id);
        QVERIFY(!s.read);
        QVERIFY(s.starred);
        QVERIFY(m_store->setRating(id, std::nullopt));
        QVERIFY(!m_store->userState(id)->rating);
        QVERIFY(!m_store->setRating(id, 6));
        const Status unknown = m_store->setStarred(u"9999.99999"_s, true);
        QVERIFY(!unknown);
        QVERIFY2(unknown.errorMessage().contains(u"no paper 9999.99999"_s), qPrintable(unknown.errorMessage()));

        QCOMPARE(*m_store->starredIds(), QStringList{id});
        auto marked = m_store->setDayRead(day1, true);
        QVERIFY2(marked, qPrintable(marked.errorMessage()));
        QCOMPARE(*marked, 4);
        auto states = m_store->userStatesForDay(day1);
        QCOMPARE(states->size(), 4);
        QVERIFY(states->value(u"2506.00004"_s).read);
        QVERIFY(states->value(id).starred); // bulk read left the star alone
        QVERIFY(m_store->userStatesForDay(day2)->isEmpty());
    }

    void feedState()
    {
        const QString url = u"https://rss.arxiv.org/rss/cs.LG+cs.AI"_s;
        QVERIFY(!m_store->feedState(url)->has_value());
        FeedState f;
        f.url = url;
        f.etag = u"W/\"abc\""_s;
        f.lastModified = u"Mon, 16 Jun 2025 04:00:00 GMT"_s;
        f.feedDay = day1;
        f.ids = {u"2506.00001"_s, u"2506.00002"_s};
        f.idsHash = u"deadbeef"_s;
        f.fetchedAt = QDateTime(QDate(2025, 6, 17), QTime(0, 5), QTimeZone::UTC);
        QVERIFY(m_store->saveFeedState(f));
        FeedState back = **m_store->feedState(url);
        QCOMPARE(back.etag, f.etag);
        QCOMPARE(back.lastModified, f.lastModified);
        QCOMPARE(back.feedDay, day1);
        QCOMPARE(back.ids, f.ids);
        QCOMPARE(back.idsHash, f.idsHash);
        QCOMPARE(back.fetchedAt, f.fetchedAt);
        f.etag = u"W/\"def\""_s;
        QVERIFY(m_store->saveFeedState(f));
        QCOMPARE((**m_store->feedState(url)).etag, f.etag);
        QCOMPARE(count(u"SELECT count(*) FROM feed_state"_s), 1);
    }

    void readOnlyConnectionReadsButCannotWrite()
    {
        QVERIFY(m_store->importFeed(dayOneFeed()));
        auto ro = Database::open(m_sandbox->databaseFile(), Database::Mode::ReadOnly);
        QVERIFY2(ro, qPrintable(ro.errorMessage()));
        PaperStore reader(**ro);
        QCOMPARE(reader.papersForDay(day1)->size(), 4);
        QCOMPARE(*reader.search(u"graph"_s), QStringList{u"2506.00003"_s});
        const Status s = reader.setStarred(u"2506.00001"_s, true);
        QVERIFY(!s);
        QVERIFY2(s.errorMessage().contains(u"read-only"_s), qPrintable(s.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestPaperStore)
#include "tst_paperstore.moc"
