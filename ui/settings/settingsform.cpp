#include "settingsform.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace PaperSift::SettingsForm {

QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(Spacing);
    form->setVerticalSpacing(Spacing);
    form->setContentsMargins(0, 0, 0, 0);
    return form;
}

QVBoxLayout *pageLayout(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(Spacing, Spacing, Spacing, Spacing);
    layout->setSpacing(Spacing);
    return layout;
}

QSpinBox *spinBox(QWidget *parent, const QString &objectName, int minimum, int maximum, const QString &suffix)
{
    auto *box = compact(new QSpinBox(parent));
    box->setObjectName(objectName);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextFormat(Qt::PlainText);
    return label;
}

namespace {

QVBoxLayout *cellWithNote(QLayoutItem *field, QLabel *explanation)
{
    auto *cell = new QVBoxLayout;
    cell->setContentsMargins(0, 0, 0, 0);
    cell->setSpacing(Spacing / 2);
    cell->addItem(field);
    cell->addWidget(explanation);
    return cell;
}

} // namespace

QVBoxLayout *withNote(QWidget *field, QLabel *explanation)
{
    return cellWithNote(new QWidgetItem(field), explanation);
}

QVBoxLayout *withNote(QLayout *field, QLabel *explanation)
{
    return cellWithNote(field, explanation);
}

} // namespace PaperSift::SettingsForm
