#include "arxivclient.h"

#include "config/settings.h"
#include "domain/arxivid.h"
#include "net/httppolicy.h"
#include "net/redaction.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QTimeZone>

#include <algorithm>

namespace PaperSift {

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace {

// Why an attempt failed, for the retry decision and the final message.
enum class Failure { None, Http, RateLimited, Unavailable, Timeout, Connection, Truncated };

QString timesText(int n)
{
    static const char *const words[] = {"once", "twice", "three times", "four times", "five times",
                                        "six times", "seven times", "eight times", "nine times", "ten times"};
    if (n >= 1 && n <= 10)
        return QString::fromLatin1(words[n - 1]);
    return u"%1 times"_s.arg(n);
}

QString percent(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, "./-_:"));
}

QUrl withQuery(const QUrl &base, const QString &query)
{
    QUrl url = base;
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

bool isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

} // namespace

// One queued request and the promise its caller holds.
struct ArxivClient::Pending
{
    FetchRequest request;
    QPromise<Result<FetchResponse>> promise;
    int attempts = 0;
    Failure lastFailure = Failure::None;
    QString lastDetail;

    void finish(Result<FetchResponse> result)
    {
        if (promise.future().isFinished())
            return;
        promise.addResult(std::move(result));
        promise.finish();
    }

    ~Pending()
    {
        // A request dropped before it was queued (client destroyed) still answers its caller.
        finish(Error{u"The arXiv client stopped before the request was sent."_s, request.url.toString()});
    }
};

std::unique_ptr<QIODevice> FetchResponse::openBody() const
{
    return body ? body->open() : BodySpool(0).open();
}

QByteArray FetchResponse::bodyBytes(qint64 max) const
{
    return body ? body->read(max) : QByteArray();
}

ArxivClientOptions ArxivClientOptions::fromSettings(const Settings &settings)
{
    ArxivClientOptions options;
    options.rssBaseUrl = QUrl(settings.string(Settings::RssBaseUrl));
    options.apiBaseUrl = QUrl(settings.string(Settings::ApiBaseUrl));
    options.requestSpacingMs = std::max(0, settings.integer(Settings::RequestSpacingMs));
    return options;
}

ArxivClient::ArxivClient(ArxivClientOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_nam(new QNetworkAccessManager(this))
    , m_waitTimer(new QTimer(this))
    , m_timeoutTimer(new QTimer(this))
{
    m_clock.start();
    // Redirects are fine (arXiv moves things), but never to a less safe scheme.
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_waitTimer->setSingleShot(true);
    m_waitTimer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire early: less polite
    connect(m_waitTimer, &QTimer::timeout, this, &ArxivClient::pump);
    m_timeoutTimer->setSingleShot(true);
    m_timeoutTimer->setInterval(std::max(1, m_options.timeoutMs));
    connect(m_timeoutTimer, &QTimer::timeout, this, &ArxivClient::onTimeout);
}

ArxivClient::~ArxivClient()
{
    cancelAll();
}

QFuture<Result<FetchResponse>> ArxivClient::fetch(const FetchRequest &request)
{
    auto pending = std::make_shared<Pending>();
    pending->request = request;
    pending->promise.start();
    QFuture<Result<FetchResponse>> future = pending->promise.future();
    // Direct call in the client's thread; queued (in order) from any other thread.
    QMetaObject::invokeMethod(this, [this, pending] { enqueue(pending); }, Qt::AutoConnection);
    return future;
}

Result<FetchResponse> ArxivClient::fetchSync(const FetchRequest &request)
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "ArxivClient::fetchSync",
               "call it in the thread the client lives in");
    QFuture<Result<FetchResponse>> future = fetch(request);
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<Result<FetchResponse>> watcher;
        connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    if (future.resultCount() == 0)
        return Error{u"The arXiv request was cancelled."_s, request.url.toString()};
    return future.result();
}

void ArxivClient::cancel()
{
    QMetaObject::invokeMethod(this, &ArxivClient::cancelAll, Qt::AutoConnection);
}

void ArxivClient::enqueue(std::shared_ptr<Pending> pending)
{
    if (!pending->request.url.isValid() || pending->request.url.scheme().isEmpty()) {
        pending->finish(Error{u"Cannot fetch \"%1\": it is not a valid URL. Check the arXiv base URL settings."_s
                                  .arg(pending->request.url.toString()),
                              {}});
        return;
    }
    m_queue.push_back(std::move(pending));
    pump();
}

