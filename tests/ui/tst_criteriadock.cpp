// The criteria dock over a real SQLite store with a real feed day: highlighting and theming,
// saving with versions, the prompt preview, and re-scoring with its cost estimate.
#include "arxiv/feedparser.h"
#include "config/settings.h"
#include "criteriadock.h"
#include "library.h"
#include "criteriaeditor.h"
#include "domain/criteria.h"
#include "scoring/promptbuilder.h"
#include "messagebar.h"
#include "store/database.h"
#include "store/libraryquery.h"
#include "store/paperrepository.h"
#include "store/scorestore.h"
#include "testsupport.h"
#include "theme.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextCursor>
#include <QTreeWidget>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

struct Day
{
    std::unique_ptr<Database> db; ///< the test's own connection, beside the window's
    std::unique_ptr<Library> library; ///< the window's gateway, as the dock gets it
    QDate day;
};

Day importDay()
{
    Day out;
    auto db = Database::open(AppPaths::databaseFile());
    if (!db)
        qFatal("database: %s", qPrintable(db.errorMessage()));
    out.db = std::move(db).value();
    auto feed = FeedParser::parse(Test::readFixture(u"arxiv/rss2_daily_cs-lg_fetched-2025-06-17.xml"_s), u"cs-lg"_s);
    if (!feed)
        qFatal("feed: %s", qPrintable(feed.errorMessage()));
    if (!PaperRepository(*out.db).importFeed(*feed))
        qFatal("import failed");
    out.day = LibraryQuery(*out.db).days()->first().day;
    out.library = std::make_unique<Library>();
    if (!out.library->open())
        qFatal("the library did not open");
    return out;
}

