#include "digest.h"

#include <QSet>

#include <algorithm>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

int relevanceOf(const DigestEntry &e)
{
    return e.score && e.score->relevance ? *e.score->relevance : -1;
}

int noveltyOf(const DigestEntry &e)
{
    return e.score && e.score->novelty ? *e.score->novelty : -1;
}

bool passesCutoffs(const DigestEntry &e, int relevanceCutoff, int noveltyCutoff)
{
    return e.score && e.score->passes(relevanceCutoff, noveltyCutoff);
}

} // namespace

bool digestOrderLess(const DigestEntry &a, const DigestEntry &b)
{
    const int ra = relevanceOf(a), rb = relevanceOf(b);
    if (ra != rb)
        return ra > rb;
    const int na = noveltyOf(a), nb = noveltyOf(b);
    if (na != nb)
        return na > nb;
    return a.paper.id < b.paper.id;
}

QList<DigestEntry> selectEntries(const DigestInput &input)
{
    QList<DigestEntry> followed;
    QList<DigestEntry> scored;
    for (const DigestEntry &e : input.candidates) {
        if (e.followedAuthorMatch || !e.keptByRule.isEmpty())
            followed.append(e);
        else if (passesCutoffs(e, input.relevanceCutoff, input.noveltyCutoff))
            scored.append(e);
    }
    std::stable_sort(followed.begin(), followed.end(), digestOrderLess);
    std::stable_sort(scored.begin(), scored.end(), digestOrderLess);

    QList<DigestEntry> out;
    out.reserve(followed.size() + scored.size());
    QSet<QString> seen;
    for (const QList<DigestEntry> *group : { &followed, &scored }) {
        for (const DigestEntry &e : *group) {
            if (seen.contains(e.paper.id))
                continue;
            seen.insert(e.paper.id);
            out.append(e);
        }
    }
    return out;
}

} // namespace PaperSift
