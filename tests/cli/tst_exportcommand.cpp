// `papersift export` as a real process, over a database built with `papersift import` (the two
// real feeds of 2025-06-17, feed day 2025-06-16) and scores written with ScoreStore.
#include "config/settings.h"
#include "digest/digestbuilder.h"
#include "digest/markdowndigest.h"
#include "scoring/promptbuilder.h"
#include "store/database.h"
#include "store/paperrepository.h"
#include "store/runlog.h"
#include "store/scorestore.h"
#include "store/userstatestore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTimeZone>

using namespace PaperSift;
using namespace Qt::StringLiterals;

class TestExportCommand : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    Test::Sandbox m_sandbox;
    QStringList m_selected; // ids the gpt-4o digest keeps, in digest order

    Outcome run(const QStringList &args, const QString &db = {}) const
    {
        QProcess p;
        p.setProgram(QStringLiteral(PAPERSIFT_EXECUTABLE));
        p.setArguments(QStringList { u"--db"_s, db.isEmpty() ? m_sandbox.databaseFile() : db, u"--config"_s,
                           m_sandbox.configDir() }
            + args);
        p.start();
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
            return {};
        return { p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError()) };
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isValid());
        const Outcome imported
            = run({ u"import"_s, Test::fixturePath(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s),
                Test::fixturePath(u"arxiv/rss2_daily_cs-lg_fetched-2025-06-17.xml"_s) });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        auto db = Database::open(m_sandbox.databaseFile());
        QVERIFY2(db, qPrintable(db.errorMessage()));
        ScoreStore scoreStore(**db);
        const PromptSet prompts = PromptSet::load(m_sandbox.configDir());
        auto criteria = scoreStore.saveCriteria(prompts.criteria);
        QVERIFY(criteria);
        auto papers
            = PaperRepository(**db).papersForDay(QDate(2025, 6, 16), { AnnounceType::New, AnnounceType::Cross });
        QVERIFY(papers && papers->size() == 318);
        // Every 40th paper scores 10 - k: 10/9, 9/8, 8/7 pass the default cutoffs (8 and 7).
        QList<Score> scores;
        for (int k = 0; k < 8; ++k) {
            const Paper &p = papers->at(k * 40).paper;
            Score s;
            s.key = { p.id, p.version, *criteria, u"gpt-4o"_s, prompts.templateVersion() };
            s.relevance = 10 - k;
            s.novelty = 9 - k;
            s.comment = u"Relevant to [topic %1] | really."_s.arg(k);
            s.scoredAt = QDateTime(QDate(2025, 6, 17), QTime(0, k), QTimeZone::UTC);
            scores.append(s);
            if (k < 3)
                m_selected.append(p.id);
        }
        QVERIFY(scoreStore.saveScores(scores));
        RunSummary run;
        run.day = QDate(2025, 6, 16);
        run.model = u"gpt-4o"_s;
        run.criteriaSha256 = *criteria;
        run.tokens = { 41131, 0, 5352 };
        run.scannedPapers = 318;
        run.totalPapers = 0;
        run.status = RunStatus::Done;
        run.started = QDateTime(QDate(2025, 6, 17), QTime(1, 0), QTimeZone::UTC);
        run.finished = run.started.addSecs(60);
        QVERIFY(RunLog(**db).startRun(run));
        QVERIFY(UserStateStore(**db).setStarred(papers->at(40).paper.id, true));
    }

    void markdownToStdoutMatchesTheBuilder()
    {
        const Outcome o = run({ u"export"_s, u"--date"_s, u"2025-06-16"_s, u"--format"_s, u"md"_s });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY(o.out.startsWith("# Personalized Daily ArXiv Papers 2025-06-16\n"));
        QVERIFY(o.out.contains("| *[gpt-4o]*"));
        QVERIFY(o.out.contains("| **Token**    | 41131    | 5352         | 46483   |"));
        // 8 of the 318 are scored: the counts say so, whatever the run claimed (issue 15).
        QVERIFY(o.out.contains("Total scanned papers: 8\n"));
        QVERIFY(
            o.out.contains("Total relevant papers: 3\n\nUnscored: 310 (not scored yet) — run `papersift score --date "
                           "2025-06-16` to finish\n\n**Table of contents"));
        for (qsizetype i = 0; i < m_selected.size(); ++i)
            QVERIFY(o.out.contains(QByteArray("**ArXiv ID:** " + m_selected.at(i).toUtf8())));
        QVERIFY(o.out.indexOf(m_selected.at(0).toUtf8()) < o.out.indexOf(m_selected.at(2).toUtf8()));
        QCOMPARE(o.err,
            u"papersift export: 310 of 318 papers of 2025-06-16 are unscored (not scored yet); run "
            "'papersift score --date 2025-06-16' to finish.\n"_s);

        // The same bytes as the builder and the formatter give in this process.
        auto db = Database::open(m_sandbox.databaseFile(), Database::Mode::ReadOnly);
        QVERIFY(db);
        auto input = DigestBuilder(**db).build(QDate(2025, 6, 16));
        QVERIFY(input);
        QCOMPARE(o.out, MarkdownDigest::render(*input));

        // Without --date and --format: the latest day, as Markdown.
        const Outcome latest = run({ u"export"_s });
        QCOMPARE(latest.exitCode, 0);
        QCOMPARE(latest.out, o.out);
    }

    void outFileInsteadOfStdout()
    {
        const QString file = m_sandbox.path(u"out/digest-2025-06-16.md"_s);
        QVERIFY(QDir().mkpath(m_sandbox.path(u"out"_s)));
        const Outcome o = run({ u"export"_s, u"--date"_s, u"2025-06-16"_s, u"--format"_s, u"md"_s, u"--out"_s, file });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY(o.out.isEmpty());
        const Outcome stdoutRun = run({ u"export"_s, u"--date"_s, u"2025-06-16"_s });
        QCOMPARE(readFile(file), stdoutRun.out);
        // Overwrites an existing file in place, and leaves no temporary file behind.
        QVERIFY(run({ u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, file }).exitCode == 0);
        QVERIFY(readFile(file).startsWith("{"));
        QCOMPARE(QDir(m_sandbox.path(u"out"_s)).entryList(QDir::Files | QDir::Hidden),
            QStringList { u"digest-2025-06-16.md"_s });
    }

    void jsonAndBibtex()
    {
        const Outcome json = run({ u"export"_s, u"--date"_s, u"2025-06-16"_s, u"--format"_s, u"json"_s });
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        QJsonParseError error;
        const QJsonObject digest = QJsonDocument::fromJson(json.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray papers = digest.value("papers"_L1).toArray();
        QCOMPARE(papers.size(), 3);
        QCOMPARE(papers.at(0).toObject().value("id"_L1).toString(), m_selected.at(0));

        const Outcome bib = run({ u"export"_s, u"--date"_s, u"2025-06-16"_s, u"--format"_s, u"bib"_s });
        QVERIFY2(bib.exitCode == 0, qPrintable(bib.err));
        QCOMPARE(bib.out.count("@misc{"), 3);
        QVERIFY(bib.out.contains("archivePrefix = {arXiv}"));
        for (const QString &id : std::as_const(m_selected))
            QVERIFY(bib.out.contains(QByteArray("eprint = {" + id.toUtf8() + '}')));

        // A lower cutoff keeps more; another model has no scores (and an unknown price).
        const Outcome lower = run(
            { u"export"_s, u"--format"_s, u"bib"_s, u"--relevance-cutoff"_s, u"5"_s, u"--novelty-cutoff"_s, u"4"_s });
        QCOMPARE(lower.out.count("@misc{"), 6);
        const Outcome other = run({ u"export"_s, u"--model"_s, u"llama3"_s });
        QCOMPARE(other.exitCode, 0);
        QVERIFY(other.out.contains("Total relevant papers: 0\n"));
        QVERIFY(other.out.contains("n/a"));
    }

    void starred()
    {
        const Outcome o = run({ u"export"_s, u"--starred"_s, u"--format"_s, u"json"_s });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        const QJsonArray papers = QJsonDocument::fromJson(o.out).array();
        QCOMPARE(papers.size(), 1);
        QCOMPARE(papers.at(0).toObject().value("id"_L1).toString(), m_selected.at(1));
        const Outcome md = run({ u"export"_s, u"--starred"_s, u"--format"_s, u"md"_s });
        QCOMPARE(md.exitCode, 2);
        QVERIFY2(md.err.contains(u"json"_s), qPrintable(md.err));
    }

    void failures()
    {
        const Outcome unwritable = run({ u"export"_s, u"--out"_s, m_sandbox.path(u"no/such/folder/digest.md"_s) });
        QCOMPARE(unwritable.exitCode, 6); // ExitStorage
        QVERIFY2(unwritable.err.contains(u"cannot write"_s) && unwritable.err.contains(u"--out"_s),
            qPrintable(unwritable.err));
        QVERIFY(unwritable.out.isEmpty());

        const Outcome folder = run({ u"export"_s, u"--out"_s, m_sandbox.path(u"out"_s) });
        QCOMPARE(folder.exitCode, 6);
        QVERIFY2(folder.err.contains(u"is a folder"_s), qPrintable(folder.err));

        const Outcome format = run({ u"export"_s, u"--format"_s, u"pdf"_s });
        QCOMPARE(format.exitCode, 2); // ExitUsage
        QVERIFY2(format.err.contains(u"unknown format 'pdf'"_s), qPrintable(format.err));

        const Outcome date = run({ u"export"_s, u"--date"_s, u"16/06/2025"_s });
        QCOMPARE(date.exitCode, 2);
        QVERIFY2(date.err.contains(u"YYYY-MM-DD"_s), qPrintable(date.err));

        const Outcome cutoff = run({ u"export"_s, u"--relevance-cutoff"_s, u"11"_s });
        QCOMPARE(cutoff.exitCode, 2);

        const Outcome empty = run({ u"export"_s, u"--date"_s, u"2025-06-17"_s });
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(empty.err.contains(u"No papers stored for 2025-06-17 — fetch, import or backfill that day first"_s),
            qPrintable(empty.err));
        QVERIFY(empty.out.isEmpty());

        const Outcome noDb = run({ u"export"_s }, m_sandbox.path(u"missing.sqlite"_s));
        QCOMPARE(noDb.exitCode, 6);
        QVERIFY2(noDb.err.contains(u"no PaperSift database"_s), qPrintable(noDb.err));
        QVERIFY(!QFile::exists(m_sandbox.path(u"missing.sqlite"_s))); // read-only: nothing created
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
