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
    // The keys and the sort in two halves, two cores: a second thread makes the second half's
    // keys and sorts that half while this one does the first; the halves are then merged. The
    // keys are most of the time (ICU's sort keys for 200,000 titles). A QCollator each: one is
    // not to be shared between threads. A thread of its own, joined, not QtConcurrent's pool:
    // TSan sees this hand-off (ThreadJob says why).
    const auto makeKeys = [](const std::vector<const QString *> &all, size_t from, size_t to) {
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::vector<QCollatorSortKey> keys;
        keys.reserve(to - from);
        for (size_t i = from; i < to; ++i)
            keys.push_back(collator.sortKey(*all[i]));
        return keys;
    };
    const size_t mid = texts.size() >= 4096 ? texts.size() / 2 : texts.size();
    std::vector<quint32> order(texts.size());
    for (quint32 i = 0; i < order.size(); ++i)
        order[i] = i;
    std::vector<QCollatorSortKey> second;
    std::thread secondHalf;
    if (mid < texts.size())
        secondHalf = std::thread([&] {
            second = makeKeys(texts, mid, texts.size());
            std::sort(order.begin() + qsizetype(mid), order.end(), [&second, mid](quint32 a, quint32 b) {
                return second[a - mid].compare(second[b - mid]) < 0;
            });
        });
    std::vector<QCollatorSortKey> keys = makeKeys(texts, 0, mid);
    std::sort(order.begin(), order.begin() + qsizetype(mid), [&keys](quint32 a, quint32 b) {
        return keys[a].compare(keys[b]) < 0;
    });
    if (secondHalf.joinable()) {
        secondHalf.join();
        keys.insert(keys.end(), std::make_move_iterator(second.begin()), std::make_move_iterator(second.end()));
        std::inplace_merge(order.begin(), order.begin() + qsizetype(mid), order.end(), [&keys](quint32 a, quint32 b) {
            return keys[a].compare(keys[b]) < 0;
        });
    }
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
    // One column after the other, each on both cores (collationRanks splits its work in two).
    const std::vector<quint32> titles = collationRanks(rows, [](const PaperRow &r) -> const QString & {
        return r.title;
    });
    const std::vector<quint32> authors = collationRanks(rows, [](const PaperRow &r) -> const QString & {
        return r.authors;
    });
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
