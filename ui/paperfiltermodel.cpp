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
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void PaperFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (model == sourceModel())
        return;
    // The keys follow the rows; the table's text never changes in place (only star and read).
    const auto forgetKeys = [this] {
        m_keys.clear();
        m_keysColumn = -1;
    };
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr); // the base class connects the new one again
    forgetKeys();
    m_papers = qobject_cast<PaperTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, forgetKeys);
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, forgetKeys);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, forgetKeys);
    }
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

void PaperFilterModel::setRelevanceCutoff(int cutoff)
{
    if (m_relevanceCutoff == cutoff)
        return;
    m_relevanceCutoff = cutoff;
    if (m_view == ViewFilter::Disagreements)
        refilter();
}

bool PaperFilterModel::isDisagreement(const PaperRow &r, int relevanceCutoff)
{
    // The model picked it and the reader turned it down, or the model dismissed what the reader
    // liked (a star, 4 or 5).
    if (!r.relevance)
        return false;
    const bool dismissedByReader = r.rating && *r.rating <= 2;
    const bool likedByReader = r.starred || (r.rating && *r.rating >= 4);
    return (*r.relevance >= relevanceCutoff && dismissedByReader) || (*r.relevance <= 4 && likedByReader);
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
    // A rule's "never show" holds in every view but its own, and a star beats it.
    if (r.muted && m_view != ViewFilter::Muted && m_view != ViewFilter::Starred)
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
    case ViewFilter::Muted:
        return r.muted;
    case ViewFilter::Disagreements:
        return isDisagreement(r, m_relevanceCutoff);
    }
    return true;
}

int PaperFilterModel::compareText(int column, int left, int right) const
{
    const auto text = [this, column](int row) -> const QString & {
        const PaperRow &r = m_papers->row(row);
        switch (column) {
        case PaperTableModel::Title:
            return r.title;
        case PaperTableModel::Authors:
            return r.authors;
        case PaperTableModel::Category:
            return r.category;
        default:
            return r.announceType;
        }
    };
    const int rows = m_papers->rowCount();
    if (m_keysColumn != column || m_keys.size() != size_t(rows)) {
        m_keys.clear();
        m_keys.reserve(size_t(rows));
        for (int row = 0; row < rows; ++row)
            m_keys.push_back(m_collator.sortKey(text(row)));
        m_keysColumn = column;
    }
    return m_keys[size_t(left)].compare(m_keys[size_t(right)]);
}

bool PaperFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Missing values (unscored) sort last whichever way the column is sorted: the view reverses
    // the order for descending, so "last" means greatest there. Ties keep the source order.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    const auto lessOptional = [&](std::optional<int> l, std::optional<int> r) {
        if (!l || !r) {
            if (l.has_value() == r.has_value())
                return left.row() < right.row();
            return l.has_value() != descending;
        }
        return *l < *r;
    };
    if (!m_papers)
        return QSortFilterProxyModel::lessThan(left, right);
    // Straight from the rows: no QVariant per comparison.
    const PaperRow &l = m_papers->row(left.row());
    const PaperRow &r = m_papers->row(right.row());
    switch (left.column()) {
    case PaperTableModel::Star:
        return l.starred < r.starred;
    case PaperTableModel::LabStars:
        return l.labStars < r.labStars;
    case PaperTableModel::Yours:
        if (!l.yours || !r.yours)
            return l.yours.has_value() == r.yours.has_value() ? left.row() < right.row()
                                                              : l.yours.has_value() != descending;
        return *l.yours < *r.yours;

    case PaperTableModel::Relevance:
        return lessOptional(l.relevance, r.relevance);
    case PaperTableModel::Novelty:
        return lessOptional(l.novelty, r.novelty);
    case PaperTableModel::Announced:
        return l.announced < r.announced;
    case PaperTableModel::Title:
    case PaperTableModel::Authors:
    case PaperTableModel::Category:
    case PaperTableModel::Type:
        return compareText(left.column(), left.row(), right.row()) < 0;
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace PaperSift
