#include "titledelegate.h"

#include "papertablemodel.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>

namespace PaperSift {

using namespace Qt::StringLiterals;

void TitleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(PaperTableModel::HasNoteRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    const int size = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, option.widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 2;
    // The text stops short of the mark, so a long title is elided before it, not under it.
    QStyleOptionViewItem text = option;
    text.rect.setRight(option.rect.right() - size - 2 * margin);
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
    QStyledItemDelegate::paint(painter, text, index);
    static const QIcon note = QIcon::fromTheme(u"document-edit"_s, QIcon(u":/icons/note.svg"_s));
    const QRect mark(option.rect.right() - size - margin, option.rect.center().y() - size / 2, size, size);
    note.paint(painter, mark, Qt::AlignCenter, option.state & QStyle::State_Selected ? QIcon::Selected : QIcon::Normal);
}

} // namespace PaperSift
