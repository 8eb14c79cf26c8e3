// PaperSearch over a real SQLite file: accents folded, column filters, prefixes, hostile input.
#include "storetest.h"
#include "store/engine.h"
#include "store/papersearch.h"
#include "store/postgresengine.h"

#include <QRegularExpression>
#include <QScopeGuard>

#include <algorithm>

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

class TestPaperSearch : public StoreTest
{
    Q_OBJECT

private slots:
    void searchFoldsAccentsAndIsSafe()
    {
        PaperRepository papers(*m_db);
        PaperSearch finder(*m_db);
        Paper accented = makePaper(u"2506.00020"_s, 1, u"Na\u00efve Bayes R\u00e9visit\u00e9"_s, {u"cs.LG"_s},
                                   AnnounceType::New, {u"Jo\u00e3o Gon\u00e7alves"_s, u"Zo\u00eb \u0160koda"_s});
        QVERIFY(papers.importFeed(makeFeed(day1, {u"cs.LG"_s}, {accented})));
        QVERIFY(papers.importFeed(dayOneFeed()));

        QCOMPARE(*finder.search(u"Joao"_s), QStringList{u"2506.00020"_s});
        QCOMPARE(*finder.search(u"goncalves"_s), QStringList{u"2506.00020"_s});
        QCOMPARE(*finder.search(u"skoda"_s), QStringList{u"2506.00020"_s});
        QCOMPARE(*finder.search(u"Jo\u00e3o"_s), QStringList{u"2506.00020"_s});
        QCOMPARE(*finder.search(u"naive revisite"_s), QStringList{u"2506.00020"_s});
        QCOMPARE(*finder.search(u"au:joao"_s), QStringList{u"2506.00020"_s});
        QCOMPARE(finder.search(u"ti:joao"_s)->size(), 0);
        QCOMPARE(*finder.search(u"transf"_s), QStringList{u"2506.00001"_s}); // a word is a prefix
        QCOMPARE(*finder.search(u"\"language models\""_s), QStringList{u"2506.00002"_s});
        QCOMPARE(finder.search(u"\"language planning\""_s)->size(), 0);
        QCOMPARE(finder.search(u"tables planning"_s)->size(), 0); // all words are required
        QCOMPARE(finder.search(u"lovelace"_s)->size(), 4);
        QCOMPARE(finder.search(u"lovelace"_s, 2)->size(), 2);
        QCOMPARE(finder.matchingIds(u"lovelace"_s)->size(), 4);

        // FTS5 syntax in user text is just text: no error, no injection.
        for (const QString &hostile : {u"\"unbalanced"_s, u"NEAR(a b"_s, u"a OR b AND NOT"_s, u"col:x*^"_s,
                                       u"*"_s, u"(("_s, u"\"\""_s, u"-"_s, u"'; DROP TABLE papers; --"_s}) {
            auto r = finder.search(hostile);
            QVERIFY2(r, qPrintable(hostile + u": "_s + r.errorMessage()));
        }
        QVERIFY(finder.search(u"   "_s)->isEmpty());
        // A control character pasted into the text separates words (fuzz_query found a NUL inside one).
        QCOMPARE(*finder.search(u"naive\u0000bayes\trevisite"_s), QStringList{u"2506.00020"_s});
        QCOMPARE(PaperSearch::ftsQuery(u"naive\u0000bayes"_s), u"\"naive\"* AND \"bayes\"*"_s);
        QCOMPARE(PaperSearch::ftsQuery(u"au:Bengio \"deep nets\" x\"y"_s),
                 u"authors : \"Bengio\"* AND \"deep nets\" AND \"xy\"*"_s);
        QCOMPARE(count(u"SELECT count(*) FROM papers"_s), 5);
    }

