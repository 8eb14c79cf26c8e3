// The headless command line, run as a real process the way cron runs it.
#include "testsupport.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Outcome run(const QStringList &args)
    {
        QProcess p;
        p.setProgram(QStringLiteral(PAPERSIFT_EXECUTABLE));
        p.setArguments(args);
        p.start();
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void version()
    {
        const Outcome o = run({u"--version"_s});
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.out.trimmed(), u"papersift " PAPERSIFT_VERSION ""_s);
    }

    void helpListsCommands()
    {
        const Outcome o = run({u"--help"_s});
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains(u"config"_s), qPrintable(o.out));
        QVERIFY(o.out.contains(u"--db PATH"_s));
    }

    void unknownCommandIsAUsageError()
    {
        const Outcome o = run({u"frobnicate"_s});
        QCOMPARE(o.exitCode, 2);
        QVERIFY(o.err.contains(u"unknown command 'frobnicate'"_s));
    }

    void configSetGetList()
    {
        QTemporaryDir dir;
        const QString cfg = dir.path();
        QCOMPARE(run({u"--config"_s, cfg, u"config"_s, u"set"_s, u"digest/relevanceCutoff"_s, u"6"_s}).exitCode, 0);
        const Outcome got = run({u"--config"_s, cfg, u"config"_s, u"get"_s, u"digest/relevanceCutoff"_s});
        QCOMPARE(got.exitCode, 0);
        QCOMPARE(got.out.trimmed(), u"6"_s);
        const Outcome bad = run({u"--config"_s, cfg, u"config"_s, u"set"_s, u"digest/relevanceCutoff"_s, u"x"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(u"number"_s));
        const Outcome list = run({u"config"_s, u"list"_s, u"--config"_s, cfg});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(u"digest/relevanceCutoff = 6"_s));
        QVERIFY(list.out.contains(cfg));
        QVERIFY(QFile::exists(cfg + "/papersift.ini"_L1));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
