#include "config/settings.h"
#include "fakellmserver.h"
#include "llm/chatclient.h"
#include "llm/endpoint.h"
#include "llm/llmerror.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace {

EndpointConfig endpointFor(const FakeLlmServer &server, EndpointPreset preset = EndpointPreset::Custom)
{
    EndpointConfig e = EndpointConfig::forPreset(preset, u"fake-model"_s);
    e.baseUrl = server.baseUrl();
    return e;
}

/// Tiny backoff so retries take milliseconds.
ChatClient::Options fastOptions()
{
    ChatClient::Options o;
    o.backoffBase = milliseconds(5);
    o.backoffCap = milliseconds(40);
    o.timeout = milliseconds(10000);
    o.maxAttempts = 4;
    return o;
}

ChatRequest request(const QString &text = u"Score 2506.01234 and 2506.04321."_s)
{
    return ChatRequest { { { u"system"_s, u"You score papers."_s }, { u"user"_s, text } }, {}, {} };
}

/// Collects every finished() of a client.
struct Results
{
    explicit Results(ChatClient &client)
    {
        QObject::connect(&client, &ChatClient::finished, &client, [this](const ChatResult &r) {
            list.append(r);
        });
    }
    QList<ChatResult> list;
    const ChatResult &first() const { return list.first(); }
};

} // namespace

class TestChatClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<LlmError>(); }

    // --- pure functions -------------------------------------------------------------------------------------

    void parsesCompletionFixture()
    {
        const Result<ChatCompletion> c
            = parseChatCompletion(readFixture(u"openai/chat_completion_200_success_with_usage.json"_s));
        QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
        QCOMPARE(c->content, u"Hello! How can I assist you today?"_s);
        QCOMPARE(c->usage, (TokenUsage { 19, 0, 10 }));
        QCOMPARE(c->model, u"gpt-5.4"_s);
        QCOMPARE(c->finishReason, u"stop"_s);

        const Result<ChatCompletion> dated = parseChatCompletion(
            readFixture(u"openai/chat_completion_200_success_model-gpt-4o-2024-08-06_openapi-2025-03-21.json"_s));
        QVERIFY(dated.ok());
        QCOMPARE(dated->model, u"gpt-4o-2024-08-06"_s);

        QVERIFY(!parseChatCompletion("<html>502 Bad Gateway</html>").ok());
        QVERIFY(!parseChatCompletion("{\"choices\":[]}").ok());
        const Result<ChatCompletion> refusal
            = parseChatCompletion("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":null,\"refusal\":\"I "
                                  "can't help with that.\"}}]}");
        QVERIFY(!refusal.ok());
        QVERIFY(refusal.errorMessage().contains("can't help"_L1));
    }

    void parsesErrorBodies()
    {
        const ProviderErrorBody openai
            = parseProviderErrorBody(readFixture(u"openai/error_429_insufficient_quota.json"_s));
        QVERIFY(openai.parsed);
        QCOMPARE(openai.code, u"insufficient_quota"_s);
        QCOMPARE(openai.type, u"insufficient_quota"_s);
        QVERIFY(openai.message.startsWith("You exceeded your current quota"_L1));

        const ProviderErrorBody llama
            = parseProviderErrorBody(readFixture(u"openai/llamacpp_error_400_json_schema_and_grammar.json"_s));
        QVERIFY(llama.parsed);
        QCOMPARE(llama.code, u"400"_s); // an integer there
        QCOMPARE(llama.type, u"invalid_request_error"_s);
        QVERIFY(llama.message.contains("\"json_schema\""_L1));

        const ProviderErrorBody ollama = parseProviderErrorBody("{\"error\":\"model 'llama9' not found\"}");
        QCOMPARE(ollama.message, u"model 'llama9' not found"_s);
        const ProviderErrorBody vllm
            = parseProviderErrorBody("{\"object\":\"error\",\"message\":\"The model `x` does not "
                                     "exist.\",\"type\":\"NotFoundError\",\"param\":null,\"code\":404}");
        QCOMPARE(vllm.message, u"The model `x` does not exist."_s);
        QCOMPARE(vllm.code, u"404"_s);
        QVERIFY(!parseProviderErrorBody("<html>oops</html>").parsed);
    }

    void classifiesWithoutNetwork_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("status");
        QTest::addColumn<LlmErrorKind>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("quota") << u"error_429_insufficient_quota.json"_s << 429 << LlmErrorKind::Quota << false;
        QTest::newRow("too large") << u"error_429_request_too_large_tpm.json"_s << 429 << LlmErrorKind::TooLarge
                                   << false;
        QTest::newRow("rate limited") << u"error_429_rate_limit_exceeded_tokens.json"_s << 429
                                      << LlmErrorKind::RateLimited << true;
        QTest::newRow("unsupported parameter")
            << u"error_400_unsupported_parameter_max_tokens.json"_s << 400 << LlmErrorKind::BadRequest << false;
        QTest::newRow("llama.cpp 400") << u"llamacpp_error_400_json_schema_and_grammar.json"_s << 400
                                       << LlmErrorKind::BadRequest << false;
    }

    void classifiesWithoutNetwork()
    {
        QFETCH(QString, fixture);
        QFETCH(int, status);
        QFETCH(LlmErrorKind, kind);
        QFETCH(bool, retryable);
        const LlmError e = classifyHttpError(status, readFixture("openai/"_L1 + fixture), {},
            EndpointConfig::forPreset(EndpointPreset::OpenAI, u"gpt-4o"_s));
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.retryable, retryable);
        QCOMPARE(e.fatal, !retryable);
        QCOMPARE(e.httpStatus, status);
        QVERIFY2(e.message.contains(e.providerMessage.left(40)), qPrintable(e.message));
    }

    void scrubsSecrets()
    {
        const QString key = u"sk-proj-AbCdEf0123456789"_s;
        const QString text = u"Incorrect API key provided: sk-proj-AbCdEf0123456789. Header Authorization: Bearer "
                             "sk-proj-AbCdEf0123456789, masked sk-proj-****6789, other Bearer abc.def"_s;
        const QString out = scrubSecrets(text, key);
        QVERIFY2(!out.contains(key), qPrintable(out));
        QVERIFY2(!out.contains("6789"_L1), qPrintable(out));
        QVERIFY2(!out.contains("abc.def"_L1), qPrintable(out));
        QVERIFY(out.contains("Incorrect API key provided"_L1));
        // A short local key (llama.cpp --api-key) is removed too.
        QCOMPARE(scrubSecrets(u"key=hunter2!"_s, u"hunter2!"_s), u"key=[redacted]"_s);
    }

    void endpointPresets()
    {
        QCOMPARE(EndpointConfig::forPreset(EndpointPreset::OpenAI).baseUrl, QUrl(u"https://api.openai.com/v1"_s));
        QCOMPARE(EndpointConfig::forPreset(EndpointPreset::Ollama).baseUrl, QUrl(u"http://localhost:11434/v1"_s));
        QCOMPARE(EndpointConfig::forPreset(EndpointPreset::LlamaCpp).baseUrl, QUrl(u"http://127.0.0.1:8080/v1"_s));
        QCOMPARE(EndpointConfig::forPreset(EndpointPreset::Vllm).baseUrl, QUrl(u"http://localhost:8000/v1"_s));
        QCOMPARE(
            EndpointConfig::forPreset(EndpointPreset::OpenRouter).baseUrl, QUrl(u"https://openrouter.ai/api/v1"_s));
        QVERIFY(EndpointConfig::forPreset(EndpointPreset::OpenAI).keyRequired);
        QVERIFY(!EndpointConfig::forPreset(EndpointPreset::Ollama).keyRequired);
        QVERIFY(EndpointConfig::forPreset(EndpointPreset::Ollama).isLocal());
        QVERIFY(!EndpointConfig::forPreset(EndpointPreset::OpenAI).isLocal());
        QCOMPARE(EndpointConfig::forPreset(EndpointPreset::OpenAI).chatCompletionsUrl(),
            QUrl(u"https://api.openai.com/v1/chat/completions"_s));
        EndpointConfig slash = EndpointConfig::forPreset(EndpointPreset::Custom, u"m"_s);
        slash.baseUrl = QUrl(u"http://gpu-box:9000/v1/"_s);
        QCOMPARE(slash.modelsUrl(), QUrl(u"http://gpu-box:9000/v1/models"_s));
        QCOMPARE(slash.providerName(), u"gpu-box"_s);
        QVERIFY(EndpointConfig::presetFromId(u"LlamaCpp"_s) == EndpointPreset::LlamaCpp);
        QVERIFY(!EndpointConfig::presetFromId(u"nope"_s));
    }

    void endpointFromSettings()
    {
        Sandbox sandbox;
        Settings s;
        QCOMPARE(s.set(Settings::Preset, u"openrouter"_s), QString());
        QCOMPARE(s.set(Settings::Model, u"openai/gpt-4o-mini"_s), QString());
        QCOMPARE(s.set(Settings::ExtraHeaders, u"X-Title: My Digest; X-Extra:  yes "_s), QString());
        Result<EndpointConfig> e = EndpointConfig::fromSettings(s);
        QVERIFY2(e.ok(), qPrintable(e.errorMessage()));
        QCOMPARE(e->baseUrl, QUrl(u"https://openrouter.ai/api/v1"_s));
        QCOMPARE(e->model, u"openai/gpt-4o-mini"_s);
        const QList<HttpHeader> expected = { { "HTTP-Referer", "https://github.com/papersift/papersift" },
            { "X-Title", "My Digest" }, { "X-Extra", "yes" } };
        QCOMPARE(e->extraHeaders, expected);

        QCOMPARE(s.set(Settings::Preset, u"custom"_s), QString());
        QVERIFY(!EndpointConfig::fromSettings(s).ok()); // custom needs a base URL
        QCOMPARE(s.set(Settings::BaseUrl, u"http://gpu-box:8000/v1"_s), QString());
        QVERIFY(EndpointConfig::fromSettings(s).ok());
        QCOMPARE(s.set(Settings::BaseUrl, u"ftp://gpu-box/v1"_s), QString());
        QVERIFY(!EndpointConfig::fromSettings(s).ok());
        QCOMPARE(s.set(Settings::Preset, u"ollama"_s), QString());
        s.reset(Settings::BaseUrl);
        QCOMPARE(EndpointConfig::fromSettings(s)->baseUrl, QUrl(u"http://localhost:11434/v1"_s));
        QCOMPARE(s.set(Settings::ExtraHeaders, u"no colon here"_s), QString());
        QVERIFY(!EndpointConfig::fromSettings(s).ok());

        QVERIFY(!parseExtraHeaders(u"Bad Name: x"_s).ok());
        QVERIFY(parseExtraHeaders(u" ; ;"_s)->isEmpty());
    }

    // --- against the fake server -----------------------------------------------------------------------------

    void successWithUsage()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        server.enqueue(FakeLlmResponse::fixture(u"chat_completion_200_success_with_usage.json"_s, 200));
        ChatClient client(endpointFor(server), QString(), fastOptions());
        Results results(client);
        QSignalSpy idle(&client, &ChatClient::idle);
        const quint64 id = client.submit(request());
        QTRY_COMPARE(results.list.size(), 1);
        const ChatResult &r = results.first();
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.id, id);
        QCOMPARE(r.completion.content, u"Hello! How can I assist you today?"_s);
        QCOMPARE(r.completion.usage, (TokenUsage { 19, 0, 10 }));
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.latencyMs >= 0);
        QTRY_VERIFY(idle.count() >= 1);

        // What went over the wire.
        QCOMPARE(server.requestCount(), 1);
        const FakeLlmRequest &sent = server.requests().first();
        QCOMPARE(sent.path, u"/v1/chat/completions"_s);
        QCOMPARE(sent.model, u"fake-model"_s);
        QCOMPARE(sent.json.value("temperature"_L1).toDouble(-1), 0.0);
        QCOMPARE(sent.json.value("max_completion_tokens"_L1).toInt(), 4096);
        QVERIFY(!sent.json.contains("response_format"_L1));
        QCOMPARE(sent.messages.size(), 2);
        QCOMPARE(sent.messages.at(1).toObject().value("content"_L1).toString(), u"Score 2506.01234 and 2506.04321."_s);
        QVERIFY(sent.header("content-type").startsWith("application/json"));
    }

    void cachedTokensAndJsonMode()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        server.setHandler([](const FakeLlmRequest &) {
            return FakeLlmResponse::completion(u"{}"_s, { 1200, 1024, 40 });
        });
        ChatClient::Options o = fastOptions();
        o.jsonMode = true;
        o.maxCompletionTokens = 0;
        ChatClient client(endpointFor(server), QString(), o);
        Results results(client);
        client.submit(request());
        ChatRequest small = request();
        small.maxCompletionTokens = 64;
        small.jsonMode = false;
        client.submit(small);
        QTRY_COMPARE(results.list.size(), 2);
        QCOMPARE(results.first().completion.usage, (TokenUsage { 1200, 1024, 40 }));
        // Both are in flight at once: the server may see them in either order.
        QCOMPARE(server.requests().size(), 2);
        const bool smallFirst = server.requests().at(0).json.contains("max_completion_tokens"_L1);
        const QJsonObject json = server.requests().at(smallFirst ? 1 : 0).json;
        const QJsonObject smallJson = server.requests().at(smallFirst ? 0 : 1).json;
        QCOMPARE(json.value("response_format"_L1).toObject().value("type"_L1).toString(), u"json_object"_s);
        QVERIFY(!json.contains("max_completion_tokens"_L1));
        QVERIFY(!smallJson.contains("response_format"_L1));
        QCOMPARE(smallJson.value("max_completion_tokens"_L1).toInt(), 64);
    }

    void everyErrorFixtureIsCovered()
    {
        // FakeLlmResponse::errorFixtures() and the rows below name each file: a new one must be added there.
        const QDir dir(QFileInfo(fixturePath(u"openai"_s)).absoluteFilePath());
        QStringList onDisk = dir.entryList({ u"*error*.json"_s }, QDir::Files, QDir::Name);
        QStringList listed;
        for (const auto &f : FakeLlmResponse::errorFixtures())
            listed.append(f.first);
        listed.sort();
        QCOMPARE(listed, onDisk);
    }

    void errorFixtures_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("status");
        QTest::addColumn<LlmErrorKind>("kind");
        QTest::addColumn<bool>("retried");
        QTest::addColumn<QString>("advice");
        QTest::newRow("insufficient_quota") << u"error_429_insufficient_quota.json"_s << 429 << LlmErrorKind::Quota
                                            << false << u"Check billing or switch endpoint in Settings"_s;
        QTest::newRow("request too large") << u"error_429_request_too_large_tpm.json"_s << 429 << LlmErrorKind::TooLarge
                                           << false << u"Lower the batch size"_s;
        QTest::newRow("rate limit") << u"error_429_rate_limit_exceeded_tokens.json"_s << 429
                                    << LlmErrorKind::RateLimited << true << QString();
        QTest::newRow("unsupported parameter") << u"error_400_unsupported_parameter_max_tokens.json"_s << 400
                                               << LlmErrorKind::BadRequest << false << u"Check the model"_s;
        QTest::newRow("llama.cpp 400") << u"llamacpp_error_400_json_schema_and_grammar.json"_s << 400
                                       << LlmErrorKind::BadRequest << false << u"Check the model"_s;
    }

    void errorFixtures()
    {
        QFETCH(QString, fixture);
        QFETCH(int, status);
        QFETCH(LlmErrorKind, kind);
        QFETCH(bool, retried);
        QFETCH(QString, advice);

        FakeLlmServer server;
        QVERIFY(server.start());
        server.enqueue(FakeLlmResponse::fixture(fixture, status));
        server.enqueue(FakeLlmResponse::completion(u"recovered"_s));
        ChatClient client(endpointFor(server, EndpointPreset::OpenAI), u"sk-test-fixture-key"_s, fastOptions());
        Results results(client);
        QSignalSpy fatal(&client, &ChatClient::fatalError);
        QSignalSpy retrying(&client, &ChatClient::retrying);
        client.submit(request());
        QTRY_COMPARE(results.list.size(), 1);
        const ChatResult &r = results.first();
        const QString providerMessage = parseProviderErrorBody(readFixture("openai/"_L1 + fixture)).message;
        if (retried) {
            QVERIFY2(r.ok(), qPrintable(r.error.message));
            QCOMPARE(r.completion.content, u"recovered"_s);
            QCOMPARE(r.attempts, 2);
            QCOMPARE(server.requestCount(), 2);
            QCOMPARE(retrying.count(), 1);
            QCOMPARE(retrying.first().at(3).value<LlmError>().kind, kind);
            QCOMPARE(fatal.count(), 0);
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(r.error.kind, kind);
            QCOMPARE(r.error.httpStatus, status);
            QVERIFY(r.error.fatal);
            QCOMPARE(r.attempts, 1);
            QCOMPARE(server.requestCount(), 1);
            QCOMPARE(retrying.count(), 0);
            QCOMPARE(fatal.count(), 1);
            QCOMPARE(r.error.providerMessage, providerMessage);
            QVERIFY2(r.error.message.contains(providerMessage.left(60)), qPrintable(r.error.message));
            QVERIFY2(r.error.message.contains(advice), qPrintable(r.error.message));
            QVERIFY2(r.error.message.startsWith("OpenAI "_L1), qPrintable(r.error.message));
            QVERIFY(!r.error.toError().detail.isEmpty());
        }
    }

    void statusCodes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<LlmErrorKind>("kind");
        QTest::addColumn<bool>("retried");
        const QByteArray html = "<html><body><h1>Bad Gateway</h1></body></html>";
        QTest::newRow("408") << 408 << QByteArray() << LlmErrorKind::Server << true;
        QTest::newRow("409") << 409 << QByteArray() << LlmErrorKind::Server << true;
        QTest::newRow("500") << 500
                             << QByteArray(
                                    "{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}")
                             << LlmErrorKind::Server << true;
        QTest::newRow("502 html") << 502 << html << LlmErrorKind::Server << true;
        QTest::newRow("503 llama.cpp loading")
            << 503
            << QByteArray("{\"error\":{\"code\":503,\"message\":\"Loading model\",\"type\":\"unavailable_error\"}}")
            << LlmErrorKind::Server << true;
        QTest::newRow("504") << 504 << QByteArray() << LlmErrorKind::Server << true;
        QTest::newRow("429 no body") << 429 << QByteArray() << LlmErrorKind::RateLimited << true;
        QTest::newRow("401") << 401
                             << QByteArray(
                                    "{\"error\":{\"message\":\"Incorrect API key "
                                    "provided\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}")
                             << LlmErrorKind::Auth << false;
        QTest::newRow("403") << 403 << QByteArray() << LlmErrorKind::Auth << false;
        QTest::newRow("404 model") << 404
                                   << QByteArray(
                                          "{\"error\":{\"message\":\"The model `gpt-9` does not "
                                          "exist\",\"type\":\"invalid_request_error\",\"code\":\"model_not_found\"}}")
                                   << LlmErrorKind::NotFound << false;
        QTest::newRow("404 ollama") << 404 << QByteArray("{\"error\":\"model 'llama9' not found\"}")
                                    << LlmErrorKind::NotFound << false;
        QTest::newRow("402 credits") << 402
                                     << QByteArray("{\"error\":{\"message\":\"Insufficient credits\",\"code\":402}}")
                                     << LlmErrorKind::Quota << false;
        QTest::newRow("413") << 413 << QByteArray() << LlmErrorKind::TooLarge << false;
        QTest::newRow("400 context")
            << 400
            << QByteArray("{\"error\":{\"message\":\"This model's maximum context length is 128000 "
                          "tokens.\",\"type\":\"invalid_request_error\",\"code\":\"context_length_exceeded\"}}")
            << LlmErrorKind::TooLarge << false;
        QTest::newRow("422") << 422 << QByteArray("{\"detail\":\"messages: field required\"}")
                             << LlmErrorKind::BadRequest << false;
    }

    void statusCodes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(LlmErrorKind, kind);
        QFETCH(bool, retried);

        FakeLlmServer server;
        QVERIFY(server.start());
        FakeLlmResponse error = FakeLlmResponse::json(status, body);
        if (body.startsWith('<'))
            error = error.withHeader("Content-Type", "text/html");
        server.enqueue(error);
        server.enqueue(FakeLlmResponse::completion(u"fine"_s));
        ChatClient client(endpointFor(server), QString(), fastOptions());
        Results results(client);
        client.submit(request());
        QTRY_COMPARE(results.list.size(), 1);
        const ChatResult &r = results.first();
        if (retried) {
            QVERIFY2(r.ok(), qPrintable(r.error.message));
            QCOMPARE(server.requestCount(), 2);
        } else {
            QCOMPARE(r.error.kind, kind);
            QVERIFY(r.error.fatal);
            QCOMPARE(server.requestCount(), 1);
            QVERIFY(!r.error.message.isEmpty());
        }
    }

    void givesUpAfterMaxAttempts()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        server.setHandler([](const FakeLlmRequest &) {
            return FakeLlmResponse::json(503, "{}");
        });
        ChatClient::Options o = fastOptions();
        o.maxAttempts = 3;
        ChatClient client(endpointFor(server), QString(), o);
        Results results(client);
        QSignalSpy fatal(&client, &ChatClient::fatalError);
        client.submit(request());
        QTRY_COMPARE(results.list.size(), 1);
        QCOMPARE(results.first().error.kind, LlmErrorKind::Server);
        QCOMPARE(results.first().attempts, 3);
        QVERIFY(!results.first().error.fatal);
        QVERIFY2(results.first().error.message.contains("3 attempts"_L1), qPrintable(results.first().error.message));
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(fatal.count(), 0);
    }

    void retryAfterSecondsHonoured()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        server.enqueue(FakeLlmResponse::fixture(u"error_429_rate_limit_exceeded_tokens.json"_s, 429)
                           .withHeader("Retry-After", "1"));
        server.enqueue(FakeLlmResponse::completion(u"later"_s));
        ChatClient client(endpointFor(server), QString(), fastOptions()); // backoff alone would be ~5 ms
        Results results(client);
        QSignalSpy retrying(&client, &ChatClient::retrying);
        client.submit(request());
        QTRY_COMPARE_WITH_TIMEOUT(results.list.size(), 1, 10000);
        QVERIFY(results.first().ok());
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(retrying.first().at(2).toLongLong(), 1000);
        const qint64 gap = server.requests().at(1).receivedMs - server.respondedAtMs(0);
        QVERIFY2(gap >= 1000, qPrintable(u"retried %1 ms after the 429"_s.arg(gap)));
    }

    void retryAfterMsHonoured()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        server.enqueue(
            FakeLlmResponse::json(503, "{}").withHeader("retry-after-ms", "300").withHeader("Retry-After", "30"));
        server.enqueue(FakeLlmResponse::completion(u"later"_s));
        ChatClient client(endpointFor(server), QString(), fastOptions());
        Results results(client);
        QSignalSpy retrying(&client, &ChatClient::retrying);
        client.submit(request());
        QTRY_COMPARE(results.list.size(), 1);
        QVERIFY(results.first().ok());
        QCOMPARE(retrying.first().at(2).toLongLong(), 300); // the millisecond header wins
        const qint64 gap = server.requests().at(1).receivedMs - server.respondedAtMs(0);
        QVERIFY2(gap >= 300, qPrintable(u"retried %1 ms after the 503"_s.arg(gap)));
    }

    void rateLimitPausesOtherRequests()
    {
        // A 429 with Retry-After holds back every request, not only the one that got it.
        FakeLlmServer server;
        QVERIFY(server.start());
        server.enqueue(FakeLlmResponse::json(429, "{}").withHeader("Retry-After", "1"));
        server.setHandler(FakeLlmServer::answerWith(u"ok"_s));
        ChatClient::Options o = fastOptions();
        o.concurrency = 1;
        ChatClient client(endpointFor(server), QString(), o);
        Results results(client);
        client.submit(request());
        client.submit(request());
        QTRY_COMPARE_WITH_TIMEOUT(results.list.size(), 2, 10000);
        QCOMPARE(server.requestCount(), 3);
        for (int i = 1; i < 3; ++i)
            QVERIFY(server.requests().at(i).receivedMs - server.respondedAtMs(0) >= 1000);
    }

    void inFlightNeverExceedsLimit_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("requests");
        QTest::newRow("3 of 20") << 3 << 20;
        QTest::newRow("8 of 24 (more than one connection pool)") << 8 << 24;
    }

    void inFlightNeverExceedsLimit()
    {
        QFETCH(int, limit);
        QFETCH(int, requests);
        FakeLlmServer server;
        QVERIFY(server.start());
        const FakeLlmServer::Handler score = FakeLlmServer::scorePapers();
        server.setHandler([score](const FakeLlmRequest &r) {
            return score(r).withDelay(150);
        });
        ChatClient::Options o = fastOptions();
        o.concurrency = limit;
        ChatClient client(endpointFor(server), QString(), o);
        Results results(client);
        int clientMax = 0;
        connect(&client, &ChatClient::requestStarted, this, [&client, &clientMax] {
            clientMax = std::max(clientMax, client.inFlight());
        });
        for (int i = 0; i < requests; ++i)
            client.submit(request(u"Paper 2506.%1"_s.arg(10000 + i)));
        QTRY_COMPARE_WITH_TIMEOUT(results.list.size(), requests, 20000);
        for (const ChatResult &r : std::as_const(results.list))
            QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(server.requestCount(), requests);
        QCOMPARE(server.maxInFlight(), limit); // reached, never exceeded
        QVERIFY(clientMax <= limit);
        QCOMPARE(server.inFlight(), 0);
        // Each answer belongs to its own request.
        for (const ChatResult &r : std::as_const(results.list)) {
            QVERIFY(r.completion.content.contains(u"2506.%1"_s.arg(10000 + int(r.id) - 1)));
        }
    }

    void requestsPerMinuteHoldsBack()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        server.setHandler(FakeLlmServer::answerWith(u"ok"_s));
        ChatClient::Options o = fastOptions();
        o.concurrency = 10;
        o.requestsPerMinute = 3;
        ChatClient client(endpointFor(server), QString(), o);
        Results results(client);
        for (int i = 0; i < 6; ++i)
            client.submit(request());
        QTRY_COMPARE(results.list.size(), 3);
        // Without the limit all six would have gone out together (concurrency 10).
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(client.inFlight(), 0);
        QCOMPARE(client.queued(), 3);
        client.cancel();
        QCOMPARE(results.list.size(), 6);
        for (int i = 3; i < 6; ++i)
            QCOMPARE(results.list.at(i).error.kind, LlmErrorKind::Cancelled);
        QCOMPARE(server.requestCount(), 3);
    }

    void requestsPerMinuteWindowSlides()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        server.setHandler(FakeLlmServer::answerWith(u"ok"_s));
        ChatClient::Options o = fastOptions();
        o.concurrency = 10;
        o.requestsPerMinute = 2;
        o.rateWindow = milliseconds(300);
        ChatClient client(endpointFor(server), QString(), o);
        Results results(client);
        QElapsedTimer clock;
        clock.start();
        QList<qint64> started;
        connect(&client, &ChatClient::requestStarted, this, [&] {
            started.append(clock.elapsed());
        });
        for (int i = 0; i < 6; ++i)
            client.submit(request());
        QTRY_COMPARE_WITH_TIMEOUT(results.list.size(), 6, 10000);
        QCOMPARE(started.size(), 6);
        for (int k = 0; k + 2 < started.size(); ++k)
            // Without the limit all six go out within a few ms; the margin absorbs scheduling on a busy machine.
            QVERIFY2(started.at(k + 2) - started.at(k) >= 250,
                qPrintable(
                    u"sends %1 and %2 only %3 ms apart"_s.arg(k).arg(k + 2).arg(started.at(k + 2) - started.at(k))));
    }

    void cancelAbortsInFlight()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        server.setHandler([](const FakeLlmRequest &) {
            return FakeLlmResponse::stall();
        });
        ChatClient::Options o = fastOptions();
        o.concurrency = 3;
        ChatClient client(endpointFor(server), QString(), o);
        Results results(client);
        QSignalSpy idle(&client, &ChatClient::idle);
        for (int i = 0; i < 5; ++i)
            client.submit(request());
        QTRY_COMPARE(server.inFlight(), 3);
        QCOMPARE(client.inFlight(), 3);
        QCOMPARE(client.queued(), 2);
        client.cancel();
        QCOMPARE(results.list.size(), 5); // every request accounted for, at once
        for (const ChatResult &r : std::as_const(results.list))
            QCOMPARE(r.error.kind, LlmErrorKind::Cancelled);
        QCOMPARE(client.pending(), 0);
        QCOMPARE(client.inFlight(), 0);
        QVERIFY(idle.count() >= 1);
        QTRY_COMPARE(server.inFlight(), 0); // the server saw the connections go
        QCOMPARE(server.requestCount(), 3);

        // Still usable afterwards.
        server.setHandler(FakeLlmServer::answerWith(u"again"_s));
        client.submit(request());
        QTRY_COMPARE(results.list.size(), 6);
        QVERIFY(results.list.last().ok());
    }

    void stallTimesOutAndRetries()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        server.enqueue(FakeLlmResponse::stall());
        server.enqueue(FakeLlmResponse::completion(u"second try"_s));
        ChatClient::Options o = fastOptions();
        o.timeout = milliseconds(300);
        ChatClient client(endpointFor(server), QString(), o);
        Results results(client);
        QSignalSpy retrying(&client, &ChatClient::retrying);
        client.submit(request());
        QTRY_COMPARE(results.list.size(), 1);
        QVERIFY2(results.first().ok(), qPrintable(results.first().error.message));
        QCOMPARE(results.first().attempts, 2);
        QCOMPARE(retrying.first().at(3).value<LlmError>().kind, LlmErrorKind::Timeout);
        QTRY_COMPARE(server.inFlight(), 0);
    }

    void timeoutGivesUp()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        server.setHandler([](const FakeLlmRequest &) {
            return FakeLlmResponse::stall();
        });
        ChatClient::Options o = fastOptions();
        o.timeout = milliseconds(150);
        o.maxAttempts = 2;
        ChatClient client(endpointFor(server), QString(), o);
        Results results(client);
        client.submit(request());
        QTRY_COMPARE(results.list.size(), 1);
        QCOMPARE(results.first().error.kind, LlmErrorKind::Timeout);
        QVERIFY(!results.first().error.fatal);
        QCOMPARE(server.requestCount(), 2);
    }

    void droppedConnectionRetried()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        server.enqueue({ FakeLlmResponse::drop(), FakeLlmResponse::drop(), FakeLlmResponse::drop() });
        server.setHandler(FakeLlmServer::answerWith(u"after drops"_s));
        ChatClient::Options o = fastOptions();
        o.maxAttempts = 5;
        ChatClient client(endpointFor(server), QString(), o);
        Results results(client);
        client.submit(request());
        QTRY_COMPARE(results.list.size(), 1);
        QVERIFY2(results.first().ok(), qPrintable(results.first().error.message));
        QCOMPARE(results.first().completion.content, u"after drops"_s);
        // Qt may resend once by itself on a reused connection; every send reaches the server either way.
        QCOMPARE(server.requestCount(), 4);
        QVERIFY(results.first().attempts >= 2);
    }

    void refusedFromTheStartIsFatal()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        EndpointConfig e = EndpointConfig::forPreset(EndpointPreset::LlamaCpp, u"m"_s);
        e.baseUrl = QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port));
        ChatClient client(e, QString(), fastOptions());
        Results results(client);
        QSignalSpy fatal(&client, &ChatClient::fatalError);
        client.submit(request());
        client.submit(request());
        QTRY_COMPARE(results.list.size(), 2);
        QCOMPARE(results.first().error.kind, LlmErrorKind::Network);
        QVERIFY(results.first().error.fatal);
        QCOMPARE(results.first().attempts, 1);
        QVERIFY2(results.first().error.message.contains("llama.cpp server refused the connection"_L1),
            qPrintable(results.first().error.message));
        QCOMPARE(fatal.count(), 1);
    }

    void fatalErrorStopsTheRun()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        server.enqueue(FakeLlmResponse::fixture(u"error_429_insufficient_quota.json"_s, 429));
        server.setHandler(FakeLlmServer::answerWith(u"should not be asked"_s));
        ChatClient::Options o = fastOptions();
        o.concurrency = 1;
        ChatClient client(endpointFor(server, EndpointPreset::OpenAI), u"sk-test-abcdef123456"_s, o);
        Results results(client);
        QSignalSpy fatal(&client, &ChatClient::fatalError);
        for (int i = 0; i < 5; ++i)
            client.submit(request());
        QTRY_COMPARE(results.list.size(), 5);
        QCOMPARE(results.first().error.kind, LlmErrorKind::Quota);
        QCOMPARE(fatal.count(), 1);
        QCOMPARE(fatal.first().first().value<LlmError>().kind, LlmErrorKind::Quota);
        for (int i = 1; i < 5; ++i) {
            QCOMPARE(results.list.at(i).error.kind, LlmErrorKind::Cancelled);
            QVERIFY(results.list.at(i).error.message.startsWith("Stopped: OpenAI says the quota is exhausted"_L1));
        }
        QCOMPARE(server.requestCount(), 1);
    }

    void malformedReplyRetried()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        server.enqueue(
            FakeLlmResponse::json(200, "<html>captive portal</html>").withHeader("Content-Type", "text/html"));
        server.enqueue(FakeLlmResponse::completion(u"real"_s));
        ChatClient client(endpointFor(server), QString(), fastOptions());
        Results results(client);
        QSignalSpy retrying(&client, &ChatClient::retrying);
        client.submit(request());
        QTRY_COMPARE(results.list.size(), 1);
        QVERIFY(results.first().ok());
        QCOMPARE(retrying.first().at(3).value<LlmError>().kind, LlmErrorKind::Malformed);
    }

    void optionalKey()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        {
            ChatClient client(endpointFor(server, EndpointPreset::Ollama), QString(), fastOptions());
            Results results(client);
            client.submit(request());
            QTRY_COMPARE(results.list.size(), 1);
        }
        QVERIFY(server.requests().at(0).authorization().isEmpty());
        {
            ChatClient client(endpointFor(server, EndpointPreset::Ollama), u"local-secret"_s, fastOptions());
            Results results(client);
            client.submit(request());
            QTRY_COMPARE(results.list.size(), 1);
        }
        QCOMPARE(server.requests().at(1).authorization(), QByteArray("Bearer local-secret"));
    }

    void extraHeadersSent()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        Sandbox sandbox;
        Settings s;
        QCOMPARE(s.set(Settings::Preset, u"openrouter"_s), QString());
        QCOMPARE(s.set(Settings::BaseUrl, server.baseUrl().toString()), QString());
        QCOMPARE(s.set(Settings::ExtraHeaders, u"X-Title: Lab digest; X-Team: nlp"_s), QString());
        Result<EndpointConfig> e = EndpointConfig::fromSettings(s);
        QVERIFY2(e.ok(), qPrintable(e.errorMessage()));
        ChatClient client(*e, u"sk-or-v1-0123456789"_s, ChatClient::Options::fromSettings(s));
        Results results(client);
        client.submit(request());
        QTRY_COMPARE(results.list.size(), 1);
        const FakeLlmRequest &sent = server.requests().first();
        QCOMPARE(sent.header("x-title"), QByteArray("Lab digest"));
        QCOMPARE(sent.header("x-team"), QByteArray("nlp"));
        QCOMPARE(sent.header("http-referer"), QByteArray("https://github.com/papersift/papersift"));
        QCOMPARE(sent.authorization(), QByteArray("Bearer sk-or-v1-0123456789"));
        QCOMPARE(sent.model, u"gpt-4o"_s); // the Model default
        QVERIFY(sent.header("user-agent").startsWith("PaperSift/"));
    }

    void worksInAWorkerThread()
    {
        // As a run uses it: created in a worker thread, talking to a server in the main thread.
        FakeLlmServer server;
        QVERIFY(server.start());
        server.setHandler(FakeLlmServer::answerWith(u"from the worker"_s));
        QThread worker;
        worker.start();
        auto *context = new QObject;
        context->moveToThread(&worker);
        std::atomic<bool> done = false;
        std::atomic<bool> rightThread = false;
        QString content;
        const EndpointConfig endpoint = endpointFor(server);
        QMetaObject::invokeMethod(context, [&, context] {
            auto *client = new ChatClient(endpoint, QString(), fastOptions(), context);
            connect(client, &ChatClient::finished, context, [&, client](const ChatResult &r) {
                content = r.completion.content;
                rightThread = client->thread() == QThread::currentThread();
                done = true;
            });
            client->submit(request());
        });
        QTRY_VERIFY(done.load());
        QCOMPARE(content, u"from the worker"_s);
        QVERIFY(rightThread.load());
        QMetaObject::invokeMethod(context, &QObject::deleteLater);
        worker.quit();
        QVERIFY(worker.wait(5000));
    }

    void optionsFromSettings()
    {
        Sandbox sandbox;
        Settings s;
        QCOMPARE(s.set(Settings::Concurrency, 7), QString());
        QCOMPARE(s.set(Settings::RequestsPerMinute, 30), QString());
        QCOMPARE(s.set(Settings::TimeoutSec, 45), QString());
        QCOMPARE(s.set(Settings::JsonMode, true), QString());
        QCOMPARE(s.set(Settings::MaxCompletionTokens, 2048), QString());
        const ChatClient::Options o = ChatClient::Options::fromSettings(s);
        QCOMPARE(o.concurrency, 7);
        QCOMPARE(o.requestsPerMinute, 30);
        QCOMPARE(o.timeout.count(), 45000);
        QVERIFY(o.jsonMode);
        QCOMPARE(o.maxCompletionTokens, 2048);
        QVERIFY(o.adaptiveConcurrency);
        QCOMPARE(ChatClient::Options().concurrency, 8);
        // A server on this machine gets llm/localConcurrency (2), a hosted one the setting.
        QCOMPARE(ChatClient::Options::fromSettings(s, EndpointConfig::forPreset(EndpointPreset::Ollama)).concurrency, 2);
        QCOMPARE(ChatClient::Options::fromSettings(s, EndpointConfig::forPreset(EndpointPreset::LlamaCpp)).concurrency, 2);
        QCOMPARE(ChatClient::Options::fromSettings(s, EndpointConfig::forPreset(EndpointPreset::OpenAI)).concurrency, 7);
    }

    void testConnectionListsModels()
    {
        FakeLlmServer server;
        QVERIFY(server.start());
        server.setModels({ u"llama3.1:8b"_s, u"qwen2.5:14b"_s });
        ChatClient client(endpointFor(server, EndpointPreset::Ollama), QString(), fastOptions());
        QSignalSpy listed(&client, &ChatClient::modelsListed);
        client.testConnection();
        QTRY_COMPARE(listed.count(), 1);
        const ModelList models = listed.first().first().value<ModelList>();
        QVERIFY2(models.ok(), qPrintable(models.error.message));
        QCOMPARE(models.ids, QStringList({ u"llama3.1:8b"_s, u"qwen2.5:14b"_s }));
        QCOMPARE(server.modelsRequestCount(), 1);
        QCOMPARE(server.requestCount(), 0);

        server.setModelsResponse(FakeLlmResponse::json(401,
            "{\"error\":{\"message\":\"Incorrect API key provided: "
            "sk-abc***xyz1\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}"));
        client.testConnection();
        QTRY_COMPARE(listed.count(), 2);
        const ModelList denied = listed.at(1).first().value<ModelList>();
        QCOMPARE(denied.error.kind, LlmErrorKind::Auth);
        QVERIFY(!denied.error.message.contains("xyz1"_L1));
    }
};

QTEST_GUILESS_MAIN(TestChatClient)
#include "tst_chatclient.moc"
