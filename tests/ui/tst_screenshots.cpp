// Writes PNGs of the main window with a real day in it, in light and dark palettes, to
// <build>/screenshots/ — for people to look at. It also checks what a screenshot must show.
#include "arxiv/feedparser.h"
#include "config/settings.h"
#include "criteriadock.h"
#include "library.h"
#include "mainwindow.h"
#include "paperfiltermodel.h"
#include "papertablemodel.h"
#include "paperview.h"
#include "sidebar.h"
#include "store/database.h"
#include "store/paperrepository.h"
#include "store/scorestore.h"
#include "testsupport.h"
#include "text/texmath.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QDir>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimeZone>
#include "pipeline/dailyrun.h"
#include "pipeline/runcontroller.h"

using namespace PaperSift;
using namespace Qt::StringLiterals;

class TestScreenshots : public QObject
{
    Q_OBJECT

    void importDay(const QList<Score> &scores = {})
    {
        auto db = Database::open(AppPaths::databaseFile());
        QVERIFY2(db, qPrintable(db.errorMessage()));
        for (const char *name : {"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml", "arxiv/rss2_daily_cs-lg_fetched-2025-06-17.xml"}) {
            auto feed = FeedParser::parse(Test::readFixture(QString::fromLatin1(name)), QString::fromLatin1(name));
            QVERIFY2(feed, qPrintable(feed.errorMessage()));
            auto stats = PaperRepository(**db).importFeed(*feed);
            QVERIFY2(stats, qPrintable(stats.errorMessage()));
        }
        if (!scores.isEmpty())
            QVERIFY(ScoreStore(**db).saveScores(scores));
    }

    void shoot(MainWindow &w, const QString &name)
    {
        const QString dir = QStringLiteral(PAPERSIFT_BINARY_DIR) + "/screenshots"_L1;
        QDir().mkpath(dir);
        QVERIFY(w.grab().save(dir + u'/' + name));
    }

