// DailyRun's feed stages: saved files imported, the daily feed fetched (and what its answer says
// about the day), a missed day recovered from the arXiv API. The other stages are in dailyrun.cpp.

#include "dailyruncontext.h"

#include "arxiv/arxivcalendar.h"
#include "arxiv/arxivclient.h"
#include "arxiv/dailyfeed.h"
#include "arxiv/feedparser.h"
#include "pipeline/dayrecovery.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {
QString idsHash(QStringList ids)
{
    ids.sort();
    return QString::fromLatin1(QCryptographicHash::hash(ids.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex());
}

/// "arXiv's feed for … is empty, though …": a day that should have papers has none.
QString missingDayNotice(QDate day)
{
    return DailyRun::tr("arXiv's feed for %1 is empty, though that day is neither a weekend nor one of arXiv's holidays: a day "
              "that should have papers has none. Check arXiv's status and run again later; 'papersift recover --date "
              "%2' rebuilds the day from the arXiv API.")
        .arg(QLocale().toString(day, QLocale::LongFormat), day.toString(Qt::ISODate));
}

/// Aborts a client's requests at the run's deadline (retries and Retry-After included).
class ClientDeadline
{
public:
    ClientDeadline(ArxivClient &client, const QDeadlineTimer &deadline)
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, &client, [this, &client] {
            m_passed = true;
            client.cancel();
        });
        if (!deadline.isForever())
            m_timer.start(std::chrono::milliseconds(qMax<qint64>(0, deadline.remainingTime())));
    }
    bool passed() const { return m_passed; }

private:
    QTimer m_timer;
    bool m_passed = false;
};
} // namespace

bool DailyRun::importFiles(Context &run)
{
    for (const QString &file : m_options.importFiles) {
        run.heartbeat();
        report(RunProgress::Stage::Storing, tr("Importing %1").arg(QFileInfo(file).fileName()));
        auto feed = FeedParser::parseFile(file);
        if (!feed)
            return run.fail(RunFailure::Input, feed.errorMessage());
        if (auto stored = run.papers->importFeed(*feed); !stored)
            return run.fail(RunFailure::Storage, stored.errorMessage());
        if (!m_options.day.isValid() && feed->info.feedDay.isValid())
            run.day = qMax(run.day, feed->info.feedDay);
    }
    return true;
}

bool DailyRun::fetch(Context &run)
{
    if (run.day.isValid() || !m_options.fetch || !m_options.importFiles.isEmpty())
        return true;
    const QStringList &categories = m_options.categories;
    report(RunProgress::Stage::Fetching, tr("Fetching %1 from arXiv").arg(categories.join(u'+')));
    ArxivClientOptions arxivOptions = ArxivClientOptions::fromSettings(run.settings);
    if (!m_options.rssBaseUrl.isEmpty())
        arxivOptions.rssBaseUrl = QUrl(m_options.rssBaseUrl);
    ArxivClient client(arxivOptions);
    m_arxiv = &client;
    const QString url = ArxivClient::dailyFeedUrl(arxivOptions.rssBaseUrl, categories).toString();
    auto previous = run.runLog->feedState(url);
    if (!previous)
        return run.fail(RunFailure::Storage, previous.errorMessage());
    const FeedState before = previous->value_or(FeedState {});
    const ClientDeadline deadline(client, run.deadline);
    // Keep every announce type in the store; the filter applies to what is scored.
    auto fetched = fetchDailyFeed(client, categories, {}, before.etag.toUtf8(), before.lastModified.toUtf8());
    m_arxiv = nullptr;
    if (m_cancelled)
        return run.fail(RunFailure::Cancelled, tr("Cancelled while fetching; nothing was changed."));
    if (deadline.passed() || !fetched)
        run.result.verdict = RunVerdict::FeedFailed;
    if (deadline.passed())
        return run.fail(RunFailure::Network,
            tr("The run reached its deadline of %n minute(s) while fetching from %1; nothing was changed. "
               "Try again later, or raise the deadline (--deadline, or the run/deadlineMin setting).",
                nullptr, int(m_options.deadline.count() / 60))
                .arg(arxivOptions.rssBaseUrl.host()));
    if (!fetched) {
        const bool unreadable = fetched.error().message.contains(u"feed"_s, Qt::CaseInsensitive)
            && !fetched.error().message.contains(u"HTTP"_s);
        return run.fail(unreadable ? RunFailure::Input : RunFailure::Network, fetched.errorMessage());
    }
    if (fetched->response.notModified) {
        run.day = before.feedDay;
        run.result.notice = tr("arXiv's feed has not changed since %1.")
                                .arg(QLocale().toString(before.fetchedAt.toLocalTime(), QLocale::ShortFormat));
        // The same answer as last time: the same verdict on the day (empty stays empty).
        const ArxivCalendar &calendar = ArxivCalendar::standard();
        run.feedVerdict = !before.ids.isEmpty() ? RunVerdict::NotAnnounced
            : calendar.isFeedDay(run.day)       ? RunVerdict::Missing
                                                : RunVerdict::NoAnnouncement;
        if (run.feedVerdict == RunVerdict::Missing)
            run.result.notice += u' ' + missingDayNotice(run.day);
        return true;
    }
    const ParsedFeed &feed = fetched->feed;
    run.day = feed.info.feedDay;
    QStringList ids;
    for (const Paper &p : feed.papers)
        ids.append(p.id);
    const ArxivCalendar &calendar = ArxivCalendar::standard();
    switch (feedFreshness(ids, before.ids)) {
    case FeedFreshness::Empty:
        if (calendar.isFeedDay(run.day)) {
            run.feedVerdict = RunVerdict::Missing;
            run.result.notice = missingDayNotice(run.day);
        } else {
            run.feedVerdict = RunVerdict::NoAnnouncement;
            run.result.notice = tr("arXiv announced nothing for %1: weekends and holidays have no announcements.")
                                    .arg(QLocale().toString(run.day, QLocale::LongFormat));
        }
        break;
    case FeedFreshness::NotUpdatedYet: {
        // Late when a later feed (two hours past its midnight ET) should be out by now; a feed
        // that stopped long ago is a library not fetched for a while, not a late arXiv.
        const QDate due = calendar.latestFeedDay(QDateTime::currentDateTimeUtc().addSecs(-7200));
        const bool late
            = due.isValid() && before.feedDay.isValid() && before.feedDay < due && before.feedDay >= due.addDays(-4);
        run.feedVerdict = late ? RunVerdict::Missing : RunVerdict::NotAnnounced;
        run.result.notice = late
            ? tr("arXiv should have announced %1 by now, but its feed still lists the same %n papers as %2: a "
                 "day that should have papers has none yet. Run again later.",
                nullptr, int(ids.size()))
                  .arg(QLocale().toString(due, QLocale::ShortFormat),
                      QLocale().toString(before.feedDay, QLocale::ShortFormat))
            : tr("arXiv has not published today's announcements yet (the same %n papers as %1). "
                 "Try again after 20:00 US Eastern.",
                nullptr, int(ids.size()))
                  .arg(QLocale().toString(before.feedDay, QLocale::ShortFormat));
        // Nothing to store: the same papers would be listed under a new day. Score the day they
        // belong to (a resumed run finishes it; a finished one costs nothing).
        run.day = before.feedDay;
        break;
    }
    case FeedFreshness::New:
        break;
    }
    const bool stale = !before.ids.isEmpty() && feedFreshness(ids, before.ids) == FeedFreshness::NotUpdatedYet;
    report(RunProgress::Stage::Storing, tr("Storing %n papers", nullptr, int(feed.papers.size())));
    if (!stale) {
        if (auto stored = run.papers->importFeed(feed); !stored)
            return run.fail(RunFailure::Storage, stored.errorMessage());
    }
    FeedState state;
    state.url = url;
    state.etag = QString::fromUtf8(fetched->response.etag);
    state.lastModified = QString::fromUtf8(fetched->response.lastModified);
    state.feedDay = stale ? before.feedDay : run.day;
    state.ids = ids;
    state.idsHash = idsHash(ids);
    state.fetchedAt = QDateTime::currentDateTimeUtc();
    if (auto saved = run.runLog->saveFeedState(state); !saved)
        return run.fail(RunFailure::Storage, saved.errorMessage());
    return true;
}

