// Issue 15's first experiment, re-run: `papersift score` against an endpoint that is dead in each
// of the ways seen in the wild (every request 429, 502, an HTML page with 200, `choices: []`). It
// must exit 4 within two minutes, name the endpoint and what to do, record the run as failed,
// keep what was scored and let the next run finish the day.
//
// The server lives in this process: the child is awaited with QSignalSpy::wait (which spins the
// event loop), never waitForFinished(). The client's real retry policy runs (1 s backoff base).
#include "config/settings.h"
#include "domain/runverdict.h"
#include "fakellmserver.h"
#include "store/database.h"
#include "store/runlog.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

Outcome papersift(const Sandbox &sandbox, const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(PAPERSIFT_EXECUTABLE));
    p.setArguments(QStringList { u"--db"_s, sandbox.databaseFile(), u"--config"_s, sandbox.configDir() } + args);
    QSignalSpy finished(&p, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    p.start();
    if (!finished.wait(180000) || p.exitStatus() != QProcess::NormalExit) {
        p.kill();
        finished.wait(5000);
        return {};
    }
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()),
        clock.elapsed() };
}

QStringList scoreArgs(const FakeLlmServer &server)
{
    return { u"score"_s, u"--date"_s, u"2025-06-16"_s, u"--categories"_s, u"cs.LG,cs.AI"_s, u"--announce"_s,
        u"new,cross"_s, u"--scorer"_s, u"llm"_s, u"--base-url"_s, server.baseUrl().toString(), u"--model"_s,
        u"gpt-4o"_s, u"--no-title-filter"_s, u"--budget"_s, u"0"_s };
}

int count(const Sandbox &sandbox, const QString &sql)
{
    auto db = Database::open(sandbox.databaseFile(), Database::Mode::ReadOnly);
    if (!db)
        return -1;
    auto rows = (*db)->exec(sql);
    return rows && !rows->isEmpty() ? rows->first().first().toInt() : -1;
}

std::optional<RunSummary> lastRun(const Sandbox &sandbox)
{
    auto db = Database::open(sandbox.databaseFile(), Database::Mode::ReadOnly);
    if (!db)
        return std::nullopt;
    auto run = RunLog(**db).lastRun();
    return run ? *run : std::nullopt;
}

} // namespace

class TestDeadEndpoint : public QObject
{
    Q_OBJECT

    void importDay(const Sandbox &sandbox)
    {
        const Outcome imported = papersift(sandbox,
            { u"import"_s, fixturePath(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s),
                fixturePath(u"arxiv/rss2_daily_cs-lg_fetched-2025-06-17.xml"_s) });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

private slots:
    void exitsFourWithinTwoMinutes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("reason");
        QTest::newRow("every request 429") << 429 << readFixture(u"openai/error_429_rate_limit_exceeded_tokens.json"_s)
                                           << QByteArray("application/json") << u"the endpoint answered HTTP 429"_s;
        QTest::newRow("502") << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
                             << QByteArray("text/html") << u"the endpoint answered HTTP 502"_s;
        QTest::newRow("an HTML 200") << 200 << QByteArray("<!DOCTYPE html><html><body>Sign in</body></html>")
                                     << QByteArray("text/html")
                                     << u"the endpoint answered HTTP 200 without a usable reply"_s;
        QTest::newRow("choices: []") << 200 << QByteArray(R"({"id":"x","object":"chat.completion","choices":[]})")
                                     << QByteArray("application/json")
                                     << u"the endpoint answered HTTP 200 without a usable reply"_s;
    }

