// `papersift rate`, `papersift ratings import`, `papersift learn` and `--scorer learned` as real
// processes on a real day (the feeds of 2025-06-17 in the fixtures).
#include "store/database.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

class TestLearnCommands : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Outcome papersift(const QStringList &args) const
    {
        QProcess p;
        p.setProgram(QStringLiteral(PAPERSIFT_EXECUTABLE));
        p.setArguments(
            QStringList { u"--db"_s, m_sandbox->databaseFile(), u"--config"_s, m_sandbox->configDir() } + args);
        p.start();
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
            return {};
        return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }

    QList<QVariantList> rows(const QString &sql) const
    {
        auto db = Database::open(m_sandbox->databaseFile(), Database::Mode::ReadOnly);
        if (!db)
            return {};
        auto result = (*db)->exec(sql);
        return result ? *result : QList<QVariantList> {};
    }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile f(m_sandbox->path(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return f.fileName();
    }

    // The day's papers, in a fixed order: the ones whose title names language models first.
    QStringList dayIds() const
    {
        QStringList ids;
        for (const QVariantList &row : rows(u"SELECT id FROM papers ORDER BY CASE WHEN lower(title) LIKE "
                                            "'%language model%' THEN 0 ELSE 1 END, id"_s))
            ids.append(row.first().toString());
        return ids;
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        const Outcome imported
            = papersift({ u"import"_s, fixturePath(u"arxiv/rss2_daily_cs-lg_fetched-2025-06-17.xml"_s),
                fixturePath(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s) });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void cleanup() { m_sandbox.reset(); }

    void rate()
    {
        const QString id = dayIds().first();
        Outcome r = papersift({ u"rate"_s, u"arXiv:"_s + id + u"v1"_s, u"4"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Rated %1 4 of 5"_s.arg(id)), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"1 liked, 0 disliked"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Rate 19 more papers"_s), qPrintable(r.out));
        QCOMPARE(rows(u"SELECT rating FROM user_state WHERE paper_id = '%1'"_s.arg(id)).value(0).value(0).toInt(), 4);

        QCOMPARE(papersift({ u"rate"_s, id, u"dislike"_s }).exitCode, 0);
        QCOMPARE(rows(u"SELECT rating FROM user_state WHERE paper_id = '%1'"_s.arg(id)).value(0).value(0).toInt(), 1);
        QCOMPARE(papersift({ u"rate"_s, id, u"like"_s }).exitCode, 0);
        QCOMPARE(rows(u"SELECT rating FROM user_state WHERE paper_id = '%1'"_s.arg(id)).value(0).value(0).toInt(), 5);
        QCOMPARE(papersift({ u"rate"_s, id, u"clear"_s }).exitCode, 0);
        QVERIFY(rows(u"SELECT rating FROM user_state WHERE paper_id = '%1'"_s.arg(id)).value(0).value(0).isNull());

        r = papersift({ u"rate"_s, u"2999.99999"_s, u"5"_s });
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains(u"no paper 2999.99999 in the library"_s), qPrintable(r.err));
        QCOMPARE(papersift({ u"rate"_s, id, u"6"_s }).exitCode, 2);
        QCOMPARE(papersift({ u"rate"_s, u"not-an-id"_s, u"5"_s }).exitCode, 2);
        QCOMPARE(papersift({ u"rate"_s, id }).exitCode, 2);
    }

    // A file of ratings for papers in the library and outside it; then learn, and score a day
    // with the ranking.
    void importLearnAndScore()
    {
        const QStringList ids = dayIds();
        QVERIFY(ids.size() > 300);
        QByteArray csv = "arxiv_id,title,abstract,rating\n";
        for (int i = 0; i < 20; ++i)
            csv += ids[i].toUtf8() + ",,,5\n";
        for (int i = 0; i < 40; ++i)
            csv += ids[ids.size() - 1 - i].toUtf8() + ",,,1\n";
        csv += "2401.00001,\"Large language models, aligned\",\"We align a language model.\",like\n";
        csv += "2401.00002,\"Soil moisture\",\"Remote sensing, irrigation.\",3\n";
        csv += ",,,5\n";
        const Outcome imported = papersift({ u"ratings"_s, u"import"_s, write(u"ratings.csv"_s, csv) });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(u"Imported 61 ratings"_s), qPrintable(imported.out));
        QVERIFY2(imported.out.contains(u"21 liked, 40 disliked; 60 of papers in the library, 1 of papers outside it"_s),
            qPrintable(imported.out));
        QVERIFY2(
            imported.out.contains(u"1 rows of papers outside the library were left out"_s), qPrintable(imported.out));
        QVERIFY2(imported.out.contains(u"at lines 64"_s), qPrintable(imported.out));
        QCOMPARE(rows(u"SELECT count(*) FROM outside_ratings"_s).value(0).value(0).toInt(), 1);

        const Outcome learned = papersift({ u"learn"_s, u"--report"_s });
        QVERIFY2(learned.exitCode == 0, qPrintable(learned.err));
        QVERIFY2(
            learned.out.contains(u"Trained your ranking: 21 liked and 40 disliked papers"_s), qPrintable(learned.out));
        QVERIFY2(learned.out.contains(u"precision at k"_s), qPrintable(learned.out));
        QCOMPARE(rows(u"SELECT liked, disliked, folds FROM learned_models"_s).value(0), (QVariantList { 21, 40, 5 }));
        QVERIFY2(papersift({ u"learn"_s }).out.contains(u"up to date"_s), "an unchanged ranking was trained again");

        const Outcome scored = papersift({ u"score"_s, u"--date"_s, u"2025-06-16"_s, u"--scorer"_s, u"learned"_s });
        QVERIFY2(scored.exitCode == 0, qPrintable(scored.err + scored.out));
        const int papers = rows(u"SELECT count(DISTINCT paper_id) FROM listings WHERE day = '2025-06-16'"_s)
                               .value(0)
                               .value(0)
                               .toInt();
        const auto learnedScores = rows(u"SELECT count(*), min(relevance), max(relevance) FROM scores WHERE model = "
                                        "'learned'"_s)
                                       .value(0);
        QVERIFY(learnedScores.value(0).toInt() > 300);
        QVERIFY(learnedScores.value(0).toInt() <= papers);
        QVERIFY(learnedScores.value(1).toInt() >= 1);
        QVERIFY(learnedScores.value(2).toInt() <= 10);
        QVERIFY(learnedScores.value(1).toInt() < learnedScores.value(2).toInt()); // it tells papers apart
        // The papers it was told about land where they were rated (those the day's selection scored).
        const auto average = [this](const QString &ratings) {
            return rows(u"SELECT avg(s.relevance) FROM scores s JOIN user_state u ON u.paper_id = s.paper_id WHERE "
                        "s.model = 'learned' AND u.rating IN (%1)"_s.arg(ratings))
                .value(0)
                .value(0)
                .toDouble();
        };
        QVERIFY2(
            average(u"5"_s) > average(u"1"_s) + 2, qPrintable(u"%1 vs %2"_s.arg(average(u"5"_s)).arg(average(u"1"_s))));
    }

    void learnedNeedsRatings()
    {
        const Outcome scored = papersift({ u"score"_s, u"--date"_s, u"2025-06-16"_s, u"--scorer"_s, u"learned"_s });
        QCOMPARE(scored.exitCode, 7);
        QVERIFY2(scored.err.contains(u"rate 20 more papers"_s), qPrintable(scored.err));
        const Outcome learned = papersift({ u"learn"_s });
        QCOMPARE(learned.exitCode, 7);
        QVERIFY2(learned.out.contains(u"Rate 20 more papers"_s), qPrintable(learned.out));
        // Auto without an endpoint and without a ranking: keywords, as before.
        const Outcome automatic = papersift({ u"score"_s, u"--date"_s, u"2025-06-16"_s, u"--scorer"_s, u"auto"_s });
        QVERIFY2(automatic.exitCode == 0, qPrintable(automatic.err));
        QVERIFY(rows(u"SELECT count(*) FROM scores WHERE model = 'keyword'"_s).value(0).value(0).toInt() > 300);

        const Outcome badFile = papersift({ u"ratings"_s, u"import"_s, write(u"x.csv"_s, "when,what\n1,2\n") });
        QCOMPARE(badFile.exitCode, 7);
        QVERIFY2(badFile.err.contains(u"names no column"_s), qPrintable(badFile.err));
        QCOMPARE(papersift({ u"ratings"_s, u"import"_s, m_sandbox->path(u"missing.csv"_s) }).exitCode, 7);
        QCOMPARE(papersift({ u"ratings"_s, u"export"_s }).exitCode, 2);
    }

private:
    std::unique_ptr<Sandbox> m_sandbox;
};

QTEST_GUILESS_MAIN(TestLearnCommands)
#include "tst_learncommands.moc"