void ArxivClient::cancelAll()
{
    m_waitTimer->stop();
    m_timeoutTimer->stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        m_body.reset();
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
        m_lastEndMs = now();
    }
    m_notBeforeMs = 0;
    std::deque<std::shared_ptr<Pending>> dropped;
    dropped.swap(m_queue);
    for (const auto &pending : dropped)
        pending->finish(Error{u"The arXiv fetch was cancelled."_s, pending->request.url.toString()});
}

void ArxivClient::pump()
{
    if (m_reply || m_queue.empty())
        return;
    qint64 earliest = m_notBeforeMs;
    // Spacing counts from the end of the previous request, so the server sees at least that much
    // between two requests whatever the network delays (arxiv.py does the same).
    if (m_lastEndMs >= 0)
        earliest = std::max(earliest, m_lastEndMs + m_options.requestSpacingMs);
    const qint64 wait = earliest - now();
    if (wait > 0) {
        m_waitTimer->start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
        return;
    }
    m_waitTimer->stop();
    startCurrent();
}

void ArxivClient::startCurrent()
{
    const std::shared_ptr<Pending> pending = m_queue.front();
    ++pending->attempts;

    QNetworkRequest request(pending->request.url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QString::fromLatin1(m_options.userAgent));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!pending->request.etag.isEmpty())
        request.setRawHeader("If-None-Match", pending->request.etag);
    if (!pending->request.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", pending->request.lastModified);

    m_timedOut = false;
    m_body = std::make_shared<BodySpool>(m_options.maxBodyBytes);
    m_reply = m_nam->get(request);
    // Read as it arrives into the spool: the network layer never holds more than this.
    m_reply->setReadBufferSize(256 * 1024);
    connect(m_reply, &QNetworkReply::readyRead, this, &ArxivClient::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ArxivClient::onReplyFinished);
    // The timeout is for silence, not for the whole transfer: a large API page may take a while.
    connect(m_reply, &QNetworkReply::metaDataChanged, m_timeoutTimer, qOverload<>(&QTimer::start));
    connect(m_reply, &QNetworkReply::downloadProgress, m_timeoutTimer, qOverload<>(&QTimer::start));
    m_timeoutTimer->start();
    Q_EMIT requestStarted(pending->request.url, pending->attempts);
}

void ArxivClient::onReadyRead()
{
    if (!m_reply || !m_body)
        return;
    // A server that sends without end is cut off at the cap, not after gigabytes.
    if (!m_body->append(m_reply->readAll()))
        m_reply->abort(); // finished() follows
}

void ArxivClient::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows, handled in onReplyFinished
}

