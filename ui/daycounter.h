#pragma once

#include "domain/result.h"
#include "libraryrows.h"
#include "store/libraryquery.h"

#include <QSet>
#include <QStringList>

namespace PaperSift {

class Database;

/// The day list's counts, as the digest counts them: each day's papers, how many are scored, how
/// many relevant (the cutoffs, the followed authors' papers, the rules' kept and muted ones), and
/// its latest run's verdict. It reads one connection: the window's reader, or, since counting
/// every score of a library of years takes most of a second, a worker's own (Library::daysJob).
class DayCounter
{
public:
    /// `query`: the announce types, the criteria in use and the cutoffs (from the settings, read
    /// by the caller: a worker thread reads no settings).
    DayCounter(Database &db, DayQuery query, QStringList followedAuthors);

    Result<QList<DayInfo>> days() const;
    /// The days alone, newest first, with their run marks and no counts (DayInfo::counted is
    /// false): what the list shows while days() runs.
    Result<QList<DayInfo>> uncountedDays() const;

private:
    /// Each day's verdict and recovered mark (the runs table).
    void markRuns(QList<DayInfo> &days) const;
    /// Adds the followed authors' papers the cutoffs did not keep to the days' relevant counts;
    /// returns them.
    Result<QSet<QString>> countFollowedAuthors(QList<DayInfo> &days) const;
    /// Takes the muted papers out of the days' counts and adds the kept ones to the relevant.
    Status countRules(QList<DayInfo> &days, const QSet<QString> &followedAdded) const;

    Database &m_db;
    DayQuery m_query;
    QStringList m_followed;
};

} // namespace PaperSift
