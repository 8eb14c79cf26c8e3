#include "rowsortkeys.h"

#include <QCollator>
#include <QHash>

#include <algorithm>
#include <thread>
#include <vector>

namespace PaperSift::RowSortKeys {

std::vector<quint32> collationRanks(const QList<PaperRow> &rows, const QString &(*text)(const PaperRow &))
{
    // Equal texts are collated once: a library's author, category and type columns repeat
    // ("Wang et al." thousands of times).
    QHash<QString, quint32> distinct;
    distinct.reserve(rows.size());
    std::vector<quint32> slotOf(size_t(rows.size()));
    std::vector<const QString *> texts;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString &t = text(rows.at(i));
        auto it = distinct.constFind(t);
        if (it == distinct.constEnd()) {
            it = distinct.insert(t, quint32(texts.size()));
            texts.push_back(&t);
        }
        slotOf[size_t(i)] = *it;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<QCollatorSortKey> keys;
    keys.reserve(texts.size());
    for (const QString *t : texts)
        keys.push_back(collator.sortKey(*t));
    std::vector<quint32> order(texts.size());
    for (quint32 i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        return keys[a].compare(keys[b]) < 0;
    });
    // Texts that collate equal ("Über" and "über", case aside) share a rank.
    std::vector<quint32> rankOf(texts.size());
    quint32 r = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i == 0 || keys[order[i - 1]].compare(keys[order[i]]) != 0)
            ++r;
        rankOf[order[i]] = r;
    }
    std::vector<quint32> ranks(size_t(rows.size()));
    for (size_t i = 0; i < ranks.size(); ++i)
        ranks[i] = rankOf[slotOf[i]];
    return ranks;
}

void assign(QList<PaperRow> &rows)
{
    // Two columns, two cores: the authors' ranks in another thread while this one ranks the titles
    // (both only read the rows). A thread of its own, joined, not QtConcurrent's pool: TSan sees
    // this hand-off (ThreadJob says why).
    const QList<PaperRow> &shared = rows;
    std::vector<quint32> authors;
    std::thread authorsRanked([&shared, &authors] {
        authors = collationRanks(shared, [](const PaperRow &r) -> const QString & {
            return r.authors;
        });
    });
    const std::vector<quint32> titles = collationRanks(shared, [](const PaperRow &r) -> const QString & {
        return r.title;
    });
    authorsRanked.join();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        rows[i].titleOrder = titles[size_t(i)];
        rows[i].authorsOrder = authors[size_t(i)];
    }
}

bool assigned(const QList<PaperRow> &rows)
{
    return std::all_of(rows.cbegin(), rows.cend(), [](const PaperRow &r) {
        return r.titleOrder > 0;
    });
}

} // namespace PaperSift::RowSortKeys
