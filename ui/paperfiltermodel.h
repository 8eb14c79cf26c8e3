#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace PaperSift {

/// Sorts the paper table on raw values (PaperTableModel::UnderlyingDataRole), with unscored
/// papers last in either direction, and filters it: search hits, minimum scores, category, and
/// the sidebar's view (unread, starred, followed authors, unscored).
class PaperFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class ViewFilter { All, Unread, Starred, FollowedAuthors, Unscored };

    explicit PaperFilterModel(QObject *parent = nullptr);

    /// Only rows whose id is in the set; nullopt for no text filter.
    void setMatchingIds(std::optional<QSet<QString>> ids);
    void setMinimumRelevance(int value); ///< 0 for none; unscored rows fail any minimum
    void setMinimumNovelty(int value);
    void setCategory(const QString &category); ///< empty for all
    void setViewFilter(ViewFilter view);
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

    std::optional<QSet<QString>> m_ids;
    int m_minRelevance = 0;
    int m_minNovelty = 0;
    QString m_category;
    ViewFilter m_view = ViewFilter::All;
    QString m_pinnedId;
};

} // namespace PaperSift
