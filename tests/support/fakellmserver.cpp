#include "fakellmserver.h"

#include "testsupport.h"

#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace PaperSift::Test {

using namespace Qt::StringLiterals;

/// A QTcpServer that keeps the sockets it accepts, so the fake can drop one connection on purpose.
class TrackingTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

    QTcpSocket *socketForPeerPort(quint16 port) const
    {
        for (const QPointer<QTcpSocket> &s : m_sockets) {
            if (s && s->peerPort() == port)
                return s;
        }
        return nullptr;
    }
    QList<QPointer<QTcpSocket>> sockets() const { return m_sockets; }
    std::function<void(QTcpSocket *)> onAccepted;

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        m_sockets.removeAll(nullptr);
        m_sockets.append(socket);
        if (onAccepted)
            onAccepted(socket);
        addPendingConnection(socket);
    }

private:
    QList<QPointer<QTcpSocket>> m_sockets;
};

// ---------------------------------------------------------------------------------------------------------------

QByteArray FakeLlmRequest::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString FakeLlmRequest::lastUserMessage() const
{
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject m = messages.at(i).toObject();
        if (m.value("role"_L1).toString() == "user"_L1)
            return m.value("content"_L1).toString();
    }
    return {};
}

namespace {

// Where a prompt's papers start: at its last "## Papers" heading, or nowhere (-1).
qsizetype papersStart(const QString &message)
{
    return message.lastIndexOf(u"## Papers"_s);
}

} // namespace

QStringList FakeLlmRequest::arxivIds() const
{
    static const QRegularExpression re(
        u"(?<![\\w.])(\\d{4}\\.\\d{4,5}|[a-z][a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?"_s);
    QStringList ids;
    const QString message = lastUserMessage();
    const qsizetype papers = papersStart(message);
    auto it = re.globalMatch(papers < 0 ? message : message.mid(papers));
    while (it.hasNext()) {
        const QString id = it.next().captured(1);
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

// ---------------------------------------------------------------------------------------------------------------

FakeLlmResponse FakeLlmResponse::completion(const QString &content, TokenUsage usage, const QString &model)
{
    const QJsonObject body {
        { "id"_L1, "chatcmpl-fake"_L1 },
        { "object"_L1, "chat.completion"_L1 },
        { "created"_L1, 1741569952 },
        { "model"_L1, model },
        { "choices"_L1,
            QJsonArray { QJsonObject { { "index"_L1, 0 },
                { "message"_L1,
                    QJsonObject {
                        { "role"_L1, "assistant"_L1 }, { "content"_L1, content }, { "refusal"_L1, QJsonValue() } } },
                { "finish_reason"_L1, "stop"_L1 } } } },
        { "usage"_L1,
            QJsonObject { { "prompt_tokens"_L1, usage.prompt }, { "completion_tokens"_L1, usage.completion },
                { "total_tokens"_L1, usage.prompt + usage.completion },
                { "prompt_tokens_details"_L1, QJsonObject { { "cached_tokens"_L1, usage.cached } } } } },
    };
    return json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

FakeLlmResponse FakeLlmResponse::json(int status, const QByteArray &body)
{
    FakeLlmResponse r;
    r.status = status;
    r.body = body;
    return r;
}

FakeLlmResponse FakeLlmResponse::fixture(const QString &name, int status)
{
    return json(status, readFixture("openai/"_L1 + name));
}

QList<QPair<QString, int>> FakeLlmResponse::errorFixtures()
{
    return { { u"error_400_unsupported_parameter_max_tokens.json"_s, 400 },
        { u"error_429_insufficient_quota.json"_s, 429 }, { u"error_429_rate_limit_exceeded_tokens.json"_s, 429 },
        { u"error_429_request_too_large_tpm.json"_s, 429 },
        { u"llamacpp_error_400_json_schema_and_grammar.json"_s, 400 } };
}

FakeLlmResponse FakeLlmResponse::stall()
{
    FakeLlmResponse r;
    r.action = Action::Stall;
    return r;
}

FakeLlmResponse FakeLlmResponse::drop()
{
    FakeLlmResponse r;
    r.action = Action::Drop;
    return r;
}

FakeLlmResponse FakeLlmResponse::withDelay(int ms) const
{
    FakeLlmResponse r = *this;
    r.delayMs = ms;
    return r;
}

FakeLlmResponse FakeLlmResponse::withHeader(const QByteArray &name, const QByteArray &value) const
{
    FakeLlmResponse r = *this;
    r.headers.append({ name, value });
    return r;
}

bool FakeLlmRequest::asksForJson() const
{
    const QString message = lastUserMessage();
    const qsizetype papers = papersStart(message);
    return (papers < 0 ? message : message.left(papers)).contains(u"JSON"_s);
}

bool FakeLlmRequest::asksForEmptyOffTopicComments() const
{
    return lastUserMessage().contains(u"When no criterion matches, leave COMMENT empty."_s);
}

QString FakeLlmRequest::scoreLine(const QString &id, int relevance, int novelty, const QString &comment) const
{
    if (!asksForJson())
        return u"%1|%2|%3|%4\n"_s.arg(id).arg(relevance).arg(novelty).arg(comment);
    const QJsonObject line { { "ARXIVID"_L1, id }, { "COMMENT"_L1, comment }, { "RELEVANCE"_L1, relevance },
        { "NOVELTY"_L1, novelty } };
    return QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) + u'\n';
}

// ---------------------------------------------------------------------------------------------------------------

FakeLlmServer::Handler FakeLlmServer::answerWith(const QString &content)
{
    return [content](const FakeLlmRequest &) {
        return FakeLlmResponse::completion(content);
    };
}

FakeLlmServer::Handler FakeLlmServer::scorePapers()
{
    return [](const FakeLlmRequest &request) {
        QString out;
        for (const QString &id : request.arxivIds()) {
            const size_t h = qHash(id, 7);
            const int relevance = int(h % 10) + 1;
            const int novelty = int((h / 10) % 10) + 1;
            out += request.scoreLine(id, relevance, novelty, u"Fake assessment of %1."_s.arg(id));
        }
        qint64 chars = 0;
        for (const QJsonValue &m : request.messages)
            chars += m.toObject().value("content"_L1).toString().size();
        const TokenUsage usage { std::max<qint64>(1, chars / 4), 0, std::max<qint64>(1, out.size() / 4) };
        return FakeLlmResponse::completion(out, usage, request.model.isEmpty() ? u"fake-model"_s : request.model);
    };
}

FakeLlmServer::FakeLlmServer(QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(scorePapers())
    , m_models({ u"fake-model"_s, u"gpt-4o"_s, u"gpt-4o-mini"_s })
{
    m_clock.start();
}

FakeLlmServer::~FakeLlmServer()
{
    // Sockets die with the base class; make sure none of their signals reaches this half-destroyed object.
    if (m_tcp) {
        for (const QPointer<QTcpSocket> &s : m_tcp->sockets()) {
            if (s)
                disconnect(s, nullptr, this, nullptr);
        }
    }
    m_pending.clear();
}

bool FakeLlmServer::start()
{
    m_tcp = new TrackingTcpServer(this);
    m_tcp->onAccepted = [this](QTcpSocket *socket) {
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            clientGone(socket);
        });
    };
    if (!m_tcp->listen(QHostAddress::LocalHost, 0))
        return false;
    return bind(m_tcp);
}

QUrl FakeLlmServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/v1"_s.arg(m_tcp ? m_tcp->serverPort() : 0));
}

void FakeLlmServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void FakeLlmServer::enqueue(const FakeLlmResponse &response)
{
    m_script.push_back(response);
}

void FakeLlmServer::enqueue(const QList<FakeLlmResponse> &responses)
{
    for (const FakeLlmResponse &r : responses)
        m_script.push_back(r);
}

void FakeLlmServer::setModels(const QStringList &ids)
{
    m_models = ids;
    m_modelsResponse.reset();
}

void FakeLlmServer::setModelsResponse(const FakeLlmResponse &response)
{
    m_modelsResponse = response;
}

qint64 FakeLlmServer::respondedAtMs(int index) const
{
    return index >= 0 && index < m_respondedAt.size() ? m_respondedAt.at(index) : -1;
}

QTcpSocket *FakeLlmServer::socketFor(const QHttpServerRequest &request) const
{
    return m_tcp ? m_tcp->socketForPeerPort(request.remotePort()) : nullptr;
}

static void writeResponse(QHttpServerResponder &responder, const FakeLlmResponse &response)
{
    QHttpHeaders headers = QHttpHeaders::fromListOfPairs(response.headers);
    if (!headers.contains(QHttpHeaders::WellKnownHeader::ContentType))
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json");
    responder.write(response.body, headers, QHttpServerResponder::StatusCode(response.status));
}

bool FakeLlmServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QString path = request.url().path();
    if (request.method() == QHttpServerRequest::Method::Post && path.endsWith("/chat/completions"_L1)) {
        handleChat(request, responder);
        return true;
    }
    if (request.method() == QHttpServerRequest::Method::Get && path.endsWith("/models"_L1)) {
        ++m_modelsRequests;
        if (m_modelsResponse) {
            writeResponse(responder, *m_modelsResponse);
            return true;
        }
        QJsonArray data;
        for (const QString &id : std::as_const(m_models))
            data.append(QJsonObject { { "id"_L1, id }, { "object"_L1, "model"_L1 }, { "owned_by"_L1, "fake"_L1 } });
        writeResponse(responder,
            FakeLlmResponse::json(200,
                QJsonDocument(QJsonObject { { "object"_L1, "list"_L1 }, { "data"_L1, data } })
                    .toJson(QJsonDocument::Compact)));
        return true;
    }
    return false;
}

