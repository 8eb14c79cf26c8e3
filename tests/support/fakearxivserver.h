#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHttpHeaders>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QTcpServer;
class QTcpSocket;

namespace PaperSift::Test {

/// A stand-in for rss.arxiv.org and export.arxiv.org on 127.0.0.1, scriptable per path.
///
/// Two listeners: url() is a Qt HttpServer that serves files (with ETag/Last-Modified and 304),
/// scripted replies (429, 503, HTML pages, …) and paged API results; rawUrl() is a bare
/// QTcpServer for what a well-behaved server cannot do: a response that never comes, a body cut
/// short of its Content-Length, a connection dropped without an answer. Every request is logged
/// with the server's own steady-clock timestamp.
class FakeArxivServer : public QObject
{
    Q_OBJECT

public:
    /// One scripted answer.
    struct Reply
    {
        enum class Mode {
            Normal,   ///< status, headers and body
            Stall,    ///< read the request, never answer (raw listener only)
            Truncate, ///< announce the whole body, send sendBytes of it, close (raw listener only)
            Drop,     ///< close the connection without answering (raw listener only)
        };
        Mode mode = Mode::Normal;
        int status = 200;
        QByteArray contentType = "application/xml; charset=utf-8";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        qsizetype sendBytes = 0;

        static Reply ok(const QByteArray &body, const QByteArray &contentType = "application/xml; charset=utf-8");
        /// A bare status (429, 503, …), with a Retry-After header when retryAfter is not empty.
        static Reply withStatus(int code, const QByteArray &retryAfter = {});
        /// An HTML error page, as a proxy or an overloaded arXiv sends it.
        static Reply html(int code = 200);
        static Reply stall();
        static Reply truncated(const QByteArray &body, qsizetype sendBytes);
        static Reply drop();
        Reply &header(const QByteArray &name, const QByteArray &value);
    };

    /// One request as the server saw it.
    struct Request
    {
        qint64 receivedNs = 0; ///< server clock, when the request had arrived
        qint64 doneNs = -1;    ///< server clock, when it was answered or the client went away
        QByteArray method;
        QString path;
        QString rawQuery; ///< as sent (percent-encoded)
        QUrlQuery query;
        QHttpHeaders headers;
        bool raw = false; ///< arrived at the raw listener

        QByteArray header(QAnyStringView name) const;
        QString queryValue(const QString &key) const; ///< fully decoded, '+' read as a space
        double receivedMs() const { return receivedNs / 1e6; }
    };

    explicit FakeArxivServer(QObject *parent = nullptr);
    ~FakeArxivServer() override;

    /// Listens on 127.0.0.1, ports chosen by the system. False when that failed.
    bool listen();
    QUrl url() const;    ///< the Qt HttpServer, e.g. http://127.0.0.1:41234
    QUrl apiUrl() const; ///< url() + "/api/query"
    QUrl rawUrl() const; ///< the raw listener

    /// Serves body at path with these validators; answers 304 when If-None-Match or
    /// If-Modified-Since match.
    void serveFile(const QString &path, const QByteArray &body, const QByteArray &etag = {},
                   const QByteArray &lastModified = {},
                   const QByteArray &contentType = "application/rss+xml; charset=utf-8");
    /// The next requests to path get these replies, in order, before any file or API page.
    void enqueue(const QString &path, const Reply &reply);
    /// The next connections to the raw listener get this reply, times times (any path); then the
    /// next queued reply, and 404 when none is left. Repeat a reply to stay deterministic: Qt's
    /// client may quietly resend a request whose connection broke, and the resend takes a turn.
    void enqueueRaw(const Reply &reply, int times = 1);

    /// Makes /api/query answer from these papers: id_list picks the listed ids, search_query
    /// pages through all of them with start/max_results; opensearch totals included.
    void setApiPapers(const QStringList &ids);
    /// The next count API pages with start > 0 come back empty (arXiv's sporadic empty page).
    void setApiEmptyPages(int count) { m_emptyPages = count; }
    /// "2506.00001", "2506.00002", …
    static QStringList syntheticIds(int count, const QString &prefix = QStringLiteral("2506."));
    /// An API Atom page with these ids, in the shape export.arxiv.org uses.
    static QByteArray apiFeed(const QStringList &ids, int totalResults, int startIndex);

    const QList<Request> &requests() const { return m_requests; }
    qsizetype requestCount() const { return m_requests.size(); }
    /// Most requests open at once across both listeners (received, not yet answered or dropped).
    int maxInFlight() const { return m_maxInFlight; }

Q_SIGNALS:
    void requestReceived(int index);

private:
    QHttpServerResponse answer(const QHttpServerRequest &request);
    QHttpServerResponse apiPage(const QUrlQuery &query);
    void onRawConnection();
    void onRawReadyRead(QTcpSocket *socket);
    int record(Request request);
    void markDone(int index);

    struct File
    {
        QByteArray body;
        QByteArray etag;
        QByteArray lastModified;
        QByteArray contentType;
    };

    QElapsedTimer m_clock;
    std::unique_ptr<QHttpServer> m_http;
    QTcpServer *m_httpListener = nullptr; // owned by m_http
    QTcpServer *m_raw = nullptr;
    QHash<QString, File> m_files;
    QHash<QString, std::deque<Reply>> m_scripts;
    std::deque<Reply> m_rawScript;
    QStringList m_apiIds;
    bool m_hasApi = false;
    int m_emptyPages = 0;
    QList<Request> m_requests;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace PaperSift::Test
