#include "rowsortkeys.h"

#include <QCollator>
#include <QHash>

#include <algorithm>
#include <vector>

namespace PaperSift::RowSortKeys {

namespace {

/// Ranks `text(row)` for every row in `collator`'s order. Equal texts are collated once: a
/// library's author columns repeat ("Wang et al." thousands of times).
template<typename Text, typename Store>
void rank(QList<PaperRow> &rows, const QCollator &collator, Text text, Store store)
{
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
    for (qsizetype i = 0; i < rows.size(); ++i)
        store(rows[i], rankOf[slotOf[size_t(i)]]);
}

} // namespace

void assign(QList<PaperRow> &rows)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    rank(
        rows, collator,
        [](const PaperRow &r) -> const QString & {
            return r.title;
        },
        [](PaperRow &r, quint32 v) {
            r.titleOrder = v;
        });
    rank(
        rows, collator,
        [](const PaperRow &r) -> const QString & {
            return r.authors;
        },
        [](PaperRow &r, quint32 v) {
            r.authorsOrder = v;
        });
}

bool assigned(const QList<PaperRow> &rows)
{
    return std::all_of(rows.cbegin(), rows.cend(), [](const PaperRow &r) {
        return r.titleOrder > 0;
    });
}

} // namespace PaperSift::RowSortKeys