bool DailyRun::recover(Context &run)
{
    if (!m_options.recover)
        return true;
    if (!run.day.isValid() || !ArxivCalendar::standard().isFeedDay(run.day))
        return run.fail(RunFailure::Input,
            tr("%1 has no daily feed to recover: arXiv's feeds are dated Monday to Friday, holidays aside.")
                .arg(QLocale().toString(run.day, QLocale::LongFormat)));
    const QString day = QLocale().toString(run.day, QLocale::LongFormat);
    const QString doing = tr("Recovering %1 from the arXiv API").arg(day);
    report(RunProgress::Stage::Fetching, doing);
    ArxivClient client(ArxivClientOptions::fromSettings(run.settings));
    m_arxiv = &client;
    const ClientDeadline deadline(client, run.deadline);
    DayRecovery recovery(client, *run.papers, *run.runLog);
    const auto recovered = recovery.recover(run.day, m_options.categories, [&](int, int fetched, int total) {
        run.heartbeat();
        report(RunProgress::Stage::Fetching, doing, fetched, total);
    });
    m_arxiv = nullptr;
    if (m_cancelled)
        return run.fail(
            RunFailure::Cancelled, tr("Cancelled while recovering %1; the pages fetched are kept.").arg(day));
    if (!recovered) {
        if (recovery.failure() == DayRecovery::Failure::Storage)
            return run.fail(RunFailure::Storage, recovered.errorMessage());
        run.result.verdict = RunVerdict::FeedFailed;
        return run.fail(RunFailure::Network,
            deadline.passed() ? tr("The run reached its deadline while recovering %1; the pages fetched are kept. "
                                   "Recover it again to fetch the rest.")
                                    .arg(day)
                              : recovered.errorMessage());
    }
    if (recovered->ids.isEmpty()) {
        // Nothing to score, and not the reader's fault: the run ends here, with the day's verdict.
        run.result.verdict = RunVerdict::Missing;
        run.result.notice = tr("The arXiv API lists no papers submitted to %1 in the window that %2 announced: "
                               "there is nothing to recover.")
                                .arg(m_options.categories.join(u'+'), day);
        return false;
    }
    run.result.notice = tr("%n papers of %1 recovered from the arXiv API; cross-lists of older papers may be "
                           "missing.",
        nullptr, int(recovered->ids.size()))
                            .arg(day);
    return true;
}

} // namespace PaperSift
