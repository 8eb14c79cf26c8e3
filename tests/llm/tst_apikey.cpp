#include "config/settings.h"
#include "fakellmserver.h"
#include "llm/apikey.h"
#include "llm/chatclient.h"
#include "llm/endpoint.h"
#include "llm/llmerror.h"
#include "testsupport.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace {

// Distinctive, so any leak is found by a plain substring search.
const QString kSecret = u"sk-proj-LEAKCHECK0123456789abcdefXYZ"_s;

QMutex g_logMutex;
QStringList g_log;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log.append(QString::fromUtf8(context.category ? context.category : "default") + u": "_s + message);
    if (type == QtFatalMsg || type == QtCriticalMsg) // still shown, so a crash is explained
        fprintf(stderr, "%s\n", qPrintable(scrubSecrets(g_log.constLast(), kSecret)));
}

/// Runs `done`-style keychain calls to completion.
template<typename T>
std::optional<T> waitFor(const std::function<void(std::function<void(const T &)>)> &call)
{
    std::optional<T> out;
    call([&out](const T &value) {
        out = value;
    });
    if (!QTest::qWaitFor(
            [&out] {
                return out.has_value();
            },
            15000))
        return std::nullopt;
    return out;
}

} // namespace

class TestApiKey : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        qunsetenv("PAPERSIFT_API_KEY");
        qunsetenv("OPENAI_API_KEY");
    }

    void environmentPrecedence()
    {
        const EndpointConfig openai = EndpointConfig::forPreset(EndpointPreset::OpenAI, u"gpt-4o"_s);
        const EndpointConfig openrouter = EndpointConfig::forPreset(EndpointPreset::OpenRouter, u"x"_s);
        QVERIFY(!ApiKeyStore::fromEnvironment(openai));

        qputenv("OPENAI_API_KEY", "sk-from-openai-env");
        std::optional<ApiKey> k = ApiKeyStore::fromEnvironment(openai);
        QVERIFY(k);
        QCOMPARE(k->secret, u"sk-from-openai-env"_s);
        QCOMPARE(k->source, ApiKeySource::EnvOpenAI);
        // An OpenAI key is not handed to another provider.
        QVERIFY(!ApiKeyStore::fromEnvironment(openrouter));
        EndpointConfig customOpenAI = EndpointConfig::forPreset(EndpointPreset::Custom, u"gpt-4o"_s);
        customOpenAI.baseUrl = QUrl(u"https://api.openai.com/v1"_s);
        QVERIFY(ApiKeyStore::fromEnvironment(customOpenAI));

        qputenv("PAPERSIFT_API_KEY", "  sk-from-papersift-env \n");
        k = ApiKeyStore::fromEnvironment(openai);
        QCOMPARE(k->secret, u"sk-from-papersift-env"_s); // wins, trimmed
        QCOMPARE(k->source, ApiKeySource::EnvPaperSift);
        QCOMPARE(ApiKeyStore::fromEnvironment(openrouter)->secret, u"sk-from-papersift-env"_s);

        qputenv("PAPERSIFT_API_KEY", "");
        QCOMPARE(ApiKeyStore::fromEnvironment(openai)->source, ApiKeySource::EnvOpenAI);

        // lookup() uses the environment without touching the keychain.
        QObject context;
        const std::optional<Result<ApiKey>> looked = waitFor<Result<ApiKey>>([&](auto done) {
            ApiKeyStore(u"PaperSiftTest"_s).lookup(openai, &context, done);
        });
        QVERIFY(looked && looked->ok());
        QCOMPARE((*looked)->secret, u"sk-from-openai-env"_s);
        QCOMPARE(ApiKeyStore(u"PaperSiftTest"_s).lookupBlocking(openai)->secret, u"sk-from-openai-env"_s);
    }

    void noKeychainIsAClearError()
    {
        const ApiKeyStore store(u"PaperSiftTest"_s);
        QObject context;
        const EndpointConfig openai = EndpointConfig::forPreset(EndpointPreset::OpenAI, u"gpt-4o"_s);
        const std::optional<Result<ApiKey>> missing = waitFor<Result<ApiKey>>([&](auto done) {
            store.lookup(openai, &context, done);
        });
        QVERIFY(missing);
        QVERIFY(!missing->ok());
        QVERIFY2(missing->errorMessage().contains("No API key for OpenAI"_L1), qPrintable(missing->errorMessage()));
        QVERIFY(missing->errorMessage().contains("PAPERSIFT_API_KEY"_L1));
        QVERIFY(!missing->error().detail.isEmpty()); // why the keychain did not help

        // A local server does not need a key: no key is fine.
        const std::optional<Result<ApiKey>> local = waitFor<Result<ApiKey>>([&](auto done) {
            store.lookup(EndpointConfig::forPreset(EndpointPreset::Ollama, u"m"_s), &context, done);
        });
        QVERIFY(local && local->ok());
        QVERIFY((*local)->isEmpty());
        QVERIFY(store.lookupBlocking(EndpointConfig::forPreset(EndpointPreset::LlamaCpp, u"m"_s)).ok());
        QVERIFY(!store.lookupBlocking(openai).ok());
    }

    void writeWithoutKeychainKeepsNoCopy()
    {
        Sandbox sandbox;
        Settings settings;
        QCOMPARE(settings.set(Settings::Model, u"gpt-4o-mini"_s), QString());
        const ApiKeyStore store(u"PaperSiftTest"_s);
        QObject context;
        const std::optional<Status> written = waitFor<Status>([&](auto done) {
            store.write(u"openai"_s, kSecret, &context, done);
        });
        QVERIFY(written);
        QVERIFY(!written->ok());
        QVERIFY2(written->errorMessage().contains("PAPERSIFT_API_KEY"_L1), qPrintable(written->errorMessage()));
        QVERIFY(!written->errorMessage().contains(kSecret));
        const std::optional<Status> removed = waitFor<Status>([&](auto done) {
            store.remove(u"openai"_s, &context, done);
        });
        QVERIFY(removed && !removed->ok());
        settings.sync();
        QFile ini(settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray bytes = ini.readAll();
        QVERIFY(bytes.contains("gpt-4o-mini")); // the file is the one written
        QVERIFY(!bytes.contains(kSecret.toUtf8()));
    }

    void keyNeverLeaks()
    {
        Sandbox sandbox;
        qputenv("PAPERSIFT_API_KEY", kSecret.toUtf8());

        // Everything, Qt's own network categories included. The fake server's own debug output is left
        // out: it is test code printing the request it received.
        QLoggingCategory::setFilterRules(u"*.debug=true\nqt.httpserver.*=false"_s);
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessages);

        FakeLlmServer server;
        QVERIFY(server.start());
        // The 401 echoes the key the way a careless proxy would; the others make the client retry.
        const QByteArray echo = "{\"error\":{\"message\":\"Invalid key " + kSecret.toUtf8()
            + " (header Authorization: Bearer " + kSecret.toUtf8()
            + ")\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}";
        int firstPaperAttempts = 0;
        server.setHandler([&](const FakeLlmRequest &r) {
            if (r.lastUserMessage().contains("2506.00002"_L1))
                return FakeLlmResponse::json(401, echo);
            switch (firstPaperAttempts++) {
            case 0:
                return FakeLlmResponse::fixture(u"error_429_rate_limit_exceeded_tokens.json"_s, 429)
                    .withHeader("Retry-After", "0");
            case 1:
                return FakeLlmResponse::json(503, echo);
            case 2:
                return FakeLlmResponse::stall();
            default:
                return FakeLlmResponse::completion(u"ok"_s);
            }
        });
        server.setModelsResponse(FakeLlmResponse::json(401, echo));

        Settings settings;
        QCOMPARE(settings.set(Settings::Preset, u"openai"_s), QString());
        QCOMPARE(settings.set(Settings::BaseUrl, server.baseUrl().toString()), QString());
        Result<EndpointConfig> endpoint = EndpointConfig::fromSettings(settings);
        QVERIFY(endpoint.ok());
        const Result<ApiKey> key = ApiKeyStore(u"PaperSiftTest"_s).lookupBlocking(*endpoint);
        QVERIFY(key.ok());
        QCOMPARE(key->secret, kSecret);

        ChatClient::Options o = ChatClient::Options::fromSettings(settings);
        o.backoffBase = milliseconds(5);
        o.backoffCap = milliseconds(20);
        o.timeout = milliseconds(300);
        o.concurrency = 1;
        o.stopOnFatal = false;
        ChatClient client(*endpoint, key->secret, o);
        QList<ChatResult> results;
        connect(&client, &ChatClient::finished, this, [&results](const ChatResult &r) {
            results.append(r);
        });
        QSignalSpy listed(&client, &ChatClient::modelsListed);
        client.submit(ChatRequest { { { u"user"_s, u"Score 2506.00001"_s } }, {}, {} }); // 429, 503, stall, ok
        client.submit(ChatRequest { { { u"user"_s, u"Score 2506.00002"_s } }, {}, {} }); // 401
        client.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 15000);
        QTRY_COMPARE(listed.count(), 1);
        settings.sync();

        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        // The run did what it should (so the checks below looked at a real run).
        std::sort(results.begin(), results.end(), [](const ChatResult &a, const ChatResult &b) {
            return a.id < b.id;
        });
        QVERIFY2(results.at(0).ok(), qPrintable(results.at(0).error.message));
        QCOMPARE(results.at(0).attempts, 4);
        QCOMPARE(results.at(1).error.kind, LlmErrorKind::Auth);
        QCOMPARE(server.requests().first().authorization(), "Bearer " + kSecret.toUtf8());
        const QString allLog = g_log.join(u'\n');
        QVERIFY2(allLog.contains("papersift.llm.client"_L1), "the message handler captured nothing of the client");

        // The key is nowhere: not in a log line, an error message, or the settings file.
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(kSecret), qPrintable(u"log leaks the key: "_s + line.left(300)));
        const QList<LlmError> errors = { results.at(1).error, listed.first().first().value<ModelList>().error };
        for (const LlmError &e : errors) {
            QVERIFY(e.isError());
            for (const QString &text : { e.message, e.providerMessage, e.providerCode, e.providerType,
                     e.toError().message, e.toError().detail })
                QVERIFY2(!text.contains(kSecret), qPrintable(text));
        }
        QVERIFY(results.at(1).error.providerMessage.contains("Invalid key [redacted]"_L1));
        QFile ini(settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray bytes = ini.readAll();
        QVERIFY(bytes.contains("llm/") || bytes.contains("[llm]"));
        QVERIFY(!bytes.contains(kSecret.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestApiKey)
#include "tst_apikey.moc"