void append(CriteriaTextEdit *editor, const QString &text)
{
    QTextCursor cursor(editor->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

QString fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool isDark(const KSyntaxHighlighting::Theme &theme)
{
    return QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128;
}

} // namespace

class TestCriteriaDock : public QObject
{
    Q_OBJECT

private slots:
    void highlighterIsMarkdownThemedFromPalette()
    {
        Test::Sandbox sandbox;
        CriteriaDock dock(nullptr);
        CriteriaTextEdit *editor = dock.editor();
        QVERIFY(editor->highlighter());
        QCOMPARE(editor->highlighter()->definition().name(), u"Markdown"_s);

        editor->setPalette(lightPalette());
        const KSyntaxHighlighting::Theme light = editor->highlighter()->theme();
        QVERIFY(light.isValid());
        QVERIFY(!isDark(light));

        // A palette change re-themes: dark palette, dark theme.
        editor->setPalette(darkPalette());
        const KSyntaxHighlighting::Theme dark = editor->highlighter()->theme();
        QVERIFY(dark.isValid());
        QVERIFY2(isDark(dark), qPrintable(dark.name()));
        QVERIFY(dark.name() != light.name());

        // The application's palette reaches it too (the way the theme switch works).
        editor->setPalette(QPalette());
        applyTheme(ThemeChoice::Light);
        QTRY_VERIFY(!isDark(editor->highlighter()->theme()));
        applyTheme(ThemeChoice::Dark);
        QTRY_VERIFY(isDark(editor->highlighter()->theme()));
        QVERIFY(isDark(dock.versionView()->highlighter()->theme()));
        applyTheme(ThemeChoice::System);
    }

    void showsCriteriaInUseAndMarksEdits()
    {
        Test::Sandbox sandbox;
        CriteriaDock dock(nullptr);
        QCOMPARE(dock.criteriaText(), PromptSet::builtIn().criteria);
        QCOMPARE(dock.windowTitle(), u"Criteria"_s);
        QVERIFY(!dock.isModified());
        append(dock.editor(), u"\n- Relevant: spiking networks"_s);
        QVERIFY(dock.isModified());
        QCOMPARE(dock.windowTitle(), u"Criteria*"_s);

        // Without a store only criteria.md is written; the version list is off.
        QVERIFY(dock.save());
        QCOMPARE(fileText(sandbox.configDir() + "/criteria.md"_L1), dock.criteriaText());
        QCOMPARE(dock.windowTitle(), u"Criteria"_s);
        QVERIFY(!dock.versionList()->isEnabled());

        // A user's criteria.md is what a new dock shows.
        CriteriaDock again(nullptr);
        QVERIFY(again.criteriaText().endsWith(u"spiking networks"_s));

        // Empty criteria are refused inline.
        again.editor()->clear();
        QVERIFY(!again.save());
        QVERIFY(!again.messageBar()->isHidden());
        QVERIFY(fileText(sandbox.configDir() + "/criteria.md"_L1).endsWith(u"spiking networks"_s));
    }

    void ctrlSSavesAndAddsVersions()
    {
        Test::Sandbox sandbox;
        Day d = importDay();
        QMainWindow window;
        auto *dock = new CriteriaDock(d.library.get(), &window);
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        window.setCentralWidget(new QWidget(&window));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(dock->versionList()->topLevelItemCount(), 0);

        const QString builtIn = dock->criteriaText();
        append(dock->editor(), u"\n- Relevant: sparse autoencoders for interpretability"_s);
        const QString edited = dock->criteriaText();
        QSignalSpy saved(dock, &CriteriaDock::saved);
        dock->editor()->setFocus();
        QTest::keyClick(dock->editor(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toString(), Criteria { edited }.sha256());
        QCOMPARE(fileText(sandbox.configDir() + "/criteria.md"_L1), edited);
        QCOMPARE(dock->windowTitle(), u"Criteria"_s);

        // The previous text stays reachable: both are versions, the new one marked as in use.
        auto versions = ScoreStore(*d.db).criteriaVersions();
        QVERIFY(versions);
        QCOMPARE(versions->size(), 2);
        QTreeWidget *list = dock->versionList();
        QCOMPARE(list->topLevelItemCount(), 2);
        QTreeWidgetItem *current = nullptr;
        QTreeWidgetItem *previous = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = list->topLevelItem(i);
            (item->data(0, Qt::UserRole).toString() == Criteria { edited }.sha256() ? current : previous) = item;
        }
        QVERIFY(current && previous);
        QVERIFY(current->text(2).contains(u"in use"_s));
        QVERIFY(current->font(1).bold());
        QVERIFY(!previous->text(2).contains(u"in use"_s));
        QVERIFY(previous->text(2).contains(u"not used"_s));
        QVERIFY(previous->text(1).startsWith(u"Use the following relevance criteria"_s));
        // A version is named by what it changed.
        QCOMPARE(current->text(1), u"+ Relevant: sparse autoencoders for interpretability"_s);

        // Selecting the old one shows it read-only; Restore brings it back as an unsaved edit.
        list->setCurrentItem(previous);
        QVERIFY(dock->versionView()->isVisible());
        QVERIFY(dock->versionView()->isReadOnly());
        QCOMPARE(dock->versionView()->toPlainText(), builtIn);
        auto *restore = dock->findChild<QPushButton *>(u"restoreVersion"_s);
        QVERIFY(restore);
        restore->click();
        QVERIFY(dock->editor()->isVisible());
        QCOMPARE(dock->criteriaText(), builtIn);
        QCOMPARE(dock->windowTitle(), u"Criteria*"_s);
        dock->editor()->undo();
        QCOMPARE(dock->criteriaText(), edited);
    }

    void previewHasEditedCriteriaAndSamplePapers()
    {
        Test::Sandbox sandbox;
        Day d = importDay();
        CriteriaDock dock(d.library.get());
        dock.setDay(d.day);
        append(dock.editor(), u"\n- Relevant: zebrafish locomotion circuits"_s);

        const CriteriaDock::PromptPreview preview = dock.previewPrompt();
        QCOMPARE(preview.sample.size(), 3);
        QVERIFY(preview.user.contains(u"zebrafish locomotion circuits"_s));
        for (const Paper &p : preview.sample) {
            QVERIFY(preview.user.contains(u"ArXiv ID: "_s + p.id));
            QVERIFY(preview.user.contains(p.title));
        }
        QCOMPARE(preview.system, PromptBuilder(PromptSet::load()).systemPrompt());
        QVERIFY(preview.tokens > preview.prefixTokens);
        QVERIFY(preview.prefixTokens > 0);

        dock.showPreview();
        QDialog *dialog = dock.previewDialog();
        QVERIFY(dialog && dialog->isVisible());
        const auto views = dialog->findChildren<CriteriaTextEdit *>();
        QCOMPARE(views.size(), 2);
        QCOMPARE(views.at(0)->toPlainText(), preview.system);
        QCOMPARE(views.at(1)->toPlainText(), preview.user);
        QVERIFY(views.at(1)->isReadOnly());
        QCOMPARE(views.at(1)->highlighter()->definition().name(), u"Markdown"_s);
        auto *summary = dialog->findChild<QLabel *>(u"previewSummary"_s);
        QVERIFY(summary->text().contains(u"3 papers"_s));

        // No day: the placeholder stands for the papers.
        CriteriaDock noDay(d.library.get());
        QVERIFY(noDay.previewPrompt().user.contains(PromptBuilder::PaperListPlaceholder));
        QVERIFY(noDay.previewPrompt().sample.isEmpty());
    }

    void rescoreConfirmsCostAndCarriesText()
    {
        Test::Sandbox sandbox;
        Day d = importDay();
        Settings settings;
        QVERIFY(settings.set(Settings::Scorer, u"llm"_s).isEmpty());
        QVERIFY(settings.set(Settings::Model, u"gpt-4o"_s).isEmpty());
        settings.sync();
        CriteriaDock dock(d.library.get());
        dock.setDay(d.day);
        append(dock.editor(), u"\n- Relevant: optimal transport"_s);
        const QString edited = dock.criteriaText();

        const int papers
            = int(PaperRepository(*d.db).papersForDay(d.day, { AnnounceType::New, AnnounceType::Cross })->size());
        const CriteriaDock::RescoreEstimate estimate = dock.rescoreEstimate();
        QCOMPARE(estimate.papers, papers);
        QVERIFY(!estimate.free);
        QVERIFY(estimate.usd.has_value());
        QVERIFY(*estimate.usd > 0);
        QVERIFY(estimate.tokens > 0);

        QSignalSpy requested(&dock, &CriteriaDock::rescoreRequested);
        // Cancel: nothing happens.
        dock.confirmRescore();
        auto *box = dock.findChild<QMessageBox *>(u"rescoreConfirmation"_s);
        QVERIFY(box);
        QVERIFY(box->text().contains(QString::number(papers)));
        QVERIFY2(box->informativeText().contains(u"$"_s), qPrintable(box->informativeText()));
        QVERIFY(box->informativeText().contains(u"saved first"_s));
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(requested.count(), 0);
        QVERIFY(dock.isModified());
        QTRY_VERIFY(!dock.findChild<QMessageBox *>(u"rescoreConfirmation"_s));

        // Confirmed: saved first, then the signal carries the text.
        dock.confirmRescore();
        box = dock.findChild<QMessageBox *>(u"rescoreConfirmation"_s);
        QVERIFY(box);
        box->findChild<QPushButton *>(u"confirmRescore"_s)->click();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), edited);
        QVERIFY(!dock.isModified());
        QCOMPARE(fileText(sandbox.configDir() + "/criteria.md"_L1), edited);

        // The keyword scorer is free.
        QVERIFY(settings.set(Settings::Scorer, u"keyword"_s).isEmpty());
        settings.sync();
        const CriteriaDock::RescoreEstimate free = dock.rescoreEstimate();
        QVERIFY(free.free);
        QCOMPARE(free.usd.value_or(-1), 0.0);
        QTRY_VERIFY(!dock.findChild<QMessageBox *>(u"rescoreConfirmation"_s));
        dock.confirmRescore();
        box = dock.findChild<QMessageBox *>(u"rescoreConfirmation"_s);
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(u"nothing"_s));
        box->button(QMessageBox::Cancel)->click();

        // An unknown model has an unknown cost, said so.
        QVERIFY(settings.set(Settings::Scorer, u"llm"_s).isEmpty());
        QVERIFY(settings.set(Settings::Model, u"no-such-model-xyz"_s).isEmpty());
        settings.sync();
        QVERIFY(!dock.rescoreEstimate().usd.has_value());
    }

    void screenshots()
    {
        Test::Sandbox sandbox;
        Day d = importDay();
        const QString dir = QStringLiteral(PAPERSIFT_BINARY_DIR) + "/screenshots"_L1;
        QDir().mkpath(dir);
        for (ThemeChoice theme : { ThemeChoice::Light, ThemeChoice::Dark }) {
            applyTheme(theme);
            QMainWindow window;
            auto *dock = new CriteriaDock(d.library.get(), &window);
            window.addDockWidget(Qt::RightDockWidgetArea, dock);
            window.setCentralWidget(new QWidget(&window));
            dock->setDay(d.day);
            if (theme == ThemeChoice::Light) {
                append(dock->editor(), u"\n- Relevant: sparse autoencoders"_s);
                QVERIFY(dock->save());
                append(dock->editor(), u"\n- Irrelevant: benchmarks"_s);
            }
            window.resize(1200, 760);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(dock->grab().save(u"%1/criteria-%2.png"_s.arg(dir, themeName(theme))));
            dock->showPreview();
            QVERIFY(QTest::qWaitForWindowExposed(dock->previewDialog()));
            QVERIFY(dock->previewDialog()->grab().save(u"%1/criteria-preview-%2.png"_s.arg(dir, themeName(theme))));
            dock->previewDialog()->close();
        }
        applyTheme(ThemeChoice::System);
    }
};

QTEST_MAIN(TestCriteriaDock)
#include "tst_criteriadock.moc"
