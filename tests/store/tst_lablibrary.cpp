// A lab's shared library on the harness's PostgreSQL server: URLs and passwords, two readers on
// one database, a reader without write access, claims, live notifications, copying between engines.
#include "pipeline/rankingtrainer.h"
#include "store/changefeed.h"
#include "store/learningstore.h"
#include "store/librarycopy.h"
#include "store/libraryquery.h"
#include "store/papersearch.h"
#include "store/rulestore.h"
#include "store/runlog.h"

#include "store/scoreclaims.h"
#include "store/userstatestore.h"
#include "storetest.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSemaphore>
#include <QThread>

#include <memory>

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

class TestLabLibrary : public StoreTest
{
    Q_OBJECT

    /// A login role of this test run (roles are the server's, shared by the suites running now).
    QString role(const QString &name) const { return u"%1_%2"_s.arg(name).arg(QCoreApplication::applicationPid()); }

    /// Makes a member (reads and writes) or a reader (reads only) of this test's database.
    void makeRole(const QString &name, bool member, const QString &password = u"s3cret 'pw'"_s)
    {
        QString quoted = password;
        quoted.replace(u"'"_s, u"''"_s);
        QStringList grants
            = { u"DROP ROLE IF EXISTS %1"_s.arg(name), u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(name, quoted),
                  u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(name) };
        if (member)
            grants += { u"GRANT INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO %1"_s.arg(name),
                u"GRANT DELETE ON score_claims, user_state, learned_models, outside_ratings, rules TO %1"_s.arg(name),
                u"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1"_s.arg(name) };
        QVERIFY(PgTestServer::run(m_pgDatabase, grants));
    }

    /// Two members of this test's database, each on a connection of their own.
    std::pair<std::unique_ptr<Database>, std::unique_ptr<Database>> twoMembers(const QString &a, const QString &b)
    {
        makeRole(a, true);
        makeRole(b, true);
        return { openAs(a), openAs(b) };
    }

    std::unique_ptr<Database> openAs(const QString &user, Database::Mode mode = Database::Mode::ReadWrite)
    {
        auto db = Database::open(PgTestServer::url(m_pgDatabase, user), mode);
        if (!db)
            qWarning("%s", qPrintable(db.errorMessage()));
        return db ? std::move(*db) : nullptr;
    }

private slots:
    void initTestCase()
    {
        if (!PgTestServer::engineIsPostgres())
            QSKIP("runs as tst_lablibrary_pg only");
    }

    void urls()
    {
        auto l = DatabaseLocation::parse(u"postgresql://ada@db.lab.example:6543/papers?sslmode=verify-full&"
                                         "sslrootcert=/etc/lab/ca.pem"_s);
        QVERIFY2(l, qPrintable(l.errorMessage()));
        QCOMPARE(l->engine(), DatabaseLocation::Engine::Postgres);
        QCOMPARE(l->host(), u"db.lab.example"_s);
        QCOMPARE(l->port(), 6543);
        QCOMPARE(l->userName(), u"ada"_s);
        QCOMPARE(l->databaseName(), u"papers"_s);
        QCOMPARE(l->parameters().value(u"sslmode"_s), u"verify-full"_s);
        QCOMPARE(l->parameters().value(u"sslrootcert"_s), u"/etc/lab/ca.pem"_s);
        QCOMPARE(DatabaseLocation::parse(l->text())->text(), l->text()); // canonical
        const auto withPassword = DatabaseLocation::parse(u"postgresql://ada:hunter2@db/papers"_s);
        QVERIFY(!withPassword);
        QVERIFY(!withPassword.errorMessage().contains(u"hunter2"_s));
        QVERIFY(withPassword.errorMessage().contains(u"~/.pgpass"_s));
        QVERIFY(!DatabaseLocation::parse(u"postgresql://ada@db/papers?password=x"_s));
        QVERIFY(!DatabaseLocation::parse(u"postgresql://ada@db/papers?frobnicate=1"_s));
        QVERIFY(!DatabaseLocation::parse(u"postgresql://ada@db"_s)); // no database
        QCOMPARE(DatabaseLocation::parse(u"/tmp/x.sqlite"_s)->engine(), DatabaseLocation::Engine::Sqlite);
    }

