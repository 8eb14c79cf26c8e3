// The Export dialog over a real store (the real feeds of 2025-06-17, some scores, and of 2025-03-25): the preview
// follows the day and the format, the source is highlighted, Save and Copy give the exported bytes.
// Writes <build>/screenshots/export-dialog.png (and -dark.png) for people to look at.
#include "arxiv/feedparser.h"
#include "config/settings.h"
#include "digest/digestbuilder.h"
#include "digest/markdowndigest.h"
#include "exportdialog.h"
#include "library.h"
#include "scoring/promptbuilder.h"
#include "store/database.h"
#include "store/paperrepository.h"
#include "store/runlog.h"
#include "store/scorestore.h"
#include "store/userstatestore.h"
#include "testsupport.h"
#include "theme.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>

#include <memory>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {
const QDate kDay(2025, 6, 16);

QPushButton *button(QDialog &dialog, const QString &text)
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().remove(u'&') == text)
            return b;
    }
    return nullptr;
}

bool isDark(const KSyntaxHighlighting::Theme &theme)
{
    return QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128;
}

QString definitionOf(const ExportDialog &dialog)
{
    return dialog.sourceHighlighter()->definition().name();
}
} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

    Test::Sandbox m_sandbox;
    Library m_library; ///< the window's gateway, as the dialog gets it
    QString m_starred;

    void shoot(QWidget &w, const QString &name)
    {
        const QString dir = QStringLiteral(PAPERSIFT_BINARY_DIR) + "/screenshots"_L1;
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(w.grab().save(dir + u'/' + name));
    }

    /// Clicks Save… and answers the file dialog with `target`, typed as a user may; returns the
    /// file name the dialog suggested.
    QString saveThroughTheFileDialog(ExportDialog &dialog, const QString &target)
    {
        QDir().mkpath(QFileInfo(target).absolutePath());
        QString suggested;
        bool answered = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *fileDialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!fileDialog || answered)
                return;
            answered = true;
            const QStringList selected = fileDialog->selectedFiles();
            suggested = selected.isEmpty() ? QString() : selected.first();
            if (auto *name = fileDialog->findChild<QLineEdit *>(u"fileNameEdit"_s))
                name->setText(target);
            static_cast<QDialog *>(fileDialog)->accept();
        });
        poll.start(20);
        QPushButton *save = button(dialog, u"Save…"_s);
        if (!save || !save->isEnabled())
            return {};
        save->click(); // returns once the file dialog is answered
        return answered ? suggested : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isValid());
        {
            auto db = Database::open(AppPaths::databaseFile());
            QVERIFY2(db, qPrintable(db.errorMessage()));
            // The scored day, and an older one nobody scored.
            for (const QString &name : { u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s,
                     u"arxiv/rss2_daily_cs-lg_fetched-2025-06-17.xml"_s,
                     u"arxiv/rss2_daily_cs-ai_fetched-2025-03-25.xml"_s,
                     u"arxiv/rss2_daily_cs-lg_fetched-2025-03-25.xml"_s }) {
                auto feed = FeedParser::parse(Test::readFixture(name), name);
                QVERIFY2(feed, qPrintable(feed.errorMessage()));
                QVERIFY(PaperRepository(**db).importFeed(*feed));
            }
            const PromptSet prompts = PromptSet::load();
            auto criteria = ScoreStore(**db).saveCriteria(prompts.criteria);
            QVERIFY(criteria);
            auto papers = PaperRepository(**db).papersForDay(kDay, { AnnounceType::New, AnnounceType::Cross });
            QVERIFY(papers && papers->size() == 318);
            QList<Score> scores;
            for (int k = 0; k < 12; ++k) {
                const Paper &p = papers->at(k * 25).paper;
                Score s;
                s.key = { p.id, p.version, *criteria, u"gpt-4o"_s, prompts.templateVersion() };
                s.relevance = 10 - k / 3;
                s.novelty = 9 - k % 3;
                s.comment = u"Scored for the export dialog test (%1)."_s.arg(k);
                s.scoredAt = QDateTime(kDay.addDays(1), QTime(0, k), QTimeZone::UTC);
                scores.append(s);
            }
            QVERIFY(ScoreStore(**db).saveScores(scores));
            RunSummary run;
            run.day = kDay;
            run.model = u"gpt-4o"_s;
            run.criteriaSha256 = *criteria;
            run.tokens = { 41131, 8000, 5352 };
            run.scannedPapers = 318;
            run.status = RunStatus::Done;
            run.started = QDateTime(kDay.addDays(1), QTime(1, 0), QTimeZone::UTC);
            QVERIFY(RunLog(**db).startRun(run));
            m_starred = papers->at(25).paper.id;
            QVERIFY(UserStateStore(**db).setStarred(m_starred, true));
        }
        const Status opened = m_library.open();
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        applyTheme(ThemeChoice::Light);
    }

    void everyCombinationIsCrashFree()
    {
        // Every (day, or Starred) × format × preview tab, reached from every other one, the
        // preview showing and laid out at each step: the bytes are always the export's.
        ExportDialog dialog(m_library, kDay);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *days = dialog.findChild<QComboBox *>(u"exportDay"_s);
        auto *formats = dialog.findChild<QComboBox *>(u"exportFormat"_s);
        QVERIFY(days && formats);
        struct State
        {
            QDate day; ///< invalid: Starred
            ExportFormat format;
            int tab;
        };
        QList<State> states;
        for (int i = 0; i < days->count(); ++i) {
            const QVariant data = days->itemData(i);
            if (!data.isValid())
                continue; // the separator
            for (ExportFormat f : { ExportFormat::Markdown, ExportFormat::Json, ExportFormat::Bibtex }) {
                if (!data.toDate().isValid() && f == ExportFormat::Markdown)
                    continue; // a day's digest only
                for (int tab = 0; tab < dialog.previewTabs()->count(); ++tab)
                    states.append({ data.toDate(), f, tab });
            }
        }
        QVERIFY(states.size() >= 2 * 3 * 2 + 2 * 2);
        const DigestBuilder builder = m_library.digests();
        QHash<std::pair<QDate, int>, QByteArray> expected;
        for (const State &s : std::as_const(states)) {
            auto bytes = s.day.isValid() ? builder.exportDay(s.day, s.format) : builder.exportStarred(s.format);
            QVERIFY2(bytes, qPrintable(bytes.errorMessage()));
            expected.insert({ s.day, int(s.format) }, *bytes);
        }
        QTextBrowser *rendered = dialog.renderedView();
        const auto reach = [&](const State &s, bool formatFirst) {
            if (formatFirst)
                dialog.setFormat(s.format);
            QVERIFY(dialog.setDay(s.day));
            dialog.setFormat(s.format);
            dialog.previewTabs()->setCurrentIndex(s.tab);
            QCOMPARE(dialog.format(), s.format);
            QCOMPARE(dialog.day(), s.day);
            // Shown, laid out and used as a reader would: scrolled, hovered, a link looked up.
            QWidget *shown = dialog.previewTabs()->currentWidget();
            QTRY_VERIFY(shown->isVisible());
            QCoreApplication::processEvents();
            if (shown == rendered) {
                QScrollBar *bar = rendered->verticalScrollBar();
                bar->setValue(bar->maximum() / 2);
                QTest::mouseMove(rendered->viewport(), rendered->viewport()->rect().center());
                (void)rendered->anchorAt(rendered->viewport()->rect().center());
            } else {
                dialog.sourceView()->verticalScrollBar()->setValue(dialog.sourceView()->verticalScrollBar()->maximum());
            }
            QCOMPARE(dialog.exportedBytes(), expected.value({ s.day, int(s.format) }));
            QCOMPARE(dialog.sourceView()->toPlainText(), QString::fromUtf8(dialog.exportedBytes()));
            QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        };
        int steps = 0;
        for (int from = 0; from < states.size(); ++from) {
            for (int to = 0; to < states.size(); ++to) {
                if (from == to)
                    continue;
                reach(states.at(from), (from + to) % 2 == 0);
                if (QTest::currentTestFailed())
                    return;
                reach(states.at(to), (from + to) % 2 == 1);
                if (QTest::currentTestFailed())
                    return;
                steps += 2;
            }
        }
        // And the other way round, Markdown rendered last, the way the crash was found.
        for (int i = int(states.size()) - 1; i >= 0; --i) {
            reach(states.at(i), i % 2 == 0);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(steps > 100);
    }

    void pickerCountsWhatTheDigestHolds()
    {
        // Each day says how many relevant papers its digest holds: the sidebar's count, and the
        // digest's "Total relevant papers"; the tooltip says what the feeds listed.
        ExportDialog dialog(m_library, kDay);
        auto *days = dialog.findChild<QComboBox *>(u"exportDay"_s);
        auto sidebar = m_library.days();
        QVERIFY(sidebar && sidebar->size() == 2);
        const DigestBuilder builder = m_library.digests();
        static const QRegularExpression total(
            u"^Total relevant papers: (\\d+)$"_s, QRegularExpression::MultilineOption);
        for (const DayInfo &info : std::as_const(*sidebar)) {
            const int index = days->findData(info.day);
            QVERIFY(index >= 0);
            auto markdown = builder.exportDay(info.day, ExportFormat::Markdown);
            QVERIFY(markdown);
            const auto m = total.match(QString::fromUtf8(*markdown));
            QVERIFY(m.hasMatch());
            const int relevant = m.captured(1).toInt();
            QCOMPARE(info.relevant, relevant);
            const QString label = days->itemText(index);
            const QString weekday = QLocale().dayName(info.day.dayOfWeek(), QLocale::ShortFormat);
            if (info.scored > 0)
                QCOMPARE(label, u"%1 %2 — %3 relevant"_s.arg(weekday, info.day.toString(Qt::ISODate)).arg(relevant));
            else
                QCOMPARE(label, u"%1 %2 — not scored"_s.arg(weekday, info.day.toString(Qt::ISODate)));
            const QString tip = days->itemData(index, Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(u"listed %1 papers this day as new, cross"_s.arg(info.papers)), qPrintable(tip));
            QVERIFY(tip.contains(u"“Total arXiv papers” counts every paper of the feeds"_s));
        }
        QCOMPARE(days->itemText(days->findData(kDay)),
            u"%1 2025-06-16 — 9 relevant"_s.arg(QLocale().dayName(1, QLocale::ShortFormat)));
    }

    void thePickerTakesTheWindowsCounts()
    {
        // The window hands over its day list's counts: the dialog shows them and counts nothing
        // itself (a second count blocks the window for most of a second in a library of years).
        auto counted = m_library.days();
        QVERIFY(counted && !counted->isEmpty());
        QList<DayInfo> given = *counted;
        given.first().relevant = 41; // not what a count of the database says
        given.first().scored = 1;
        ExportDialog dialog(m_library, kDay, nullptr, given);
        auto *days = dialog.findChild<QComboBox *>(u"exportDay"_s);
        const int index = days->findData(given.first().day);
        QVERIFY(index >= 0);
        QVERIFY2(days->itemText(index).endsWith(u"41 relevant"_s), qPrintable(days->itemText(index)));
        QVERIFY(days->findData(given.last().day) >= 0);
    }

    void starredBibtexSaves()
    {
        // Starred → BibTeX → Save… writes the starred papers' BibTeX to the file chosen.
        ExportDialog dialog(m_library, kDay);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.setDay(QDate()));
        dialog.setFormat(ExportFormat::Markdown); // not offered for Starred: stays
        QVERIFY(dialog.format() == ExportFormat::Json);
        dialog.setFormat(ExportFormat::Bibtex);
        QVERIFY(dialog.format() == ExportFormat::Bibtex);
        dialog.previewTabs()->setCurrentIndex(1);
        auto expected = m_library.digests().exportStarred(ExportFormat::Bibtex);
        QVERIFY(expected && expected->contains(m_starred.toUtf8()));
        const QString target = m_sandbox.path(u"saved/starred.bib"_s);
        const QString suggested = saveThroughTheFileDialog(dialog, target);
        QVERIFY2(suggested.endsWith(u"/starred-papers.bib"_s), qPrintable(suggested));
        QFile saved(target);
        QVERIFY2(saved.open(QIODevice::ReadOnly), qPrintable(dialog.errorText()));
        QCOMPARE(saved.readAll(), *expected);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QVERIFY(dialog.findChild<QWidget *>(u"messageBar"_s)->isVisible()); // "Saved to …"
    }

    void suggestedNames()
    {
        QCOMPARE(ExportDialog::suggestedFileName(kDay, ExportFormat::Markdown), u"digest-2025-06-16.md"_s);
        QCOMPARE(ExportDialog::suggestedFileName(kDay, ExportFormat::Json), u"digest-2025-06-16.json"_s);
        QCOMPARE(ExportDialog::suggestedFileName(kDay, ExportFormat::Bibtex), u"digest-2025-06-16.bib"_s);
        QCOMPARE(ExportDialog::suggestedFileName(QDate(), ExportFormat::Json), u"starred-papers.json"_s);
    }

    void formatSwitchingChangesThePreview()
    {
        ExportDialog dialog(m_library, kDay);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.day(), kDay);
        QVERIFY(!dialog.isStarredChosen());
        QVERIFY(dialog.format() == ExportFormat::Markdown);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));

        const DigestBuilder builder = m_library.digests();
        auto markdown = builder.exportDay(kDay, ExportFormat::Markdown);
        QVERIFY(markdown);
        QCOMPARE(dialog.exportedBytes(), *markdown);
        QCOMPARE(dialog.sourceView()->toPlainText(), QString::fromUtf8(*markdown));
        // Rendered: the heading's text without its Markdown.
        const QString rendered = dialog.renderedView()->toPlainText();
        QVERIFY2(rendered.startsWith(u"Personalized Daily ArXiv Papers 2025-06-16"_s), qPrintable(rendered.left(200)));
        QVERIFY(!rendered.contains(u"**ArXiv ID:**"_s));
        QVERIFY(dialog.sourceHighlighter()->definition().isValid());
        QCOMPARE(definitionOf(dialog), u"Markdown"_s);

        dialog.findChild<QComboBox *>(u"exportFormat"_s)->setCurrentIndex(1);
        QVERIFY(dialog.format() == ExportFormat::Json);
        auto json = builder.exportDay(kDay, ExportFormat::Json);
        QVERIFY(json);
        QCOMPARE(dialog.exportedBytes(), *json);
        QVERIFY(dialog.sourceView()->toPlainText().startsWith(u"{\n"_s));
        QVERIFY(dialog.renderedView()->toPlainText().contains(u"\"day\": \"2025-06-16\""_s));
        QCOMPARE(definitionOf(dialog), u"JSON"_s);

        dialog.setFormat(ExportFormat::Bibtex);
        QVERIFY(dialog.sourceView()->toPlainText().startsWith(u"@misc{"_s));
        QCOMPARE(definitionOf(dialog), u"BibTeX"_s);
        QVERIFY(dialog.sourceHighlighter()->definition().isValid());

        // The starred papers: JSON or BibTeX only.
        QVERIFY(dialog.setDay(QDate()));
        QVERIFY(dialog.isStarredChosen());
        QCOMPARE(dialog.sourceView()->toPlainText().count(u"@misc{"_s), 1);
        QVERIFY(dialog.sourceView()->toPlainText().contains(m_starred));
        dialog.setFormat(ExportFormat::Json);
        const QJsonArray starred = QJsonDocument::fromJson(dialog.exportedBytes()).array();
        QCOMPARE(starred.size(), 1);
        const auto *formats
            = qobject_cast<QStandardItemModel *>(dialog.findChild<QComboBox *>(u"exportFormat"_s)->model());
        QVERIFY(formats && !formats->item(0)->isEnabled());
        QVERIFY(dialog.setDay(kDay));
        QVERIFY(formats->item(0)->isEnabled());
    }

    void saveWritesTheDigest()
    {
        ExportDialog dialog(m_library, kDay);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto input = m_library.digests().build(kDay);
        QVERIFY(input);
        const QByteArray expected = MarkdownDigest::render(*input);

        // Save… asks for a file name, suggesting digest-YYYY-MM-DD.md.
        const QString target = m_sandbox.path(u"saved/my-digest.md"_s);
        const QString suggested = saveThroughTheFileDialog(dialog, target);
        QVERIFY2(suggested.endsWith(u"/digest-2025-06-16.md"_s), qPrintable(suggested));
        QFile saved(target);
        QVERIFY2(saved.open(QIODevice::ReadOnly), qPrintable(dialog.errorText()));
        QCOMPARE(saved.readAll(), expected);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));

        // Copy puts the same text on the clipboard.
        QApplication::clipboard()->clear();
        QPushButton *copy = button(dialog, u"Copy"_s);
        QVERIFY(copy && copy->isEnabled());
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(), QString::fromUtf8(expected));

        // A failed save is an inline message, and the dialog stays usable.
        QVERIFY(!dialog.saveTo(m_sandbox.path(u"no/such/folder/digest.md"_s)));
        QVERIFY2(dialog.errorText().contains(u"Could not write"_s), qPrintable(dialog.errorText()));
        QVERIFY(dialog.isVisible());
        dialog.setFormat(ExportFormat::Json);
        QVERIFY(dialog.errorText().isEmpty());
    }

    void rethemesWithThePalette()
    {
        ExportDialog dialog(m_library, kDay);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString light = dialog.sourceHighlighter()->theme().name();
        applyTheme(ThemeChoice::Dark);
        QCoreApplication::processEvents();
        const QString dark = dialog.sourceHighlighter()->theme().name();
        QVERIFY2(light != dark, qPrintable(light + u" / "_s + dark));
        QVERIFY(isDark(dialog.sourceHighlighter()->theme()));
        dialog.previewTabs()->setCurrentIndex(1);
        shoot(dialog, u"export-dialog-dark.png"_s);
        applyTheme(ThemeChoice::Light);
        QCoreApplication::processEvents();
        QVERIFY(!isDark(dialog.sourceHighlighter()->theme()));
    }

    void emptyDatabase()
    {
        // A window over an empty store: only "Starred papers (0)", an explanation, nothing to save.
        AppPaths::setDatabaseOverride(m_sandbox.path(u"empty.sqlite"_s));
        Library empty;
        const Status opened = empty.open();
        AppPaths::setDatabaseOverride(m_sandbox.databaseFile());
        QVERIFY(opened);
        ExportDialog dialog(empty, QDate());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.isStarredChosen());
        QVERIFY(dialog.format() == ExportFormat::Json);
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(dialog.findChild<QWidget *>(u"messageBar"_s)->isVisible()); // "No starred papers yet…"
        shoot(dialog, u"export-dialog-empty.png"_s);
    }

    void screenshot()
    {
        ExportDialog dialog(m_library, kDay);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.renderedView()->toPlainText().contains(u"Total relevant papers"_s));
        shoot(dialog, u"export-dialog.png"_s);
        // The table of contents links to the sections ("#user-content-link2" → id "link2").
        QScrollBar *scroll = dialog.renderedView()->verticalScrollBar();
        QCOMPARE(scroll->value(), 0);
        Q_EMIT dialog.renderedView()->anchorClicked(QUrl(u"#user-content-link2"_s));
        QTRY_VERIFY(scroll->value() > 0);
        shoot(dialog, u"export-dialog-section.png"_s);
        dialog.previewTabs()->setCurrentIndex(1);
        shoot(dialog, u"export-dialog-source.png"_s);
        dialog.previewTabs()->setCurrentIndex(0);
        dialog.setFormat(ExportFormat::Json);
        shoot(dialog, u"export-dialog-json.png"_s);
        dialog.setFormat(ExportFormat::Bibtex);
        dialog.previewTabs()->setCurrentIndex(1);
        QVERIFY(dialog.sourceView()->toPlainText().startsWith(u"@misc{"_s));
        shoot(dialog, u"export-dialog-bibtex-source.png"_s);
        QVERIFY(dialog.setDay(QDate()));
        QVERIFY(dialog.sourceView()->toPlainText().contains(m_starred));
        shoot(dialog, u"export-dialog-starred.png"_s);
        // The picker open: each day with its relevant count.
        auto *days = dialog.findChild<QComboBox *>(u"exportDay"_s);
        days->showPopup();
        QTRY_VERIFY(days->view()->isVisible());
        shoot(dialog, u"export-dialog-picker.png"_s);
        QVERIFY(days->view()->window()->grab().save(
            QStringLiteral(PAPERSIFT_BINARY_DIR) + "/screenshots/export-dialog-picker-list.png"_L1));
        days->hidePopup();
        // Dark: the Markdown rendered in the palette's colours.
        applyTheme(ThemeChoice::Dark);
        QCoreApplication::processEvents();
        QVERIFY(dialog.setDay(kDay));
        dialog.setFormat(ExportFormat::Markdown);
        dialog.previewTabs()->setCurrentIndex(0);
        shoot(dialog, u"export-dialog-dark-rendered.png"_s);
        applyTheme(ThemeChoice::Light);
        QCoreApplication::processEvents();
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
