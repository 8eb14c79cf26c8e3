#include "pricedelegate.h"

#include <QDoubleSpinBox>

namespace PaperSift {

QWidget *PriceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setDecimals(4);
    spin->setRange(0, 100000);
    spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
    spin->setFrame(false);
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return spin;
}

void PriceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QDoubleSpinBox *>(editor)->setValue(index.data(Qt::EditRole).toDouble());
}

void PriceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *spin = static_cast<QDoubleSpinBox *>(editor);
    spin->interpretText();
    model->setData(index, spin->value(), Qt::EditRole);
}

QString PriceDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    // Up to four decimals, without trailing zeros: 2.5, 0.075, 10.
    QString s = locale.toString(value.toDouble(), 'f', 4);
    const QString point = locale.decimalPoint();
    if (s.contains(point)) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(point.size());
    }
    return s;
}

} // namespace PaperSift
