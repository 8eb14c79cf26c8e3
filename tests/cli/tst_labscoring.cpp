// Paid once per lab: real `papersift score` processes on one PostgreSQL library and one fake
// endpoint. Two at once pay for each paper once; one killed mid-run leaves claims that expire and
// are scored by the next run.
#include "fakellmserver.h"
#include "pgtestserver.h"
#include "testsupport.h"

#include <QDir>
#include <QHash>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

class TestLabScoring : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;

    QString url() const { return PgTestServer::url(m_database); }

    std::unique_ptr<QProcess> start(const QStringList &args, const QString &config)
    {
        auto p = std::make_unique<QProcess>();
        p->setProgram(QStringLiteral(PAPERSIFT_EXECUTABLE));
        p->setArguments(QStringList { u"--db"_s, url(), u"--config"_s, config } + args);
        p->start();
        return p;
    }

    /// Runs papersift to the end while this thread's event loop serves the fake endpoint.
    int run(QProcess &p)
    {
        if (p.state() != QProcess::NotRunning) {
            QSignalSpy finished(&p, &QProcess::finished);
            if (!finished.wait(120000))
                return -1;
        }
        if (p.exitCode() != 0)
            qWarning("papersift: %s%s", p.readAllStandardOutput().constData(), p.readAllStandardError().constData());
        return p.exitCode();
    }

    QStringList scoreArgs(const FakeLlmServer &server) const
    {
        return { u"score"_s, u"--date"_s, u"2025-06-16"_s, u"--scorer"_s, u"llm"_s, u"--base-url"_s,
            server.baseUrl().toString(), u"--model"_s, u"fake-model"_s, u"--no-title-filter"_s, u"--budget"_s, u"0"_s };
    }

    /// A config folder whose claims last `expirySec`.
    QString config(const QString &name, int expirySec)
    {
        const QString dir = m_dir.filePath(name);
        QDir().mkpath(dir);
        QFile ini(dir + u"/papersift.ini"_s);
        if (!ini.open(QIODevice::WriteOnly))
            return {};
        ini.write(u"[library]\nclaimExpirySec=%1\n[llm]\nconcurrency=2\nbatchSize=5\nadaptiveBatch=false\n"_s.arg(expirySec).toUtf8());
        return dir;
    }

    /// How often the endpoint saw each paper.
    static QHash<QString, int> seen(const FakeLlmServer &server)
    {
        QHash<QString, int> times;
        for (const FakeLlmRequest &r : server.requests())
            for (const QString &id : r.arxivIds())
                ++times[id];
        return times;
    }

    int scoredPapers()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"check"_s);
        db.setHostName(PgTestServer::socketDir());
        db.setPort(PgTestServer::port());
        db.setUserName(u"papersift"_s);
        db.setDatabaseName(m_database);
        int n = -1;
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT count(DISTINCT paper_id) FROM scores WHERE relevance IS NOT NULL"_s) && q.next())
                n = q.value(0).toInt();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
        return n;
    }

    int papersOfTheDay = 0;

private slots:
    void initTestCase()
    {
        QVERIFY2(PgTestServer::available(), "the harness's PostgreSQL server is not running");
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_database = PgTestServer::createDatabase();
        QVERIFY(!m_database.isEmpty());
        auto import = start(
            { u"import"_s, fixturePath(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s) }, config(u"import"_s, 600));
        QCOMPARE(run(*import), 0);
    }

    void cleanup() { PgTestServer::dropDatabase(m_database); }

    void twoScorersPayOncePerPaper()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        const auto score = FakeLlmServer::scorePapers();
        server.setHandler([score](const FakeLlmRequest &r) {
            return score(r).withDelay(40);
        });
        auto a = start(scoreArgs(server), config(u"a"_s, 600));
        auto b = start(scoreArgs(server), config(u"b"_s, 600));
        QCOMPARE(run(*a), 0);
        QCOMPARE(run(*b), 0);
        QVERIFY2(server.maxInFlight() > 2, "the two scorers did not overlap"); // each sends at most 2 at once

        const QHash<QString, int> times = seen(server);
        QVERIFY(times.size() > 100);
        for (auto it = times.cbegin(); it != times.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(u"%1 was sent %2 times"_s.arg(it.key()).arg(it.value())));
        QCOMPARE(scoredPapers(), int(times.size()));
        // Both ended with every paper scored: a third run finds nothing to pay for.
        const int before = server.requestCount();
        auto c = start(scoreArgs(server), config(u"c"_s, 600));
        QCOMPARE(run(*c), 0);
        QCOMPARE(server.requestCount(), before);
        QVERIFY(QString::fromUtf8(c->readAllStandardOutput()).contains(u"%1 already scored"_s.arg(times.size())));
    }

    void aKilledScorersClaimsExpire()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        const auto score = FakeLlmServer::scorePapers();
        server.setHandler([score](const FakeLlmRequest &r) {
            return score(r).withDelay(150);
        });
        auto killed = start(scoreArgs(server), config(u"killed"_s, 2));
        // Mid-run: some batches answered and stored, two in flight (claimed, never stored).
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= 6, 30000);
        killed->kill(); // SIGKILL: no cleanup of any kind
        QVERIFY(killed->waitForFinished(10000));
        QCOMPARE(killed->exitStatus(), QProcess::CrashExit);
        const QHash<QString, int> before = seen(server);

        auto next = start(scoreArgs(server), config(u"next"_s, 2));
        QCOMPARE(run(*next), 0);
        const QHash<QString, int> times = seen(server);
        QCOMPARE(scoredPapers(), int(times.size()));
        // Only what was in flight at the kill was paid for twice.
        int twice = 0;
        for (auto it = times.cbegin(); it != times.cend(); ++it) {
            QVERIFY(it.value() <= 2);
            if (it.value() == 2) {
                QVERIFY(before.contains(it.key()));
                ++twice;
            }
        }
        QVERIFY2(twice <= 2 * 5 + 5, qPrintable(QString::number(twice))); // in flight, plus one being sent
    }
};

QTEST_GUILESS_MAIN(TestLabScoring)
#include "tst_labscoring.moc"
