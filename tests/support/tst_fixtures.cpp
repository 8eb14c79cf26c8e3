// The repository stands alone: every fixture a test reads is in tests/fixtures, and SOURCES.md says
// where each one came from. A file added without its provenance fails here.
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFixtures : public QObject
{
    Q_OBJECT

private slots:
    void everyFixtureHasItsSource()
    {
        const QString root = PaperSift::Test::fixturePath(u"."_s);
        QFile sources(root + u"/SOURCES.md"_s);
        QVERIFY2(sources.open(QIODevice::ReadOnly), "tests/fixtures/SOURCES.md is missing");
        const QString text = QString::fromUtf8(sources.readAll());
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            if (file.fileName() == u"SOURCES.md"_s)
                continue;
            ++files;
            QVERIFY2(text.contains(file.fileName()),
                     qPrintable(u"%1 is not named in tests/fixtures/SOURCES.md"_s.arg(file.fileName())));
        }
        QVERIFY(files > 20);
    }

    // tests/CMakeLists.txt isolates every suite; this one checks that it did (run it with an API
    // key in the environment: the key must not arrive).
    void theHarnessIsolatesEverySuite()
    {
        const QString home = qEnvironmentVariable("HOME");
        QVERIFY2(home.endsWith(u"/test-home/tst_fixtures"_s), qPrintable(home));
        for (const char *dir : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
            const QString path = qEnvironmentVariable(dir);
            QVERIFY2(path.startsWith(home + u'/'), dir);
            QVERIFY2(QFileInfo(path).isDir(), dir);
        }
        QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"/nonexistent/"_s));
        for (const char *secret : {"PAPERSIFT_API_KEY", "OPENAI_API_KEY", "PGPASSWORD"})
            QVERIFY2(!qEnvironmentVariableIsSet(secret), secret);
    }
};

QTEST_GUILESS_MAIN(TestFixtures)
#include "tst_fixtures.moc"
