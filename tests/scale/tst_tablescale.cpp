// The paper table at scale (not timed: make bench times it). On 5,000 random papers every sort
// and every filter gives exactly the rows a naive reference gives (std::stable_sort with a
// QCollator, a predicate written from the documented rules), and a library of 200,000 papers keeps
// the table model and its proxy valid for QAbstractItemModelTester while it loads, sorts, filters
// and narrows.
#include "paperfiltermodel.h"
#include "papertablemodel.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>
#include <optional>
#include <random>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

using View = PaperFilterModel::ViewFilter;

QList<PaperRow> randomRows(int count, quint32 seed)
{
    // Few distinct words, names and values, so that every column has many ties; accents and case
    // differences that the collation must not split on.
    static const QStringList words { u"learning"_s, u"Learning"_s, u"graph"_s, u"Über"_s, u"über"_s, u"zeta"_s,
        u"Ångström"_s, u"diffusion"_s, u"alpha"_s, u"Alpha"_s, u"é"_s, u"e"_s, u"neural"_s, u"10"_s, u"9"_s };
    static const QStringList names { u"Bengio et al."_s, u"Schölkopf"_s, u"Scholkopf"_s, u"Lovelace"_s,
        u"de Oliveira et al."_s, u"Zhang"_s, u"Ōtsuka"_s, u"Müller et al."_s };
    static const QStringList categories { u"cs.LG"_s, u"cs.AI"_s, u"cs.CL"_s, u"stat.ML"_s, u"math.OC"_s };
    static const QList<AnnounceType> types { AnnounceType::New, AnnounceType::Cross, AnnounceType::Replace };
    QRandomGenerator random(seed);
    const auto pick = [&random](const auto &from) {
        return from.at(random.bounded(int(from.size())));
    };
    // The store's keys are unique but in no relation to the listing order.
    std::vector<qint64> keys(static_cast<size_t>(count));
    std::iota(keys.begin(), keys.end(), qint64(1));
    std::shuffle(keys.begin(), keys.end(), std::mt19937(seed));

    QList<PaperRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        PaperRow r;
        r.id = u"25%1.%2"_s.arg(1 + i % 12, 2, 10, QChar(u'0')).arg(i, 5, 10, QChar(u'0'));
        r.pk = keys[size_t(i)];
        QStringList title;
        for (int w = random.bounded(1, 4); w > 0; --w)
            title.append(pick(words));
        r.title = r.displayTitle = title.join(u' ');
        r.authors = pick(names);
        r.category = pick(categories);
        r.categories = { r.category };
        if (random.bounded(3) == 0)
            r.categories.append(pick(categories));
        r.announceType = pick(types);
        r.announced = QDate(2025, 1, 1).addDays(random.bounded(500));
        if (random.bounded(4) != 0) {
            r.relevance = random.bounded(1, 11);
            if (random.bounded(5) != 0) // the keyword scorer gives no novelty
                r.novelty = random.bounded(1, 11);
        }
        if (random.bounded(3) == 0)
            r.rating = random.bounded(1, 6);
        if (random.bounded(2) == 0)
            r.yours = random.bounded(21) / 2.0; // halves: ties
        r.labStars = random.bounded(4);
        r.starred = random.bounded(5) == 0;
        r.read = random.bounded(2) == 0;
        r.followed = random.bounded(10) == 0;
        r.muted = random.bounded(15) == 0;
        rows.append(r);
    }
    return rows;
}

struct Filters
{
    std::optional<std::vector<qint64>> keys; // sorted
    int minRelevance = 0;
    int minNovelty = 0;
    QString category;
    View view = View::All;
    int cutoff = 7;
};

void apply(PaperFilterModel &proxy, const Filters &f)
{
    proxy.setMatchingKeys(f.keys);
    proxy.setMinimumRelevance(f.minRelevance);
    proxy.setMinimumNovelty(f.minNovelty);
    proxy.setCategory(f.category);
    proxy.setRelevanceCutoff(f.cutoff);
    proxy.setViewFilter(f.view);
}

