#pragma once

// llm/: the OpenAI-compatible endpoint and nothing else — presets (Endpoint), where the API key
// comes from (ApiKeyStore: environment, else the keychain; never a file or a log), the chat
// client (requests in flight, requests per minute, retries with backoff and Retry-After, cancel)
// and LlmError, which classifies a failure and scrubs secrets from every text it keeps. What to
// ask and how to read the answer is scoring/'s job.

#include "domain/chatmessage.h"
#include "domain/score.h"
#include "llm/endpoint.h"
#include "llm/llmerror.h"
#include "net/adaptivetimeout.h"
#include "net/concurrencylimit.h"
#include "net/redaction.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <random>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;

namespace PaperSift {

class Settings;

/// One message of a chat conversation.
/// What to send: the messages, and optional per-request overrides of the client's options.
struct ChatRequest
{
    QList<ChatMessage> messages;
    std::optional<bool> jsonMode;
    std::optional<int> maxCompletionTokens;
};

/// The useful part of a chat completion.
struct ChatCompletion
{
    QString content; ///< choices[0].message.content
    TokenUsage usage; ///< usage.prompt_tokens / completion_tokens / prompt_tokens_details.cached_tokens
    QString model; ///< the model that answered (often a dated snapshot)
    QString finishReason; ///< "stop", "length", …
};

/// The outcome of one submitted request: a completion, or an error; and what it took.
struct ChatResult
{
    quint64 id = 0;
    ChatCompletion completion; ///< valid when ok()
    LlmError error; ///< kind None when ok()
    int attempts = 0; ///< HTTP requests sent for it (1 when no retry)
    qint64 latencyMs = 0; ///< from the first send to the final answer, backoff included

    bool ok() const { return !error.isError(); }
};

/// The answer to testConnection(): the model ids the endpoint lists, or an error.
struct ModelList
{
    QStringList ids;
    LlmError error;
    bool ok() const { return !error.isError(); }
};

/// Reads a chat completion body; pure function. Errors are kind Malformed.
Result<ChatCompletion> parseChatCompletion(const QByteArray &body);
/// Reads a GET /models body (`{"data":[{"id":…}]}`); pure function.
Result<QStringList> parseModelList(const QByteArray &body);
/// The JSON body of a chat completion request.
QByteArray chatRequestBody(
    const QString &model, const QList<ChatMessage> &messages, bool jsonMode, int maxCompletionTokens);

/// An OpenAI-compatible chat client: a queue, up to N requests in flight (fewer after 429s), a
/// requests-per-minute limit, retries with backoff and Retry-After, and cancel. Lives in one thread: create it in the
/// thread that uses it (it owns its QNetworkAccessManager). Every submitted request gets exactly one finished().
class ChatClient : public QObject
{
    Q_OBJECT

public:
    /// How the client paces and retries; fromSettings() reads the user's choices.
    struct Options
    {
        int concurrency = 8; ///< requests in flight at most
        /// Halve the requests in flight on a 429 and grow them back on answers (ConcurrencyLimit),
        /// within `concurrency`; false keeps `concurrency` fixed.
        bool adaptiveConcurrency = true;
        int requestsPerMinute = 0; ///< 0 for no limit
        std::chrono::milliseconds rateWindow { 60000 }; ///< the sliding window of the limit (tests shorten it)
        std::chrono::milliseconds timeout { 120000 }; ///< per attempt, at most (AdaptiveTimeout's ceiling)
        std::chrono::milliseconds minTimeout { 10000 }; ///< the shortest the observed latency may make it
        int maxAttempts = 5; ///< attempts per request, the first one included
        std::chrono::milliseconds backoffBase { 1000 }; ///< first backoff (before jitter)
        std::chrono::milliseconds backoffCap { 60000 }; ///< largest computed backoff
        std::chrono::milliseconds maxRetryAfter { 120000 }; ///< longest wait a server's Retry-After may ask for
        bool jsonMode = false; ///< send response_format json_object
        int maxCompletionTokens = 4096; ///< 0 to leave it out
        bool stopOnFatal = true; ///< a fatal error cancels everything else (they finish as Cancelled)
        /// A reply body past this is aborted, read as it arrives: a chat completion is a few kB, a
        /// model list (OpenRouter's) under 1 MB.
        qint64 maxReplyBytes = 8ll << 20;

        static Options fromSettings(const Settings &settings);
        /// The same for this endpoint: a local server (Ollama, llama.cpp) gets llm/localConcurrency.
        static Options fromSettings(const Settings &settings, const EndpointConfig &endpoint);
    };

