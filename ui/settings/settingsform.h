#pragma once

#include <QSizePolicy>

class QFormLayout;
class QLabel;
class QLayout;
class QSpinBox;
class QString;
class QVBoxLayout;
class QWidget;

/// The layout every Settings page shares, so the four tabs line up alike.
namespace PaperSift::SettingsForm {

/// KDE HIG: 8 px between related controls.
constexpr int Spacing = 8;

QFormLayout *newForm();
/// The page's own layout, with the margins of a tab.
QVBoxLayout *pageLayout(QWidget *page);
/// A line of explanation under a field, in the palette's secondary text colour.
QLabel *note(const QString &text, QWidget *parent);
/// A field with its explanation right under it, in one form cell (a separate row would leave a gap).
QVBoxLayout *withNote(QWidget *field, QLabel *explanation);
QVBoxLayout *withNote(QLayout *field, QLabel *explanation);

/// Spin boxes and short combos as wide as their content, not the dialog (KDE HIG).
template<typename W>
W *compact(W *widget)
{
    widget->setSizePolicy(QSizePolicy::Fixed, widget->sizePolicy().verticalPolicy());
    return widget;
}

/// A compact spin box for a setting: its object name (what tests find it by), range and unit.
QSpinBox *spinBox(QWidget *parent, const QString &objectName, int minimum, int maximum, const QString &suffix);

} // namespace PaperSift::SettingsForm