    /// A 1400×860 window in the light palette with the demo day opened in it.
    void showDemo(MainWindow &w)
    {
        applyTheme(ThemeChoice::Light);
        w.resize(1400, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(w.runController(), &RunController::finished);
        w.openDemoDay();
        QVERIFY(finished.wait(60000));
        QTRY_VERIFY(!w.isCountingDays()); // the day list's counts come from another thread
    }

private slots:
    // The triage window at the two sizes researchers use most, light and dark, with the criteria
    // dock closed and open: triage-<w>x<h>-<light|dark>[-criteria].png.
    void triageAtTwoSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void triageAtTwoSizes()
    {
        QFETCH(QSize, size);
        Test::Sandbox sandbox;
        MainWindow w;
        showDemo(w);
        if (QTest::currentTestFailed())
            return;
        w.resize(size);
        QCoreApplication::processEvents();
        w.paperTable()->sortByColumn(PaperTableModel::Relevance, Qt::DescendingOrder);
        w.paperTable()->setCurrentIndex(w.filterModel()->index(0, PaperTableModel::Title));
        const QString stem = u"triage-%1x%2-"_s.arg(size.width()).arg(size.height());
        for (const auto choice : {ThemeChoice::Light, ThemeChoice::Dark}) {
            applyTheme(choice);
            QCoreApplication::processEvents();
            const QString theme = choice == ThemeChoice::Light ? u"light"_s : u"dark"_s;
            shoot(w, stem + theme + u".png"_s);
            w.action(u"criteria"_s)->setChecked(true);
            QTRY_VERIFY(w.criteriaDock()->isVisible());
            QCoreApplication::processEvents();
            // A floating dock is a window of its own: the shot shows both, as the reader sees them.
            if (w.criteriaDock()->isFloating()) {
                QPixmap shot = w.grab();
                QPainter painter(&shot);
                const QPoint at = w.criteriaDock()->geometry().topLeft() - w.geometry().topLeft();
                painter.drawPixmap(at, w.criteriaDock()->grab());
                painter.end();
                const QString dir = QStringLiteral(PAPERSIFT_BINARY_DIR) + "/screenshots"_L1;
                QVERIFY(shot.save(dir + u'/' + stem + theme + u"-criteria.png"_s));
            } else {
                shoot(w, stem + theme + u"-criteria.png"_s);
            }
            w.action(u"criteria"_s)->setChecked(false);
        }
        applyTheme(ThemeChoice::System);
    }

    // The day list marks how each day's run ended and the feed days the library misses:
    // daylist-<light|dark>.png.
    void dayListMarksVerdictsAndGaps()
    {
        // Mon 9 to Fri 13 Jun 2025, with Wednesday and Thursday never fetched.
        const QList<DayInfo> days = {
            { QDate(2025, 6, 13), 318, 318, 26, 0, RunVerdict::Complete, false, false },
            { QDate(2025, 6, 10), 301, 120, 9, 181, RunVerdict::EndpointFailed, false, false },
            { QDate(2025, 6, 9), 280, 280, 0, 0, RunVerdict::NoneKept, true, false },
        };
        const QDateTime saturday(QDate(2025, 6, 14), QTime(12, 0), QTimeZone::UTC);
        const QList<QDate> missing = Library::missingDays(days, saturday);
        QCOMPARE(missing, (QList<QDate> { QDate(2025, 6, 11), QDate(2025, 6, 12) }));
        // A long pause is not a hole: nothing between days four weeks apart.
        QVERIFY(Library::missingDays({ days[0], DayInfo { QDate(2025, 5, 12) } }, saturday).isEmpty());

        Sidebar sidebar;
        sidebar.dayModel()->setDays(days, missing);
        DayListModel *model = sidebar.dayModel();
        QCOMPARE(model->rowCount(), 6); // All days, 13, 12 (gap), 11 (gap), 10, 9
        QCOMPARE(model->days().size(), 3); // the stored days only
        QVERIFY(model->index(2).data(DayListModel::NotFetchedRole).toBool());
        QVERIFY(model->index(2).data(Qt::ToolTipRole).toString().contains(u"papersift recover --date 2025-06-12"_s));
        QVERIFY(model->index(1).data(Qt::DecorationRole).value<QIcon>().isNull()); // a normal day
        QVERIFY(!model->index(4).data(Qt::DecorationRole).value<QIcon>().isNull()); // the endpoint failed
        QVERIFY(!model->index(5).data(Qt::DecorationRole).value<QIcon>().isNull()); // none kept
        QVERIFY(model->index(5).data(Qt::ToolTipRole).toString().contains(u"recovered"_s));
        sidebar.resize(300, 330);
        sidebar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
        const QString dir = QStringLiteral(PAPERSIFT_BINARY_DIR) + "/screenshots"_L1;
        QDir().mkpath(dir);
        for (const auto choice : { ThemeChoice::Light, ThemeChoice::Dark }) {
            applyTheme(choice);
            QCoreApplication::processEvents();
            const QString name = choice == ThemeChoice::Light ? u"/daylist-light.png"_s : u"/daylist-dark.png"_s;
            QVERIFY(sidebar.grab().save(dir + name));
        }
        // While the counts are read in another thread (a first load): the days, their marks, "…".
        QList<DayInfo> counting = days;
        for (DayInfo &d : counting)
            d = { d.day, 0, 0, 0, 0, d.verdict, d.recovered, false, false };
        sidebar.dayModel()->setDays(counting, missing);
        QCOMPARE(model->index(1).data(DayListModel::CountedRole).toBool(), false);
        QVERIFY(model->index(1).data(DayListModel::RelevantRole).isNull());
        applyTheme(ThemeChoice::Light);
        QCoreApplication::processEvents();
        QVERIFY(sidebar.grab().save(dir + u"/daylist-counting-light.png"_s));
        applyTheme(ThemeChoice::System);
    }

    void mainWindowLightAndDark()
    {
        Test::Sandbox sandbox;
        MainWindow w;
        showDemo(w);
        if (QTest::currentTestFailed())
            return;
        w.paperTable()->sortByColumn(PaperTableModel::Relevance, Qt::DescendingOrder);
        w.paperTable()->setCurrentIndex(w.filterModel()->index(0, PaperTableModel::Title));
        QVERIFY(w.paperModel()->rowCount() > 300);
        QVERIFY(!w.currentPaperId().isEmpty());
        QVERIFY(w.paperView()->renderedHtml().contains(w.currentPaperId()));
        shoot(w, u"main-light.png"_s);
        applyTheme(ThemeChoice::Dark);
        QCoreApplication::processEvents();
        QCOMPARE(w.palette().color(QPalette::Base), darkPalette().color(QPalette::Base));
        shoot(w, u"main-dark.png"_s);
        applyTheme(ThemeChoice::System);
    }

    void allDaysView()
    {
        Test::Sandbox sandbox;
        MainWindow w;
        showDemo(w);
        if (QTest::currentTestFailed())
            return;
        auto feed = FeedParser::parse(Test::readFixture(u"arxiv/rss2_daily_cs-lg_fetched-2025-03-25.xml"_s), u"cs.LG"_s);
        QVERIFY2(feed, qPrintable(feed.errorMessage()));
        auto writer = Database::open(AppPaths::databaseFile()); // beside the window's own connections
        QVERIFY2(writer, qPrintable(writer.errorMessage()));
        QVERIFY(PaperRepository(**writer).importFeed(*feed));
        w.reload();
        QSignalSpy loaded(&w, &MainWindow::rowsLoaded);
        w.sidebar()->setCurrentDay(QDate());
        QVERIFY(loaded.wait(20000));
        w.paperTable()->sortByColumn(PaperTableModel::Announced, Qt::AscendingOrder);
        w.paperTable()->setCurrentIndex(w.filterModel()->index(0, PaperTableModel::Title));
        QVERIFY(!w.paperTable()->isColumnHidden(PaperTableModel::Announced));
        shoot(w, u"main-all-days.png"_s);
        applyTheme(ThemeChoice::System);
    }

    void paperPaneInTheWindow_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void paperPaneInTheWindow()
    {
        // The demo day (keyword scores) in the window at 1024×700 and 1920×1080, a paper shown:
        // main-pane-<size>-light/dark.png. The abstract starts above the fold.
        QFETCH(QSize, size);
        Test::Sandbox sandbox;
        MainWindow w;
        showDemo(w);
        if (QTest::currentTestFailed())
            return;
        w.resize(size);
        QCoreApplication::processEvents();
        w.paperTable()->sortByColumn(PaperTableModel::Relevance, Qt::DescendingOrder);
        w.paperTable()->setCurrentIndex(w.filterModel()->index(0, PaperTableModel::Title));
        QTRY_VERIFY(!w.paperView()->paperId().isEmpty());
        auto *text = w.paperView()->findChild<QTextBrowser *>(u"paperText"_s);
        QVERIFY(text);
        const QString abstract = renderTexMath(w.paperView()->details().paper.abstract).simplified().left(24);
        qreal top = -1;
        for (QTextBlock b = text->document()->begin(); b.isValid(); b = b.next()) {
            if (b.text().simplified().startsWith(abstract))
                top = text->document()->documentLayout()->blockBoundingRect(b).top();
        }
        QVERIFY(top > 0);
        QVERIFY2(top + 3 * text->fontMetrics().lineSpacing() < text->viewport()->height(),
            qPrintable(u"%1 of %2"_s.arg(top).arg(text->viewport()->height())));
        const QString name = u"main-pane-%1x%2"_s.arg(size.width()).arg(size.height());
        shoot(w, name + u"-light.png"_s);
        applyTheme(ThemeChoice::Dark);
        QCoreApplication::processEvents();
        shoot(w, name + u"-dark.png"_s);
        applyTheme(ThemeChoice::System);
    }

    void firstStartEmptyState()
    {
        Test::Sandbox sandbox;
        MainWindow w;
        w.resize(1100, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.paperModel()->rowCount(), 0);
        shoot(w, u"main-empty.png"_s);
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
