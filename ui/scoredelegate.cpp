#include "scoredelegate.h"

#include "papertablemodel.h"

#include <QApplication>
#include <QPainter>

namespace PaperSift {

void ScoreDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QVariant raw = index.data(PaperTableModel::UnderlyingDataRole);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    // A stale score (made with an older criteria version) is greyed, never hidden.
    const bool stale = index.data(PaperTableModel::StaleRole).toBool();
    if (raw.isValid()) {
        const double fraction = qBound(0.0, raw.toDouble() / 10.0, 1.0);
        const QRect area = opt.rect.adjusted(3, opt.rect.height() - 5, -3, -2);
        QColor bar = opt.palette.color(QPalette::Highlight);
        const bool selected = opt.state & QStyle::State_Selected;
        if (selected)
            bar = opt.palette.color(QPalette::HighlightedText);
        else if (stale)
            bar = opt.palette.color(QPalette::Disabled, QPalette::Text);
        bar.setAlphaF(selected ? 0.6 : 0.55);
        QColor track = opt.palette.color(QPalette::Text);
        track.setAlphaF(0.08);
        painter->fillRect(area, track);
        painter->fillRect(QRect(area.topLeft(), QSize(int(area.width() * fraction), area.height())), bar);
    }
    const QPalette::ColorRole role = (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    painter->setFont(opt.font);
    QColor textColor = stale && !(opt.state & QStyle::State_Selected)
        ? opt.palette.color(QPalette::Disabled, QPalette::Text)
        : opt.palette.color(role);
    if (!raw.isValid())
        textColor.setAlphaF(0.5);
    painter->setPen(textColor);
    painter->drawText(opt.rect.adjusted(0, 0, 0, -4), Qt::AlignCenter, text);
    painter->restore();
}

QSize ScoreDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(s.height() + 4);
    return s;
}

} // namespace PaperSift
