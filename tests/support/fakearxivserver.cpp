#include "fakearxivserver.h"

#include <QHostAddress>
#include <QMetaEnum>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace PaperSift::Test {

using namespace Qt::StringLiterals;

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray xmlEscape(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

// --- Reply -------------------------------------------------------------------------------------

FakeArxivServer::Reply FakeArxivServer::Reply::ok(const QByteArray &body, const QByteArray &contentType)
{
    Reply r;
    r.body = body;
    r.contentType = contentType;
    return r;
}

FakeArxivServer::Reply FakeArxivServer::Reply::withStatus(int code, const QByteArray &retryAfter)
{
    Reply r;
    r.status = code;
    r.contentType = "text/plain";
    r.body = reasonPhrase(code) + '\n';
    if (!retryAfter.isEmpty())
        r.headers.append({"Retry-After", retryAfter});
    return r;
}

FakeArxivServer::Reply FakeArxivServer::Reply::html(int code)
{
    Reply r;
    r.status = code;
    r.contentType = "text/html; charset=utf-8";
    r.body = "<!DOCTYPE html>\n<html><head><title>arXiv is temporarily unavailable</title></head>\n"
             "<body><h1>Service temporarily unavailable</h1><p>Please try again later.</p></body></html>\n";
    return r;
}

FakeArxivServer::Reply FakeArxivServer::Reply::stall()
{
    Reply r;
    r.mode = Mode::Stall;
    return r;
}

FakeArxivServer::Reply FakeArxivServer::Reply::truncated(const QByteArray &body, qsizetype sendBytes)
{
    Reply r;
    r.mode = Mode::Truncate;
    r.body = body;
    r.sendBytes = sendBytes;
    return r;
}

FakeArxivServer::Reply FakeArxivServer::Reply::drop()
{
    Reply r;
    r.mode = Mode::Drop;
    return r;
}

FakeArxivServer::Reply &FakeArxivServer::Reply::header(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

// --- Request -----------------------------------------------------------------------------------

QByteArray FakeArxivServer::Request::header(QAnyStringView name) const
{
    return headers.value(name).toByteArray();
}

QString FakeArxivServer::Request::queryValue(const QString &key) const
{
    QString value = query.queryItemValue(key, QUrl::FullyDecoded);
    return value.replace(u'+', u' ');
}

// --- Server ------------------------------------------------------------------------------------

FakeArxivServer::FakeArxivServer(QObject *parent)
    : QObject(parent)
    , m_http(std::make_unique<QHttpServer>())
{
    m_clock.start();
    m_http->setMissingHandler(this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        Request r;
        r.receivedNs = m_clock.nsecsElapsed();
        r.method = QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())))
                       .toUpper();
        r.path = request.url().path();
        r.rawQuery = request.url().query(QUrl::FullyEncoded);
        r.query = request.query();
        r.headers = request.headers();
        const int index = record(std::move(r));
        responder.sendResponse(answer(request));
        markDone(index);
    });
}

FakeArxivServer::~FakeArxivServer() = default;

bool FakeArxivServer::listen()
{
    auto *listener = new QTcpServer(m_http.get());
    if (!listener->listen(QHostAddress::LocalHost, 0) || !m_http->bind(listener)) {
        delete listener;
        return false;
    }
    m_httpListener = listener;
    m_raw = new QTcpServer(this);
    if (!m_raw->listen(QHostAddress::LocalHost, 0))
        return false;
    connect(m_raw, &QTcpServer::pendingConnectionAvailable, this, &FakeArxivServer::onRawConnection);
    return true;
}

QUrl FakeArxivServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_httpListener ? m_httpListener->serverPort() : 0));
}

QUrl FakeArxivServer::apiUrl() const
{
    QUrl u = url();
    u.setPath(u"/api/query"_s);
    return u;
}

QUrl FakeArxivServer::rawUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_raw ? m_raw->serverPort() : 0));
}

void FakeArxivServer::serveFile(const QString &path, const QByteArray &body, const QByteArray &etag,
                                const QByteArray &lastModified, const QByteArray &contentType)
{
    m_files.insert(path, File{body, etag, lastModified, contentType});
}

void FakeArxivServer::enqueue(const QString &path, const Reply &reply)
{
    Q_ASSERT_X(reply.mode == Reply::Mode::Normal, "FakeArxivServer::enqueue",
               "stall, truncate and drop need the raw listener: use enqueueRaw()");
    m_scripts[path].push_back(reply);
}

