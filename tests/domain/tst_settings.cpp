#include "config/settings.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void pathsFollowOverrides()
    {
        Test::Sandbox sandbox;
        QCOMPARE(AppPaths::configDir(), sandbox.configDir());
        QCOMPARE(AppPaths::databaseFile(), sandbox.databaseFile());
        QCOMPARE(AppPaths::settingsFile(), sandbox.configDir() + "/papersift.ini"_L1);
    }

    void defaults()
    {
        Test::Sandbox sandbox;
        Settings s;
        QCOMPARE(s.list(Settings::Categories), QStringList({u"cs.LG"_s, u"cs.AI"_s}));
        QCOMPARE(s.list(Settings::AnnounceTypes), QStringList({u"new"_s, u"cross"_s}));
        QCOMPARE(s.integer(Settings::RelevanceCutoff), 8);
        QCOMPARE(s.integer(Settings::NoveltyCutoff), 7);
        QCOMPARE(s.integer(Settings::Concurrency), 8);
        QVERIFY(s.boolean(Settings::TitleFilter));
        for (const SettingDef &d : Settings::definitions()) {
            QVERIFY2(!d.help.isEmpty(), qPrintable(d.key));
            QVERIFY2(d.defaultValue.isValid() || d.defaultValue.typeId() == QMetaType::QString, qPrintable(d.key));
        }
    }

    void setValidatesAndPersists()
    {
        Test::Sandbox sandbox;
        {
            Settings s;
            QVERIFY(s.set(Settings::RelevanceCutoff, u"9"_s).isEmpty());
            QVERIFY(s.set(Settings::BudgetUsd, u"0.25"_s).isEmpty());
            QVERIFY(s.set(Settings::TitleFilter, u"false"_s).isEmpty());
            QVERIFY(!s.set(Settings::RelevanceCutoff, u"high"_s).isEmpty());
            QVERIFY(!s.set(Settings::Concurrency, u"2.5"_s).isEmpty());
            QVERIFY(!s.set(Settings::TitleFilter, u"maybe"_s).isEmpty());
            QVERIFY(s.set(u"no/such"_s, u"1"_s).contains(u"config list"_s));
            s.sync();
        }
        Settings reread;
        QCOMPARE(reread.integer(Settings::RelevanceCutoff), 9);
        QCOMPARE(reread.real(Settings::BudgetUsd), 0.25);
        QCOMPARE(reread.boolean(Settings::TitleFilter), false);
        reread.reset(Settings::RelevanceCutoff);
        QCOMPARE(reread.integer(Settings::RelevanceCutoff), 8);
    }

    void followedAuthorsRoundTrip()
    {
        Test::Sandbox sandbox;
        QVERIFY(Settings::followedAuthors().isEmpty());
        QVERIFY(Settings::setFollowedAuthors({u"Yoshua Bengio"_s, u"Kaiming He"_s}));
        QFile f(AppPaths::authorsFile());
        QVERIFY(f.open(QIODevice::Append));
        f.write("# a comment\n\n  Jo\xc3\xa3o Silva  \n");
        f.close();
        QCOMPARE(Settings::followedAuthors(),
                 QStringList({u"Yoshua Bengio"_s, u"Kaiming He"_s, u"João Silva"_s}));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
