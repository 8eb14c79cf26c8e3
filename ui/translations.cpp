#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace PaperSift::Translations {

using namespace Qt::StringLiterals;

QList<Language> available()
{
    return { { u"en"_s, u"English"_s }, { u"de"_s, u"Deutsch"_s }, { u"zh_CN"_s, u"简体中文"_s } };
}

QLocale chosenLocale(const QString &setting)
{
    const QString code = setting.trimmed();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QStringList catalogueDirs()
{
    const QString bin = QCoreApplication::applicationDirPath();
    return { QDir::cleanPath(bin + u"/../share/papersift/translations"_s),
        QDir::cleanPath(bin + u"/../translations"_s) };
}

namespace {
// English is the source language: an English locale needs no catalogue, and must not pick up a
// German one because German comes next in the user's list of languages.
bool speaksEnglishFirst(const QLocale &locale)
{
    const QStringList languages = locale.uiLanguages();
    return languages.isEmpty() || languages.first().startsWith(u"en"_s) || locale.language() == QLocale::C;
}

QString loadInto(QCoreApplication &app, const QLocale &locale, const QString &name, const QStringList &dirs)
{
    for (const QString &dir : dirs) {
        auto *translator = new QTranslator(&app);
        // QTranslator tries each of the locale's UI languages: zh_Hans_CN, zh_CN, zh.
        if (translator->load(locale, name, u"_"_s, dir)) {
            QCoreApplication::installTranslator(translator);
            return translator->filePath();
        }
        delete translator;
    }
    return {};
}
} // namespace

QStringList install(QCoreApplication &app, const QLocale &locale, const QStringList &dirs)
{
    if (speaksEnglishFirst(locale))
        return {};
    QStringList loaded;
    if (const QString own = loadInto(app, locale, u"papersift"_s, dirs); !own.isEmpty())
        loaded.append(own);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (const QString qt = loadInto(app, locale, u"qtbase"_s, { qtDir }); !qt.isEmpty())
        loaded.append(qt);
    return loaded;
}

} // namespace PaperSift::Translations