void FakeArxivServer::enqueueRaw(const Reply &reply, int times)
{
    for (int i = 0; i < times; ++i)
        m_rawScript.push_back(reply);
}

void FakeArxivServer::setApiPapers(const QStringList &ids)
{
    m_apiIds = ids;
    m_hasApi = true;
}

QStringList FakeArxivServer::syntheticIds(int count, const QString &prefix)
{
    QStringList ids;
    for (int i = 1; i <= count; ++i)
        ids << prefix + u"%1"_s.arg(i, 5, 10, QChar(u'0'));
    return ids;
}

QByteArray FakeArxivServer::apiFeed(const QStringList &ids, int totalResults, int startIndex)
{
    QByteArray xml = "<?xml version='1.0' encoding='UTF-8'?>\n"
                     "<feed xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\" "
                     "xmlns:arxiv=\"http://arxiv.org/schemas/atom\" xmlns=\"http://www.w3.org/2005/Atom\">\n"
                     "  <id>https://arxiv.org/api/fake</id>\n"
                     "  <title>arXiv Query: fake</title>\n"
                     "  <updated>2025-06-17T00:00:00Z</updated>\n";
    xml += "  <opensearch:itemsPerPage>" + QByteArray::number(ids.size()) + "</opensearch:itemsPerPage>\n";
    xml += "  <opensearch:totalResults>" + QByteArray::number(totalResults) + "</opensearch:totalResults>\n";
    xml += "  <opensearch:startIndex>" + QByteArray::number(startIndex) + "</opensearch:startIndex>\n";
    for (const QString &id : ids) {
        const QByteArray e = xmlEscape(id);
        xml += "  <entry>\n"
               "    <id>http://arxiv.org/abs/" + e + "v1</id>\n"
               "    <title>Synthetic paper " + e + "</title>\n"
               "    <updated>2025-06-16T17:59:46Z</updated>\n"
               "    <link href=\"https://arxiv.org/abs/" + e + "v1\" rel=\"alternate\" type=\"text/html\"/>\n"
               "    <link href=\"https://arxiv.org/pdf/" + e + "v1\" rel=\"related\" type=\"application/pdf\" title=\"pdf\"/>\n"
               "    <summary>An abstract for " + e + ".</summary>\n"
               "    <category term=\"cs.LG\" scheme=\"http://arxiv.org/schemas/atom\"/>\n"
               "    <published>2025-06-16T17:59:46Z</published>\n"
               "    <arxiv:primary_category term=\"cs.LG\"/>\n"
               "    <author>\n      <name>Ada Lovelace</name>\n    </author>\n"
               "  </entry>\n";
    }
    xml += "</feed>\n";
    return xml;
}

int FakeArxivServer::record(Request request)
{
    m_requests.append(std::move(request));
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
    const int index = int(m_requests.size() - 1);
    Q_EMIT requestReceived(index);
    return index;
}

void FakeArxivServer::markDone(int index)
{
    Request &r = m_requests[index];
    if (r.doneNs >= 0)
        return;
    r.doneNs = m_clock.nsecsElapsed();
    --m_inFlight;
}

QHttpServerResponse FakeArxivServer::answer(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    auto script = m_scripts.find(path);
    if (script != m_scripts.end() && !script->empty()) {
        const Reply reply = script->front();
        script->pop_front();
        QHttpServerResponse response(reply.contentType, reply.body,
                                     static_cast<QHttpServerResponse::StatusCode>(reply.status));
        QHttpHeaders headers = response.headers();
        for (const auto &[name, value] : reply.headers)
            headers.append(name, value);
        response.setHeaders(std::move(headers));
        return response;
    }
    if (m_hasApi && path == apiUrl().path())
        return apiPage(request.query());

    const auto file = m_files.constFind(path);
    if (file == m_files.cend())
        return QHttpServerResponse("text/plain", "Not found\n", QHttpServerResponse::StatusCode::NotFound);

    const QByteArray ifNoneMatch = request.headers().value(QHttpHeaders::WellKnownHeader::IfNoneMatch).toByteArray();
    const QByteArray ifModifiedSince =
        request.headers().value(QHttpHeaders::WellKnownHeader::IfModifiedSince).toByteArray();
    const bool etagMatches = !file->etag.isEmpty() && ifNoneMatch == file->etag;
    // If-None-Match wins over If-Modified-Since (RFC 9110 13.1.3).
    const bool notModified = ifNoneMatch.isEmpty()
                                 ? (!file->lastModified.isEmpty() && ifModifiedSince == file->lastModified)
                                 : etagMatches;
    QHttpServerResponse response = notModified
                                       ? QHttpServerResponse(QHttpServerResponse::StatusCode::NotModified)
                                       : QHttpServerResponse(file->contentType, file->body);
    QHttpHeaders headers = response.headers();
    if (!file->etag.isEmpty())
        headers.append(QHttpHeaders::WellKnownHeader::ETag, file->etag);
    if (!file->lastModified.isEmpty())
        headers.append(QHttpHeaders::WellKnownHeader::LastModified, file->lastModified);
    response.setHeaders(std::move(headers));
    return response;
}

