#pragma once

#include <QAbstractProxyModel>
#include <QSet>

#include <functional>
#include <optional>
#include <vector>

namespace PaperSift {

struct PaperRow;
class PaperTableModel;

/// The paper table's view of a PaperTableModel: sorted, with unscored papers last in either
/// direction, and filtered (search hits, minimum scores, category, the sidebar's view: unread,
/// starred, followed authors, unscored, muted, disagreements).
///
/// Not a QSortFilterProxyModel: at 200,000 rows its comparisons through QModelIndex, and a
/// re-sort on every filter change, took most of a second (make bench: ui_sort_*, ui_text_filter_*).
/// Here a sort is a permutation of the source rows over integer keys taken straight from the rows
/// (text columns by their collation rank, RowSortKeys), kept while filters change; sorting the same
/// column the other way turns that permutation round, and a filter is one pass over it.
class PaperFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    /// Muted: the rows a "never show" rule hides, which every other view leaves out (Starred aside).
    /// Disagreements: the model's picks the reader rated 1–2, and papers it scored 4 or less that
    /// the reader starred or rated 4–5.
    enum class ViewFilter { All, Unread, Starred, FollowedAuthors, Unscored, Muted, Disagreements };

    explicit PaperFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    /// Only rows whose key (PaperRow::pk) is in the sorted list, the text search's matches;
    /// nullopt for no text filter.
    void setMatchingKeys(std::optional<std::vector<qint64>> keys);
    void setMinimumRelevance(int value); ///< 0 for none; unscored rows fail any minimum
    void setMinimumNovelty(int value);
    void setCategory(const QString &category); ///< empty for all
    void setViewFilter(ViewFilter view);
    /// The relevance at which the model picks a paper (the digest's cutoff), for Disagreements.
    void setRelevanceCutoff(int cutoff);
    static bool isDisagreement(const PaperRow &row, int relevanceCutoff);
    /// The row that is being read stays visible in the Unread view until the selection moves.
    void setPinnedId(const QString &id);

    bool hasActiveFilter() const;
    int minimumRelevance() const { return m_minRelevance; }
    int minimumNovelty() const { return m_minNovelty; }
    ViewFilter viewFilter() const { return m_view; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    /// Whether the filters let a source row through.
    bool accepts(int sourceRow) const;
    /// The sort column's key of a source row; nullopt sorts last in either direction.
    std::optional<qint64> sortKey(int sourceRow) const;
    /// Whether source row a comes before b in the current order (ties: source order).
    bool before(int a, int b) const;
    /// Gives a source row its new key and moves it to its place in m_order.
    void moveInOrder(int sourceRow, std::optional<qint64> key);
    /// m_order from scratch for the sort column and order.
    void buildOrder();
    /// The sort column the other way round.
    void turnOrder();
    /// Runs `change` (may be empty), then m_rows from m_order and the filters, inside one layout
    /// change that moves the persistent indexes (the selection, the current paper) with their rows.
    /// `onlyHides`: the change can only hide rows, so m_rows is thinned, not rebuilt from m_order.
    void relayout(
        QAbstractItemModel::LayoutChangeHint hint, const std::function<void()> &change, bool onlyHides = false);
    /// m_rows and m_proxyRow from m_order and the filters.
    void rebuildRowsInPlace();
    /// m_rows without the rows the filters no longer accept.
    void dropRejectedRows();
    void refilter();
    /// m_matches from m_searchKeys over the current rows.
    void matchIds();
    /// m_matches after m_searchKeys became a subset of the keys it was made from.
    void narrowMatches();
    void sourceReset();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    /// Ranks of the category or type texts (few distinct values), made when first sorted by them.
    const std::vector<quint32> &smallTextRanks(int column) const;

    PaperTableModel *m_papers = nullptr;
    std::vector<int> m_order; ///< every source row, in the sort order
    std::vector<int> m_orderPos; ///< source row → its place in m_order
    std::vector<int> m_rows; ///< proxy row → source row: m_order without the rows filtered out
    std::vector<int> m_proxyRow; ///< source row → proxy row, -1 when filtered out
    std::vector<std::optional<qint64>> m_keys; ///< source row → sort key (for m_sortColumn)
    mutable std::vector<quint32> m_smallRanks; ///< source row → rank, for m_smallRanksColumn
    mutable int m_smallRanksColumn = -1;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::optional<std::vector<qint64>> m_searchKeys; ///< sorted
    std::vector<bool> m_matches; ///< source row → in m_searchKeys (made once per setMatchingKeys)
    int m_minRelevance = 0;
    int m_minNovelty = 0;
    QString m_category;
    ViewFilter m_view = ViewFilter::All;
    int m_relevanceCutoff = 8;
    QString m_pinnedId;
};

} // namespace PaperSift
