#pragma once

#include <QCollator>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace PaperSift {

struct PaperRow;

/// Sorts the paper table on raw values (PaperTableModel::UnderlyingDataRole), with unscored
/// papers last in either direction, and filters it: search hits, minimum scores, category, and
/// the sidebar's view (unread, starred, followed authors, unscored, muted).
class PaperFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /// Muted: the rows a "never show" rule hides, which every other view leaves out (Starred aside).
    /// Disagreements: the model's picks the reader rated 1–2, and papers it scored 4 or less that
    /// the reader starred or rated 4–5.
    enum class ViewFilter { All, Unread, Starred, FollowedAuthors, Unscored, Muted, Disagreements };

    explicit PaperFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    /// Only rows whose id is in the set; nullopt for no text filter.
    void setMatchingIds(std::optional<QSet<QString>> ids);
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    /// Locale-aware order of two rows' text in `column`, through collation keys made once per
    /// sort column and row: comparing keys is a memcmp, comparing strings is a collation each
    /// time (seconds over 200,000 titles; make bench: ui_sort_by_title_200k).
    int compareText(int column, int left, int right) const;

    class PaperTableModel *m_papers = nullptr;
    QCollator m_collator;
    mutable std::vector<QCollatorSortKey> m_keys; ///< by source row, for m_keysColumn
    mutable int m_keysColumn = -1;

    std::optional<QSet<QString>> m_ids;
    int m_minRelevance = 0;
    int m_minNovelty = 0;
    QString m_category;
    ViewFilter m_view = ViewFilter::All;
    int m_relevanceCutoff = 8;
    QString m_pinnedId;
};

} // namespace PaperSift
