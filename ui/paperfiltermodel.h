#pragma once

#include <QSortFilterProxyModel>

namespace PaperSift {

/// Sorts the paper table on raw values (PaperTableModel::UnderlyingDataRole), with unscored
/// papers last in either direction, and filters it.
class PaperFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PaperFilterModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace PaperSift
