// The golden test of issue #5: the two real feeds of 2025-06-17, `papersift run` against a replay
// endpoint that answers with the seed's scores, then `papersift export`: the digest must equal
// tests/fixtures/digests/digest-2025-06-16.md except for the differences DESIGN.md allows (token and cost
// numbers, distinct counts, decoded TeX accents, the moved Relevant Topics block, UTF-8 "9–10",
// PaperSift's own reply-format paragraph).
#include "scoring/promptbuilder.h"
#include "text/texdecoder.h"
#include "fakellmserver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

namespace {
struct SeedPaper
{
    QString id;
    QString comment;
    int relevance = 0;
    int novelty = 0;
};

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

/// The paper sections of a digest ("## N. [Title](…) …" up to "---"), with their number removed.
QStringList sections(const QString &digest)
{
    QStringList out;
    const QString body = digest.left(digest.indexOf(u"# Paper Selection Prompt"_s));
    for (QString part : body.split(u"\n---\n"_s)) {
        part = part.trimmed();
        if (!part.startsWith(u"## "_s))
            continue;
        part.remove(QRegularExpression(u"^## \\d+\\. "_s));
        part.remove(QRegularExpression(u" <a id=\"link\\d+\"></a>"_s));
        out.append(part);
    }
    return out;
}

/// The table-of-contents entries ("[Title](#user-content-linkN)\n**Authors:** …"), numbers removed.
QStringList tocEntries(const QString &digest)
{
    QStringList out;
    static const QRegularExpression re(u"^\\d+\\. (\\[.*\\])\\(#user-content-link\\d+\\)\\n(\\*\\*Authors:\\*\\* .*)$"_s,
                                       QRegularExpression::MultilineOption);
    auto it = re.globalMatch(digest);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append(m.captured(1) + u'\n' + m.captured(2));
    }
    return out;
}
} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{QDir::tempPath() + u"/papersift-golden-XXXXXX"_s};
    QHash<QString, SeedPaper> m_seed;
    QString m_seedText;

    struct Outcome
    {
        int exitCode = -1;
        QString out, err;
    };

    // Runs papersift while this thread's event loop keeps serving the fake endpoint.
    Outcome papersift(const QStringList &args)
    {
        QProcess p;
        p.setProgram(QStringLiteral(PAPERSIFT_EXECUTABLE));
        p.setArguments(QStringList{u"--db"_s, m_dir.filePath(u"db.sqlite"_s), u"--config"_s, m_dir.filePath(u"config"_s)}
                       + args);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start();
        if (!finished.wait(240000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_seedText = readText(seedPath(u"digest-2025-06-16.md"_s));
        QVERIFY(!m_seedText.isEmpty());
        // The seed's 26 papers with their scores and comments.
        static const QRegularExpression re(
            u"\\*\\*ArXiv ID:\\*\\* (\\S+)\\n.*?\\*\\*Comment:\\*\\* (.*?)\\n\\n\\*\\*Relevance:\\*\\* (\\d+)\\n\\*\\*Novelty:\\*\\* (\\d+)"_s,
            QRegularExpression::DotMatchesEverythingOption);
        auto it = re.globalMatch(m_seedText);
        while (it.hasNext()) {
            const auto m = it.next();
            m_seed.insert(m.captured(1), {m.captured(1), m.captured(2), m.captured(3).toInt(), m.captured(4).toInt()});
        }
        QCOMPARE(m_seed.size(), 26);
    }

    void runThenExportEqualsTheSeed()
    {
        // The replay endpoint: the seed's answer for its 26 papers, low scores for the rest.
        FakeLlmServer server;
        QVERIFY(server.start());
        const auto seed = m_seed;
        server.setHandler([seed](const FakeLlmRequest &r) {
            QString content;
            for (const QString &id : r.arxivIds()) {
                const auto it = seed.constFind(id);
                content += it != seed.constEnd() ? r.scoreLine(id, it->relevance, it->novelty, it->comment)
                                                 : r.scoreLine(id, 3, 3, u"Not related to the criteria."_s);
            }
            return FakeLlmResponse::completion(content, TokenUsage{qint64(r.lastUserMessage().size() / 4), 0, 300});
        });

        const Outcome imported = papersift({u"import"_s, fixturePath(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s),
                                            fixturePath(u"arxiv/rss2_daily_cs-lg_fetched-2025-06-17.xml"_s)});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const Outcome run = papersift({u"run"_s, u"--date"_s, u"2025-06-16"_s, u"--categories"_s, u"cs.LG,cs.AI"_s,
                                       u"--announce"_s, u"new,cross"_s, u"--scorer"_s, u"llm"_s, u"--base-url"_s,
                                       server.baseUrl().toString(), u"--model"_s, u"gpt-4o"_s, u"--no-title-filter"_s,
                                       u"--budget"_s, u"0"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(u"scored 318 of 318"_s), qPrintable(run.out));
        QCOMPARE(server.requestCount(), 8); // ⌈318 / 40⌉: adaptive batches fill the 8 requests in flight once

        // A second run pays nothing: every score is cached.
        const Outcome again = papersift({u"run"_s, u"--date"_s, u"2025-06-16"_s, u"--scorer"_s, u"llm"_s, u"--base-url"_s,
                                         server.baseUrl().toString(), u"--model"_s, u"gpt-4o"_s, u"--no-title-filter"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(u"318 already scored"_s), qPrintable(again.out));
        QCOMPARE(server.requestCount(), 8);

        const QString out = m_dir.filePath(u"digest.md"_s);
        const Outcome exported =
            papersift({u"export"_s, u"--date"_s, u"2025-06-16"_s, u"--format"_s, u"md"_s, u"--out"_s, out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QString digest = readText(out);
        QVERIFY(!digest.isEmpty());

        // Header: title, table headed by the model (numbers differ), the distinct counts.
        const QStringList got = digest.split(u'\n');
        const QStringList want = m_seedText.split(u'\n');
        QCOMPARE(got[0], want[0]);
        QVERIFY(got[2].startsWith(u"| *[gpt-4o]*"_s));
        QCOMPARE(got[3], want[3]);
        QVERIFY(got[4].startsWith(u"| **Token**"_s));
        QVERIFY(got[5].startsWith(u"| **Cost**"_s));
        // Distinct papers in the two feeds, counted here from the files themselves.
        QSet<QString> distinct;
        for (const char *f : {"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml", "arxiv/rss2_daily_cs-lg_fetched-2025-06-17.xml"}) {
            static const QRegularExpression guid(u"oai:arXiv.org:(\\d{4}\\.\\d{4,5})"_s);
            auto it = guid.globalMatch(QString::fromUtf8(readFixture(QString::fromLatin1(f))));
            while (it.hasNext())
                distinct.insert(it.next().captured(1));
        }
        QVERIFY(digest.contains(u"Total arXiv papers: %1\n"_s.arg(distinct.size())));
        QVERIFY(digest.contains(u"Total scanned papers: 318\n"_s));
        QVERIFY(digest.contains(u"Total relevant papers: 26\n"_s));

        // Sections and table of contents as sets (the seed orders ties arbitrarily); the seed's
        // TeX-escaped author names are compared decoded.
        const auto decoded = [](QStringList list) {
            // Line by line: decoding also folds whitespace.
            for (QString &s : list) {
                QStringList lines = s.split(u'\n');
                for (QString &line : lines)
                    line = line.isEmpty() ? line : TexDecoder::decode(line);
                s = lines.join(u'\n');
            }
            return list;
        };
        const QStringList gotSections = sections(digest);
        const QStringList wantSections = decoded(sections(m_seedText));
        QCOMPARE(gotSections.size(), 26);
        for (const QString &sec : gotSections) {
            if (!wantSections.contains(sec))
                qWarning().noquote() << "PRODUCED SECTION NOT IN SEED:\n" << sec;
        }
        for (const QString &sec : wantSections) {
            if (!gotSections.contains(sec))
                qWarning().noquote() << "SEED SECTION NOT PRODUCED:\n" << sec;
        }
        QCOMPARE(QSet<QString>(gotSections.begin(), gotSections.end()),
                 QSet<QString>(wantSections.begin(), wantSections.end()));
        const QStringList gotToc = tocEntries(digest);
        const QStringList wantToc = decoded(tocEntries(m_seedText));
        QCOMPARE(gotToc.size(), 26);
        QCOMPARE(QSet<QString>(gotToc.begin(), gotToc.end()), QSet<QString>(wantToc.begin(), wantToc.end()));

        // The order follows the rule: relevance, then novelty (descending), then id.
        std::tuple<int, int, QString> previous{11, 11, QString()};
        static const QRegularExpression idRe(u"\\*\\*ArXiv ID:\\*\\* (\\S+)"_s);
        for (const QString &s : gotSections) {
            const SeedPaper &p = m_seed.value(idRe.match(s).captured(1));
            const std::tuple<int, int, QString> key{p.relevance, p.novelty, p.id};
            const bool ordered = std::get<0>(key) < std::get<0>(previous)
                                 || (std::get<0>(key) == std::get<0>(previous)
                                     && (std::get<1>(key) < std::get<1>(previous)
                                         || (std::get<1>(key) == std::get<1>(previous) && std::get<2>(key) > std::get<2>(previous))));
            QVERIFY2(ordered, qPrintable(p.id));
            previous = key;
        }

        // The prompt section: the seed's, with the Relevant Topics block before "## Papers" (the
        // papers go last, for the provider's prefix cache) and the en dash the seed lost.
        QString wantPrompt = m_seedText.mid(m_seedText.indexOf(u"# Paper Selection Prompt"_s));
        const qsizetype topics = wantPrompt.indexOf(u"> ## Relevant Topics"_s);
        const QString topicsBlock = wantPrompt.mid(topics);
        wantPrompt.truncate(topics);
        const qsizetype papers = wantPrompt.indexOf(u"> ## Papers"_s);
        wantPrompt.insert(papers, topicsBlock.trimmed() + u"\n> \n"_s);
        wantPrompt = wantPrompt.trimmed();
        while (wantPrompt.endsWith(u"\n>"_s)) // the quote line that stood between the two blocks
            wantPrompt = wantPrompt.chopped(2).trimmed();
        wantPrompt.replace(u"score of 910"_s, u"score of 9–10"_s);
        // The reply format is PaperSift's own (ARXIVID|RELEVANCE|NOVELTY|COMMENT lines, no comment
        // where no criterion matches); the rubric, criteria and system prompt around it are the seed's.
        wantPrompt = withBuiltInReplyFormat(wantPrompt);
        const QString gotPrompt = digest.mid(digest.indexOf(u"# Paper Selection Prompt"_s)).trimmed();
        if (gotPrompt != wantPrompt) {
            // Kept under the build dir for a diff.
            const QString dir = QStringLiteral(PAPERSIFT_BINARY_DIR) + u"/golden"_s;
            QDir().mkpath(dir);
            QFile g(dir + u"/got-prompt.txt"_s), w(dir + u"/want-prompt.txt"_s);
            if (g.open(QIODevice::WriteOnly) && w.open(QIODevice::WriteOnly)) {
                g.write(gotPrompt.toUtf8());
                w.write(wantPrompt.toUtf8());
            }
            qWarning() << "prompt sections differ; see" << g.fileName() << w.fileName();
        }
        QCOMPARE(gotPrompt.split(u'\n'), wantPrompt.split(u'\n'));

        // The same data gives the same bytes.
        const QString out2 = m_dir.filePath(u"digest2.md"_s);
        QCOMPARE(papersift({u"export"_s, u"--date"_s, u"2025-06-16"_s, u"--format"_s, u"md"_s, u"--out"_s, out2}).exitCode, 0);
        QCOMPARE(readText(out2), digest);
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
