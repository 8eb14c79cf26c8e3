#include "chatclient.h"

#include "config/settings.h"
#include "net/httppolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace PaperSift {

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

Q_LOGGING_CATEGORY(lcChat, "papersift.llm.client", QtInfoMsg)

namespace {
// QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host; a larger concurrency needs more managers.
constexpr int kConnectionsPerManager = 6;

QString snippet(const QByteArray &body)
{
    // Cut at a word: a secret the body echoes is then whole (and redacted) or not there at all.
    QString t = cutAtWord(QString::fromUtf8(body.left(400)).simplified(), 200);
    return t.isEmpty() ? u"(an empty body)"_s : u"“"_s + t + u"”"_s;
}

QString textContent(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    // Some servers send content as an array of parts: [{"type":"text","text":"…"}].
    QString out;
    const QJsonArray parts = content.toArray();
    for (const QJsonValue &p : parts) {
        if (p.isString())
            out += p.toString();
        else
            out += p.toObject().value("text"_L1).toString();
    }
    return out;
}
} // namespace

Result<ChatCompletion> parseChatCompletion(const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error { u"the body is not a JSON object: "_s + snippet(body), err.errorString() };
    const QJsonObject root = doc.object();
    const QJsonArray choices = root.value("choices"_L1).toArray();
    if (choices.isEmpty()) {
        const ProviderErrorBody e = parseProviderErrorBody(body);
        if (!e.message.isEmpty())
            return Error { u"it answered with an error: “"_s + e.message + u"”"_s, e.code };
        return Error { u"the reply has no choices: "_s + snippet(body), {} };
    }
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value("message"_L1).toObject();
    const QJsonValue content = message.value("content"_L1);
    ChatCompletion c;
    c.content = textContent(content);
    if (!content.isString() && !content.isArray()) {
        const QString refusal = message.value("refusal"_L1).toString();
        if (!refusal.isEmpty())
            return Error { u"the model refused: “"_s + refusal + u"”"_s, u"refusal"_s };
        return Error { u"the reply has no message content: "_s + snippet(body), {} };
    }
    c.model = root.value("model"_L1).toString();
    c.finishReason = choice.value("finish_reason"_L1).toString();
    const QJsonObject usage = root.value("usage"_L1).toObject();
    c.usage.prompt = usage.value("prompt_tokens"_L1).toInteger();
    c.usage.completion = usage.value("completion_tokens"_L1).toInteger();
    c.usage.cached = usage.value("prompt_tokens_details"_L1).toObject().value("cached_tokens"_L1).toInteger();
    return c;
}