void FakeLlmServer::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QJsonObject error { { "message"_L1, u"Invalid URL (%1)"_s.arg(request.url().path()) },
        { "type"_L1, "invalid_request_error"_L1 }, { "param"_L1, QJsonValue() }, { "code"_L1, QJsonValue() } };
    writeResponse(responder, FakeLlmResponse::json(404, QJsonDocument(QJsonObject { { "error"_L1, error } }).toJson()));
}

namespace {
/// The prompt as a provider's cache sees it: the messages in order, roles included.
QString promptText(const QJsonArray &messages)
{
    QString text;
    for (const QJsonValue &m : messages) {
        const QJsonObject o = m.toObject();
        text += o.value("role"_L1).toString() + u'\n' + o.value("content"_L1).toString() + u'\n';
    }
    return text;
}
} // namespace

TokenUsage FakeLlmServer::openAiUsage(const FakeLlmRequest &request, const QString &reply) const
{
    const QString prompt = promptText(request.messages);
    TokenUsage usage;
    usage.prompt = (prompt.size() + 3) / 4 + 4 * request.messages.size();
    usage.completion = (reply.size() + 3) / 4;
    qsizetype shared = 0;
    for (const FakeLlmRequest &earlier : m_requests) {
        if (earlier.index >= request.index)
            break;
        const QString other = promptText(earlier.messages);
        qsizetype n = 0;
        const qsizetype limit = qMin(other.size(), prompt.size());
        while (n < limit && other.at(n) == prompt.at(n))
            ++n;
        shared = qMax(shared, n);
    }
    const qint64 sharedTokens = shared / 4;
    usage.cached = sharedTokens >= 1024 ? sharedTokens / 128 * 128 : 0;
    return usage;
}

void FakeLlmServer::handleChat(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    FakeLlmRequest r;
    r.index = int(m_requests.size());
    r.method = "POST";
    r.path = request.url().path();
    r.query = request.url().query(QUrl::FullyEncoded);
    r.body = request.body();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.model = r.json.value("model"_L1).toString();
    r.messages = r.json.value("messages"_L1).toArray();
    r.headers = request.headers().toListOfPairs();
    r.receivedMs = nowMs();
    m_requests.append(r);
    m_respondedAt.append(-1);
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);

    FakeLlmResponse response;
    if (!m_script.empty()) {
        response = m_script.front();
        m_script.pop_front();
    } else {
        response = m_handler(r);
    }
    const int index = r.index;
    emit requestReceived(index);

    switch (response.action) {
    case FakeLlmResponse::Action::Drop:
        if (QTcpSocket *socket = socketFor(request)) {
            disconnect(socket, nullptr, this, nullptr);
            socket->abort();
        }
        --m_inFlight;
        m_respondedAt[index] = nowMs();
        return;
    case FakeLlmResponse::Action::Stall:
    case FakeLlmResponse::Action::Respond:
        break;
    }
    if (response.action == FakeLlmResponse::Action::Respond && response.delayMs <= 0) {
        respondNow(index, responder, response);
        return;
    }
    // Answer later: the responder is kept (Qt 6.8 allows moving it out of the handler).
    Pending p;
    p.responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    p.response = response;
    m_pending.emplace(index, std::move(p));
    if (QTcpSocket *socket = socketFor(request))
        m_socketOf[socket] = index;
    if (response.action == FakeLlmResponse::Action::Respond)
        QTimer::singleShot(response.delayMs, Qt::PreciseTimer, this, [this, index] {
            respondLater(index);
        });
}

void FakeLlmServer::respondNow(int index, QHttpServerResponder &responder, const FakeLlmResponse &response)
{
    --m_inFlight;
    m_respondedAt[index] = nowMs();
    writeResponse(responder, response);
}

void FakeLlmServer::respondLater(int index)
{
    auto it = m_pending.find(index);
    if (it == m_pending.end())
        return; // the client went away meanwhile
    Pending p = std::move(it->second);
    m_pending.erase(it);
    for (auto s = m_socketOf.begin(); s != m_socketOf.end(); ++s) {
        if (s->second == index) {
            m_socketOf.erase(s);
            break;
        }
    }
    respondNow(index, *p.responder, p.response);
}

void FakeLlmServer::clientGone(QTcpSocket *socket)
{
    auto s = m_socketOf.find(socket);
    if (s == m_socketOf.end())
        return;
    const int index = s->second;
    m_socketOf.erase(s);
    if (m_pending.erase(index) > 0)
        --m_inFlight; // the client aborted a delayed or stalled request
}

} // namespace PaperSift::Test
