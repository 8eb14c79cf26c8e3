#include "paperfiltermodel.h"

#include "papertablemodel.h"

namespace PaperSift {

PaperFilterModel::PaperFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PaperTableModel::UnderlyingDataRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void PaperFilterModel::refilter()
{
    // One layout change, not a rowsRemoved/rowsInserted pair per changed range: a text filter over
    // 200,000 rows changes tens of thousands of ranges, and the view handles each of those in
    // time linear in its rows (make bench: ui_text_filter_*).
    invalidate();
}

void PaperFilterModel::setMatchingIds(std::optional<QSet<QString>> ids)
{
    m_ids = std::move(ids);
    refilter();
}

void PaperFilterModel::setMinimumRelevance(int value)
{
    if (m_minRelevance == value)
        return;
    m_minRelevance = value;
    refilter();
}

void PaperFilterModel::setMinimumNovelty(int value)
{
    if (m_minNovelty == value)
        return;
    m_minNovelty = value;
    refilter();
}

void PaperFilterModel::setCategory(const QString &category)
{
    if (m_category == category)
        return;
    m_category = category;
    refilter();
}

void PaperFilterModel::setViewFilter(ViewFilter view)
{
    if (m_view == view)
        return;
    m_view = view;
    refilter();
}

void PaperFilterModel::setPinnedId(const QString &id)
{
    if (m_pinnedId == id)
        return;
    m_pinnedId = id;
    if (m_view == ViewFilter::Unread)
        refilter();
}

bool PaperFilterModel::hasActiveFilter() const
{
    return m_ids.has_value() || m_minRelevance > 0 || m_minNovelty > 0 || !m_category.isEmpty();
}

bool PaperFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    const auto *model = qobject_cast<const PaperTableModel *>(sourceModel());
    if (!model)
        return true;
    const PaperRow &r = model->row(sourceRow);
    if (m_ids && !m_ids->contains(r.id))
        return false;
    if (m_minRelevance > 0 && (!r.relevance || *r.relevance < m_minRelevance))
        return false;
    // The keyword scorer gives no novelty: a novelty minimum only filters rows that have one.
    if (m_minNovelty > 0 && r.relevance && r.novelty && *r.novelty < m_minNovelty)
        return false;
    if (m_minNovelty > 0 && !r.relevance)
        return false;
    if (!m_category.isEmpty() && r.category != m_category && !r.categories.contains(m_category))
        return false;
    switch (m_view) {
    case ViewFilter::All:
        break;
    case ViewFilter::Unread:
        return !r.read || r.id == m_pinnedId;
    case ViewFilter::Starred:
        return r.starred;
    case ViewFilter::FollowedAuthors:
        return r.followed;
    case ViewFilter::Unscored:
        return !r.relevance.has_value();
    }
    return true;
}

bool PaperFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    // Missing values (unscored) sort last whichever way the column is sorted: the view reverses
    // the order for descending, so "last" means greatest there.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    if (!l.isValid() || !r.isValid()) {
        if (l.isValid() == r.isValid())
            return left.row() < right.row();
        return l.isValid() != descending;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace PaperSift