// The filter rules as the documentation states them, one condition at a time.
bool referenceAccepts(const PaperRow &r, const Filters &f)
{
    if (f.keys && !std::binary_search(f.keys->cbegin(), f.keys->cend(), r.pk))
        return false;
    if (f.minRelevance > 0 && !(r.relevance && *r.relevance >= f.minRelevance))
        return false;
    // A novelty minimum needs a score; a score without novelty (the keyword scorer) passes it.
    if (f.minNovelty > 0 && !(r.relevance && (!r.novelty || *r.novelty >= f.minNovelty)))
        return false;
    if (!f.category.isEmpty() && r.category != f.category && !r.categories.contains(f.category))
        return false;
    if (r.muted && f.view != View::Muted && f.view != View::Starred)
        return false;
    const bool liked = r.starred || (r.rating && *r.rating >= 4);
    const bool disliked = r.rating && *r.rating <= 2;
    switch (f.view) {
    case View::All:
        return true;
    case View::Unread:
        return !r.read;
    case View::Starred:
        return r.starred;
    case View::FollowedAuthors:
        return r.followed;
    case View::Unscored:
        return !r.relevance;
    case View::Muted:
        return r.muted;
    case View::Disagreements:
        return r.relevance && ((*r.relevance >= f.cutoff && disliked) || (*r.relevance <= 4 && liked));
    }
    return false;
}

// -1, 0 or 1 for two rows in a column; both have a value there.
int compareIn(int column, const PaperRow &a, const PaperRow &b, const QCollator &collator)
{
    const auto order = [](auto x, auto y) {
        return x < y ? -1 : (y < x ? 1 : 0);
    };
    switch (column) {
    case PaperTableModel::Star:
        return order(a.starred, b.starred);
    case PaperTableModel::Relevance:
        return order(*a.relevance, *b.relevance);
    case PaperTableModel::Novelty:
        return order(*a.novelty, *b.novelty);
    case PaperTableModel::Title:
        return collator.compare(a.title, b.title);
    case PaperTableModel::Authors:
        return collator.compare(a.authors, b.authors);
    case PaperTableModel::Category:
        return collator.compare(a.category, b.category);
    case PaperTableModel::Type:
        return collator.compare(announceTypeName(a.announceType), announceTypeName(b.announceType));
    case PaperTableModel::Announced:
        return order(a.announced, b.announced);
    case PaperTableModel::LabStars:
        return order(a.labStars, b.labStars);
    case PaperTableModel::Yours:
        return order(*a.yours, *b.yours);
    }
    return 0;
}

bool hasValueIn(int column, const PaperRow &r)
{
    switch (column) {
    case PaperTableModel::Relevance:
        return r.relevance.has_value();
    case PaperTableModel::Novelty:
        return r.novelty.has_value();
    case PaperTableModel::Yours:
        return r.yours.has_value();
    default:
        return true;
    }
}

