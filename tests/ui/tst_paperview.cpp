// The paper pane over real papers (the cs.LG feed of 2025-06-17): one score card for the score
// that counts, labelled as its model's or as the keyword scorer's matches, stale scores greyed,
// palette colours only, the title at its own line height, notes that fold (remembered) and grow
// with their text, and — in a 1024×700 window laid out as the main window is — the abstract's
// first lines visible without scrolling, for every paper of the day.
#include "arxiv/feedparser.h"
#include "config/settings.h"
#include "notesedit.h"
#include "paperview.h"
#include "scorecard.h"
#include "testsupport.h"
#include "text/texmath.h"
#include "theme.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

const QString kCurrent = u"c0ffee"_s;
const QString kOlder = u"0ldc0de"_s;

Score score(const Paper &p, const QString &model, const QString &sha, int relevance, std::optional<int> novelty,
    const QString &comment)
{
    Score s;
    s.key = { p.id, p.version, sha, model, u"1"_s };
    s.relevance = relevance;
    s.novelty = novelty;
    s.comment = comment;
    return s;
}

/// A paper of the day as Library::details() gives it: gpt-4o's score counts, the keyword
/// scorer's exists beside it.
PaperDetails withLlmScore(const Paper &p)
{
    PaperDetails d;
    d.paper = p;
    d.currentCriteriaSha = kCurrent;
    d.currentVersion = u"v3 · 3 Jun 09:12"_s;
    d.counting = score(p, u"gpt-4o"_s, kCurrent, 8, 7,
        u"Directly about efficient fine-tuning of large language models, with a new low-rank method "
        "and experiments on several benchmarks; relevant to the criteria on LLM training."_s);
    d.countingVersion = d.currentVersion;
    d.scores
        = { *d.counting, score(p, Score::KeywordModel, kCurrent, 6, std::nullopt, u"Matches “fine-tuning”, “LLM”."_s),
              score(p, u"gpt-4o"_s, kOlder, 5, 4, u"An older verdict."_s) };
    return d;
}

/// The window the main window is at 1024×700: menus, a toolbar, a status bar, the sidebar, the
/// table and the paper pane `paneWidth` wide.
struct TriageWindow
{
    QMainWindow window;
    PaperView *pane = nullptr;

    explicit TriageWindow(int paneWidth, QSize size = { 1024, 700 })
    {
        for (const QString &menu : { u"&File"_s, u"&Go"_s, u"&Paper"_s, u"&View"_s, u"&Settings"_s, u"&Help"_s })
            window.menuBar()->addMenu(menu);
        QToolBar *bar = window.addToolBar(u"Main"_s);
        bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        for (const QString &text :
            { u"Fetch && Score Today"_s, u"Stop"_s, u"Export…"_s, u"Criteria"_s, u"Settings…"_s })
            bar->addAction(QIcon::fromTheme(u"document-export"_s), text);
        window.statusBar()->showMessage(u"318 papers · 12 scored"_s);
        auto *splitter = new QSplitter(&window);
        splitter->addWidget(new QTreeWidget);
        splitter->addWidget(new QTableWidget(20, 5));
        pane = new PaperView;
        splitter->addWidget(pane);
        window.setCentralWidget(splitter);
        window.resize(size);
        const int side = size.width() * 18 / 100;
        splitter->setSizes({ side, size.width() - side - paneWidth, paneWidth });
    }
};

QTextBrowser *textOf(PaperView &pane)
{
    return pane.findChild<QTextBrowser *>(u"paperText"_s);
}

/// The bottom of the abstract's `lines`-th line, in the text's viewport (before any scrolling).
qreal abstractLineBottom(PaperView &pane, const Paper &paper, int lines)
{
    QTextBrowser *browser = textOf(pane);
    QTextDocument *doc = browser->document();
    const QString start = renderTexMath(paper.abstract).simplified().left(24);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (!block.text().simplified().startsWith(start))
            continue;
        const QRectF rect = doc->documentLayout()->blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        const QTextLine line = layout->lineAt(qMin(lines, layout->lineCount()) - 1);
        return rect.top() + line.y() + line.height() - browser->verticalScrollBar()->value();
    }
    return -1;
}

} // namespace

