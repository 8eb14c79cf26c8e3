#include "paperfiltermodel.h"

#include "papertablemodel.h"

namespace PaperSift {

PaperFilterModel::PaperFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PaperTableModel::UnderlyingDataRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
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