Result<QStringList> parseModelList(const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error { u"the model list is not a JSON object: "_s + snippet(body), err.errorString() };
    const QJsonValue data = doc.object().value("data"_L1);
    if (!data.isArray())
        return Error { u"the model list has no “data” array: "_s + snippet(body), {} };
    QStringList ids;
    for (const QJsonValue &m : data.toArray()) {
        const QString id = m.toObject().value("id"_L1).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

QByteArray chatRequestBody(
    const QString &model, const QList<ChatMessage> &messages, bool jsonMode, int maxCompletionTokens)
{
    QJsonArray msgs;
    for (const ChatMessage &m : messages)
        msgs.append(QJsonObject { { "role"_L1, m.role }, { "content"_L1, m.content } });
    QJsonObject o { { "model"_L1, model }, { "messages"_L1, msgs }, { "temperature"_L1, 0 } };
    if (jsonMode)
        o.insert("response_format"_L1, QJsonObject { { "type"_L1, "json_object"_L1 } });
    if (maxCompletionTokens > 0)
        o.insert("max_completion_tokens"_L1, maxCompletionTokens);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ChatClient::Options ChatClient::Options::fromSettings(const Settings &settings)
{
    Options o;
    o.concurrency = std::max(1, settings.integer(Settings::Concurrency));
    o.adaptiveConcurrency = settings.boolean(Settings::AdaptiveConcurrency);
    o.requestsPerMinute = std::max(0, settings.integer(Settings::RequestsPerMinute));
    o.timeout = milliseconds(qint64(std::max(1, settings.integer(Settings::TimeoutSec))) * 1000);
    o.jsonMode = settings.boolean(Settings::JsonMode);
    o.maxCompletionTokens = std::max(0, settings.integer(Settings::MaxCompletionTokens));
    return o;
}

ChatClient::Options ChatClient::Options::fromSettings(const Settings &settings, const EndpointConfig &endpoint)
{
    Options o = fromSettings(settings);
    // A server on this machine answers a few requests at a time: more in flight only wait there,
    // and run into the timeout.
    if (endpoint.isLocalServer())
        o.concurrency = std::max(1, std::min(o.concurrency, settings.integer(Settings::LocalConcurrency)));
    return o;
}

struct ChatClient::Job
{
    quint64 id = 0;
    QByteArray body;
    QByteArray received; ///< the reply's body so far, read as it arrives
    bool tooLarge = false; ///< the reply went past maxReplyBytes and was aborted
    int attempts = 0;
    QElapsedTimer sinceFirstSend;
    QElapsedTimer sinceSend; ///< this attempt's
    std::chrono::milliseconds timeout { 0 }; ///< this attempt's
    QNetworkReply *reply = nullptr;
    QNetworkAccessManager *manager = nullptr;
    bool timedOut = false;
    bool waitingRetry = false;
};

ChatClient::ChatClient(EndpointConfig endpoint, QString apiKey, Options options, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_apiKey(std::move(apiKey))
    , m_redactor(redactorFor(m_endpoint, m_apiKey))
    , m_options(options)
    , m_timeout(options.timeout, options.minTimeout)
    , m_limit(std::max(1, options.concurrency))
    , m_rng(QRandomGenerator::global()->generate())
{
    m_options.concurrency = std::max(1, m_options.concurrency);
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
    const int managers = (m_options.concurrency + kConnectionsPerManager - 1) / kConnectionsPerManager;
    for (int i = 0; i < managers; ++i) {
        auto *nam = new QNetworkAccessManager(this);
        // Redirects are not followed: a redirect could carry the key to another host.
        nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_managers.push_back(nam);
        m_managerLoad[nam] = 0;
    }
    m_pumpTimer = new QTimer(this);
    m_pumpTimer->setSingleShot(true);
    m_pumpTimer->setTimerType(Qt::PreciseTimer);
    connect(m_pumpTimer, &QTimer::timeout, this, &ChatClient::pump);
    m_clock.start();
}

ChatClient::~ChatClient()
{
    for (auto &[id, job] : m_jobs) {
        if (job->reply) {
            disconnect(job->reply, nullptr, this, nullptr);
            job->reply->abort();
        }
    }
}

quint64 ChatClient::submit(ChatRequest request)
{
    auto job = std::make_unique<Job>();
    job->id = m_nextId++;
    job->body = chatRequestBody(m_endpoint.model, request.messages, request.jsonMode.value_or(m_options.jsonMode),
        request.maxCompletionTokens.value_or(m_options.maxCompletionTokens));
    const quint64 id = job->id;
    m_jobs.emplace(id, std::move(job));
    m_ready.push_back(id);
    // Sent from the event loop, so the caller knows the id before requestStarted() names it.
    QMetaObject::invokeMethod(this, &ChatClient::pump, Qt::QueuedConnection);
    return id;
}

int ChatClient::queued() const
{
    return int(m_ready.size());
}

int ChatClient::inFlight() const
{
    return m_inFlight;
}

int ChatClient::pending() const
{
    return int(m_jobs.size());
}

int ChatClient::concurrencyLimit() const
{
    return m_options.adaptiveConcurrency ? m_limit.current() : m_options.concurrency;
}

qint64 ChatClient::rateLimitWaitMs()
{
    if (m_options.requestsPerMinute <= 0)
        return 0;
    const qint64 now = m_clock.elapsed();
    const qint64 window = m_options.rateWindow.count();
    while (!m_sendTimes.empty() && m_sendTimes.front() + window <= now)
        m_sendTimes.pop_front();
    if (qsizetype(m_sendTimes.size()) < m_options.requestsPerMinute)
        return 0;
    return m_sendTimes.front() + window - now;
}

void ChatClient::armPumpTimer(qint64 ms)
{
    const int interval = int(std::clamp<qint64>(ms, 1, std::numeric_limits<int>::max()));
    if (m_pumpTimer->isActive() && m_pumpTimer->remainingTime() <= interval)
        return;
    m_pumpTimer->start(interval);
}

void ChatClient::pump()
{
    if (m_inPump)
        return;
    m_inPump = true;
    while (!m_ready.empty() && m_inFlight < concurrencyLimit()) {
        const qint64 now = m_clock.elapsed();
        if (m_notBeforeMs > now) {
            armPumpTimer(m_notBeforeMs - now);
            break;
        }
        if (const qint64 wait = rateLimitWaitMs(); wait > 0) {
            armPumpTimer(wait);
            break;
        }
        const quint64 id = m_ready.front();
        m_ready.pop_front();
        auto it = m_jobs.find(id);
        if (it != m_jobs.end())
            send(*it->second);
    }
    m_inPump = false;
}

QNetworkAccessManager *ChatClient::managerForNewRequest()
{
    return std::min_element(m_managerLoad.begin(), m_managerLoad.end(), [](const auto &a, const auto &b) {
        return a.second < b.second;
    })->first;
}

void ChatClient::applyHeaders(QNetworkRequest &request, bool json) const
{
    if (json)
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("PaperSift/" PAPERSIFT_VERSION));
    if (!m_apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    for (const HttpHeader &h : m_endpoint.extraHeaders)
        request.setRawHeader(h.first, h.second);
}

void ChatClient::send(Job &job)
{
    const quint64 id = job.id;
    ++job.attempts;
    if (job.attempts == 1)
        job.sinceFirstSend.start();
    job.timedOut = false;
    job.waitingRetry = false;
    job.received.clear();
    job.tooLarge = false;
    job.sinceSend.start();
    job.timeout = m_timeout.current();

    QNetworkRequest request(m_endpoint.chatCompletionsUrl());
    applyHeaders(request, true);
    job.manager = managerForNewRequest();
    job.reply = job.manager->post(request, job.body);
    ++m_managerLoad[job.manager];
    ++m_inFlight;
    m_peakInFlight = std::max(m_peakInFlight, m_inFlight);
    m_sendTimes.push_back(m_clock.elapsed());

    QNetworkReply *reply = job.reply;
    reply->setReadBufferSize(256 * 1024);
    connect(reply, &QNetworkReply::readyRead, this, [this, id] {
        // Read as it comes and stop at the cap: a 300 MB "completion" never lands in memory.
        auto it = m_jobs.find(id);
        if (it == m_jobs.end() || !it->second->reply)
            return;
        Job &j = *it->second;
        if (!readCapped(j.reply, j.received, m_options.maxReplyBytes)) {
            j.tooLarge = true;
            j.reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] {
        onReplyFinished(id);
    });
    QTimer::singleShot(job.timeout, reply, [this, id] {
        onTimeout(id);
    });
    emit requestStarted(id, job.attempts);
}

void ChatClient::onTimeout(quint64 id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !it->second->reply)
        return;
    it->second->timedOut = true;
    it->second->reply->abort(); // finished() follows and reports the timeout
}

bool ChatClient::readCapped(QNetworkReply *reply, QByteArray &into, qint64 cap)
{
    while (reply->bytesAvailable() > 0) {
        into += reply->read(std::max<qint64>(1, cap + 1 - into.size()));
        if (into.size() > cap) {
            into.clear();
            return false;
        }
    }
    return true;
}

LlmError ChatClient::replyTooLarge(int status) const
{
    LlmError e;
    e.kind = LlmErrorKind::Malformed;
    e.httpStatus = status;
    e.fatal = true; // the same request would get the same answer
    e.message = u"%1 sent a reply larger than %2 MB; a chat completion is a few kB. PaperSift stopped reading it: "
                "check the base URL (%3) in Settings."_s.arg(
                    m_endpoint.providerName(), QString::number(m_options.maxReplyBytes >> 20), m_endpoint.displayUrl());
    return e;
}

LlmError ChatClient::networkError(QNetworkReply *reply, bool timedOut, milliseconds timeout) const
{
    LlmError e;
    e.providerMessage = reply->errorString();
    e.providerCode = QString::number(int(reply->error()));
    const QString who = m_endpoint.providerName();
    const QString url = m_endpoint.displayUrl();
    if (timedOut || reply->error() == QNetworkReply::TimeoutError) {
        e.kind = LlmErrorKind::Timeout;
        e.retryable = true;
        e.message = u"No answer from %1 within %2 s. Raise the timeout or lower the batch size in Settings."_s.arg(
            who, QString::number(timeout.count() / 1000.0));
        return e;
    }
    e.kind = LlmErrorKind::Network;
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        // Refused after answers came: the server restarts (llama.cpp, Ollama reloading). Refused from the
        // start: nothing listens there, retrying will not help.
        e.retryable = m_everAnswered;
        e.message = u"%1 refused the connection at %2. Check that the server is running and the base URL in "
                    "Settings."_s.arg(who, url);
        break;
    case QNetworkReply::HostNotFoundError:
        e.message
            = u"Cannot find the host of %1. Check the base URL in Settings and the network connection."_s.arg(url);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.message = u"The secure connection to %1 failed (%2). Check the base URL in Settings."_s.arg(
            url, reply->errorString());
        break;
    case QNetworkReply::OperationCanceledError:
        e.kind = LlmErrorKind::Cancelled;
        e.message = u"The request to %1 was cancelled."_s.arg(who);
        return e;
    default:
        e.retryable = true;
        e.message
            = u"The connection to %1 failed (%2). Check the network and try again."_s.arg(url, reply->errorString());
        break;
    }
    e.fatal = !e.retryable;
    return e;
}

Redactor ChatClient::redactorFor(const EndpointConfig &endpoint, const QString &apiKey)
{
    Redactor r;
    r.addSecret(apiKey);
    r.addSecretsOf(endpoint.baseUrl);
    for (const HttpHeader &h : endpoint.extraHeaders) {
        const QString name = QString::fromLatin1(h.first).toLower();
        if (Redactor::isCredentialName(name) || name.contains("auth"_L1) || name.contains("key"_L1)
            || name.contains("token"_L1) || name.contains("secret"_L1))
            r.addSecret(QString::fromUtf8(h.second));
    }
    return r;
}

LlmError ChatClient::scrubbed(LlmError e) const
{
    e.providerMessage = m_redactor.redact(e.providerMessage);
    e.providerType = m_redactor.redact(e.providerType);
    e.providerCode = m_redactor.redact(e.providerCode);
    e.message = m_redactor.redact(e.message);
    return e;
}

void ChatClient::onReplyFinished(quint64 id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !it->second->reply)
        return;
    Job &job = *it->second;
    QNetworkReply *reply = job.reply;
    job.reply = nullptr;
    --m_inFlight;
    --m_managerLoad[job.manager];
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    LlmError error;
    ChatCompletion completion;
    if (!job.tooLarge && reply->isOpen() && !readCapped(reply, job.received, m_options.maxReplyBytes))
        job.tooLarge = true;
    if (job.timedOut)
        m_timeout.recordTimeout();
    else if (status > 0)
        m_timeout.recordAnswer(milliseconds(job.sinceSend.elapsed()));
    // The in-flight limit: halved by a rate limit, grown back by answers, held under what the
    // server's rate-limit headers say is left.
    if (status == 429) {
        m_limit.recordRateLimited(m_clock.elapsed() - job.sinceSend.elapsed(), m_clock.elapsed());
    } else if (status > 0) {
        m_limit.recordAnswer(reply->rawHeaderPairs(), m_clock.elapsed(), job.body.size() / 4);
        if (m_options.adaptiveConcurrency)
            m_notBeforeMs = std::max(m_notBeforeMs, m_limit.notBeforeMs());
    }
    if (job.tooLarge) {
        error = replyTooLarge(status);
    } else if (job.timedOut || status <= 0) {
        error = networkError(reply, job.timedOut, job.timeout);
    } else {
        m_everAnswered = true;
        const QByteArray body = std::exchange(job.received, {});
        if (status >= 200 && status <= 299) {
            Result<ChatCompletion> parsed = parseChatCompletion(body);
            if (parsed) {
                completion = std::move(parsed).value();
            } else {
                error.kind = LlmErrorKind::Malformed;
                error.httpStatus = status;
                error.providerMessage = parsed.error().message;
                error.retryable = parsed.error().detail != "refusal"_L1;
                error.message = u"%1 sent a reply PaperSift cannot read: %2."_s.arg(
                    m_endpoint.providerName(), parsed.error().message);
            }
        } else {
            error = classifyHttpError(status, body, reply->rawHeaderPairs(), m_endpoint);
            if (status >= 300 && status <= 399) {
                error.kind = LlmErrorKind::NotFound;
                error.message = u"%1 redirects (HTTP %2) to %3. Set the base URL in Settings to the new address."_s.arg(
                    m_endpoint.providerName(), QString::number(status),
                    QString::fromUtf8(reply->rawHeader("Location")));
            }
        }
    }
    error = scrubbed(std::move(error));

    if (error.isError() && error.retryable && job.attempts < m_options.maxAttempts) {
        scheduleRetry(job, error);
        pump();
        return;
    }

    ChatResult result;
    result.id = id;
    result.attempts = job.attempts;
    result.latencyMs = job.sinceFirstSend.elapsed();
    result.completion = std::move(completion);
    if (error.isError() && error.retryable) {
        error.message += job.attempts == 1 ? u" (no retry)"_s : u" (gave up after %1 attempts)"_s.arg(job.attempts);
    }
    result.error = error;
    if (error.isError())
        qCInfo(lcChat).noquote() << "request" << id << "failed:" << errorKindName(error.kind) << error.message;

    QPointer<ChatClient> self(this);
    finishJob(id, std::move(result));
    if (!self)
        return;
    if (error.fatal) {
        emit fatalError(error);
        if (!self)
            return;
        if (m_options.stopOnFatal && !m_jobs.empty()) {
            LlmError stop;
            stop.kind = LlmErrorKind::Cancelled;
            stop.message = u"Stopped: "_s + error.message;
            cancelAll(stop);
            return;
        }
    }
    pump();
    checkIdle();
}

void ChatClient::scheduleRetry(Job &job, const LlmError &error)
{
    std::uniform_real_distribution<double> jitter(0.0, 1.0);
    const milliseconds delay = Http::retryDelay(job.attempts,
        { m_options.backoffBase, m_options.backoffCap, m_options.maxRetryAfter }, error.retryAfter, jitter(m_rng));
    const qint64 dueMs = m_clock.elapsed() + delay.count();
    if (error.kind == LlmErrorKind::RateLimited && error.retryAfter)
        m_notBeforeMs = std::max(m_notBeforeMs, dueMs); // the server asked everyone to wait
    job.waitingRetry = true;
    const quint64 id = job.id;
    qCInfo(lcChat).noquote() << "request" << id << "attempt" << job.attempts << errorKindName(error.kind)
                             << "- retrying in" << delay.count() << "ms";
    QTimer::singleShot(int(delay.count()), Qt::PreciseTimer, this, [this, id, dueMs] {
        retryDue(id, dueMs);
    });
    emit retrying(id, job.attempts, delay.count(), error);
}

void ChatClient::retryDue(quint64 id, qint64 dueMs)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !it->second->waitingRetry)
        return;
    // Timers may fire a little early; a retry never goes out before the server's Retry-After.
    if (const qint64 left = dueMs - m_clock.elapsed(); left > 0) {
        QTimer::singleShot(int(left), Qt::PreciseTimer, this, [this, id, dueMs] {
            retryDue(id, dueMs);
        });
        return;
    }
    it->second->waitingRetry = false;
    m_ready.push_front(id);
    pump();
}

