#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace PaperSift::Translations {

/// A language the window speaks: its locale name ("de", "zh_CN") and its name in itself.
struct Language
{
    QString code;
    QString nativeName;
};

/// Every language the window is translated into, English (the source language) first.
QList<Language> available();

/// The locale the window speaks: the Settings choice (`ui/language`) when one is set, else the
/// system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as the desktop sets them).
QLocale chosenLocale(const QString &setting);

/// Where PaperSift's compiled catalogues are, best first: beside the installed binary
/// (share/papersift/translations) and in the build tree.
QStringList catalogueDirs();

/// Loads PaperSift's catalogue from the first of `dirs` that has one for `locale`, and Qt's own
/// (qtbase: standard buttons and dialogs) from Qt's translations folder, and installs them in the
/// application. Each is looked up by the locale's UI languages, so zh_CN finds a catalogue named
/// _zh_CN or only _zh. Returns the files loaded. English loads nothing: the sources are English.
QStringList install(QCoreApplication &app, const QLocale &locale, const QStringList &dirs);

} // namespace PaperSift::Translations
