#include "daycounter.h"

#include "scoring/authormatcher.h"
#include "store/database.h"
#include "store/paperrepository.h"
#include "store/papersearch.h"
#include "store/rulestore.h"
#include "store/runlog.h"
#include "store/scorestore.h"

namespace PaperSift {

using namespace Qt::StringLiterals;

DayCounter::DayCounter(Database &db, DayQuery query, QStringList followedAuthors)
    : m_db(db)
    , m_query(std::move(query))
    , m_followed(std::move(followedAuthors))
{
}

Result<QList<DayInfo>> DayCounter::days() const
{
    auto counts = LibraryQuery(m_db).days(m_query);
    if (!counts)
        return counts.error();
    QList<DayInfo> days;
    days.reserve(counts->size());
    for (const DayCount &c : *counts)
        // Judged (scored, or dropped by the title filter) or not: the rest is unscored.
        days.append({ c.day, c.papers, c.scored, c.relevant, c.papers - c.scored });
    auto followed = countFollowedAuthors(days);
    if (!followed)
        return followed.error();
    if (Status s = countRules(days, *followed); !s)
        return s.error();
    markRuns(days);
    return days;
}

Result<QList<DayInfo>> DayCounter::uncountedDays() const
{
    auto list = LibraryQuery(m_db).dayList(m_query.announceTypes);
    if (!list)
        return list.error();
    QList<DayInfo> days;
    days.reserve(list->size());
    for (const QDate &day : std::as_const(*list)) {
        DayInfo d;
        d.day = day;
        d.counted = false;
        days.append(d);
    }
    markRuns(days);
    return days;
}

void DayCounter::markRuns(QList<DayInfo> &days) const
{
    // How each day's latest run ended, and which days were recovered: the day list's marks.
    const RunLog runs(m_db);
    const auto verdicts = runs.latestVerdicts();
    const auto recovered = runs.recoveredDays();
    for (DayInfo &d : days) {
        d.verdict = verdicts ? verdicts->value(d.day, RunVerdict::None) : RunVerdict::None;
        d.recovered = recovered && recovered->contains(d.day);
    }
}

Result<QSet<QString>> DayCounter::countFollowedAuthors(QList<DayInfo> &days) const
{
    // As in the digest, a followed author's paper is relevant whatever its score: add those the
    // cutoffs did not keep. The search index finds the candidates by a word of each name (the
    // last, the surname as arXiv writes it); the author matcher decides, as everywhere else.
    if (m_followed.isEmpty() || days.isEmpty())
        return QSet<QString>();
    QSet<QString> candidates;
    for (const QString &name : m_followed) {
        const QString surname = name.simplified().section(u' ', -1);
        auto ids = PaperSearch(m_db).matchingIds(u"au:\"%1\""_s.arg(surname));
        if (!ids)
            return ids.error();
        candidates.unite(*ids);
    }
    if (candidates.isEmpty())
        return QSet<QString>();
    auto papers = PaperRepository(m_db).papers(candidates.values());
    if (!papers)
        return papers.error();
    const AuthorMatcher followed(m_followed);
    QStringList written;
    for (const StoredPaper &p : std::as_const(*papers)) {
        if (followed.matchesAny(p.paper.authors))
            written.append(p.paper.id);
    }
    auto scores = ScoreStore(m_db).countingScores({ m_query.criteriaSha256, QString() }, written);
    if (!scores)
        return scores.error();
    QStringList notKept;
    for (const QString &id : std::as_const(written)) {
        const auto s = scores->constFind(id);
        if (s == scores->constEnd() || !s->passes(m_query.relevanceCutoff, m_query.noveltyCutoff))
            notKept.append(id);
    }
    auto listed = LibraryQuery(m_db).listingDays(notKept, m_query.announceTypes);
    if (!listed)
        return listed.error();
    for (DayInfo &d : days)
        d.relevant += int(std::count(listed->cbegin(), listed->cend(), d.day));
    return QSet<QString>(notKept.cbegin(), notKept.cend());
}

Status DayCounter::countRules(QList<DayInfo> &days, const QSet<QString> &followedAdded) const
{
    // As in the digest: a muted paper counts nowhere, a kept one is relevant whatever its score
    // (once: a followed author's paper was added already).
    auto rules = RuleStore(m_db).book();
    if (!rules)
        return rules.error();
    if (rules->isEmpty() || days.isEmpty())
        return success();
    const QSet<QString> muted = rules->mutedIds();
    const QSet<QString> kept = rules->keptIds();
    const QStringList ids = QSet<QString>(muted).unite(kept).values();
    if (ids.isEmpty())
        return success();
    auto scores = ScoreStore(m_db).countingScores({ m_query.criteriaSha256, QString() }, ids);
    if (!scores)
        return scores.error();
    auto listed = LibraryQuery(m_db).listingDays(ids, m_query.announceTypes);
    if (!listed)
        return listed.error();
    QHash<QDate, DayInfo *> byDay;
    for (DayInfo &d : days)
        byDay.insert(d.day, &d);
    for (auto it = listed->cbegin(); it != listed->cend(); ++it) {
        DayInfo *d = byDay.value(it.value());
        if (!d)
            continue;
        const auto score = scores->constFind(it.key());
        const bool judged = score != scores->constEnd() && score->isJudged();
        const bool passes
            = score != scores->constEnd() && score->passes(m_query.relevanceCutoff, m_query.noveltyCutoff);
        if (muted.contains(it.key())) {
            d->papers -= 1;
            d->scored -= judged ? 1 : 0;
            d->relevant -= passes || followedAdded.contains(it.key()) ? 1 : 0;
        } else if (!passes && !followedAdded.contains(it.key())) {
            d->relevant += 1;
        }
    }
    for (DayInfo &d : days)
        d.unscored = d.papers - d.scored;
    return success();
}

} // namespace PaperSift
