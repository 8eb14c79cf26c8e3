#pragma once

#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <functional>

namespace PaperSift {

class ArxivClient;
class PaperRepository;
class RunLog;

/// A feed day that was never fetched (the machine was off), rebuilt from the arXiv API: the papers
/// submitted to the categories in the window that day's feed lists (ArxivCalendar), each listed
/// under the day as its page arrives, so an interrupted recovery keeps what it fetched. A paper is
/// new where its primary category is followed, else cross. Papers on hold, and cross-lists of
/// older papers, are not found that way: the day is marked recovered (RunLog::recoveryKey) and
/// its digest says cross-lists may be incomplete. Used by `papersift recover` and by a run with
/// RunOptions::recover (the window's Recover). Blocking, in the client's thread.
class DayRecovery
{
public:
    /// Where a recovery failed: the command line exits differently for each.
    enum class Failure { None, Network, Storage };

    struct Outcome
    {
        QStringList ids; ///< the papers listed under the day, in arXiv's order
        int requests = 0; ///< API pages fetched
        QDateTime from, to; ///< the submission window asked for (UTC)
    };

    /// After each page: the papers it held, the papers so far, and arXiv's total.
    using PageReport = std::function<void(int pagePapers, int fetched, int total)>;

    DayRecovery(ArxivClient &client, PaperRepository &papers, RunLog &runLog);

    Result<Outcome> recover(QDate day, const QStringList &categories, const PageReport &onPage = {});
    /// Why the last recover() failed.
    Failure failure() const { return m_failure; }

private:
    ArxivClient &m_client;
    PaperRepository &m_papers;
    RunLog &m_runLog;
    Failure m_failure = Failure::None;
};

} // namespace PaperSift