QHttpServerResponse FakeArxivServer::apiPage(const QUrlQuery &query)
{
    const QString idList = query.queryItemValue(u"id_list"_s, QUrl::FullyDecoded);
    const int start = std::max(0, query.queryItemValue(u"start"_s).toInt());
    const int maxResults = query.hasQueryItem(u"max_results"_s) ? query.queryItemValue(u"max_results"_s).toInt() : 10;

    QStringList matching;
    if (!idList.isEmpty()) {
        for (const QString &id : idList.split(u',', Qt::SkipEmptyParts)) {
            if (m_apiIds.contains(id))
                matching << id;
        }
    } else {
        matching = m_apiIds;
    }
    QStringList page = matching.mid(start, std::max(0, maxResults));
    if (start > 0 && m_emptyPages > 0) {
        --m_emptyPages;
        page.clear();
    }
    return QHttpServerResponse("application/atom+xml; charset=utf-8",
                               apiFeed(page, int(matching.size()), start));
}

void FakeArxivServer::onRawConnection()
{
    while (QTcpSocket *socket = m_raw->nextPendingConnection()) {
        socket->setParent(this);
        socket->setProperty("requestIndex", -1);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRawReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            const int index = socket->property("requestIndex").toInt();
            if (index >= 0)
                markDone(index);
            socket->deleteLater();
        });
    }
}

void FakeArxivServer::onRawReadyRead(QTcpSocket *socket)
{
    if (socket->property("requestIndex").toInt() >= 0) {
        socket->readAll(); // one request per connection: we always close after answering
        return;
    }
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    Request r;
    r.receivedNs = m_clock.nsecsElapsed();
    r.raw = true;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    r.method = requestLine.value(0);
    const QUrl target = QUrl::fromEncoded(requestLine.value(1));
    r.path = target.path();
    r.rawQuery = target.query(QUrl::FullyEncoded);
    r.query = QUrlQuery(target);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    const int index = record(std::move(r));
    socket->setProperty("requestIndex", index);

    Reply reply = Reply::withStatus(404);
    if (!m_rawScript.empty()) {
        reply = m_rawScript.front();
        m_rawScript.pop_front();
    }
    switch (reply.mode) {
    case Reply::Mode::Stall:
        return; // the client's timeout (or cancel) ends it; markDone on disconnect
    case Reply::Mode::Drop:
        socket->disconnectFromHost();
        return;
    case Reply::Mode::Normal:
    case Reply::Mode::Truncate: {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
        out += "Content-Type: " + reply.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        // A truncated answer must not say "Connection: close": Qt's client then takes the early
        // close for the end of the body and reports no error.
        if (reply.mode == Reply::Mode::Normal)
            out += "Connection: close\r\n";
        for (const auto &[name, value] : reply.headers)
            out += name + ": " + value + "\r\n";
        out += "\r\n";
        out += reply.mode == Reply::Mode::Truncate ? reply.body.left(reply.sendBytes) : reply.body;
        socket->write(out);
        if (reply.mode == Reply::Mode::Normal) {
            socket->disconnectFromHost(); // after the bytes are written
            return;
        }
        // Close a moment after the partial body is out. Closing at once can reach Qt's client
        // before it has read any body byte, and then it quietly resends the request instead of
        // reporting the cut: the test would not see the truncation.
        const qint64 total = out.size();
        auto written = std::make_shared<qint64>(0);
        connect(socket, &QTcpSocket::bytesWritten, socket, [socket, total, written](qint64 n) {
            *written += n;
            if (*written >= total)
                QTimer::singleShot(50, socket, [socket] { socket->disconnectFromHost(); });
        });
        return;
    }
    }
}

} // namespace PaperSift::Test