    void exitsFourWithinTwoMinutes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, reason);
        Sandbox sandbox;
        importDay(sandbox);
        FakeLlmServer server;
        QVERIFY(server.start());
        server.setHandler([=](const FakeLlmRequest &) {
            return FakeLlmResponse::json(status, body).withHeader("Content-Type", contentType);
        });

        const Outcome run = papersift(sandbox, scoreArgs(server));
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.ms < 120000, qPrintable(QString::number(run.ms)));
        qInfo("exit 4 after %lld ms and %d requests; stderr: %s", run.ms, server.requestCount(), qPrintable(run.err));
        // Bounded: the breaker's 10 failed attempts in a row, plus what was in flight.
        QVERIFY2(server.requestCount() <= 20, qPrintable(QString::number(server.requestCount())));
        // Names the endpoint and says what to do.
        QVERIFY2(run.err.contains(server.baseUrl().toString()), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"10 requests in a row failed"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"papersift score --date 2025-06-16"_s), qPrintable(run.err));
        QVERIFY2(run.out.contains(u"scored 0 of 318"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"318 unscored: "_s + reason), qPrintable(run.out));

        const auto recorded = lastRun(sandbox);
        QVERIFY(recorded);
        QCOMPARE(recorded->status, RunStatus::Failed);
        QVERIFY(recorded->error.contains(u"10 requests in a row failed"_s));
        const auto verdict = RunVerdictRecord::fromState(recorded->state);
        QVERIFY(verdict);
        QCOMPARE(verdict->verdict, RunVerdict::EndpointFailed);
        QCOMPARE(verdict->reason, reason);
        QCOMPARE(verdict->scored, 0);
        QCOMPARE(verdict->of, 318);
        QCOMPARE(count(sandbox, u"SELECT COUNT(*) FROM scores WHERE relevance IS NULL"_s), 318);

        // Its digest says the day is unscored, and why; export warns on stderr.
        const Outcome exported
            = papersift(sandbox, { u"export"_s, u"--date"_s, u"2025-06-16"_s, u"--model"_s, u"gpt-4o"_s });
        QCOMPARE(exported.exitCode, 0);
        const QString line
            = u"Unscored: 318 ("_s + reason + u") — run `papersift score --date 2025-06-16` to finish\n"_s;
        QVERIFY2(exported.out.contains(u"Total scanned papers: 0\n\nTotal relevant papers: 0\n\n"_s + line),
            qPrintable(exported.out.left(900)));
        QVERIFY2(exported.err.contains(u"318 of 318 papers of 2025-06-16 are unscored ("_s + reason + u')'),
            qPrintable(exported.err));
    }

    void aStallingEndpointEndsAtTheDeadlineAndFreesTheLock()
    {
        Sandbox sandbox;
        importDay(sandbox);
        FakeLlmServer server;
        QVERIFY(server.start());
        server.setHandler([](const FakeLlmRequest &) {
            return FakeLlmResponse::stall();
        });
        QStringList args = scoreArgs(server);
        args << u"--deadline"_s << u"0.05"_s; // three seconds
        const Outcome run = papersift(sandbox, args);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.ms < 60000, qPrintable(QString::number(run.ms))); // not the 120 s timeout, not 20 min
        qInfo("a stalling endpoint: exit 4 after %lld ms", run.ms);
        QVERIFY2(run.err.contains(u"reached its deadline"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(sandbox.databaseFile() + u".run.lock"_s));
        const auto verdict = RunVerdictRecord::fromState(lastRun(sandbox)->state);
        QCOMPARE(verdict->verdict, RunVerdict::DeadlineReached);
        QCOMPARE(count(sandbox, u"SELECT COUNT(*) FROM scores WHERE relevance IS NULL"_s), 318);
        // The next run starts at once and finishes the day.
        server.setHandler(FakeLlmServer::scorePapers());
        const Outcome next = papersift(sandbox, scoreArgs(server));
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        QVERIFY2(next.out.contains(u"scored 318 of 318"_s), qPrintable(next.out));
    }

    void runExportWritesTheUnfinishedDigestAndExitsFour()
    {
        Sandbox sandbox;
        importDay(sandbox);
        FakeLlmServer server;
        QVERIFY(server.start());
        server.setHandler([](const FakeLlmRequest &) {
            return FakeLlmResponse::fixture(u"error_429_rate_limit_exceeded_tokens.json"_s, 429);
        });
        QStringList args = scoreArgs(server);
        args[0] = u"run"_s;
        const QString digest = sandbox.path(u"digest.md"_s);
        args << u"--export"_s << digest;
        const Outcome run = papersift(sandbox, args);
        QCOMPARE(run.exitCode, 4);
        QFile file(digest);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(
            "Unscored: 318 (the endpoint answered HTTP 429) — run `papersift score --date 2025-06-16` to finish"));
        QVERIFY2(run.err.contains(u"papersift export: 318 of 318 papers"_s), qPrintable(run.err));
    }

    void aPartlyScoredDayKeepsItsScoresAndTheNextRunFinishes()
    {
        Sandbox sandbox;
        importDay(sandbox);
        FakeLlmServer server;
        QVERIFY(server.start());
        {
            // Batches of five, so that ten requests are 50 papers.
            Settings settings;
            QVERIFY(settings.set(Settings::AdaptiveBatch, false).isEmpty());
            settings.sync();
        }
        // Ten requests (50 papers) get through, then the endpoint dies.
        server.setHandler([](const FakeLlmRequest &r) {
            if (r.index < 10)
                return FakeLlmServer::scorePapers()(r);
            return FakeLlmResponse::json(503, R"({"error":{"message":"Service Unavailable"}})");
        });
        const Outcome first = papersift(sandbox, scoreArgs(server));
        QCOMPARE(first.exitCode, 4);
        QVERIFY2(first.out.contains(u"scored 50 of 318"_s), qPrintable(first.out));
        QVERIFY2(first.err.contains(u"50 of 318 papers are scored and kept"_s), qPrintable(first.err));
        QCOMPARE(count(sandbox, u"SELECT COUNT(*) FROM scores WHERE relevance IS NOT NULL"_s), 50);

        // Back up: the next run sends only the 268 left.
        server.setHandler(FakeLlmServer::scorePapers());
        const int before = server.requestCount();
        const Outcome second = papersift(sandbox, scoreArgs(server));
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(u"scored 318 of 318"_s), qPrintable(second.out));
        QVERIFY2(second.out.contains(u"50 already scored"_s), qPrintable(second.out));
        QCOMPARE(server.requestCount() - before, 54); // ⌈268 / 5⌉
        const auto verdict = RunVerdictRecord::fromState(lastRun(sandbox)->state);
        QCOMPARE(verdict->verdict, RunVerdict::Complete);
    }
};

QTEST_GUILESS_MAIN(TestDeadEndpoint)
#include "tst_deadendpoint.moc"