// Source rows in the documented order: by the column, rows without a value last either way, ties
// in source order.
std::vector<int> referenceOrder(const QList<PaperRow> &rows, int column, Qt::SortOrder sortOrder)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<int> order(size_t(rows.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const bool hasA = hasValueIn(column, rows.at(a));
        if (hasA != hasValueIn(column, rows.at(b)))
            return hasA;
        if (!hasA)
            return false;
        const int c = compareIn(column, rows.at(a), rows.at(b), collator);
        return sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    return order;
}

std::vector<int> shownSourceRows(const PaperFilterModel &proxy)
{
    std::vector<int> rows;
    rows.reserve(size_t(proxy.rowCount()));
    for (int i = 0; i < proxy.rowCount(); ++i)
        rows.push_back(proxy.mapToSource(proxy.index(i, 0)).row());
    return rows;
}

// The keys of every n-th row, sorted: what a search would give.
std::vector<qint64> keysOfEvery(const QList<PaperRow> &rows, int n, int offset = 0)
{
    std::vector<qint64> keys;
    for (qsizetype i = offset; i < rows.size(); i += n)
        keys.push_back(rows.at(i).pk);
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace

class TestTableScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // not C's code-point order
    }

    void everySortAndFilterGivesTheReferencesRows()
    {
        PaperTableModel model;
        model.setRows(randomRows(5000, 20251203));
        PaperFilterModel proxy;
        proxy.setSourceModel(&model);
        const QList<PaperRow> &rows = model.rows();

        // In this order: a search, one that narrows it, the first again (widens); the same under a
        // minimum that hides some of the matches, and that minimum lifted; then each other filter
        // alone, then all at once (which stays on when the next sort comes).
        const std::vector<qint64> some = keysOfEvery(rows, 3);
        std::vector<qint64> fewer;
        std::copy_if(some.cbegin(), some.cend(), std::back_inserter(fewer), [](qint64 k) {
            return k % 2 == 0;
        });
        QList<Filters> filters { Filters {}, Filters { some }, Filters { fewer }, Filters { some }, Filters { some, 6 },
            Filters { fewer, 6 }, Filters { fewer } };
        filters.append(Filters { {}, 6 });
        filters.append(Filters { {}, 0, 5 });
        filters.append(Filters { {}, 0, 0, u"cs.AI"_s });
        for (const View v :
            { View::Unread, View::Starred, View::FollowedAuthors, View::Unscored, View::Muted, View::Disagreements })
            filters.append(Filters { {}, 0, 0, {}, v, 6 });
        filters.append(Filters { some, 3, 2, u"cs.LG"_s, View::Unread });

        for (int column = 0; column < PaperTableModel::ColumnCount; ++column) {
            // Ascending, then the same column turned round, under the filter left on.
            for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                proxy.sort(column, order);
                const std::vector<int> sorted = referenceOrder(rows, column, order);
                for (qsizetype i = 0; i < filters.size(); ++i) {
                    apply(proxy, filters.at(i));
                    std::vector<int> expected;
                    std::copy_if(sorted.cbegin(), sorted.cend(), std::back_inserter(expected), [&](int r) {
                        return referenceAccepts(rows.at(r), filters.at(i));
                    });
                    if (shownSourceRows(proxy) != expected)
                        QFAIL(qPrintable(
                            u"column %1, %2, filter set %3: %4 rows shown, the reference has %5"_s.arg(column)
                                .arg(order == Qt::AscendingOrder ? u"ascending"_s : u"descending"_s)
                                .arg(i)
                                .arg(proxy.rowCount())
                                .arg(expected.size())));
                }
            }
        }
    }

    void aLibraryOf200000PapersStaysValid()
    {
        const QList<PaperRow> rows = randomRows(200000, 17);
        PaperTableModel model;
        PaperFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setRows(rows);
        const auto shown = std::count_if(rows.cbegin(), rows.cend(), [](const PaperRow &r) {
            return !r.muted;
        });
        QCOMPARE(proxy.rowCount(), int(shown));

        proxy.sort(PaperTableModel::Title, Qt::AscendingOrder);
        proxy.sort(PaperTableModel::Title, Qt::DescendingOrder);
        proxy.sort(PaperTableModel::Relevance, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, PaperTableModel::Relevance).data(PaperTableModel::UnderlyingDataRole).toInt(), 10);

        // A search, a narrower one, a star that moves a row under the star sort, then no search.
        const std::vector<qint64> some = keysOfEvery(rows, 3);
        proxy.setMatchingKeys(some);
        const std::vector<qint64> fewer = keysOfEvery(rows, 6);
        proxy.setMatchingKeys(fewer);
        const auto shownOfFewer = std::count_if(rows.cbegin(), rows.cend(), [&](const PaperRow &r) {
            return !r.muted && std::binary_search(fewer.cbegin(), fewer.cend(), r.pk);
        });
        QCOMPARE(proxy.rowCount(), int(shownOfFewer));
        proxy.sort(PaperTableModel::Star, Qt::DescendingOrder);
        const QModelIndex last = proxy.index(proxy.rowCount() - 1, 0);
        const QString id = last.data(PaperTableModel::PaperIdRole).toString();
        QVERIFY(!model.row(model.rowOf(id)).starred);
        model.setStarred(id, true);
        const int at = proxy.mapFromSource(model.index(model.rowOf(id), 0)).row();
        QVERIFY(at >= 0);
        for (int i = 0; i <= at; ++i)
            QVERIFY(model.row(proxy.mapToSource(proxy.index(i, 0)).row()).starred);
        proxy.setMatchingKeys(std::nullopt);
        QCOMPARE(proxy.rowCount(), int(shown));

        const QList<PaperRow> first = rows.mid(0, 1000);
        model.setRows(first);
        QCOMPARE(proxy.rowCount(), int(std::count_if(first.cbegin(), first.cend(), [](const PaperRow &r) {
            return !r.muted;
        })));
    }
};

QTEST_MAIN(TestTableScale)
#include "tst_tablescale.moc"
