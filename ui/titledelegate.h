#pragma once

#include <QStyledItemDelegate>

namespace PaperSift {

/// Paints a title cell as usual, with a small note mark at its end when the reader wrote a note
/// on the paper (PaperTableModel::HasNoteRole): the title keeps the width a column would take.
class TitleDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace PaperSift