class TestPaperView : public QObject
{
    Q_OBJECT

    Test::Sandbox m_sandbox;
    QList<Paper> m_papers;

    const Paper &longestTitle() const
    {
        return *std::max_element(m_papers.cbegin(), m_papers.cend(), [](const Paper &a, const Paper &b) {
            return a.title.size() + 8 * a.authors.size() < b.title.size() + 8 * b.authors.size();
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isValid());
        const QString name = u"arxiv/rss2_daily_cs-lg_fetched-2025-06-17.xml"_s;
        auto feed = FeedParser::parse(Test::readFixture(name), name);
        QVERIFY2(feed, qPrintable(feed.errorMessage()));
        m_papers = feed->papers;
        QVERIFY(m_papers.size() > 100);
        applyTheme(ThemeChoice::Light);
    }

    void titleAtItsOwnLineHeight()
    {
        PaperView pane;
        const Paper &p = longestTitle();
        pane.setPaper(withLlmScore(p));
        const QTextDocument *doc = textOf(pane)->document();
        const QTextBlock title = doc->begin();
        QCOMPARE(title.text(), renderTexMath(p.title));
        QVERIFY(title.blockFormat().lineHeightType() == QTextBlockFormat::SingleHeight);
        bool abstractFound = false;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.text().startsWith(renderTexMath(p.abstract).left(24))) {
                abstractFound = true;
                QCOMPARE(b.blockFormat().lineHeightType(), int(QTextBlockFormat::ProportionalHeight));
                QCOMPARE(b.blockFormat().lineHeight(), 150.0);
            }
        }
        QVERIFY(abstractFound);
    }

    void affiliationsOnce()
    {
        // Eight authors of three universities: each university named once, the authors numbered.
        const auto it = std::find_if(m_papers.cbegin(), m_papers.cend(), [](const Paper &p) {
            return p.id == u"2506.11472"_s;
        });
        QVERIFY(it != m_papers.cend());
        PaperView pane;
        pane.setPaper(withLlmScore(*it));
        const QString text = textOf(pane)->toPlainText();
        QCOMPARE(text.count(u"Clemson University"_s), 1);
        QVERIFY2(text.contains(u"Pedram MohajerAnsari¹, Amir Salarpour¹, Michael Kühr²"_s), qPrintable(text));
        QVERIFY(text.contains(u"¹ Clemson University, Clemson, SC, USA · ² Technical University of Munich"_s));
        QVERIFY(text.contains(u"3 more…"_s));
        // One affiliation for all: no numbers.
        Paper one = *it;
        one.affiliations = QStringList(one.authors.size(), u"Clemson University"_s);
        pane.setPaper(withLlmScore(one));
        QVERIFY(textOf(pane)->toPlainText().contains(u"Pedram MohajerAnsari, Amir Salarpour"_s));
        QCOMPARE(textOf(pane)->toPlainText().count(u"Clemson University"_s), 1);
    }

    void linesStayReadableWhenWide()
    {
        // In a 1920-wide window the pane is about 700 px: its lines stay at most about 90 characters.
        TriageWindow w(1920 * 37 / 100, { 1920, 1080 });
        const Paper &p = longestTitle();
        w.pane->setPaper(withLlmScore(p));
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QTextDocument *doc = textOf(*w.pane)->document();
        int longest = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            const QTextLayout *layout = b.layout();
            for (int i = 0; i < layout->lineCount(); ++i)
                longest = qMax(longest, layout->lineAt(i).textLength());
        }
        qInfo("longest line: %d characters", longest);
        QVERIFY(longest >= 60);
        QVERIFY(longest <= 95);
    }

    void oneCardForTheScoreThatCounts()
    {
        PaperView pane;
        const PaperDetails d = withLlmScore(m_papers.first());
        pane.setPaper(d);
        const QString text = textOf(pane)->toPlainText();
        QCOMPARE(text.count(u"gpt-4o's comment:"_s), 1);
        QVERIFY(text.contains(d.counting->comment));
        QVERIFY(!text.contains(u"Model's comment"_s));
        QVERIFY(!text.contains(u"An older verdict."_s)); // one block: the score that counts
        QVERIFY2(PaperView::toHtml(d, false, false).count(u"<table"_s) == 1, "one score card");
        // The keyword score is folded into one line of the card, and opens on a click.
        QVERIFY(text.contains(u"Keyword scorer: relevance 6/10"_s));
        QVERIFY(!text.contains(u"Keyword matches:"_s));
        emit textOf(pane)->anchorClicked(QUrl(QString::fromLatin1(ScoreCard::FoldKeywordUrl)));
        QVERIFY(textOf(pane)->toPlainText().contains(u"Keyword matches: Matches “fine-tuning”, “LLM”."_s));
        // It stays open for the next paper, and closes again.
        pane.setPaper(withLlmScore(m_papers.at(1)));
        QVERIFY(textOf(pane)->toPlainText().contains(u"Keyword matches:"_s));
        emit textOf(pane)->anchorClicked(QUrl(QString::fromLatin1(ScoreCard::FoldKeywordUrl)));
        QVERIFY(!textOf(pane)->toPlainText().contains(u"Keyword matches:"_s));
    }

    void keywordScoreIsLabelledAsMatches()
    {
        PaperView pane;
        PaperDetails d;
        d.paper = m_papers.first();
        d.currentCriteriaSha = kCurrent;
        d.counting = score(d.paper, Score::KeywordModel, kCurrent, 6, std::nullopt, u"Matches “agents”."_s);
        d.scores = { *d.counting };
        pane.setPaper(d);
        const QString text = textOf(pane)->toPlainText();
        QVERIFY2(text.contains(u"Relevance 6/10 — keyword scorer"_s), qPrintable(text));
        QVERIFY(text.contains(u"Keyword matches: Matches “agents”."_s));
        QVERIFY(!text.contains(u"comment"_s, Qt::CaseInsensitive));
        QVERIFY(!text.contains(u"Keyword scorer: relevance"_s)); // nothing folded: it is the one that counts
    }

    void staleScoreIsGreyedAndSaysWhichCriteria()
    {
        PaperView pane;
        PaperDetails d = withLlmScore(m_papers.first());
        d.counting->key.criteriaSha256 = kOlder;
        d.countingIsStale = true;
        d.countingVersion = u"v2 · 2 Jun 17:48"_s;
        pane.setPaper(d);
        const QString text = textOf(pane)->toPlainText();
        QVERIFY2(text.contains(u"scored with criteria v2 · 2 Jun 17:48; the criteria in use are v3 · 3 Jun 09:12"_s),
            qPrintable(text));
        const QString disabled = pane.palette().color(QPalette::Disabled, QPalette::Text).name();
        QVERIFY2(pane.renderedHtml().contains(disabled, Qt::CaseInsensitive), qPrintable(disabled));
        // The fresh card has no disabled colour in it.
        pane.setPaper(withLlmScore(m_papers.at(1)));
        QVERIFY(!pane.renderedHtml().contains(disabled, Qt::CaseInsensitive));
    }

    void titleFilterAndFailedAttempts()
    {
        PaperView pane;
        PaperDetails d;
        d.paper = m_papers.first();
        pane.setPaper(d);
        QVERIFY(textOf(pane)->toPlainText().contains(u"Not scored yet."_s));
        Score failed = score(d.paper, u"gpt-4o"_s, kCurrent, 0, std::nullopt, {});
        failed.relevance.reset();
        failed.unscoredReason = u"The reply had no score for this paper"_s;
        d.scores = { failed };
        pane.setPaper(d);
        QVERIFY(textOf(pane)->toPlainText().contains(u"Not scored — The reply had no score for this paper · gpt-4o"_s));
        Score dropped = failed;
        dropped.unscoredReason = Score::TitleFilterReason;
        d.counting = dropped;
        d.scores = { dropped };
        pane.setPaper(d);
        QVERIFY(textOf(pane)->toPlainText().contains(u"Not relevant by its title (gpt-4o's title filter)"_s));
    }

    void onlyPaletteColours_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void onlyPaletteColours()
    {
        QFETCH(bool, dark);
        PaperDetails d = withLlmScore(m_papers.first());
        // No colour is written into the HTML, only placeholders for the palette's.
        static const QRegularExpression literal(u"#[0-9a-fA-F]{3,8}\\b|rgb\\("_s);
        QVERIFY(!PaperView::toHtml(d, true, false, true).contains(literal));
        applyTheme(dark ? ThemeChoice::Dark : ThemeChoice::Light);
        PaperView pane;
        d.countingIsStale = true;
        pane.setPaper(d);
        const QPalette pal = pane.palette();
        const QColor text = pal.color(QPalette::Text), base = pal.color(QPalette::Base);
        // Every colour used: the palette's, or a blend of its text colour into its base.
        static const QRegularExpression used(u"color:(#[0-9a-fA-F]{6})"_s);
        for (auto it = used.globalMatch(pane.renderedHtml()); it.hasNext();) {
            const QColor c(it.next().captured(1));
            bool blend = false;
            for (double a = 0; a <= 1.0 && !blend; a += 0.01) {
                blend = qAbs(c.redF() - (text.redF() * a + base.redF() * (1 - a))) < 0.01
                    && qAbs(c.greenF() - (text.greenF() * a + base.greenF() * (1 - a))) < 0.01
                    && qAbs(c.blueF() - (text.blueF() * a + base.blueF() * (1 - a))) < 0.01;
            }
            const bool role
                = c == pal.color(QPalette::Disabled, QPalette::Text) || c == pal.color(QPalette::Link) || c == text;
            QVERIFY2(blend || role, qPrintable(c.name()));
        }
        applyTheme(ThemeChoice::Light);
    }

    void notesFoldAndRemember()
    {
        {
            PaperView pane;
            pane.setPaper(withLlmScore(m_papers.first()));
            pane.show();
            QVERIFY(QTest::qWaitForWindowExposed(&pane));
            auto *notes = pane.findChild<NotesEdit *>(u"notes"_s);
            auto *toggle = pane.findChild<QToolButton *>(u"notesToggle"_s);
            QVERIFY(notes && toggle);
            QVERIFY(pane.notesOpen()); // open by default
            QVERIFY(notes->isVisible());
            toggle->click();
            QVERIFY(!pane.notesOpen());
            QVERIFY(!notes->isVisible());
            QSettings ui(AppPaths::settingsFile(), QSettings::IniFormat);
            QCOMPARE(ui.value(u"ui/notesOpen"_s).toBool(), false);
        }
        {
            PaperView pane; // a new window: still folded
            PaperDetails d = withLlmScore(m_papers.first());
            d.note = u"Compare with LoRA-XS.\nAsk Anna."_s;
            pane.setPaper(d);
            pane.show();
            QVERIFY(QTest::qWaitForWindowExposed(&pane));
            QVERIFY(!pane.notesOpen());
            // Folded, the header shows how the note starts.
            auto *preview = pane.findChild<QLabel *>(u"notesPreview"_s);
            QTRY_VERIFY(preview->text().startsWith(u"Compare"_s));
            pane.setNotesOpen(true);
            QVERIFY(pane.findChild<NotesEdit *>(u"notes"_s)->isVisible());
            QVERIFY(preview->text().isEmpty());
            QSettings ui(AppPaths::settingsFile(), QSettings::IniFormat);
            QCOMPARE(ui.value(u"ui/notesOpen"_s).toBool(), true);
        }
    }

    void notesGrowWithTheirText()
    {
        TriageWindow w(1024 * 37 / 100);
        w.pane->setNotesOpen(true);
        w.pane->setPaper(withLlmScore(m_papers.first()));
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        auto *notes = w.pane->findChild<NotesEdit *>(u"notes"_s);
        const int line = notes->fontMetrics().lineSpacing();
        QTRY_VERIFY(notes->height() > 0);
        const int empty = notes->height();
        QVERIFY2(empty < 4 * line, "an empty note is a couple of lines, not a fixed box");
        notes->setFocus();
        const auto type = [notes](const QString &text) {
            QTest::keyClicks(notes, text);
            QTest::keyClick(notes, Qt::Key_Return);
        };
        for (int i = 0; i < 5; ++i)
            type(u"line %1 of the note"_s.arg(i));
        QTRY_VERIFY(notes->height() >= empty + 3 * line);
        QVERIFY(!notes->verticalScrollBar()->isVisible());
        // Past the cap it scrolls, and the abstract keeps the pane.
        for (int i = 0; i < 40; ++i)
            type(u"more"_s);
        QTRY_VERIFY(notes->verticalScrollBar()->isVisible());
        QVERIFY(notes->height() <= notes->maximumPixels());
        QVERIFY(notes->height() <= w.pane->height() * 0.31);
        // The text that was typed is what noteChanged saves.
        QSignalSpy changed(w.pane, &PaperView::noteChanged);
        QVERIFY(changed.wait(3000));
        QVERIFY(changed.last().at(1).toString().startsWith(u"line 0 of the note\n"_s));
    }

    void abstractVisibleAt1024x700_data()
    {
        QTest::addColumn<int>("paneWidth");
        QTest::addColumn<bool>("notesOpen");
        QTest::newRow("37% of 1024, notes open") << 1024 * 37 / 100 << true;
        QTest::newRow("37% of 1024, notes folded") << 1024 * 37 / 100 << false;
        // The main window's first layout: 38 % of what a fifth-wide sidebar leaves.
        QTest::newRow("38% of 4/5 of 1024, notes open") << 1024 * 4 / 5 * 38 / 100 << true;
    }

    void abstractVisibleAt1024x700()
    {
        QFETCH(int, paneWidth);
        QFETCH(bool, notesOpen);
        TriageWindow w(paneWidth);
        w.pane->setNotesOpen(notesOpen);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QTRY_VERIFY(qAbs(w.pane->width() - paneWidth) <= 6); // less the splitter's handles
        QTextBrowser *browser = textOf(*w.pane);
        // Every paper of the day, each with a two-line comment, a folded keyword score and a note.
        int worst = 0;
        QString worstId;
        for (const Paper &p : std::as_const(m_papers)) {
            PaperDetails d = withLlmScore(p);
            d.note = u"Read section 4 first."_s;
            w.pane->setPaper(d);
            QCoreApplication::processEvents();
            const qreal bottom = abstractLineBottom(*w.pane, p, 3);
            QVERIFY2(bottom > 0, qPrintable(p.id));
            if (bottom > worst) {
                worst = int(bottom);
                worstId = p.id;
            }
        }
        const int viewport = browser->viewport()->height();
        qInfo("pane %d×%d, text viewport %d px; the abstract's third line ends at %d px at worst (%s)", w.pane->width(),
            w.pane->height(), viewport, worst, qPrintable(worstId));
        QVERIFY2(worst <= viewport, qPrintable(u"%1: %2 > %3"_s.arg(worstId).arg(worst).arg(viewport)));
    }

    void screenshots_data()
    {
        QTest::addColumn<QSize>("window");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("dark");
        for (const QSize size : { QSize(1024, 700), QSize(1920, 1080) }) {
            for (const QString &kind : { u"llm"_s, u"stale"_s, u"keyword"_s, u"narrow"_s }) {
                if (kind == u"narrow"_s && size.width() > 1024)
                    continue;
                for (bool dark : { false, true }) {
                    const QString name = u"pane-%1-%2x%3-%4"_s.arg(kind)
                                             .arg(size.width())
                                             .arg(size.height())
                                             .arg(dark ? u"dark"_s : u"light"_s);
                    QTest::newRow(qPrintable(name)) << size << kind << dark;
                }
            }
        }
    }

    void screenshots()
    {
        // <build>/screenshots/pane-*.png: the pane as the main window holds it, for people to look at.
        QFETCH(QSize, window);
        QFETCH(QString, kind);
        QFETCH(bool, dark);
        applyTheme(dark ? ThemeChoice::Dark : ThemeChoice::Light);
        // "narrow": the narrowest pane the main window starts with, and the paper that needs the
        // most height above its abstract (eight authors of three universities).
        const bool narrow = kind == u"narrow"_s;
        TriageWindow w(narrow ? window.width() * 4 / 5 * 38 / 100 : window.width() * 37 / 100, window);
        w.pane->setNotesOpen(true);
        const auto eight = std::find_if(m_papers.cbegin(), m_papers.cend(), [](const Paper &p) {
            return p.id == u"2506.11472"_s;
        });
        QVERIFY(eight != m_papers.cend());
        const Paper &paper = kind == u"keyword"_s ? m_papers.at(3) : narrow ? *eight : longestTitle();
        PaperDetails d = withLlmScore(paper);
        if (kind == u"stale"_s) {
            d.counting->key.criteriaSha256 = kOlder;
            d.countingIsStale = true;
            d.countingVersion = u"v2 · 2 Jun 17:48"_s;
            d.note = u"Compare with LoRA-XS (Bałazy et al.).\nAsk Anna whether the rank schedule transfers."_s;
        } else if (kind == u"keyword"_s) {
            d.counting = d.scores.at(1);
            d.scores = { d.scores.at(1) };
        }
        d.starred = kind == u"llm"_s;
        w.pane->setPaper(d);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QCoreApplication::processEvents();
        const QString dir = QStringLiteral(PAPERSIFT_BINARY_DIR) + "/screenshots"_L1;
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(w.pane->grab().save(dir + u'/' + QString::fromLatin1(QTest::currentDataTag()) + u".png"_s));
        applyTheme(ThemeChoice::Light);
    }

    void theWindowsApi()
    {
        PaperView pane;
        pane.resize(380, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const Paper &p = longestTitle();
        pane.setPaper(withLlmScore(p));
        QCOMPARE(pane.paperId(), p.id);
        QVERIFY(pane.renderedHtml().contains(p.id));

        QSignalSpy starred(&pane, &PaperView::starToggled), read(&pane, &PaperView::readToggled);
        pane.setStarred(true); // from the window: no signal back
        pane.setRead(true);
        QCOMPARE(starred.size(), 0);
        QVERIFY(pane.details().starred && pane.details().read);
        auto buttons = pane.findChildren<QToolButton *>();
        const auto button = [&](const QString &text) {
            for (QToolButton *b : buttons) {
                if (b->text() == text)
                    return b;
            }
            return static_cast<QToolButton *>(nullptr);
        };
        button(u"Star"_s)->click();
        QCOMPARE(starred.size(), 1);
        QCOMPARE(starred.first().first().toBool(), false);
        button(u"Read"_s)->click();
        QCOMPARE(read.size(), 1);

        QSignalSpy author(&pane, &PaperView::authorActivated);
        emit textOf(pane)->anchorClicked(QUrl(u"author:"_s + p.authors.first()));
        QCOMPARE(author.first().first().toString(), p.authors.first());

        // space pages the abstract, then says it is at the end.
        int pages = 0;
        while (pane.pageDown() && pages < 50)
            ++pages;
        QVERIFY(pages > 0 && pages < 50);

        // A note typed just before the next paper is shown is saved for the paper it was typed on.
        QSignalSpy notes(&pane, &PaperView::noteChanged);
        auto *edit = pane.findChild<NotesEdit *>(u"notes"_s);
        edit->setFocus();
        QTest::keyClicks(edit, u"quick"_s);
        pane.setPaper(withLlmScore(m_papers.first()));
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().at(0).toString(), p.id);
        QCOMPARE(notes.first().at(1).toString(), u"quick"_s);
        QVERIFY(edit->toPlainText().isEmpty());

        pane.clear();
        QVERIFY(pane.paperId().isEmpty());
        QVERIFY(!edit->isEnabled());
    }
};

QTEST_MAIN(TestPaperView)
#include "tst_paperview.moc"
