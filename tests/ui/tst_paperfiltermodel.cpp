// The table's sorted and filtered view of its rows (PaperFilterModel): the order a reader sees in
// each direction, rows that move or vanish when a star, a read mark or a score changes them, the
// selection that follows its paper through all of it, and a model Qt's own tester finds consistent.
#include "paperfiltermodel.h"
#include "papertablemodel.h"
#include "rowsortkeys.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QItemSelectionModel>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

// A store's key for a test id: distinct for distinct ids, as papers.pk is.
qint64 keyOf(const QString &id)
{
    qint64 key = 0;
    for (const QChar c : id)
        key = key * 65536 + c.unicode(); // the test's ids are a letter or two
    return key;
}

// The sorted keys a search would give for these ids.
std::vector<qint64> keysOf(const QStringList &ids)
{
    std::vector<qint64> keys;
    for (const QString &id : ids)
        keys.push_back(keyOf(id));
    std::sort(keys.begin(), keys.end());
    return keys;
}

PaperRow makeRow(const QString &id, const QString &title, std::optional<int> relevance, bool read = false)
{
    PaperRow r;
    r.id = id;
    r.title = title;
    r.authors = u"Author of "_s + title;
    r.category = u"cs.LG"_s;
    r.announceType = AnnounceType::New;
    r.announced = QDate(2025, 6, 16);
    r.relevance = relevance;
    r.novelty = relevance ? std::optional<int>(10 - *relevance) : std::nullopt;
    r.read = read;
    r.pk = keyOf(id);
    return r;
}

QStringList shownIds(const PaperFilterModel &proxy)
{
    QStringList ids;
    for (int i = 0; i < proxy.rowCount(); ++i)
        ids.append(proxy.index(i, 0).data(PaperTableModel::PaperIdRole).toString());
    return ids;
}

} // namespace

class TestPaperFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // not C's code-point order
    }

    void scoresSortWithUnscoredLastAndTiesInSourceOrder()
    {
        PaperTableModel model;
        PaperFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setRows({ makeRow(u"a"_s, u"A"_s, 5), makeRow(u"b"_s, u"B"_s, std::nullopt), makeRow(u"c"_s, u"C"_s, 9),
            makeRow(u"d"_s, u"D"_s, 5), makeRow(u"e"_s, u"E"_s, std::nullopt), makeRow(u"f"_s, u"F"_s, 1) });

        proxy.sort(PaperTableModel::Relevance, Qt::DescendingOrder);
        QCOMPARE(shownIds(proxy), (QStringList { u"c"_s, u"a"_s, u"d"_s, u"f"_s, u"b"_s, u"e"_s }));
        // The other way round: turned, yet equal scores keep their order and unscored stay last.
        proxy.sort(PaperTableModel::Relevance, Qt::AscendingOrder);
        QCOMPARE(shownIds(proxy), (QStringList { u"f"_s, u"a"_s, u"d"_s, u"c"_s, u"b"_s, u"e"_s }));
        proxy.sort(PaperTableModel::Relevance, Qt::DescendingOrder);
        QCOMPARE(shownIds(proxy), (QStringList { u"c"_s, u"a"_s, u"d"_s, u"f"_s, u"b"_s, u"e"_s }));
        proxy.sort(-1);
        QCOMPARE(shownIds(proxy), (QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s }));
    }

    void turningASortRoundEqualsSortingAfresh()
    {
        // Random rows with many ties: the permutation turned round must be what a fresh sort in
        // that direction gives, for every column.
        QRandomGenerator random(20250616);
        QList<PaperRow> rows;
        const QStringList titles { u"Über alles"_s, u"uber"_s, u"Zeta"_s, u"alpha"_s, u"Alpha"_s, u"beta"_s };
        for (int i = 0; i < 300; ++i) {
            PaperRow r = makeRow(u"p%1"_s.arg(i), titles.at(random.bounded(int(titles.size()))),
                random.bounded(4) == 0 ? std::nullopt : std::optional<int>(random.bounded(1, 4)));
            r.starred = random.bounded(2) == 1;
            r.labStars = random.bounded(3);
            r.category = random.bounded(2) ? u"cs.AI"_s : u"cs.LG"_s;
            r.announced = QDate(2025, 6, 1 + random.bounded(3));
            if (random.bounded(3))
                r.yours = random.bounded(4.0) - 2.0;
            rows.append(r);
        }
        PaperTableModel model;
        model.setRows(rows);
        for (int column = 0; column < PaperTableModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                PaperFilterModel fresh;
                fresh.setSourceModel(&model);
                fresh.sort(column, order);
                PaperFilterModel turned;
                turned.setSourceModel(&model);
                turned.sort(column, order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
                turned.sort(column, order);
                QCOMPARE(shownIds(turned), shownIds(fresh));
            }
        }
    }

    void titlesSortInTheLocalesCollation()
    {
        PaperTableModel model;
        model.setRows({ makeRow(u"1"_s, u"zebra"_s, 1), makeRow(u"2"_s, u"Äpfel"_s, 1), makeRow(u"3"_s, u"apple"_s, 1),
            makeRow(u"4"_s, u"Banana"_s, 1) });
        PaperFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(PaperTableModel::Title, Qt::AscendingOrder);
        // Case and accents do not split the alphabet: "Äpfel" sits among the a's, not after "zebra".
        QCOMPARE(shownIds(proxy), (QStringList { u"2"_s, u"3"_s, u"4"_s, u"1"_s }));
    }

    // A library's worth of titles is ranked in two halves on two threads and merged
    // (RowSortKeys::collationRanks): the ranks still follow the locale's collation one by one,
    // and texts equal but for case share a rank.
    void manyTitlesRankAsTheCollatorOrdersThem()
    {
        QRandomGenerator random(17);
        const QStringList syllables = { u"al"_s, u"Äp"_s, u"be"_s, u"ce"_s, u"Él"_s, u"ka"_s, u"zu"_s, u"ö"_s, u"-"_s, u"2"_s };
        QList<PaperRow> rows;
        for (int i = 0; i < 12000; ++i) {
            QString title;
            for (int s = random.bounded(1, 6); s > 0; --s)
                title += syllables.at(random.bounded(int(syllables.size())));
            if (random.bounded(4) == 0)
                title = title.toUpper(); // the same title but for case
            PaperRow r;
            r.title = title;
            rows.append(r);
        }
        const std::vector<quint32> ranks = RowSortKeys::collationRanks(rows, [](const PaperRow &r) -> const QString & {
            return r.title;
        });
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::vector<int> byCollator(size_t(rows.size()));
        std::iota(byCollator.begin(), byCollator.end(), 0);
        std::stable_sort(byCollator.begin(), byCollator.end(), [&](int a, int b) {
            return collator.compare(rows.at(a).title, rows.at(b).title) < 0;
        });
        int distinctRanks = 1;
        for (size_t i = 1; i < byCollator.size(); ++i) {
            const PaperRow &a = rows.at(byCollator[i - 1]);
            const PaperRow &b = rows.at(byCollator[i]);
            const quint32 ra = ranks[size_t(byCollator[i - 1])];
            const quint32 rb = ranks[size_t(byCollator[i])];
            const bool equal = collator.compare(a.title, b.title) == 0;
            QVERIFY2(equal ? ra == rb : ra < rb, qPrintable(a.title + u" / "_s + b.title));
            distinctRanks += equal ? 0 : 1;
        }
        QVERIFY2(distinctRanks > 4096, "enough distinct titles for the work to be split in two");
        QCOMPARE(*std::max_element(ranks.cbegin(), ranks.cend()), quint32(distinctRanks));
    }

    void aChangedScoreMovesItsRowAndTheSelectionFollows()
    {
        PaperTableModel model;
        PaperFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setRows(
            { makeRow(u"a"_s, u"A"_s, 9), makeRow(u"b"_s, u"B"_s, 5), makeRow(u"c"_s, u"C"_s, std::nullopt) });
        proxy.sort(PaperTableModel::Relevance, Qt::DescendingOrder);
        QItemSelectionModel selection(&proxy);
        const QModelIndex c = proxy.index(2, PaperTableModel::Title);
        selection.setCurrentIndex(c, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(c.data(PaperTableModel::PaperIdRole).toString(), u"c"_s);

        PaperRow scored = makeRow(u"c"_s, u"C"_s, 7);
        model.updateScores({ scored });
        QCOMPARE(shownIds(proxy), (QStringList { u"a"_s, u"c"_s, u"b"_s }));
        QCOMPARE(selection.currentIndex().row(), 1);
        QCOMPARE(selection.currentIndex().data(PaperTableModel::PaperIdRole).toString(), u"c"_s);
        QVERIFY(selection.isRowSelected(1));
    }

    void filtersHideRowsWithoutLosingTheirOrder()
    {
        PaperTableModel model;
        PaperFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setRows({ makeRow(u"a"_s, u"A"_s, 3), makeRow(u"b"_s, u"B"_s, 8, true), makeRow(u"c"_s, u"C"_s, 6),
            makeRow(u"d"_s, u"D"_s, std::nullopt) });
        proxy.sort(PaperTableModel::Relevance, Qt::DescendingOrder);

        proxy.setMatchingKeys(keysOf({ u"a"_s, u"b"_s, u"d"_s }));
        QCOMPARE(shownIds(proxy), (QStringList { u"b"_s, u"a"_s, u"d"_s }));
        proxy.setMinimumRelevance(3);
        QCOMPARE(shownIds(proxy), (QStringList { u"b"_s, u"a"_s }));
        proxy.setMatchingKeys(std::nullopt);
        QCOMPARE(shownIds(proxy), (QStringList { u"b"_s, u"c"_s, u"a"_s }));
        proxy.setMinimumRelevance(0);

        // Unread: reading a row hides it, unless it is the one being read.
        proxy.setViewFilter(PaperFilterModel::ViewFilter::Unread);
        QCOMPARE(shownIds(proxy), (QStringList { u"c"_s, u"a"_s, u"d"_s }));
        proxy.setPinnedId(u"c"_s);
        model.setRead(u"c"_s, true);
        QCOMPARE(shownIds(proxy), (QStringList { u"c"_s, u"a"_s, u"d"_s }));
        proxy.setPinnedId(u"a"_s);
        QCOMPARE(shownIds(proxy), (QStringList { u"a"_s, u"d"_s }));

        // The ids match again after the rows are replaced (a reload keeps the search).
        proxy.setViewFilter(PaperFilterModel::ViewFilter::All);
        proxy.setMatchingKeys(keysOf({ u"b"_s, u"x"_s }));
        model.setRows({ makeRow(u"x"_s, u"X"_s, 2), makeRow(u"y"_s, u"Y"_s, 4) });
        QCOMPARE(shownIds(proxy), (QStringList { u"x"_s }));
    }

    void aRankingForEveryRowResortsOnce()
    {
        // The reader's ranking arrives for every row in one change: the order afterwards is the
        // one a fresh sort gives, as it is for a few rows moved one by one.
        QList<PaperRow> rows;
        for (int i = 0; i < 500; ++i)
            rows.append(makeRow(u"p%1"_s.arg(i), u"T%1"_s.arg(i), i % 7));
        PaperTableModel model;
        model.setRows(rows);
        PaperFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(PaperTableModel::Yours, Qt::DescendingOrder);
        QHash<QString, double> yours;
        for (int i = 0; i < 500; ++i)
            yours.insert(u"p%1"_s.arg(i), double((i * 37) % 101) / 10.0);
        model.setYours(yours, {});
        PaperFilterModel fresh;
        fresh.setSourceModel(&model);
        fresh.sort(PaperTableModel::Yours, Qt::DescendingOrder);
        QCOMPARE(shownIds(proxy), shownIds(fresh));
        yours.insert(u"p0"_s, 99.0); // one row: moved, not re-sorted
        model.setYours(yours, {});
        fresh.sort(PaperTableModel::Yours, Qt::AscendingOrder);
        fresh.sort(PaperTableModel::Yours, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(PaperTableModel::PaperIdRole).toString(), u"p0"_s);
        QCOMPARE(shownIds(proxy), shownIds(fresh));
    }

    void aStarInTheStarSortMovesTheRow()
    {
        PaperTableModel model;
        PaperFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setRows({ makeRow(u"a"_s, u"A"_s, 3), makeRow(u"b"_s, u"B"_s, 8), makeRow(u"c"_s, u"C"_s, 6) });
        proxy.sort(PaperTableModel::Star, Qt::DescendingOrder);
        QCOMPARE(shownIds(proxy), (QStringList { u"a"_s, u"b"_s, u"c"_s }));
        const QPersistentModelIndex c = proxy.index(2, 0);
        model.setStarred(u"c"_s, true);
        QCOMPARE(shownIds(proxy), (QStringList { u"c"_s, u"a"_s, u"b"_s }));
        QCOMPARE(c.row(), 0);
        model.setStarred(u"a"_s, true);
        QCOMPARE(shownIds(proxy), (QStringList { u"a"_s, u"c"_s, u"b"_s }));
        QCOMPARE(c.row(), 1);
    }
};

QTEST_MAIN(TestPaperFilterModel)
#include "tst_paperfiltermodel.moc"
