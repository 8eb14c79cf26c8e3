#pragma once

#include "domain/result.h"
#include "net/bodyspool.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <deque>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace PaperSift {

class Settings;

/// How the arXiv client behaves: where it fetches from and how politely.
struct ArxivClientOptions
{
    QUrl rssBaseUrl = QUrl(QStringLiteral("https://rss.arxiv.org"));
    QUrl apiBaseUrl = QUrl(QStringLiteral("https://export.arxiv.org/api/query"));
    int requestSpacingMs = 3000;  ///< quiet time between the end of one request and the next start
    int timeoutMs = 60000;        ///< abort when nothing arrives for this long
    int maxRetries = 3;           ///< retries after the first attempt (429, 503, connection errors)
    int initialBackoffMs = 5000;  ///< first retry delay without Retry-After; doubles each retry
    int maxBackoffMs = 60000;     ///< cap of the exponential backoff
    int maxRetryAfterMs = 300000; ///< cap of a server's Retry-After
    qint64 maxBodyBytes = 64ll << 20; ///< a longer answer is aborted (FeedLimits::maxBytes: the parser's cap)
    QByteArray userAgent = QByteArrayLiteral("PaperSift/" PAPERSIFT_VERSION);

    /// The options with base URLs and spacing taken from the settings.
    static ArxivClientOptions fromSettings(const Settings &settings);
};

/// One GET to arXiv, with the validators of the cached copy, if any.
struct FetchRequest
{
    QUrl url;
    QByteArray etag;         ///< sent as If-None-Match when not empty
    QByteArray lastModified; ///< sent as If-Modified-Since when not empty
};

/// What arXiv answered to one FetchRequest (after any retries).
struct FetchResponse
{
    QUrl url;
    int httpStatus = 0;
    bool notModified = false; ///< HTTP 304: the cached copy is still current; body is empty
    /// The body as it arrived: in memory while small, else in a temporary file; read it as a stream
    /// (openBody()). Never null.
    std::shared_ptr<const BodySpool> body;
    QByteArray etag;
    QByteArray lastModified;
    int attempts = 0; ///< 1 when the first try succeeded
    QDateTime fetchedAt;

    std::unique_ptr<QIODevice> openBody() const;
    /// At most `max` bytes of the body (all of it when negative): for small bodies and tests.
    QByteArray bodyBytes(qint64 max = -1) const;
};

/// A polite HTTP client for rss.arxiv.org and export.arxiv.org: one request at a time, a minimum
/// pause between requests, conditional GET, timeouts, and retries with backoff on 429, 503 and
/// connection errors. It owns its QNetworkAccessManager, so create it in the thread that runs
/// the fetch (a worker thread); fetch() and cancel() may be called from any thread.
class ArxivClient : public QObject
{
    Q_OBJECT

public:
    explicit ArxivClient(ArxivClientOptions options = {}, QObject *parent = nullptr);
    ~ArxivClient() override;

    const ArxivClientOptions &options() const { return m_options; }

    /// Queues one GET; the future finishes with the response or an error a user can act on.
    QFuture<Result<FetchResponse>> fetch(const FetchRequest &request);
    /// Runs fetch() and waits in a local event loop. Call it only in the client's own thread.
    Result<FetchResponse> fetchSync(const FetchRequest &request);
    /// Aborts the request in flight and drops the queue; their futures finish with an error.
    void cancel();

    // URL builders (pure).
    /// The combined daily feed, e.g. https://rss.arxiv.org/rss/cs.LG+cs.AI (one request for all).
    static QUrl dailyFeedUrl(const QUrl &rssBase, const QStringList &categories);
    /// API queries by id, at most batchSize ids each (duplicates and blanks dropped).
    static QList<QUrl> idListUrls(const QUrl &apiBase, const QStringList &ids, int batchSize = 100);
    /// One page of the papers submitted to the categories between two days (UTC, inclusive),
    /// sorted by submission date.
    static QUrl dateRangeUrl(const QUrl &apiBase, const QStringList &categories, QDate from,
                             QDate to, int start, int maxResults);
    /// The same between two instants (UTC, to the minute; `to` excluded), for a day's submission
    /// window (ArxivCalendar::submissionWindow()).
    static QUrl windowUrl(const QUrl &apiBase, const QStringList &categories, const QDateTime &from,
                          const QDateTime &to, int start, int maxResults);

Q_SIGNALS:
    /// A request is about to go out (attempt counts from 1).
    void requestStarted(const QUrl &url, int attempt);
    /// A request failed in a way worth retrying; the next attempt starts in delayMs.
    void retryScheduled(const QUrl &url, int attempt, qint64 delayMs, const QString &reason);

private:
    struct Pending;
    void enqueue(std::shared_ptr<Pending> pending);
    void cancelAll();
    void pump();
    void startCurrent();
    void onReplyFinished();
    void onReadyRead();
    void onTimeout();
    void finishCurrent(Result<FetchResponse> result);
    void scheduleRetry(const QString &reason, std::optional<std::chrono::milliseconds> retryAfter);
    qint64 now() const { return m_clock.elapsed(); }

    ArxivClientOptions m_options;
    QNetworkAccessManager *m_nam = nullptr;
    QTimer *m_waitTimer = nullptr;    // spacing and backoff
    QTimer *m_timeoutTimer = nullptr; // inactivity timeout of the request in flight
    QElapsedTimer m_clock;
    std::deque<std::shared_ptr<Pending>> m_queue; // front() is the one in flight or next
    QPointer<QNetworkReply> m_reply;
    std::shared_ptr<BodySpool> m_body; // the body of the reply in flight
    bool m_timedOut = false;
    qint64 m_lastEndMs = -1;      // when the previous request to arXiv ended
    qint64 m_notBeforeMs = 0;     // backoff: the front request may not start before this
};

/// Whether a freshly fetched daily feed is news.
enum class FeedFreshness {
    New,           ///< ids differ from the previous day's
    Empty,         ///< no papers: normal on weekends and holidays
    NotUpdatedYet, ///< the same ids as the previous fetched day: arXiv has not announced yet
};

/// Compares this fetch's ids with those of the previous fetched day (versions are ignored).
FeedFreshness feedFreshness(const QStringList &ids, const QStringList &previousDayIds);

} // namespace PaperSift