    // Schema 6 moved PostgreSQL's search vectors into a table of their own: the papers of a library
    // written before it are found after the upgrade, and so are the ones imported later.
    // The top-k search ranks in a subquery that SQLite's sorter bounds by the LIMIT, and only then
    // looks up the papers: never a join of every match (98,000 for a common word in a library of
    // 200,000) to papers, and never FTS5's ORDER BY rank, which sorts every match in full.
    void topKIsRankedBeforeThePapersAreRead()
    {
        if (onPostgres())
            QSKIP("a plan of SQLite's; PostgreSQL's is measured by the benchmark (bench_fts_pg)");
        QVERIFY(PaperRepository(*m_db).importFeed(dayOneFeed()));
        const QStringList plan = planOf(m_db->engine().rankedSearch(PaperSearch::terms(u"learning"_s), 200));
        const QString shown = plan.join(u" | "_s);
        // The steps in order: the subquery as a co-routine, its index scan, its bounded sort;
        // then its rows, each looked up in papers by key, and the 200 put in order.
        const QStringList expected = { u"CO-ROUTINE f"_s, u"SCAN papers_fts VIRTUAL TABLE INDEX"_s,
            u"USE TEMP B-TREE FOR ORDER BY"_s, u"SCAN f"_s, u"SEARCH p USING INTEGER PRIMARY KEY"_s,
            u"USE TEMP B-TREE FOR ORDER BY"_s };
        QCOMPARE(plan.size(), expected.size());
        for (qsizetype i = 0; i < plan.size(); ++i)
            QVERIFY2(plan.at(i).startsWith(expected.at(i)), qPrintable(shown));
        // FTS5 does not order the matches itself (idxNum bit 32, FTS5_BI_ORDER_RANK, is clear).
        const int idxNum = plan.at(1).section(u"INDEX "_s, 1).section(u':', 0, 0).toInt();
        QVERIFY2(!(idxNum & 32), qPrintable(shown));
    }

    // Best match first, the same order as the index's own ranking: a title that says the word
    // twice before one that says it once in a long abstract; ties by key.
    void topKIsInBm25Order()
    {
        QList<Paper> papers;
        const QStringList titles = { u"Learning to learn, learning to rank"_s, u"Deep learning"_s,
            u"A long survey of graphs, kernels, optimisation, and learning of all kinds"_s, u"Learning"_s,
            u"Learning"_s, u"Kernel methods"_s, u"Learning learning"_s };
        for (qsizetype i = 0; i < titles.size(); ++i)
            papers.append(makePaper(u"2506.%1"_s.arg(201 + i, 5, 10, QChar(u'0')), 1, titles.at(i), { u"cs.LG"_s }));
        QVERIFY(PaperRepository(*m_db).importFeed(makeFeed(day1, { u"cs.LG"_s }, papers)));
        auto all = PaperSearch(*m_db).search(u"learning"_s, 0);
        QVERIFY2(all, qPrintable(all.errorMessage()));
        QCOMPARE(all->size(), 6);
        for (int k : { 1, 2, 4, int(all->size()) }) {
            auto top = PaperSearch(*m_db).search(u"learning"_s, k);
            QVERIFY2(top, qPrintable(top.errorMessage()));
            QCOMPARE(*top, all->first(k));
        }
        if (onPostgres())
            return;
        auto reference = m_db->exec(u"SELECT p.id FROM papers_fts f JOIN papers p ON p.pk = f.rowid "
                                    "WHERE papers_fts MATCH ? ORDER BY f.rank, f.rowid"_s,
            { m_db->engine().searchExpression(PaperSearch::terms(u"learning"_s)) });
        QVERIFY2(reference, qPrintable(reference.errorMessage()));
        QStringList ids;
        for (const QVariantList &row : *reference)
            ids.append(row.at(0).toString());
        QCOMPARE(*all, ids);
        // bm25 weighs a word in a long text less, and equal papers go by key.
        QCOMPARE(all->last(), u"2506.00203"_s);
        QCOMPARE(all->indexOf(u"2506.00205"_s), all->indexOf(u"2506.00204"_s) + 1);
    }

