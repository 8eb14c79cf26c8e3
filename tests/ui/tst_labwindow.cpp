// The window on a lab's shared PostgreSQL library: it opens by URL, shows a colleague's stored
// score within moments (LISTEN/NOTIFY), and opens read-only for a reader without write access.
#include "arxiv/feedparser.h"
#include "config/settings.h"
#include "domain/criteria.h"
#include "library.h"
#include "mainwindow.h"
#include "papertablemodel.h"
#include "paperview.h"
#include "pgtestserver.h"
#include "scoring/promptbuilder.h"
#include "settings/librarypage.h"
#include "store/database.h"
#include "store/paperrepository.h"
#include "store/scorestore.h"
#include "store/userstatestore.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

class TestLabWindow : public QObject
{
    Q_OBJECT

    QString m_database;

    /// The real cs.AI day into the library, as its owner.
    void importDay() const
    {
        auto admin = Database::open(PgTestServer::url(m_database));
        QVERIFY2(admin, qPrintable(admin.errorMessage()));
        auto feed = FeedParser::parse(readFixture(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s), u"cs.AI"_s);
        QVERIFY(feed);
        QVERIFY(PaperRepository(**admin).importFeed(*feed));
    }

    /// A second reader of the library: a role that may read and write it.
    bool createColleague(const QString &role) const
    {
        return PgTestServer::run(m_database,
            { u"DROP ROLE IF EXISTS %1"_s.arg(role), u"CREATE ROLE %1 LOGIN"_s.arg(role),
                u"GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO %1"_s.arg(role) });
    }

private slots:
    void initTestCase() { QVERIFY2(PgTestServer::available(), "the harness's PostgreSQL server is not running"); }

    void init()
    {
        m_database = PgTestServer::createDatabase();
        QVERIFY(!m_database.isEmpty());
    }

    void cleanup() { PgTestServer::dropDatabase(m_database); }

