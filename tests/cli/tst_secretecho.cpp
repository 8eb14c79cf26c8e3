// Issue 15's secret experiment, re-run: an endpoint that echoes back what it was sent — the API
// key, the Authorization value, the base URL's query key, an extra header's value — in its error
// bodies. No secret may reach the database (unscored_reason, the run's error and state), stdout,
// stderr or the log (which goes to stderr in the command line).
#include "config/settings.h"
#include "fakellmserver.h"
#include "store/database.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

namespace {
const QString apiKey = u"sk-test-EchoKey0123456789"_s;
const QString queryKey = u"QueryKey_8c1f"_s;
const QString headerKey = u"HeaderKey_77d2"_s;
const QStringList secrets { apiKey, queryKey, headerKey, u"EchoKey0123456789"_s };

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome papersift(const Sandbox &sandbox, const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(PAPERSIFT_EXECUTABLE));
    p.setArguments(QStringList { u"--db"_s, sandbox.databaseFile(), u"--config"_s, sandbox.configDir() } + args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PAPERSIFT_API_KEY"_s, apiKey);
    env.insert(u"QT_LOGGING_RULES"_s, u"papersift.*=true"_s); // every log line, debug included
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start();
    if (!finished.wait(180000)) {
        p.kill();
        finished.wait(5000);
        return {};
    }
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

// Everything the server saw, in the places servers put it: a JSON error message, and a body.
QByteArray echo(const FakeLlmRequest &r)
{
    const QString said = u"Invalid request to %1?%2 with Authorization: %3 and x-api-key %4 (key %5)"_s.arg(
        r.path, r.query, QString::fromUtf8(r.authorization()), QString::fromUtf8(r.header("x-api-key")), apiKey);
    return QJsonDocument(
        QJsonObject { { u"error"_s, QJsonObject { { u"message"_s, said }, { u"type"_s, u"echo"_s } } } })
        .toJson(QJsonDocument::Compact);
}

// A secret, or a recognisable part of one (a quote cut inside it).
QString leaked(const QString &text)
{
    for (const QString &s : secrets) {
        for (qsizetype from = 0; from + 10 <= s.size(); ++from) {
            if (text.contains(QStringView(s).mid(from, 10)))
                return s;
        }
    }
    return {};
}

QString everythingStored(const Sandbox &sandbox)
{
    auto db = Database::open(sandbox.databaseFile(), Database::Mode::ReadOnly);
    if (!db)
        return u"cannot open the database"_s;
    QString all;
    for (const QString &sql : { u"SELECT unscored_reason || comment FROM scores"_s,
             u"SELECT error || CAST(COALESCE(state, '') AS TEXT) FROM runs"_s }) {
        auto rows = (*db)->exec(sql);
        if (!rows)
            return rows.errorMessage();
        for (const QVariantList &row : *rows)
            all += row.value(0).toString() + u'\n';
    }
    return all;
}
} // namespace

class TestSecretEcho : public QObject
{
    Q_OBJECT

private slots:
    void noEchoedSecretIsStoredLoggedOrShown_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("401, fatal") << 401 << 4;
        QTest::newRow("400, fatal") << 400 << 4;
        QTest::newRow("429 until the breaker opens") << 429 << 4;
        QTest::newRow("a 200 that is not a completion") << 200 << 4;
    }

    void noEchoedSecretIsStoredLoggedOrShown()
    {
        QFETCH(int, status);
        QFETCH(int, exitCode);
        Sandbox sandbox;
        {
            Settings settings;
            QVERIFY(settings.set(Settings::ExtraHeaders, QString(u"X-Api-Key: "_s + headerKey)).isEmpty());
            settings.sync();
        }
        const Outcome imported
            = papersift(sandbox, { u"import"_s, fixturePath(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s) });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        FakeLlmServer server;
        QVERIFY(server.start());
        server.setHandler([status](const FakeLlmRequest &r) {
            FakeLlmResponse response = FakeLlmResponse::json(status, echo(r));
            if (status == 200) // not a chat completion: the client quotes the body
                response.body = "<html>" + echo(r) + "</html>";
            return response.withHeader("retry-after-ms", "1");
        });
        QUrl base = server.baseUrl();
        base.setQuery(u"api-version=2024-06-01&key="_s + queryKey);

        const Outcome run = papersift(sandbox,
            { u"score"_s, u"--date"_s, u"2025-06-16"_s, u"--categories"_s, u"cs.AI"_s, u"--scorer"_s, u"llm"_s,
                u"--base-url"_s, base.toString(), u"--model"_s, u"gpt-4o"_s, u"--no-title-filter"_s, u"--budget"_s,
                u"0"_s });
        QCOMPARE(run.exitCode, exitCode);
        // The server did get them (so they could be echoed)…
        QVERIFY(!server.requests().isEmpty());
        const FakeLlmRequest &first = server.requests().first();
        QCOMPARE(first.authorization(), "Bearer " + apiKey.toUtf8());
        QCOMPARE(first.header("x-api-key"), headerKey.toUtf8());
        QVERIFY(first.query.contains(queryKey));
        // …and nothing of them came back out.
        QVERIFY2(leaked(run.out).isEmpty(), qPrintable(run.out));
        QVERIFY2(leaked(run.err).isEmpty(), qPrintable(leaked(run.err) + u" in: "_s + run.err));
        const QString stored = everythingStored(sandbox);
        QVERIFY2(leaked(stored).isEmpty(), qPrintable(stored.left(2000)));
        QVERIFY2(run.err.contains(u"[redacted]"_s), qPrintable(run.err)); // the message was kept, not dropped
    }
};

QTEST_GUILESS_MAIN(TestSecretEcho)
#include "tst_secretecho.moc"
