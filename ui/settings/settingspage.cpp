#include "settingspage.h"

#include "config/settings.h"

#include <QTemporaryDir>

namespace PaperSift {

using namespace Qt::StringLiterals;

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
{
}

void SettingsPage::focusProblem(const SettingsProblem &problem)
{
    if (problem.field)
        problem.field->setFocus();
}

std::optional<SettingsProblem> SettingsPage::checkValues(const QList<SettingValue> &values)
{
    QTemporaryDir scratchDir;
    Settings scratch(scratchDir.filePath(u"check.ini"_s));
    for (const SettingValue &v : values) {
        if (const QString problem = scratch.set(v.key, v.value); !problem.isEmpty())
            return SettingsProblem { v.field, problem };
    }
    return std::nullopt;
}

std::optional<SettingsProblem> SettingsPage::writeValues(const QList<SettingValue> &values)
{
    if (values.isEmpty())
        return std::nullopt;
    Settings settings;
    for (const SettingValue &v : values) {
        if (settings.value(v.key) != v.value)
            settings.set(v.key, v.value); // checked by checkValues() in validate()
    }
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return SettingsProblem { values.first().field,
            tr("Cannot write %1: check that the folder is writable.").arg(settings.fileName()) };
    return std::nullopt;
}

} // namespace PaperSift
