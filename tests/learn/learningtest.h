#pragma once

// Papers for the learning suites: two topics a reader can tell apart (graph learning, liked;
// molecular biology, disliked), each paper a different draw of its topic's words, so a model has
// to generalise from words it saw to papers it did not.

#include "domain/paper.h"
#include "learn/learnedmodel.h"

#include <QStringList>

namespace PaperSift::Test {

using namespace Qt::StringLiterals;

inline Paper topicPaper(const QString &id, bool graphs, int seed)
{
    static const QStringList graphWords { u"graph"_s, u"node"_s, u"message passing"_s, u"edge"_s, u"spectral"_s,
        u"neighbourhood"_s, u"graph neural network"_s, u"link prediction"_s, u"subgraph"_s, u"adjacency"_s };
    static const QStringList bioWords { u"protein"_s, u"molecule"_s, u"docking"_s, u"binding affinity"_s, u"enzyme"_s,
        u"drug discovery"_s, u"ligand"_s, u"residue"_s, u"folding"_s, u"assay"_s };
    static const QStringList common { u"learning"_s, u"model"_s, u"benchmark"_s, u"training"_s, u"accuracy"_s,
        u"dataset"_s };
    const QStringList &topic = graphs ? graphWords : bioWords;
    Paper p;
    p.id = id;
    p.version = 1;
    const auto word = [&](int i) {
        return topic[(seed * 7 + i * 3) % topic.size()];
    };
    p.title = u"%1 %2 for %3"_s.arg(word(0), common[seed % common.size()], word(1));
    p.abstract = u"We study %1 and %2 with a %3 %4. Our %5 improves %6 on a %7 %8."_s.arg(word(2), word(3),
        common[(seed + 1) % common.size()], word(4), common[(seed + 2) % common.size()], word(5),
        common[(seed + 3) % common.size()], word(6));
    p.authors = { graphs ? u"Ada Lovelace"_s : u"Rosalind Franklin"_s, u"Author %1"_s.arg(seed) };
    p.categories = { graphs ? u"cs.LG"_s : u"q-bio.BM"_s };
    return p;
}

/// `liked` graph papers (liked) and `disliked` biology papers (disliked), ids from `first`.
inline QList<RatedPaper> topicRatings(int liked, int disliked, int first = 0)
{
    QList<RatedPaper> out;
    for (int i = 0; i < liked; ++i)
        out.append({ topicPaper(u"2501.%1"_s.arg(10000 + first + i), true, first + i), true });
    for (int i = 0; i < disliked; ++i)
        out.append({ topicPaper(u"2502.%1"_s.arg(10000 + first + i), false, first + i), false });
    return out;
}

} // namespace PaperSift::Test
