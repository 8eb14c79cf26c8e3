// PaperRepository over a real SQLite file: imports, versions, listings, backfill.
#include "storetest.h"
#include "store/papersearch.h"

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

class TestPaperRepository : public StoreTest
{
    Q_OBJECT

private slots:
    void importIsIdempotent()
    {
        PaperRepository papers(*m_db);
        auto first = papers.importFeed(dayOneFeed());
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

        auto second = papers.importFeed(dayOneFeed());
        QVERIFY2(second, qPrintable(second.errorMessage()));
        QCOMPARE(second->seen, 4);
        QCOMPARE(second->inserted, 0);
        QCOMPARE(second->newVersion, 0);
        QCOMPARE(second->unchanged, 4);
        QCOMPARE(second->listings, 0);
        QCOMPARE(second->listingsChanged, 0);
        for (qsizetype i = 0; i < tables.size(); ++i)
            QCOMPARE(count(u"SELECT count(*) FROM "_s + tables[i]), before[i]);
        QCOMPARE(count(u"SELECT total_changes()"_s), changesBefore); // not a single row rewritten
        QCOMPARE(count(u"SELECT count(*) FROM papers WHERE updated_flag = 1"_s), 0);
    }

    void storesEveryField()
    {
        PaperRepository papers(*m_db);
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
        QVERIFY(papers.importFeed(makeFeed(day1, {u"cs.LG"_s}, {p})));

        auto got = papers.paper(u"2506.00010"_s);
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
        QVERIFY(!papers.paper(u"2506.99999"_s)->has_value());
    }

    void newVersionReplacesAndIsMarked()
    {
        PaperRepository papers(*m_db);
        PaperSearch finder(*m_db);
        QVERIFY(papers.importFeed(dayOneFeed()));
        Paper v2 = makePaper(u"2506.00001"_s, 2, u"Transformers for Spreadsheets"_s, {u"cs.LG"_s, u"cs.AI"_s},
                             AnnounceType::Replace);
        auto stats = papers.importFeed(makeFeed(day2, {u"cs.LG"_s}, {v2}));
        QVERIFY2(stats, qPrintable(stats.errorMessage()));
        QCOMPARE(stats->newVersion, 1);
        QCOMPARE(stats->inserted, 0);
        QCOMPARE(stats->unchanged, 0);

        const StoredPaper s = **papers.paper(u"2506.00001"_s);
        QCOMPARE(s.paper.version, 2);
        QCOMPARE(s.paper.title, u"Transformers for Spreadsheets"_s);
        QVERIFY(s.markedUpdated);
        QVERIFY(s.replacedAt.isValid());
        QCOMPARE(s.firstAnnounced, day1);
        QCOMPARE(s.lastSeen, day2);

        auto versions = papers.versions(u"2506.00001"_s);
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
        QCOMPARE(*finder.search(u"spreadsheets"_s), QStringList{u"2506.00001"_s});
        QCOMPARE(finder.search(u"ti:tables"_s)->size(), 0);

        // Both days keep their own listing, with their own type.
        auto d2 = papers.papersForDay(day2);
        QCOMPARE(d2->size(), 1);
        QCOMPARE(d2->first().paper.announceType, AnnounceType::Replace);
        QCOMPARE(papers.papersForDay(day1, {AnnounceType::New})->size(), 2);

        // Over both days the paper comes once, with its latest listing.
        auto both = papers.papersForDays(day1, day2);
        QVERIFY2(both, qPrintable(both.errorMessage()));
        QCOMPARE(both->size(), 4);
        QCOMPARE(both->first().paper.id, u"2506.00001"_s);
        QCOMPARE(both->first().paper.announced, day2);
        QCOMPARE(both->first().listedIn, QStringList{u"cs.LG"_s});
        QCOMPARE(papers.papersForDays(day1, day2, {AnnounceType::Replace})->size(), 1);

        // Seeing version 2 again changes nothing.
        auto again = papers.importFeed(makeFeed(day2, {u"cs.LG"_s}, {v2}));
        QCOMPARE(again->unchanged, 1);
        QCOMPARE(again->newVersion, 0);
    }