    // PostgreSQL narrows a phrase by its word pairs (schema 9) before it checks the positions:
    // a filter that must never drop a paper the phrase itself matches. Each phrase here finds
    // exactly what the search vector alone finds, through hyphens, case, numbers, accents and
    // the seams between title, authors and abstract.
    void phrasesNarrowedByWordPairsFindWhatThePhraseFinds()
    {
        // A key a pair (four here), whatever the case; the words' order counts; a pair with a
        // word beyond ASCII, a one-word phrase and plain words make none.
        const auto pairsOf = [](const QString &text) {
            return PostgresEngine::phrasePairs(PaperSearch::terms(text));
        };
        const QString four = pairsOf(u"\"Graph Neural network\" ti:\"GPT-4 model\" x y"_s);
        QVERIFY2(QRegularExpression(u"^'[0-9a-f]{5}'( & '[0-9a-f]{5}'){3}$"_s).match(four).hasMatch(), qPrintable(four));
        QCOMPARE(pairsOf(u"\"graph neural NETWORK\" \"gpt 4 Model\""_s), four);
        QVERIFY(pairsOf(u"\"neural graph network\""_s) != pairsOf(u"\"graph neural network\""_s));
        QCOMPARE(pairsOf(u"\"r\u00e9seau neuronal\" \"one\" graph"_s), QString());
        const auto paper = [](const QString &id, const QString &title, const QString &author, const QString &abstract) {
            Paper p = makePaper(id, 1, title, { u"cs.LG"_s }, AnnounceType::New, { author });
            p.abstract = abstract;
            return p;
        };
        const QList<Paper> papers = {
            paper(u"2506.00101"_s, u"A GPT-4 Model of State-of-the-Art Reasoning"_s, u"Ada Lovelace"_s,
                u"We reach 0.5 points over graph neural networks."_s),
            paper(u"2506.00102"_s, u"R\u00e9seau neuronal profond"_s, u"Jo\u00e3o Gon\u00e7alves"_s,
                u"Neural network pruning, graph neural network models."_s),
            paper(u"2506.00103"_s, u"Model GPT 4"_s, u"Grace Hopper"_s, u"Reasoning in the state of the art."_s),
        };
        QVERIFY(PaperRepository(*m_db).importFeed(makeFeed(day1, { u"cs.LG"_s }, papers)));
        const QStringList phrases = { u"\"gpt 4 model\""_s, u"\"GPT-4 Model\""_s, u"\"state of the art\""_s, u"\"State Of The Art\""_s,
            u"\"graph neural network\""_s, u"\"neural network\""_s, u"\"reseau neuronal\""_s,
            u"\"reasoning ada\""_s, u"\"lovelace we\""_s, u"\"0 5 points\""_s, u"ti:\"model gpt\""_s,
            u"abs:\"graph neural\" \"network models\""_s, u"\"model reasoning\""_s };
        for (const QString &phrase : phrases) {
            const auto found = PaperSearch(*m_db).matchingIds(phrase);
            QVERIFY2(found, qPrintable(found.errorMessage()));
            const QString match = m_db->engine().searchExpression(PaperSearch::terms(phrase));
            const QString alone = onPostgres()
                ? u"SELECT id FROM paper_search WHERE search @@ to_tsquery('simple', unaccent(CAST(? AS text)))"_s
                : u"SELECT p.id FROM papers_fts f JOIN papers p ON p.pk = f.rowid WHERE papers_fts MATCH ?"_s;
            auto reference = m_db->exec(alone, { match });
            QVERIFY2(reference, qPrintable(reference.errorMessage()));
            QSet<QString> expected;
            for (const QVariantList &row : *reference)
                expected.insert(row.at(0).toString());
            QVERIFY2(*found == expected, qPrintable(phrase));
            QCOMPARE(PaperSearch(*m_db).matchingKeys(phrase)->size(), size_t(expected.size()));
        }
        // Not vacuous: the phrases find papers, and the pairs tell phrases from scattered words.
        // (Engines split "GPT-4" differently: PostgreSQL reads "-4" as a number. Not compared here.)
        QCOMPARE(*PaperSearch(*m_db).matchingIds(u"\"state of the art\""_s),
            (QSet<QString> { u"2506.00101"_s, u"2506.00103"_s }));
        QCOMPARE(*PaperSearch(*m_db).matchingIds(u"\"graph neural network\""_s), QSet<QString> { u"2506.00102"_s });
        QVERIFY(PaperSearch(*m_db).matchingIds(u"\"network graph\""_s)->isEmpty());

        // On PostgreSQL the pairs' index finds the candidates, never the words' index (which
        // would hand every paper holding both words to the check). Sequential scans are off
        // here so that a table of three papers shows the indexes a library would use.
        if (!onPostgres())
            return;
        QVERIFY(m_db->exec(u"SET enable_seqscan = off"_s));
        const auto restore = qScopeGuard([this] {
            (void)m_db->exec(u"RESET enable_seqscan"_s);
        });
        for (const Statement &search : { m_db->engine().rankedSearch(PaperSearch::terms(u"\"neural network\""_s), 200),
                 m_db->engine().matchingKeysSearch(PaperSearch::terms(u"ti:\"state of\" graph"_s)) }) {
            // EXPLAIN cannot be prepared: the values go into the text (letters, digits, operators).
            QString sql = search.sql;
            for (const QVariant &v : search.values) {
                const QString literal = v.typeId() == QMetaType::QString
                    ? u'\'' + v.toString().replace(u'\'', u"''"_s) + u'\''
                    : v.toString();
                sql.replace(sql.indexOf(u'?'), 1, literal);
            }
            auto plan = m_db->exec(u"EXPLAIN "_s + sql);
            QVERIFY2(plan, qPrintable(plan.errorMessage()));
            QStringList lines;
            for (const QVariantList &row : *plan)
                lines.append(row.at(0).toString());
            const QString shown = lines.join(u'\n');
            QVERIFY2(shown.contains(u"paper_pairs_index"_s), qPrintable(shown));
            QVERIFY2(!shown.contains(u"paper_search_index"_s), qPrintable(shown));
        }
    }