    // The schema version lives in papersift_schema; someone else's database is left alone.
    void migrationsOnAServer()
    {
        QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(count(u"SELECT version FROM papersift_schema"_s), Database::latestSchemaVersion());
        QCOMPARE(Database::bundledMigrations(u"postgresql"_s).size(), Database::bundledMigrations().size());
        for (qsizetype i = 0; i < Database::bundledMigrations().size(); ++i) // the same versions
            QCOMPARE(Database::bundledMigrations(u"postgresql"_s).at(i).version,
                Database::bundledMigrations().at(i).version);
        auto again = Database::open(location());
        QVERIFY(again);
        QCOMPARE((*again)->schemaVersion(), Database::latestSchemaVersion());

        const QString foreign = PgTestServer::createDatabase();
        QVERIFY(PgTestServer::run(foreign, { u"CREATE TABLE accounts (id integer)"_s }));
        auto refused = Database::open(PgTestServer::url(foreign));
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"not PaperSift's"_s), qPrintable(refused.errorMessage()));
        PgTestServer::dropDatabase(foreign);

        auto missing = Database::open(PgTestServer::url(u"no_such_database"_s));
        QVERIFY(!missing);
        QVERIFY2(
            missing.errorMessage().contains(u"Cannot reach the shared library"_s), qPrintable(missing.errorMessage()));
    }

    // libpq reads the password from ~/.pgpass (here PGPASSFILE) or PGPASSWORD; a failed login names
    // where to put one and never shows one.
    void passwordFromPgpass()
    {
        const QString alice = role(u"pw"_s);
        makeRole(alice, true, u"pa:ss\\word"_s);
        const QString url = PgTestServer::tcpUrl(m_pgDatabase, alice);
        auto none = Database::open(url);
        QVERIFY(!none);
        QVERIFY2(none.errorMessage().contains(u"~/.pgpass"_s), qPrintable(none.errorMessage()));

        const QString pgpass = m_sandbox->path(u"pgpass"_s);
        QFile f(pgpass);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"127.0.0.1:%1:%2:%3:pa\\:ss\\\\word\n"_s.arg(PgTestServer::port()).arg(m_pgDatabase, alice).toUtf8());
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        qputenv("PGPASSFILE", pgpass.toLocal8Bit());
        auto db = Database::open(url);
        qunsetenv("PGPASSFILE");
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QCOMPARE((*db)->userName(), alice);

        qputenv("PGPASSWORD", "wrong password");
        auto wrong = Database::open(url);
        qunsetenv("PGPASSWORD");
        QVERIFY(!wrong);
        QVERIFY(!wrong.errorMessage().contains(u"wrong password"_s));
        QVERIFY(!wrong.error().detail.contains(u"wrong password"_s));
    }

    // Scores are the lab's; read and star marks are each reader's own; stars are counted for all.
    void twoReadersOneLibrary()
    {
        QVERIFY(PaperRepository(*m_db).importFeed(dayOneFeed()));
        const QString sha = saveCriteria();
        const QString aliceName = role(u"alice"_s), bobName = role(u"bob"_s);
        auto [alice, bob] = twoMembers(aliceName, bobName);
        QVERIFY(alice && bob);

        QVERIFY(ScoreStore(*alice).saveScores({ makeScore(u"2506.00001"_s, 1, sha, 9, 8) }));
        QCOMPARE((*ScoreStore(*bob).score({ u"2506.00001"_s, 1, sha, u"gpt-4o"_s, u"v1"_s }))->relevance, 9);

        UserStateStore aliceStates(*alice), bobStates(*bob);
        QVERIFY(aliceStates.setRead(u"2506.00001"_s, true));
        QVERIFY(aliceStates.setStarred(u"2506.00001"_s, true));
        QVERIFY(aliceStates.setNote(u"2506.00001"_s, u"alice's note"_s));
        QVERIFY(bobStates.setStarred(u"2506.00001"_s, true));
        QVERIFY(bobStates.setStarred(u"2506.00002"_s, true));
        QCOMPARE(bobStates.userState(u"2506.00001"_s)->read, false);
        QCOMPARE(bobStates.userState(u"2506.00001"_s)->note, QString());
        QCOMPARE(aliceStates.userState(u"2506.00001"_s)->note, u"alice's note"_s);
        QCOMPARE(*aliceStates.starredIds(), QStringList { u"2506.00001"_s });
        QCOMPARE(bobStates.starredIds()->size(), 2);
        const auto stars = bobStates.labStarCounts();
        QVERIFY(stars);
        QCOMPARE(stars->value(u"2506.00001"_s), 2);
        QCOMPARE(stars->value(u"2506.00002"_s), 1);
        // A colleague's note is shown to the others, never one's own as a colleague's.
        const auto bobSees = bobStates.labNotes(u"2506.00001"_s);
        QVERIFY(bobSees);
        QCOMPARE(bobSees->size(), 1);
        QCOMPARE(bobSees->first().reader, aliceName);
        QCOMPARE(bobSees->first().note, u"alice's note"_s);
        QVERIFY(aliceStates.labNotes(u"2506.00001"_s)->isEmpty());

        auto rows = LibraryQuery(*bob).listedPapers(ListingQuery { day1, day1, {}, sha });
        QVERIFY(rows);
        for (const ListedPaper &p : std::as_const(*rows)) {
            QVERIFY(!p.read); // alice's read mark is hers
            if (p.id == "2506.00001"_L1)
                QCOMPARE(p.relevance, 9); // her score is the lab's
        }
        // Row-level security: bob cannot write alice's marks even with SQL of his own.
        auto sneaky = bob->exec(u"UPDATE user_state SET note = 'bob was here' WHERE db_user = ?"_s, { aliceName });
        QVERIFY(sneaky);
        QCOMPARE(aliceStates.userState(u"2506.00001"_s)->note, u"alice's note"_s);
    }

    // Each reader's ratings train their own ranking, which no colleague reads or counts.
    void eachReaderHasTheirOwnRules()
    {
        QVERIFY(PaperRepository(*m_db).importFeed(dayOneFeed()));
        const QString aliceName = role(u"alice"_s), bobName = role(u"bob"_s);
        auto [alice, bob] = twoMembers(aliceName, bobName);
        QVERIFY(alice && bob);
        RuleStore aliceRules(*alice), bobRules(*bob);
        const auto aliceMute = aliceRules.add(PaperRule::Action::Mute, u"cat:quant-ph"_s);
        QVERIFY2(aliceMute, qPrintable(aliceMute.errorMessage()));
        QVERIFY(bobRules.add(PaperRule::Action::Keep, u"cat:quant-ph"_s)); // the same words, another rule
        QCOMPARE(aliceRules.rules()->size(), 1);
        QCOMPARE(bobRules.rules()->size(), 1);
        QVERIFY(aliceRules.book()->isMuted(u"2506.00004"_s, { u"quant-ph"_s }));
        QVERIFY(!bobRules.book()->isMuted(u"2506.00004"_s, { u"quant-ph"_s }));
        // Bob cannot remove Alice's rule: to him it does not exist.
        QCOMPARE(*bobRules.remove(*aliceMute), false);
        QCOMPARE(*aliceRules.remove(*aliceMute), true);
        QCOMPARE(aliceRules.rules()->size(), 0);
        QCOMPARE(bobRules.rules()->size(), 1);
    }

    void eachReaderHasTheirOwnRanking()
    {
        QList<Paper> papers;
        for (int i = 0; i < 30; ++i)
            papers.append(makePaper(u"2506.%1"_s.arg(20000 + i), 1,
                i < 15 ? u"Graph networks number %1"_s.arg(i) : u"Protein folding number %1"_s.arg(i), { u"cs.LG"_s }));
        QVERIFY(PaperRepository(*m_db).importFeed(makeFeed(day1, { u"cs.LG"_s }, papers)));
        const QString aliceName = role(u"alice"_s), bobName = role(u"bob"_s);
        auto [alice, bob] = twoMembers(aliceName, bobName);
        QVERIFY(alice && bob);
        UserStateStore aliceStates(*alice), bobStates(*bob);
        for (int i = 0; i < 30; ++i) {
            QVERIFY(aliceStates.setRating(papers[i].id, i < 15 ? 5 : 1)); // alice likes graphs
            QVERIFY(bobStates.setRating(papers[i].id, i < 15 ? 1 : 5)); // bob likes proteins
        }
        const auto aliceTrained = RankingTrainer::train(*alice, QString());
        QVERIFY2(aliceTrained && aliceTrained->trained, qPrintable(aliceTrained.errorMessage()));
        QVERIFY(!*LearningStore(*bob).ranking()); // hers is not his
        QCOMPARE(bob->exec(u"SELECT count(*) FROM learned_models"_s)->first().first().toInt(), 0); // not even seen
        const auto bobTrained = RankingTrainer::train(*bob, QString());
        QVERIFY(bobTrained && bobTrained->trained);
        const Paper graphs = makePaper(u"x"_s, 1, u"Graph networks again"_s, { u"cs.LG"_s });
        QVERIFY((*LearningStore(*alice).ranking())->model.decision(graphs) > 0);
        QVERIFY((*LearningStore(*bob).ranking())->model.decision(graphs) < 0);
        QCOMPARE(LearnedModel::modelName(alice->userName()), u"learned:"_s + aliceName);
    }

    // A reader without write access gets a read-only library and a message that says why.
    void readerWithoutWriteAccess()
    {
        QVERIFY(PaperRepository(*m_db).importFeed(dayOneFeed()));
        const QString guest = role(u"guest"_s);
        makeRole(guest, false);
        auto writing = Database::open(PgTestServer::url(m_pgDatabase, guest));
        QVERIFY(!writing);
        QCOMPARE(writing.error().code, ErrorCode::ReadOnly);
        QVERIFY2(writing.errorMessage().contains(u"read-only"_s), qPrintable(writing.errorMessage()));
        auto reading = openAs(guest, Database::Mode::ReadOnly);
        QVERIFY(reading);
        QCOMPARE(PaperRepository(*reading).paperCount().value(), 4);
        const Status star = UserStateStore(*reading).setStarred(u"2506.00001"_s, true);
        QVERIFY(!star);
        QCOMPARE(star.error().code, ErrorCode::ReadOnly);
    }

    // Two scorers claim; only one gets a key; an expired claim is taken over.
    void claims()
    {
        QVERIFY(PaperRepository(*m_db).importFeed(dayOneFeed()));
        const QString sha = saveCriteria();
        auto other = Database::open(location());
        QVERIFY(other);
        const ScoreKey k1 { u"2506.00001"_s, 1, sha, u"m"_s, u"v1"_s }, k2 { u"2506.00002"_s, 1, sha, u"m"_s, u"v1"_s };
        ScoreClaims a(*m_db, u"a"_s, 600), b(**other, u"b"_s, 1);
        QCOMPARE(*a.claim({ k1 }), QList<ScoreKey> { k1 });
        QCOMPARE(*b.claim({ k1, k2 }), QList<ScoreKey> { k2 });
        QCOMPARE(*a.claim({ k1, k2 }), QList<ScoreKey> { k1 }); // renews its own, b's k2 is taken
        // b's claim lasts one second; then a may take k2 over.
        QTRY_COMPARE_WITH_TIMEOUT(a.claim({ k2 })->size(), 1, 5000);
        QCOMPARE(*a.claim({ k2, k1 }), (QList<ScoreKey> { k2, k1 })); // in the order asked
        // A stored score drops its claim.
        QVERIFY(ScoreStore(**other).saveScores({ makeScore(u"2506.00001"_s, 1, sha, 7, 7, u"m"_s) }));
        QCOMPARE(count(u"SELECT count(*) FROM score_claims WHERE paper_id = '2506.00001'"_s), 0);
        QVERIFY(a.releaseAll());
        QCOMPARE(count(u"SELECT count(*) FROM score_claims"_s), 0);
    }

    // Two scorers claiming one batch at the same moment, in opposite orders, both finish: a claim
    // is one transaction that takes the rows in key order, so neither waits on the other in a
    // cycle (PostgreSQL would abort one with "deadlock detected").
    void claimsAtOnceNeverDeadlock()
    {
        const QString sha = saveCriteria();
        QList<ScoreKey> keys;
        for (int i = 0; i < 60; ++i)
            keys.append({ u"2506.%1"_s.arg(10000 + i), 1, sha, u"m"_s, u"v1"_s });
        QList<ScoreKey> reversed(keys.crbegin(), keys.crend());
        QSemaphore ready, go;
        QStringList errors(2);
        QList<int> held(2, 0);
        const auto scorer = [&](int n, const QList<ScoreKey> &batch) {
            return QThread::create([&, n, batch] {
                auto db = Database::open(location());
                if (!db) {
                    errors[n] = db.errorMessage();
                    ready.release();
                    return;
                }
                ScoreClaims claims(**db, u"scorer-%1"_s.arg(n), 600);
                ready.release();
                go.acquire();
                for (int round = 0; round < 10 && errors[n].isEmpty(); ++round) {
                    auto got = claims.claim(batch);
                    if (!got)
                        errors[n] = got.errorMessage();
                    else
                        held[n] += int(got->size());
                    if (Status s = claims.releaseAll(); !s)
                        errors[n] = s.errorMessage();
                }
            });
        };
        std::unique_ptr<QThread> one(scorer(0, keys)), two(scorer(1, reversed));
        one->start();
        two->start();
        ready.acquire(2);
        go.release(2);
        QVERIFY(one->wait(60000) && two->wait(60000));
        QVERIFY2(errors.join(QString()).isEmpty(), qPrintable(errors.join(u"; "_s)));
        QVERIFY(held[0] > 0 || held[1] > 0);
        QCOMPARE(count(u"SELECT count(*) FROM score_claims"_s), 0);
    }

    // Another connection's stored scores are announced to a listening one within moments.
    void changeFeed()
    {
        QVERIFY(PaperRepository(*m_db).importFeed(dayOneFeed()));
        const QString sha = saveCriteria();
        auto reader = Database::open(location(), Database::Mode::ReadOnly);
        QVERIFY(reader);
        ChangeFeed feed(**reader);
        QVERIFY(feed.isLive());
        QSignalSpy stored(&feed, &ChangeFeed::scoresStored);
        QVERIFY(ScoreStore(*m_db).saveScores(
            { makeScore(u"2506.00001"_s, 1, sha, 9, 8), makeScore(u"2506.00002"_s, 1, sha, 3, 3) }));
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 2000);
        QCOMPARE(stored.first().first().toStringList(), (QStringList { u"2506.00001"_s, u"2506.00002"_s }));
    }

    // SQLite → PostgreSQL → SQLite gives the same rows, scores, criteria and the reader's marks.
    void copyThereAndBack()
    {
        auto source = Database::open(m_sandbox->path(u"source.sqlite"_s));
        QVERIFY(source);
        QVERIFY(PaperRepository(**source).importFeed(dayOneFeed()));
        const QString sha = *ScoreStore(**source).saveCriteria(u"## Topics\n- tables\n"_s);
        QVERIFY(ScoreStore(**source).saveScores({ makeScore(u"2506.00001"_s, 1, sha, 9, 8),
            makeScore(u"2506.00002"_s, 1, sha, std::nullopt, std::nullopt) }));
        QVERIFY(UserStateStore(**source).setStarred(u"2506.00003"_s, true));
        QVERIFY(UserStateStore(**source).setNote(u"2506.00003"_s, u"it's $$ \\ '; DROP TABLE papers; --"_s));
        RunSummary run;
        run.day = day1;
        run.state = QByteArray("\x00\x01binary", 8);
        QVERIFY(RunLog(**source).startRun(run));

        auto there = LibraryCopy(**source, *m_db).run();
        QVERIFY2(there, qPrintable(there.errorMessage()));
        auto again = LibraryCopy(**source, *m_db).run(); // resumable: a second copy adds nothing
        QVERIFY2(again, qPrintable(again.errorMessage()));
        for (const TableCount &t : std::as_const(*again))
            QCOMPARE(t.destination, t.source);

        auto back = Database::open(m_sandbox->path(u"back.sqlite"_s));
        QVERIFY(back);
        QVERIFY(LibraryCopy(*m_db, **back).run());
        for (const QString &table : { u"papers"_s, u"paper_versions"_s, u"listings"_s, u"criteria"_s, u"runs"_s,
                 u"scores"_s, u"user_state"_s }) {
            const QString sql = u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(table);
            QVERIFY2(rows(**back, sql) == rows(**source, sql), qPrintable(table));
        }
        QCOMPARE(PaperSearch(**back).search(u"graph"_s).value(), QStringList { u"2506.00003"_s });
        QCOMPARE(PaperSearch(*m_db).search(u"graph"_s).value(), QStringList { u"2506.00003"_s });
        // The ids go on after the copied ones.
        auto next = RunLog(*m_db).startRun(run);
        QVERIFY2(next, qPrintable(next.errorMessage()));
        QCOMPARE(*next, 2);
    }

private:
    static QList<QVariantList> rows(Database &db, const QString &sql)
    {
        QList<QVariantList> out = db.exec(sql).value();
        for (QVariantList &row : out)
            for (QVariant &v : row)
                v = v.isNull() ? QVariant() : QVariant(v.toString()); // compare values, not the driver's types
        return out;
    }
};

QTEST_GUILESS_MAIN(TestLabLibrary)
#include "tst_lablibrary.moc"