    /// `apiKey` may be empty (local servers): then no Authorization header is sent.
    ChatClient(EndpointConfig endpoint, QString apiKey, Options options, QObject *parent = nullptr);
    ~ChatClient() override;

    /// Queues a request; returns its id. finished() reports it, never synchronously from submit().
    quint64 submit(ChatRequest request);
    /// Aborts every request in flight, drops the queue and the pending retries; each of them finishes
    /// as Cancelled (synchronously, before cancel() returns). The client stays usable.
    void cancel();

    /// GET {base}/models, for the Settings dialog's "Test connection"; answers with modelsListed().
    void testConnection();

    int queued() const; ///< waiting to be sent (first time or after a backoff)
    int inFlight() const; ///< HTTP requests currently open
    int pending() const; ///< submitted and not finished yet
    /// Requests it keeps in flight now: options().concurrency, or less after rate limits
    /// (ConcurrencyLimit). A caller that forms its batches late submits only up to this.
    int concurrencyLimit() const;
    int lowestConcurrencyLimit() const { return m_limit.lowest(); }
    int peakInFlight() const { return m_peakInFlight; } ///< the most HTTP requests open at once
    /// The timeout the next attempt gets: the configured one until the endpoint has answered,
    /// then what its latency calls for (AdaptiveTimeout).
    std::chrono::milliseconds currentTimeout() const { return m_timeout.current(); }
    const EndpointConfig &endpoint() const { return m_endpoint; }
    /// Everything secret this client sends: the key, credential-like extra header values, the
    /// base URL's password and credential query values. Every error text passes through it.
    static Redactor redactorFor(const EndpointConfig &endpoint, const QString &apiKey);
    const Options &options() const { return m_options; }

signals:
    /// One request is done, well or not.
    void finished(const PaperSift::ChatResult &result);
    /// An HTTP request is about to go out (attempt is 1-based).
    void requestStarted(quint64 id, int attempt);
    /// An attempt failed and will be retried after `delayMs`.
    void retrying(quint64 id, int attempt, qint64 delayMs, const PaperSift::LlmError &reason);
    /// A non-retryable error that should stop the run (quota, key, model, too large…), emitted once
    /// per occurrence after the request's own finished().
    void fatalError(const PaperSift::LlmError &error);
    /// Nothing queued, waiting or in flight any more.
    void idle();
    /// The answer to testConnection().
    void modelsListed(const PaperSift::ModelList &models);

private:
    struct Job;
    void pump();
    void send(Job &job);
    void onReplyFinished(quint64 id);
    void onTimeout(quint64 id);
    void scheduleRetry(Job &job, const LlmError &error);
    void retryDue(quint64 id, qint64 dueMs);
    void finishJob(quint64 id, ChatResult result);
    void cancelAll(const LlmError &reason);
    LlmError networkError(QNetworkReply *reply, bool timedOut, std::chrono::milliseconds timeout) const;
    LlmError replyTooLarge(int status) const;
    /// Appends what the reply has to `into`; false (and `into` emptied) once past `cap`.
    static bool readCapped(QNetworkReply *reply, QByteArray &into, qint64 cap);
    LlmError scrubbed(LlmError e) const;
    QNetworkAccessManager *managerForNewRequest();
    void applyHeaders(QNetworkRequest &request, bool json) const;
    qint64 rateLimitWaitMs();
    void armPumpTimer(qint64 ms);
    void checkIdle();

    EndpointConfig m_endpoint;
    QString m_apiKey;
    Redactor m_redactor;
    Options m_options;
    AdaptiveTimeout m_timeout; ///< from the endpoint's observed latency
    ConcurrencyLimit m_limit; ///< requests in flight, from the server's rate limits
    int m_peakInFlight = 0;
    std::vector<QNetworkAccessManager *> m_managers;
    std::map<QNetworkAccessManager *, int> m_managerLoad;
    std::map<quint64, std::unique_ptr<Job>> m_jobs;
    std::deque<quint64> m_ready;
    std::deque<qint64> m_sendTimes; ///< ms on m_clock of recent sends, for the rate limit
    QElapsedTimer m_clock;
    QTimer *m_pumpTimer = nullptr;
    qint64 m_notBeforeMs = 0; ///< a 429's Retry-After pauses every send until then
    int m_inFlight = 0;
    quint64 m_nextId = 1;
    bool m_everAnswered = false; ///< an HTTP answer came: a refused connection now means a restart
    bool m_inPump = false;
    std::mt19937 m_rng;
};

} // namespace PaperSift

Q_DECLARE_METATYPE(PaperSift::ChatResult)
Q_DECLARE_METATYPE(PaperSift::ModelList)