    void searchFindsTheSamePapersAfterTheUpgradeToSchema6()
    {
        const QString old = onPostgres() ? PgTestServer::createDatabase() : m_sandbox->path(u"old.sqlite"_s);
        const auto dropOld = qScopeGuard([&] {
            if (onPostgres())
                PgTestServer::dropDatabase(old);
        });
        const QString url = onPostgres() ? PgTestServer::url(old) : old;
        const QString engine = m_db->engine().name();
        Database::Options before;
        for (const Migration &m : Database::bundledMigrations(engine)) {
            if (m.version < 6)
                before.migrations.append(m);
        }
        {
            auto db = Database::open(url, before);
            QVERIFY2(db, qPrintable(db.errorMessage()));
            QCOMPARE((*db)->schemaVersion(), before.migrations.last().version);
            const Paper accented = makePaper(u"2506.00020"_s, 1, u"Na\u00efve Bayes"_s, {u"cs.LG"_s},
                                             AnnounceType::New, {u"Jo\u00e3o Gon\u00e7alves"_s});
            QVERIFY(PaperRepository(**db).importFeed(makeFeed(day1, {u"cs.LG"_s}, {accented})));
            QVERIFY(PaperRepository(**db).importFeed(dayOneFeed()));
        }
        auto db = Database::open(url);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        PaperSearch finder(**db);
        QCOMPARE(*finder.search(u"Joao"_s), QStringList{u"2506.00020"_s});
        QCOMPARE(*finder.search(u"ti:transf"_s), QStringList{u"2506.00001"_s});
        QCOMPARE(*finder.search(u"\"language models\""_s), QStringList{u"2506.00002"_s});
        QCOMPARE(finder.matchingIds(u"lovelace"_s)->size(), 4);

        const Paper later = makePaper(u"2506.00030"_s, 1, u"Kernel Lovelace"_s, {u"cs.LG"_s});
        QVERIFY(PaperRepository(**db).importFeed(makeFeed(day2, {u"cs.LG"_s}, {later})));
        QCOMPARE(finder.search(u"lovelace"_s)->size(), 5);
        QCOMPARE(*finder.search(u"ti:lovelace"_s), QStringList{u"2506.00030"_s});
        QCOMPARE(finder.matchingIds(u"kernel"_s)->size(), 2);
        QCOMPARE(*finder.matchingIds(u"\"kernel lovelace\""_s), QSet<QString>{u"2506.00030"_s});

        // The table's filter asks for the papers' keys instead: the same papers, sorted.
        const auto keys = finder.matchingKeys(u"\"kernel lovelace\""_s);
        QVERIFY2(keys, qPrintable(keys.errorMessage()));
        const auto pk = (*db)->exec(u"SELECT pk FROM papers WHERE id = ?"_s, {u"2506.00030"_s});
        QVERIFY(pk && pk->size() == 1);
        QCOMPARE(*keys, std::vector<qint64>{pk->first().first().toLongLong()});
        const auto all = finder.matchingKeys(u"lovelace"_s);
        QCOMPARE(all->size(), size_t(5));
        QVERIFY(std::is_sorted(all->cbegin(), all->cend()));
        QVERIFY(finder.matchingKeys(u"  "_s)->empty());
    }
};

QTEST_GUILESS_MAIN(TestPaperSearch)
#include "tst_papersearch.moc"
