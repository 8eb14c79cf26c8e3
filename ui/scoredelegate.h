#pragma once

#include <QStyledItemDelegate>

namespace PaperSift {

/// Paints a score cell: the number over a subtle bar proportional to score/10, in the palette's
/// highlight colour (never a hard-coded colour, so dark themes work). Unscored cells show "–"; a
/// stale score (made with an older criteria version) is drawn in the disabled text colour.
class ScoreDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace PaperSift
