// The repository stands alone: every fixture a test reads is in tests/fixtures, and SOURCES.md says
// where each one came from. A file added without its provenance fails here.
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
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
};

QTEST_GUILESS_MAIN(TestFixtures)
#include "tst_fixtures.moc"
