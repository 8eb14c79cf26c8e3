// The window speaks the language it is started in: ctest runs this suite with LANGUAGE=de and
// again with LANGUAGE=zh_CN. Menus, a dialog title, Qt's own buttons, a status message with a
// plural and the empty state are in that language.
#include "config/settings.h"
#include "emptystate.h"
#include "mainwindow.h"
#include "pipeline/dailyrun.h"
#include "pipeline/runcontroller.h"
#include "settingsdialog.h"
#include "sidebar.h"
#include "testsupport.h"
#include "translations.h"

#include <QAbstractItemModel>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {
struct Expected
{
    QStringList menus;
    QString settingsTitle;
    QString cancel; ///< from Qt's own catalogue
    QString emptyStart; ///< the first-start empty state begins so
    QRegularExpression paperCount; ///< the status bar's "318 papers"
    QString oneDay; ///< "Every paper in the library, across 1 day" (the singular form)
};

Expected expectedFor(const QString &language)
{
    if (language.startsWith(u"zh"_s))
        return { { u"文件(&F)"_s, u"视图(&V)"_s, u"设置(&S)"_s, u"帮助(&H)"_s }, u"设置"_s, u"取消"_s, u"还没有论文"_s,
            QRegularExpression(u"^\\d+ 篇论文$"_s), u"资料库中的全部论文，共 1 天"_s };
    return { { u"&Datei"_s, u"&Ansicht"_s, u"&Einstellungen"_s, u"&Hilfe"_s }, u"Einstellungen"_s, u"Abbrechen"_s,
        u"Noch keine Artikel"_s, QRegularExpression(u"^\\d+ Artikel$"_s),
        u"Jeder Artikel der Bibliothek, aus 1 Tag"_s };
}
} // namespace

class TestWindowLanguage : public QObject
{
    Q_OBJECT

    QString m_language;
    Expected m_expected;

private slots:
    void initTestCase()
    {
        m_language = qEnvironmentVariable("LANGUAGE");
        QVERIFY2(
            m_language == u"de"_s || m_language == u"zh_CN"_s, "ctest starts this suite with LANGUAGE=de or zh_CN");
        m_expected = expectedFor(m_language);
        // As main() does, from the build tree's compiled catalogues.
        const QStringList loaded = Translations::install(*qApp, Translations::chosenLocale(QString()),
            { QStringLiteral(PAPERSIFT_BINARY_DIR) + u"/translations"_s });
        QCOMPARE(loaded.size(), 2); // PaperSift's and Qt's
        QVERIFY2(loaded.first().endsWith(u"papersift_%1.qm"_s.arg(m_language)), qPrintable(loaded.first()));
        QVERIFY2(loaded.last().contains(u"qtbase_"_s), qPrintable(loaded.last()));
    }

    void menusEmptyStateAndAPlural()
    {
        Test::Sandbox sandbox;
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus.append(a->text());
        for (const QString &menu : std::as_const(m_expected.menus))
            QVERIFY2(menus.contains(menu), qPrintable(menus.join(u", "_s)));
        QVERIFY2(w.emptyState()->text().startsWith(m_expected.emptyStart), qPrintable(w.emptyState()->text()));

        QSignalSpy finished(w.runController(), &RunController::finished);
        w.openDemoDay();
        QVERIFY(finished.wait(60000));
        const auto *count = w.findChild<QLabel *>(u"paperCount"_s);
        QVERIFY(count);
        QVERIFY2(m_expected.paperCount.match(count->text()).hasMatch(), qPrintable(count->text()));
        const QModelIndex allDays = w.sidebar()->dayModel()->index(0, 0);
        QCOMPARE(allDays.data(Qt::ToolTipRole).toString(), m_expected.oneDay);
    }

    void dialogTitleAndQtsOwnButtons()
    {
        Test::Sandbox sandbox;
        SettingsDialog dialog;
        QCOMPARE(dialog.windowTitle(), m_expected.settingsTitle);
        const auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), m_expected.cancel);
    }

    // Last: it installs another language into this process.
    void aChoiceInSettingsOverridesTheSystem()
    {
        const QString other = m_language == u"de"_s ? u"zh_CN"_s : u"de"_s;
        const QLocale chosen = Translations::chosenLocale(other);
        QCOMPARE(chosen.name(), QLocale(other).name());
        const QStringList loaded
            = Translations::install(*qApp, chosen, { QStringLiteral(PAPERSIFT_BINARY_DIR) + u"/translations"_s });
        QVERIFY2(!loaded.isEmpty() && loaded.first().endsWith(u"papersift_%1.qm"_s.arg(other)),
            qPrintable(loaded.join(u", "_s)));
        // English needs no catalogue, even when German is the system's.
        QVERIFY(Translations::install(*qApp, Translations::chosenLocale(u"en"_s), {}).isEmpty());
    }
};

QTEST_MAIN(TestWindowLanguage)
#include "tst_windowlanguage.moc"