    void olderVersionSeenLateKeepsTheNewest()
    {
        PaperRepository papers(*m_db);
        QVERIFY(papers.importFeed(makeFeed(day2, {u"cs.LG"_s}, {makePaper(u"2506.00001"_s, 2, u"New"_s, {u"cs.LG"_s})})));
        auto stats = papers.importFeed(makeFeed(day1, {u"cs.LG"_s}, {makePaper(u"2506.00001"_s, 1, u"Old"_s, {u"cs.LG"_s})}));
        QVERIFY(stats);
        QCOMPARE(stats->unchanged, 1);
        QCOMPARE(stats->newVersion, 0);
        const StoredPaper s = **papers.paper(u"2506.00001"_s);
        QCOMPARE(s.paper.version, 2);
        QCOMPARE(s.paper.title, u"New"_s);
        QVERIFY(!s.markedUpdated);
        QCOMPARE(s.firstAnnounced, day1); // the earlier listing still counts
        QCOMPARE(papers.versions(u"2506.00001"_s)->size(), 2);
    }

    void listingsFollowTheFeedCategories()
    {
        PaperRepository papers(*m_db);
        QVERIFY(papers.importFeed(dayOneFeed()));
        auto all = papers.papersForDay(day1);
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

        auto newOnly = papers.papersForDay(day1, {AnnounceType::New});
        QCOMPARE(newOnly->size(), 2);
        auto newAndCross = papers.papersForDay(day1, {AnnounceType::New, AnnounceType::Cross});
        QCOMPARE(newAndCross->size(), 4);
        QCOMPARE(papers.papersForDay(day2)->size(), 0);

        // A per-category feed of the same day adds its category; it does not duplicate papers.
        auto stats = papers.importFeed(
            makeFeed(day1, {u"stat.ML"_s}, {makePaper(u"2506.00003"_s, 2, u"Graph Kernels Revisited"_s,
                                                      {u"stat.ML"_s, u"cs.LG"_s}, AnnounceType::New)}));
        QCOMPARE(stats->listings, 1);
        QCOMPARE(stats->listingsChanged, 0);
        auto again = papers.papersForDay(day1);
        QCOMPARE(again->size(), 4);
        QCOMPARE(again->at(2).listingCategory, u"stat.ML"_s); // "new" beats "cross" as the main listing
        QCOMPARE(again->at(2).paper.announceType, AnnounceType::New);

        // A later feed of the day lists 00001 at a newer version: its two listings change, none is added.
        stats = papers.importFeed(makeFeed(day1, {u"cs.LG"_s, u"cs.AI"_s},
                                           {makePaper(u"2506.00001"_s, 2, u"Transformers for Tables"_s,
                                                      {u"cs.LG"_s, u"cs.AI"_s})}));
        QVERIFY2(stats, qPrintable(stats.errorMessage()));
        QCOMPARE(stats->listings, 0);
        QCOMPARE(stats->listingsChanged, 2);
        QCOMPARE(count(u"SELECT count(*) FROM listings WHERE day = '2025-06-16'"_s), 6);
    }

    void apiBackfillFillsGapsWithoutListings()
    {
        PaperRepository papers(*m_db);
        QVERIFY(papers.importFeed(dayOneFeed()));
        Paper api = makePaper(u"2506.00002"_s, 1, u"Planning with Language Models"_s, {u"cs.AI"_s, u"cs.CL"_s},
                              AnnounceType::Unknown);
        api.comments = u"Accepted at ACL"_s;
        api.published = QDateTime(QDate(2025, 6, 12), QTime(17, 0), QTimeZone::UTC);
        Paper unseen = makePaper(u"2401.12345"_s, 4, u"An Old Paper"_s, {u"cs.CL"_s}, AnnounceType::Unknown);
        auto stats = papers.upsertPapers({api, unseen});
        QVERIFY2(stats, qPrintable(stats.errorMessage()));
        QCOMPARE(stats->inserted, 1);
        QCOMPARE(stats->unchanged, 1);
        QCOMPARE(stats->listings, 0);
        const StoredPaper s = **papers.paper(u"2506.00002"_s);
        QCOMPARE(s.paper.comments, u"Accepted at ACL"_s);
        QCOMPARE(s.paper.published, api.published);
        QCOMPARE(s.paper.categories, QStringList{u"cs.AI"_s}); // same version: kept, only gaps filled
        const StoredPaper old = **papers.paper(u"2401.12345"_s);
        QVERIFY(!old.firstAnnounced.isValid());
        QCOMPARE(count(u"SELECT count(*) FROM listings WHERE paper_id = '2401.12345'"_s), 0);
        QCOMPARE((*papers.upsertPapers({api, unseen})).unchanged, 2);
    }