void ChatClient::finishJob(quint64 id, ChatResult result)
{
    m_jobs.erase(id);
    emit finished(result);
}

void ChatClient::cancel()
{
    LlmError reason;
    reason.kind = LlmErrorKind::Cancelled;
    reason.message = u"Cancelled."_s;
    cancelAll(reason);
}

void ChatClient::cancelAll(const LlmError &reason)
{
    std::vector<ChatResult> results;
    for (auto &[id, job] : m_jobs) {
        if (job->reply) {
            QNetworkReply *reply = job->reply;
            job->reply = nullptr;
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
            reply->deleteLater();
            --m_inFlight;
            --m_managerLoad[job->manager];
        }
        ChatResult r;
        r.id = id;
        r.error = reason;
        r.attempts = job->attempts;
        r.latencyMs = job->attempts > 0 ? job->sinceFirstSend.elapsed() : 0;
        results.push_back(std::move(r));
    }
    m_jobs.clear();
    m_ready.clear();
    m_pumpTimer->stop();
    QPointer<ChatClient> self(this);
    for (const ChatResult &r : results) {
        emit finished(r);
        if (!self)
            return;
    }
    checkIdle();
}

void ChatClient::checkIdle()
{
    if (m_jobs.empty() && m_inFlight == 0)
        emit idle();
}

