#pragma once

#include "domain/score.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

#include <deque>
#include <functional>
#include <map>
#include <memory>

class QHttpServerResponder;
class QTcpSocket;

namespace PaperSift::Test {

class TrackingTcpServer;

/// One request as the fake server received it.
struct FakeLlmRequest
{
    int index = -1; ///< 0-based, in arrival order, among chat completion requests
    QByteArray method;
    QString path;
    QString query; ///< the URL's query as sent, without the '?'
    QByteArray body;
    QJsonObject json; ///< the parsed body (empty when it was not JSON)
    QString model; ///< json["model"]
    QJsonArray messages; ///< json["messages"]
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 receivedMs = 0; ///< on the server's clock (FakeLlmServer::nowMs)

    QByteArray header(QByteArrayView name) const; ///< case-insensitive; empty when absent
    QByteArray authorization() const { return header("authorization"); }
    QString lastUserMessage() const;
    /// The arXiv ids of the papers in the last user message (new 2506.01234 and old hep-th/9901001
    /// style): those after its last "## Papers" heading when it has one (the instructions' example
    /// ids are not papers), first appearance order, no duplicates, no version suffix.
    QStringList arxivIds() const;
    /// Whether the prompt asks for JSON (gpt_paper_assistant's JSONL) rather than the built-in
    /// ARXIVID|RELEVANCE|NOVELTY|COMMENT lines.
    bool asksForJson() const;
    /// Whether the prompt asks for no comment on a paper that matches no criterion (the built-in
    /// one does: gpt-4o's "Does not match any criterion." is output tokens that say nothing).
    bool asksForEmptyOffTopicComments() const;
    /// One paper's score written as the prompt asks: a JSONL object or a line, with a newline.
    QString scoreLine(const QString &id, int relevance, int novelty, const QString &comment) const;
};

/// What the fake server does with one request: answer (possibly after a delay), stall, or drop.
struct FakeLlmResponse
{
    enum class Action { Respond, Stall, Drop };
    Action action = Action::Respond;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; ///< Content-Type is application/json unless set here
    int delayMs = 0; ///< answer later, without blocking the event loop

    /// A well-formed chat completion whose message content is `content`.
    static FakeLlmResponse completion(
        const QString &content, TokenUsage usage = { 120, 0, 30 }, const QString &model = QStringLiteral("fake-model"));
    static FakeLlmResponse json(int status, const QByteArray &body);
    /// A file from tests/fixtures/openai with this status, e.g. fixture(u"error_429_insufficient_quota.json", 429).
    static FakeLlmResponse fixture(const QString &name, int status);
    /// Every error body in tests/fixtures/openai with the HTTP status it came with.
    static QList<QPair<QString, int>> errorFixtures();
    static FakeLlmResponse stall(); ///< never answer (until the client gives up)
    static FakeLlmResponse drop(); ///< close the connection without a byte of answer

    FakeLlmResponse withDelay(int ms) const;
    FakeLlmResponse withHeader(const QByteArray &name, const QByteArray &value) const;
};

/// An OpenAI-compatible endpoint on 127.0.0.1 for tests: POST {base}/chat/completions and GET {base}/models.
/// Answers come from a script (enqueue) first, then from a handler. It counts requests, tracks how many are
/// in flight (the maximum too), and records every request with its arrival time.
class FakeLlmServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<FakeLlmResponse(const FakeLlmRequest &)>;

    explicit FakeLlmServer(QObject *parent = nullptr);
    ~FakeLlmServer() override;

    bool start(); ///< listens on 127.0.0.1, port chosen by the system
    QUrl baseUrl() const; ///< http://127.0.0.1:PORT/v1

    /// Handles chat completion requests the script does not cover. Default: scorePapers().
    void setHandler(Handler handler);
    /// Answers the next chat completion requests, in order, before the handler.
    void enqueue(const FakeLlmResponse &response);
    void enqueue(const QList<FakeLlmResponse> &responses);
    /// The ids GET /models lists; or a fixed answer for it.
    void setModels(const QStringList &ids);
    void setModelsResponse(const FakeLlmResponse &response);

    /// A handler that always answers with this content (fenced, array, garbage: whatever the test needs).
    static Handler answerWith(const QString &content);
    /// What OpenAI would bill for `request` answered with `reply`: prompt tokens ≈ characters / 4 of
    /// every message (+ 4 a message), completion ≈ reply characters / 4, and the cached tokens of
    /// OpenAI's prefix cache: the longest prefix shared with a request received before this one,
    /// in 128-token steps, when it is at least 1,024 tokens (less is never cached).
    TokenUsage openAiUsage(const FakeLlmRequest &request, const QString &reply) const;
    /// A handler that scores every paper of the last user message in the format the prompt asks for
    /// (FakeLlmRequest::scoreLine), with scores derived from the id; usage ≈ characters / 4.
    static Handler scorePapers();

    int requestCount() const { return int(m_requests.size()); } ///< chat completion requests received
    int modelsRequestCount() const { return m_modelsRequests; }
    int inFlight() const { return m_inFlight; } ///< chat requests received and not answered/dropped/abandoned
    int maxInFlight() const { return m_maxInFlight; } ///< the most ever in flight at once
    const QList<FakeLlmRequest> &requests() const { return m_requests; }
    /// When the answer to request `index` was written (or the connection dropped); -1 if not yet.
    qint64 respondedAtMs(int index) const;
    qint64 nowMs() const { return m_clock.elapsed(); }

signals:
    void requestReceived(int index);

protected:
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;

private:
    struct Pending
    {
        std::unique_ptr<QHttpServerResponder> responder;
        FakeLlmResponse response;
    };
    void handleChat(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void respondNow(int index, QHttpServerResponder &responder, const FakeLlmResponse &response);
    void respondLater(int index);
    void clientGone(QTcpSocket *socket);
    QTcpSocket *socketFor(const QHttpServerRequest &request) const;

    TrackingTcpServer *m_tcp = nullptr;
    Handler m_handler;
    std::deque<FakeLlmResponse> m_script;
    QStringList m_models;
    std::optional<FakeLlmResponse> m_modelsResponse;
    QList<FakeLlmRequest> m_requests;
    QList<qint64> m_respondedAt;
    std::map<int, Pending> m_pending; ///< delayed or stalled answers, by request index
    std::map<QTcpSocket *, int> m_socketOf; ///< the connection each pending answer belongs to
    int m_modelsRequests = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    QElapsedTimer m_clock;
};

} // namespace PaperSift::Test