    // On SQLite an import indexes its new papers in one statement at its end (schema 8). A paper
    // that comes twice in one feed, its text changed the second time, must leave the index
    // exactly in step with the table; so must a feed that fails half-way.
    void searchIndexFollowsAPaperSeenTwiceInOneFeed()
    {
        PaperRepository papers(*m_db);
        PaperSearch finder(*m_db);
        const Paper v1 = makePaper(u"2506.00001"_s, 1, u"Transformers for Tables"_s, {u"cs.LG"_s});
        const Paper other = makePaper(u"2506.00002"_s, 1, u"Graph Kernels"_s, {u"cs.LG"_s});
        const Paper v2 = makePaper(u"2506.00001"_s, 2, u"Transformers for Spreadsheets"_s, {u"cs.LG"_s});
        auto stats = papers.importFeed(makeFeed(day1, {u"cs.LG"_s}, {v1, other, v2}));
        QVERIFY2(stats, qPrintable(stats.errorMessage()));
        QCOMPARE(stats->inserted, 2);
        QCOMPARE(stats->newVersion, 1);

        QCOMPARE(*finder.search(u"spreadsheets"_s), QStringList{u"2506.00001"_s});
        QCOMPARE(finder.search(u"ti:tables"_s)->size(), 0);
        QCOMPARE(*finder.search(u"kernels"_s), QStringList{u"2506.00002"_s});
        QCOMPARE(finder.search(u"transformers"_s)->size(), 1);
        if (!onPostgres()) {
            auto check = m_db->exec(u"INSERT INTO papers_fts(papers_fts, rank) VALUES ('integrity-check', 1)"_s);
            QVERIFY2(check, qPrintable(check.errorMessage()));
            QCOMPARE(count(u"SELECT count(*) FROM search_deferred"_s), 0);
        }

        // A feed that fails rolls back; the next paper is indexed as it is stored.
        const Paper broken = makePaper(QString(), 1, u"No id"_s, {u"cs.LG"_s});
        const Paper lost = makePaper(u"2506.00003"_s, 1, u"Lost Diffusion"_s, {u"cs.LG"_s});
        QVERIFY(!papers.importFeed(makeFeed(day2, {u"cs.LG"_s}, {lost, broken})));
        QCOMPARE(finder.search(u"diffusion"_s)->size(), 0);
        if (!onPostgres())
            QCOMPARE(count(u"SELECT count(*) FROM search_deferred"_s), 0);
        QVERIFY(papers.upsertPapers({makePaper(u"2506.00004"_s, 1, u"Found Diffusion"_s, {u"cs.LG"_s})}));
        QCOMPARE(*finder.search(u"diffusion"_s), QStringList{u"2506.00004"_s});
        // So is a paper written by anything else (the insert trigger stands aside only inside an import).
        if (!onPostgres()) {
            QVERIFY(m_db->exec(u"INSERT INTO papers (id, title) VALUES ('2506.00005', 'Written Elsewhere')"_s));
            QCOMPARE(*finder.search(u"elsewhere"_s), QStringList{u"2506.00005"_s});
            QVERIFY(m_db->exec(u"INSERT INTO papers_fts(papers_fts, rank) VALUES ('integrity-check', 1)"_s));
        }
    }

    void rejectsAPaperWithoutId()
    {
        PaperRepository papers(*m_db);
        Paper p = makePaper(QString(), 1, u"No id"_s, {u"cs.LG"_s});
        auto stats = papers.importFeed(makeFeed(day1, {u"cs.LG"_s}, {makePaper(u"2506.00001"_s, 1, u"A"_s, {u"cs.LG"_s}), p}));
        QVERIFY(!stats);
        QCOMPARE(count(u"SELECT count(*) FROM papers"_s), 0); // the whole feed rolled back
    }
};

QTEST_GUILESS_MAIN(TestPaperRepository)
#include "tst_paperrepository.moc"