void ChatClient::testConnection()
{
    QNetworkRequest request(m_endpoint.modelsUrl());
    applyHeaders(request, false);
    QNetworkReply *reply = m_managers.front()->get(request);
    reply->setReadBufferSize(256 * 1024);
    auto timedOut = std::make_shared<bool>(false);
    auto received = std::make_shared<QByteArray>();
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, received, tooLarge] {
        if (!*tooLarge && !readCapped(reply, *received, m_options.maxReplyBytes)) {
            *tooLarge = true;
            reply->abort();
        }
    });
    QTimer::singleShot(m_options.timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, timedOut, received, tooLarge] {
        reply->deleteLater();
        ModelList out;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!*tooLarge && reply->isOpen() && !readCapped(reply, *received, m_options.maxReplyBytes))
            *tooLarge = true;
        if (*tooLarge) {
            out.error = replyTooLarge(status);
        } else if (*timedOut || status <= 0) {
            out.error = networkError(reply, *timedOut, m_options.timeout);
        } else {
            const QByteArray body = *received;
            if (status >= 200 && status <= 299) {
                Result<QStringList> ids = parseModelList(body);
                if (ids) {
                    out.ids = *ids;
                } else {
                    out.error.kind = LlmErrorKind::Malformed;
                    out.error.httpStatus = status;
                    out.error.message = u"%1 answered, but not with a model list: %2. Check the base URL in "
                                        "Settings."_s.arg(m_endpoint.providerName(), ids.error().message);
                }
            } else {
                out.error = classifyHttpError(status, body, reply->rawHeaderPairs(), m_endpoint);
            }
        }
        out.error = scrubbed(out.error);
        emit modelsListed(out);
    });
}

} // namespace PaperSift
