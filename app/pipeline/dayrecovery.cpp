#include "dayrecovery.h"

#include "arxiv/arxivbackfill.h"
#include "arxiv/arxivcalendar.h"
#include "store/paperrepository.h"
#include "store/runlog.h"

#include <QSet>

namespace PaperSift {

DayRecovery::DayRecovery(ArxivClient &client, PaperRepository &papers, RunLog &runLog)
    : m_client(client)
    , m_papers(papers)
    , m_runLog(runLog)
{
}

Result<DayRecovery::Outcome> DayRecovery::recover(QDate day, const QStringList &categories, const PageReport &onPage)
{
    m_failure = Failure::None;
    Outcome outcome;
    std::tie(outcome.from, outcome.to) = ArxivCalendar::standard().submissionWindow(day);
    QSet<QString> seen;
    std::optional<Error> storageError;
    const auto storePage = [&](const ParsedFeed &page, int fetched, int total) {
        ParsedFeed feed;
        feed.info.categories = categories;
        feed.info.feedDay = day;
        for (Paper paper : page.papers) {
            if (seen.contains(paper.id))
                continue;
            seen.insert(paper.id);
            outcome.ids.append(paper.id);
            paper.announceType = categories.contains(paper.primaryCategory) ? AnnounceType::New : AnnounceType::Cross;
            paper.announced = day;
            feed.papers.append(paper);
        }
        if (auto stored = m_papers.importFeed(feed); !stored) {
            storageError = stored.error();
            return false;
        }
        if (onPage)
            onPage(int(page.papers.size()), fetched, total);
        return true;
    };
    const auto fetched = ArxivBackfill::byWindow(m_client, categories, outcome.from, outcome.to, {}, storePage);
    // The mark goes in even when a later page failed: the pages listed are the day's, recovered.
    if (!storageError && !outcome.ids.isEmpty()) {
        FeedState state;
        state.url = RunLog::recoveryKey(day);
        state.feedDay = day;
        state.ids = outcome.ids;
        state.fetchedAt = QDateTime::currentDateTimeUtc();
        if (Status saved = m_runLog.saveFeedState(state); !saved)
            storageError = saved.error();
    }
    if (storageError) {
        m_failure = Failure::Storage;
        return *storageError;
    }
    if (!fetched) {
        m_failure = Failure::Network;
        return fetched.error();
    }
    outcome.requests = fetched->requests;
    return outcome;
}

} // namespace PaperSift