    void colleaguesScoreArrivesLive()
    {
        Sandbox sandbox;
        AppPaths::setDatabaseOverride(PgTestServer::url(m_database));
        auto colleague = Database::open(AppPaths::databaseFile());
        QVERIFY2(colleague, qPrintable(colleague.errorMessage()));
        auto feed = FeedParser::parse(readFixture(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s), u"cs.AI"_s);
        QVERIFY(feed);
        QVERIFY(PaperRepository(**colleague).importFeed(*feed));

        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.reload();
        QTRY_VERIFY_WITH_TIMEOUT(w.paperModel()->rowCount() > 100, 10000);
        const PaperRow first = w.paperModel()->row(0);
        QVERIFY(!first.relevance.has_value());

        // The colleague's run stores a score with the same criteria.
        ScoreStore scores(**colleague);
        const QString sha = *scores.saveCriteria(PromptSet::load().criteria);
        Score s;
        s.key = { first.id, feed->papers.first().version, sha, u"gpt-4o"_s, u"v1"_s };
        for (const Paper &p : std::as_const(feed->papers))
            if (p.id == first.id)
                s.key.paperVersion = p.version;
        s.relevance = 9;
        s.novelty = 8;
        s.comment = u"from a colleague"_s;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(scores.saveScores({ s }));
        QTRY_COMPARE_WITH_TIMEOUT(w.paperModel()->row(w.paperModel()->rowOf(first.id)).relevance, 9, 2000);
        qInfo("a colleague's score reached the window in %lld ms", clock.elapsed());
        const QModelIndex cell = w.paperModel()->index(w.paperModel()->rowOf(first.id), PaperTableModel::Relevance);
        QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(u"from a colleague"_s),
            qPrintable(cell.data(Qt::ToolTipRole).toString()));
    }

    // Settings → Library: a URL without a password, which the page keeps out of the settings.
    void libraryPage()
    {
        Sandbox sandbox;
        LibraryPage page;
        page.load();
        auto *shared = page.findChild<QCheckBox *>(u"sharedLibrary"_s);
        auto *url = page.findChild<QLineEdit *>(u"libraryUrl"_s);
        QVERIFY(shared && url);
        QVERIFY(!shared->isChecked());
        shared->setChecked(true);
        url->setText(u"postgresql://ada:hunter2@db.lab.example/papers"_s);
        const auto problem = page.validate();
        QVERIFY(problem);
        QCOMPARE(problem->field, url);
        QVERIFY(problem->message.contains(u"~/.pgpass"_s));
        QVERIFY(!problem->message.contains(u"hunter2"_s));
        url->setText(u"postgresql://ada@db.lab.example:5432/papers?sslmode=verify-full"_s);
        QVERIFY(!page.validate());
        QVERIFY(!page.apply());
        QCOMPARE(Settings().string(Settings::LibraryUrl), url->text());
        QCOMPARE(AppPaths::databaseFile(), sandbox.databaseFile()); // --db (the sandbox's) wins
        shared->setChecked(false);
        QVERIFY(!page.apply());
        QCOMPARE(Settings().string(Settings::LibraryUrl), QString());
    }

    // The Lab ★ column counts who in the lab starred a paper (you too); gone with the switch off.
    void labStarsColumn()
    {
        Sandbox sandbox;
        importDay();
        if (QTest::currentTestFailed())
            return;
        const QString colleague = u"colleague_stars_%1"_s.arg(QCoreApplication::applicationPid());
        QVERIFY(createColleague(colleague));
        const QString both = u"2506.11012"_s;
        const QString theirsOnly = u"2506.12012"_s;
        {
            auto theirs = Database::open(PgTestServer::url(m_database, colleague));
            QVERIFY2(theirs, qPrintable(theirs.errorMessage()));
            QVERIFY(UserStateStore(**theirs).setStarred(both, true));
            QVERIFY(UserStateStore(**theirs).setStarred(theirsOnly, true));
            QVERIFY(UserStateStore(**theirs).setNote(both, u"The ablation in §5 is the part to read."_s));
        }
        AppPaths::setDatabaseOverride(PgTestServer::url(m_database));
        {
            auto mine = Database::open(AppPaths::databaseFile());
            QVERIFY(mine);
            QVERIFY(UserStateStore(**mine).setStarred(both, true));
        }

        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.reload();
        PaperTableModel *model = w.paperModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(both) >= 0, 10000);
        auto *table = w.paperTable();
        QVERIFY(table);
        QVERIFY(!table->isColumnHidden(PaperTableModel::LabStars));
        QCOMPARE(model->row(model->rowOf(both)).labStars, 2);
        QCOMPARE(model->row(model->rowOf(theirsOnly)).labStars, 1);
        const QModelIndex cell = model->index(model->rowOf(both), PaperTableModel::LabStars);
        QCOMPARE(cell.data().toString(), u"★ 2"_s);
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"you among them"_s));
        // Sorted by it, best first: the paper two readers starred leads.
        table->horizontalHeader()->setSortIndicator(PaperTableModel::LabStars, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, 0).data(PaperTableModel::PaperIdRole).toString(), both);
        QCOMPARE(table->model()->index(1, 0).data(PaperTableModel::PaperIdRole).toString(), theirsOnly);
        // For people to look at: the column, and the colleague's note in the pane.
        table->setCurrentIndex(table->model()->index(0, PaperTableModel::Title));
        const QString dir = QStringLiteral(PAPERSIFT_BINARY_DIR) + u"/screenshots"_s;
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(w.grab().save(dir + u"/lab-stars.png"_s));

        Settings settings;
        QVERIFY(settings.set(Settings::ShowLabActivity, false).isEmpty());
        settings.sync();
        w.library()->reloadCriteria(); // what the window does when Settings are applied
        w.reload();
        QTRY_VERIFY_WITH_TIMEOUT(table->isColumnHidden(PaperTableModel::LabStars), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model->row(model->rowOf(both)).labStars, 0, 10000);
    }

    // A colleague's note shows in the paper pane, headed by their name; not with the switch off.
    void colleaguesNotes()
    {
        Sandbox sandbox;
        importDay();
        if (QTest::currentTestFailed())
            return;
        const QString colleague = u"colleague_window_%1"_s.arg(QCoreApplication::applicationPid());
        QVERIFY(createColleague(colleague));
        const QString id = u"2506.11012"_s;
        {
            auto theirs = Database::open(PgTestServer::url(m_database, colleague));
            QVERIFY2(theirs, qPrintable(theirs.errorMessage()));
            QVERIFY(UserStateStore(**theirs).setNote(id, u"Read §3 first: <the proof> is 'short'"_s));
        }
        AppPaths::setDatabaseOverride(PgTestServer::url(m_database));
        Library library;
        QVERIFY(library.open());
        auto details = library.details(id);
        QVERIFY2(details, qPrintable(details.errorMessage()));
        QCOMPARE(details->labNotes.size(), 1);
        QCOMPARE(details->labNotes.first().reader, colleague);
        PaperView view;
        view.setPaper(*details);
        const QString shown = view.findChild<QTextBrowser *>()->toPlainText();
        QVERIFY2(shown.contains(u"%1's note"_s.arg(colleague)), qPrintable(shown));
        QVERIFY(shown.contains(u"Read §3 first: <the proof> is 'short'"_s));

        Settings settings;
        QVERIFY(settings.set(Settings::ShowLabActivity, false).isEmpty());
        settings.sync();
        library.reloadCriteria(); // what the window does when Settings are applied
        QVERIFY(library.details(id)->labNotes.isEmpty());
    }

    void readerWithoutWriteAccessReadsOnly()
    {
        Sandbox sandbox;
        {
            auto admin = Database::open(PgTestServer::url(m_database));
            QVERIFY(admin);
        }
        const QString guest = u"guest_window_%1"_s.arg(QCoreApplication::applicationPid());
        QVERIFY(PgTestServer::run(m_database,
            { u"DROP ROLE IF EXISTS %1"_s.arg(guest), u"CREATE ROLE %1 LOGIN"_s.arg(guest),
                u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(guest) }));
        AppPaths::setDatabaseOverride(PgTestServer::url(m_database, guest));
        Library library;
        const Status opened = library.open();
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QVERIFY(library.isReadOnly());
        QVERIFY(library.readOnlyReason().contains(u"read-only"_s));
        QSignalSpy failed(&library, &Library::writeFailed);
        library.setStarred({ u"2506.00001"_s }, true);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(guest));
    }
};

QTEST_MAIN(TestLabWindow)
#include "tst_labwindow.moc"