void ArxivClient::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_queue.empty())
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_timeoutTimer->stop();
    m_lastEndMs = now() + 1; // +1: the clock truncates to milliseconds
    const std::shared_ptr<Pending> pending = m_queue.front();
    const QUrl url = pending->request.url;

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const QNetworkReply::NetworkError error = reply->error();
    const std::shared_ptr<BodySpool> body = std::move(m_body);
    if (reply->isOpen() && body->error().isEmpty()) // closed after abort()
        body->append(reply->readAll());

    if (!body->error().isEmpty()) {
        // Too long for any feed, or no room for it: retrying would fetch the same.
        pending->lastFailure = Failure::Http;
        finishCurrent(Error { body->overCap()
                ? u"%1 sent more than %2 MB; an arXiv feed or API page is a few MB at most. PaperSift "
                  "stopped the transfer; check the address."_s.arg(
                      url.host(), QString::number(m_options.maxBodyBytes >> 20))
                : u"Could not keep the answer from %1: %2. Check the free space of the temporary "
                  "folder."_s.arg(url.host(), body->error()),
            url.toString() });
        return;
    }

    if (m_timedOut) {
        pending->lastFailure = Failure::Timeout;
        pending->lastDetail = u"no data for %1 s"_s.arg(m_options.timeoutMs / 1000.0);
        scheduleRetry(u"arXiv did not answer in time"_s, std::nullopt);
        return;
    }

    if (status == 0) {
        pending->lastFailure = Failure::Connection;
        pending->lastDetail = reply->errorString();
        if (isRetryableNetworkError(error)) {
            scheduleRetry(u"connection error: %1"_s.arg(reply->errorString()), std::nullopt);
            return;
        }
        finishCurrent(Error{u"Could not fetch from %1: %2. Check the address and your network settings."_s
                                .arg(url.host(), reply->errorString()),
                            url.toString()});
        return;
    }

    // A body shorter than announced (or cut by a network error) is a broken transfer, not data.
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool encoded = reply->hasRawHeader("Content-Encoding");
    const bool shortBody = length.isValid() && !encoded && body->size() < length.toLongLong();
    if (status != 304 && (shortBody || (error != QNetworkReply::NoError && status >= 200 && status < 300))) {
        pending->lastFailure = Failure::Truncated;
        pending->lastDetail = length.isValid()
            ? u"got %1 of %2 bytes"_s.arg(body->size()).arg(length.toLongLong())
            : u"got %1 bytes, then: %2"_s.arg(body->size()).arg(reply->errorString());
        scheduleRetry(u"the answer was cut off (%1)"_s.arg(pending->lastDetail), std::nullopt);
        return;
    }

    if (status == 429 || status == 502 || status == 503 || status == 504) {
        pending->lastFailure = status == 429 ? Failure::RateLimited : Failure::Unavailable;
        pending->lastDetail = u"HTTP %1"_s.arg(status);
        const auto retryAfter = Http::retryAfter(reply->rawHeaderPairs(), QDateTime::currentDateTimeUtc());
        scheduleRetry(u"arXiv answered HTTP %1"_s.arg(status), retryAfter);
        return;
    }

    if (status == 304 || (status >= 200 && status < 300)) {
        FetchResponse response;
        response.url = url;
        response.httpStatus = status;
        response.notModified = status == 304;
        response.body = status == 304 ? std::make_shared<BodySpool>(0) : body;
        response.etag = reply->rawHeader("ETag");
        response.lastModified = reply->rawHeader("Last-Modified");
        if (response.notModified) { // a 304 need not repeat the validators
            if (response.etag.isEmpty())
                response.etag = pending->request.etag;
            if (response.lastModified.isEmpty())
                response.lastModified = pending->request.lastModified;
        }
        response.attempts = pending->attempts;
        response.fetchedAt = QDateTime::currentDateTimeUtc();
        finishCurrent(std::move(response));
        return;
    }

    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    QString hint = u"Check the arXiv base URL settings and the categories."_s;
    if (status == 400)
        hint = u"arXiv rejected the query; check the ids or dates."_s;
    const QString statusText = reason.isEmpty() ? QString::number(status)
                                                : QString::number(status) + u" ("_s + reason + u')';
    finishCurrent(Error { u"arXiv answered HTTP %1 for %2. %3"_s.arg(statusText, url.toString(QUrl::RemoveQuery), hint),
        QString::fromUtf8(body->read(2000)) });
}

void ArxivClient::scheduleRetry(const QString &reason, std::optional<std::chrono::milliseconds> retryAfter)
{
    const std::shared_ptr<Pending> pending = m_queue.front();
    if (pending->attempts > m_options.maxRetries) {
        const int n = pending->attempts;
        const QString host = pending->request.url.host();
        QString message;
        switch (pending->lastFailure) {
        case Failure::RateLimited:
            message = u"arXiv asked PaperSift to slow down (HTTP 429) %1; wait a few minutes before fetching again."_s
                          .arg(timesText(n));
            break;
        case Failure::Unavailable:
            message = u"arXiv answered %1 %2; it is busy or down. Try again in a few minutes."_s
                          .arg(pending->lastDetail, timesText(n));
            break;
        case Failure::Timeout:
            message = u"%1 did not answer within %2 s (tried %3). Check your connection or try again later."_s
                          .arg(host)
                          .arg(m_options.timeoutMs / 1000.0)
                          .arg(timesText(n));
            break;
        case Failure::Truncated:
            message = u"The answer from %1 was cut off (%2), %3. Try again later."_s.arg(host, pending->lastDetail,
                                                                                          timesText(n));
            break;
        default:
            message = u"Could not reach %1: %2 (tried %3). Check your internet connection and try again."_s
                          .arg(host, pending->lastDetail, timesText(n));
            break;
        }
        finishCurrent(Error{message, pending->request.url.toString()});
        return;
    }
    // No jitter: one request at a time to one server, so there is no herd to spread out.
    const Http::Backoff backoff{milliseconds(m_options.initialBackoffMs), milliseconds(m_options.maxBackoffMs),
                                milliseconds(m_options.maxRetryAfterMs)};
    const qint64 delay = Http::retryDelay(pending->attempts, backoff, retryAfter, 1.0).count();
    m_notBeforeMs = now() + delay;
    Q_EMIT retryScheduled(pending->request.url, pending->attempts, delay, reason);
    pump();
}

