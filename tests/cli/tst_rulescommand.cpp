// `papersift rules` as a real process, and what rules do to a real day (the feeds of 2025-06-17):
// muted papers never reach the endpoint (the fake server counts what it is sent), the digest
// counts them neither as scanned nor as relevant, and "always keep" papers are listed and named.
#include "fakellmserver.h"
#include "store/database.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

class TestRulesCommand : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // Runs papersift while this thread's event loop keeps serving the fake endpoint.
    Outcome papersift(const QStringList &args) const
    {
        QProcess p;
        p.setProgram(QStringLiteral(PAPERSIFT_EXECUTABLE));
        p.setArguments(
            QStringList { u"--db"_s, m_sandbox->databaseFile(), u"--config"_s, m_sandbox->configDir() } + args);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start();
        if (!finished.wait(240000))
            return {};
        return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }

    /// Ids the SQL selects, from a read-only connection of the test's own.
    QSet<QString> ids(const QString &sql) const
    {
        auto db = Database::open(m_sandbox->databaseFile(), Database::Mode::ReadOnly);
        if (!db)
            return {};
        auto rows = (*db)->exec(sql);
        QSet<QString> out;
        for (const QVariantList &row : rows ? *rows : QList<QVariantList> {})
            out.insert(row.first().toString());
        return out;
    }

    /// The papers a run of the day scores without rules: new and cross listings of cs.LG and cs.AI.
    QSet<QString> dayPapers() const
    {
        return ids(u"SELECT DISTINCT paper_id FROM listings WHERE day = '2025-06-16' AND category IN ('cs.LG', "
                   "'cs.AI') AND announce_type IN ('new', 'cross')"_s);
    }

    /// Of those, the papers listed in a category (the column holds them space-separated).
    QSet<QString> inCategory(const QString &category) const
    {
        QSet<QString> out
            = ids(u"SELECT id FROM papers WHERE ' ' || categories || ' ' LIKE '%% %1 %%'"_s.arg(category));
        out.intersect(dayPapers());
        return out;
    }

    QString run()
    {
        const Outcome r = papersift({ u"run"_s, u"--date"_s, u"2025-06-16"_s, u"--categories"_s, u"cs.LG,cs.AI"_s,
            u"--announce"_s, u"new,cross"_s, u"--scorer"_s, u"llm"_s, u"--base-url"_s, m_server->baseUrl().toString(),
            u"--model"_s, u"gpt-4o"_s, u"--no-title-filter"_s, u"--budget"_s, u"0"_s });
        if (r.exitCode != 0)
            qWarning().noquote() << r.out << r.err;
        return r.exitCode == 0 ? r.out : QString();
    }

    QString exported(const QString &format)
    {
        const QString out = m_sandbox->path(u"digest."_s + format);
        const Outcome r
            = papersift({ u"export"_s, u"--date"_s, u"2025-06-16"_s, u"--format"_s, format, u"--out"_s, out });
        if (r.exitCode != 0)
            return {};
        QFile f(out);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    /// Every paper id the endpoint was sent.
    QSet<QString> sent() const
    {
        QSet<QString> out;
        for (const FakeLlmRequest &r : m_server->requests()) {
            for (const QString &id : r.arxivIds())
                out.insert(id);
        }
        return out;
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        m_server = std::make_unique<FakeLlmServer>();
        QVERIFY(m_server->start());
        // Every paper relevant, so "relevant" counts every paper the digest keeps.
        m_server->setHandler([](const FakeLlmRequest &r) {
            QString content;
            for (const QString &id : r.arxivIds()) {
                content += r.scoreLine(id, 9, 8, u"On topic."_s);
            }
            return FakeLlmResponse::completion(content, TokenUsage { 1000, 0, 100 });
        });
        const Outcome imported
            = papersift({ u"import"_s, fixturePath(u"arxiv/rss2_daily_cs-lg_fetched-2025-06-17.xml"_s),
                fixturePath(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s) });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(dayPapers().size(), 318);
    }

    void cleanup()
    {
        m_server.reset();
        m_sandbox.reset();
    }

    void listAddRemove()
    {
        Outcome r = papersift({ u"rules"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"No rules."_s), qPrintable(r.out));

        // The count is of the newest day's papers, every announce type.
        const QSet<QString> cv = ids(u"SELECT DISTINCT l.paper_id FROM listings l JOIN papers p ON p.id = l.paper_id "
                                     "WHERE l.day = '2025-06-16' AND ' ' || p.categories || ' ' LIKE '% cs.CV %'"_s);
        QVERIFY(cv.size() > 5);
        r = papersift({ u"rules"_s, u"add"_s, u"mute"_s, u"cat:cs.CV"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"Rule 1: never show papers matching cat:cs.CV (%1 on 2025-06-16)."_s.arg(cv.size())),
            qPrintable(r.out));
        r = papersift({ u"rules"_s, u"add"_s, u"keep"_s, u"au:Bengio"_s, u"ti:learning"_s }); // words joined
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = papersift({ u"rules"_s, u"list"_s });
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, qPrintable(r.out));
        QVERIFY2(lines.at(0).startsWith(u"1\tmute\tcat:cs.CV\t("_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(u"2\tkeep\tau:Bengio ti:learning\t("_s), qPrintable(lines.at(1)));

        r = papersift({ u"rules"_s, u"remove"_s, u"1"_s });
        QCOMPARE(r.exitCode, 0);
        r = papersift({ u"rules"_s, u"remove"_s, u"1"_s });
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains(u"you have no rule 1"_s), qPrintable(r.err));
        r = papersift({ u"rules"_s, u"list"_s });
        QVERIFY(!r.out.contains(u"cat:cs.CV"_s));

        QCOMPARE(papersift({ u"rules"_s, u"add"_s, u"mute"_s, u"!!"_s }).exitCode, 7); // nothing to match
        QCOMPARE(papersift({ u"rules"_s, u"add"_s, u"hide"_s, u"cat:cs.CV"_s }).exitCode, 2);
        QCOMPARE(papersift({ u"rules"_s, u"add"_s, u"mute"_s }).exitCode, 2);
        QCOMPARE(papersift({ u"rules"_s, u"frob"_s }).exitCode, 2);
    }

    void mutedPapersAreNeverSentNorCounted()
    {
        // Mute computer vision, but keep what is also machine learning: keep wins.
        QCOMPARE(papersift({ u"rules"_s, u"add"_s, u"mute"_s, u"cat:cs.CV"_s }).exitCode, 0);
        QCOMPARE(papersift({ u"rules"_s, u"add"_s, u"keep"_s, u"cat:cs.CV cat:cs.LG"_s }).exitCode, 0);
        const QSet<QString> kept = inCategory(u"cs.CV"_s) & inCategory(u"cs.LG"_s);
        const QSet<QString> muted = inCategory(u"cs.CV"_s) - kept;
        QVERIFY(muted.size() > 5);
        QVERIFY(!kept.isEmpty());

        const QString out = run();
        QVERIFY(!out.isEmpty());
        const int scanned = 318 - int(muted.size());
        QVERIFY2(out.contains(u"scored %1 of %1"_s.arg(scanned)), qPrintable(out));
        QVERIFY2(out.contains(u"%1 muted by your rules"_s.arg(muted.size())), qPrintable(out));
        QCOMPARE(sent() & muted, QSet<QString> {});
        QCOMPARE(sent() & dayPapers(), dayPapers() - muted);

        const QString md = exported(u"md"_s);
        QVERIFY2(md.contains(u"Total scanned papers: %1\n"_s.arg(scanned)), qPrintable(md.left(600)));
        QVERIFY2(md.contains(u"Total relevant papers: %1\n"_s.arg(scanned)), qPrintable(md.left(600)));
        for (const QString &id : muted)
            QVERIFY2(!md.contains(u"**ArXiv ID:** "_s + id), qPrintable(id));
        QCOMPARE(md.count(u"**Comment:** Kept by your rule \u201ccat:cs.CV cat:cs.LG\u201d. On topic."_s), kept.size());
        // The kept papers come first.
        const qsizetype firstKept = md.indexOf(u"Kept by your rule"_s);
        const qsizetype firstOther = md.indexOf(u"**Comment:** On topic."_s);
        QVERIFY(firstKept > 0 && firstOther > firstKept);

        const QJsonArray papers = QJsonDocument::fromJson(exported(u"json"_s).toUtf8()).object()["papers"_L1].toArray();
        QCOMPARE(papers.size(), scanned);
        int markedKept = 0;
        for (const QJsonValue &p : papers) {
            const QString rule = p["kept_by_rule"_L1].toString();
            QVERIFY(!muted.contains(p["id"_L1].toString()));
            markedKept += rule == u"cat:cs.CV cat:cs.LG"_s ? 1 : 0;
        }
        QCOMPARE(markedKept, kept.size());
    }

    void aMuteAfterScoringTakesThePapersOutOfTheDigest()
    {
        QVERIFY(!run().isEmpty());
        QCOMPARE(sent() & dayPapers(), dayPapers());
        QVERIFY(exported(u"md"_s).contains(u"Total scanned papers: 318\n"_s));

        QCOMPARE(papersift({ u"rules"_s, u"add"_s, u"mute"_s, u"cat:cs.CV"_s }).exitCode, 0);
        const QSet<QString> muted = inCategory(u"cs.CV"_s);
        const QString md = exported(u"md"_s);
        QVERIFY2(md.contains(u"Total scanned papers: %1\n"_s.arg(318 - muted.size())), qPrintable(md.left(600)));
        QVERIFY2(md.contains(u"Total relevant papers: %1\n"_s.arg(318 - muted.size())), qPrintable(md.left(600)));

        // Scoring the day again pays for nothing, and says what the rules hid.
        const int requests = m_server->requestCount();
        const QString again = run();
        QVERIFY2(again.contains(u"%1 muted by your rules"_s.arg(muted.size())), qPrintable(again));
        QCOMPARE(m_server->requestCount(), requests);
    }

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<FakeLlmServer> m_server;
};

QTEST_GUILESS_MAIN(TestRulesCommand)
#include "tst_rulescommand.moc"
