// `papersift library copy` and --db URL as real processes: a library goes SQLite → PostgreSQL →
// SQLite and exports the same digest; a reader without write access and a password in the URL get
// clear refusals.
#include "pgtestserver.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

class TestLibraryCommand : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        int exitCode = -1;
        QString out, err;
    };

    QTemporaryDir m_dir;
    QString m_database;

    Outcome papersift(const QString &db, const QStringList &args)
    {
        QProcess p;
        p.setProgram(QStringLiteral(PAPERSIFT_EXECUTABLE));
        p.setArguments(QStringList { u"--db"_s, db, u"--config"_s, m_dir.filePath(u"config"_s) } + args);
        p.start();
        if (!p.waitForFinished(120000))
            return {};
        return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(PgTestServer::available(), "the harness's PostgreSQL server is not running");
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_database = PgTestServer::createDatabase();
        QVERIFY(!m_database.isEmpty());
    }

    void cleanup() { PgTestServer::dropDatabase(m_database); }

    void copyThereAndBackExportsTheSameDigest()
    {
        const QString original = m_dir.filePath(u"original.sqlite"_s);
        const QString back = m_dir.filePath(u"back.sqlite"_s);
        const QString server = PgTestServer::url(m_database);
        QCOMPARE(papersift(original, { u"import"_s, fixturePath(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s) })
                     .exitCode,
            0);
        const Outcome scored
            = papersift(original, { u"score"_s, u"--date"_s, u"2025-06-16"_s, u"--scorer"_s, u"keyword"_s });
        QVERIFY2(scored.exitCode == 0, qPrintable(scored.err));

        const Outcome there
            = papersift(original, { u"library"_s, u"copy"_s, u"--from"_s, original, u"--to"_s, server });
        QVERIFY2(there.exitCode == 0, qPrintable(there.err));
        QVERIFY2(there.out.contains(u"Counts verified."_s), qPrintable(there.out));
        QVERIFY(there.out.contains(u"scores: "_s));
        const Outcome resumed
            = papersift(original, { u"library"_s, u"copy"_s, u"--from"_s, original, u"--to"_s, server });
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err)); // again: nothing new, still verified
        const Outcome home = papersift(original, { u"library"_s, u"copy"_s, u"--from"_s, server, u"--to"_s, back });
        QVERIFY2(home.exitCode == 0, qPrintable(home.err));

        for (const auto &[db, name] : { std::pair { original, u"original.md"_s }, std::pair { server, u"server.md"_s },
                 std::pair { back, u"back.md"_s } }) {
            const Outcome exported = papersift(db,
                { u"export"_s, u"--date"_s, u"2025-06-16"_s, u"--format"_s, u"md"_s, u"--model"_s, u"keyword"_s,
                    u"--out"_s, m_dir.filePath(name) });
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        }
        const QByteArray digest = read(m_dir.filePath(u"original.md"_s));
        QVERIFY(digest.size() > 1000);
        QCOMPARE(read(m_dir.filePath(u"server.md"_s)), digest);
        QCOMPARE(read(m_dir.filePath(u"back.md"_s)), digest);
    }

    void refusals()
    {
        const Outcome withPassword = papersift(u"postgresql://ada:hunter2@127.0.0.1/papers"_s,
            { u"import"_s, fixturePath(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s) });
        QCOMPARE(withPassword.exitCode, 6);
        QVERIFY(withPassword.err.contains(u"~/.pgpass"_s));
        QVERIFY(!withPassword.err.contains(u"hunter2"_s));

        QVERIFY(papersift(PgTestServer::url(m_database),
                    { u"import"_s, fixturePath(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s) })
                    .exitCode
            == 0);
        const QString guest = u"guest_cli_%1"_s.arg(QCoreApplication::applicationPid());
        QVERIFY(PgTestServer::run(m_database,
            { u"DROP ROLE IF EXISTS %1"_s.arg(guest), u"CREATE ROLE %1 LOGIN"_s.arg(guest),
                u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(guest) }));
        const Outcome readOnly = papersift(PgTestServer::url(m_database, guest),
            { u"import"_s, fixturePath(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s) });
        QCOMPARE(readOnly.exitCode, 6);
        QVERIFY2(readOnly.err.contains(u"read-only"_s), qPrintable(readOnly.err));
        const Outcome reading = papersift(PgTestServer::url(m_database, guest),
            { u"export"_s, u"--date"_s, u"2025-06-16"_s, u"--format"_s, u"json"_s, u"--out"_s,
                m_dir.filePath(u"guest.json"_s) });
        QVERIFY2(reading.exitCode == 0, qPrintable(reading.err)); // reading is allowed
        PgTestServer::run(m_database, { u"DROP OWNED BY %1"_s.arg(guest), u"DROP ROLE %1"_s.arg(guest) });
    }
};

QTEST_GUILESS_MAIN(TestLibraryCommand)
#include "tst_librarycommand.moc"