void ArxivClient::finishCurrent(Result<FetchResponse> result)
{
    // arXiv sends no secrets, but a proxy or a mistyped base URL may: no credential leaves here.
    if (!result) {
        Error e = result.error();
        e.message = Redactor::redactPatterns(e.message);
        e.detail = Redactor::redactPatterns(e.detail);
        result = std::move(e);
    }
    // Take the request off the queue before its caller hears back: a continuation may queue more.
    const std::shared_ptr<Pending> pending = m_queue.front();
    m_queue.pop_front();
    m_notBeforeMs = 0;
    pending->finish(std::move(result));
    pump();
}

QUrl ArxivClient::dailyFeedUrl(const QUrl &rssBase, const QStringList &categories)
{
    QStringList cats;
    for (const QString &category : categories) {
        const QString c = category.trimmed();
        if (!c.isEmpty() && !cats.contains(c))
            cats << percent(c);
    }
    QUrl url = rssBase;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/rss/"_s + cats.join(u'+'), QUrl::StrictMode);
    return url;
}

QList<QUrl> ArxivClient::idListUrls(const QUrl &apiBase, const QStringList &ids, int batchSize)
{
    batchSize = std::clamp(batchSize, 1, 100);
    QStringList unique;
    QSet<QString> seen;
    for (const QString &raw : ids) {
        const QString id = raw.trimmed();
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        unique << id;
    }
    QList<QUrl> urls;
    for (qsizetype i = 0; i < unique.size(); i += batchSize) {
        const QStringList batch = unique.mid(i, batchSize);
        QStringList encoded;
        for (const QString &id : batch)
            encoded << percent(id);
        urls << withQuery(apiBase, u"id_list="_s + encoded.join(u',') + u"&start=0&max_results="_s
                                       + QString::number(batch.size()));
    }
    return urls;
}

QUrl ArxivClient::dateRangeUrl(const QUrl &apiBase, const QStringList &categories, QDate from, QDate to,
                               int start, int maxResults)
{
    return windowUrl(apiBase, categories, QDateTime(from, QTime(0, 0), QTimeZone::UTC),
                     QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::UTC), start, maxResults);
}

QUrl ArxivClient::windowUrl(const QUrl &apiBase, const QStringList &categories, const QDateTime &from,
                            const QDateTime &to, int start, int maxResults)
{
    QStringList terms;
    for (const QString &category : categories) {
        const QString c = category.trimmed();
        if (!c.isEmpty())
            terms << u"cat:"_s + percent(c);
    }
    // Without the parentheses arXiv would read "A OR B AND date" as "A OR (B AND date)".
    QString query = terms.join(u"+OR+"_s);
    if (terms.size() > 1)
        query = u"%28"_s + query + u"%29"_s;
    // Concatenation, not arg(): the query holds percent signs.
    // arXiv's range is inclusive, to the minute: the last minute before `to`.
    const QString range = u"submittedDate:["_s + from.toUTC().toString(u"yyyyMMddHHmm"_s) + u"+TO+"_s
                          + to.toUTC().addSecs(-60).toString(u"yyyyMMddHHmm"_s) + u"]"_s;
    query = query.isEmpty() ? range : query + u"+AND+"_s + range;
    return withQuery(apiBase, u"search_query="_s + query + u"&sortBy=submittedDate&sortOrder=ascending&start="_s
                                  + QString::number(std::max(0, start)) + u"&max_results="_s
                                  + QString::number(std::max(1, maxResults)));
}

FeedFreshness feedFreshness(const QStringList &ids, const QStringList &previousDayIds)
{
    const auto normalized = [](const QStringList &list) {
        QSet<QString> set;
        for (const QString &text : list) {
            const ArxivId id = ArxivId::parse(text);
            set.insert(id.isValid() ? id.id : text.trimmed());
        }
        set.remove(QString());
        return set;
    };
    const QSet<QString> current = normalized(ids);
    if (current.isEmpty())
        return FeedFreshness::Empty;
    return current == normalized(previousDayIds) ? FeedFreshness::NotUpdatedYet : FeedFreshness::New;
}

} // namespace PaperSift
