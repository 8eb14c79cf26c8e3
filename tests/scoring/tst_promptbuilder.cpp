#include "scoring/promptbuilder.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

Paper paper(const QString &id, const QString &title, const QString &abstract,
    const QStringList &authors = { u"Ada Lovelace"_s, u"Alan Turing"_s })
{
    Paper p;
    p.id = id;
    p.version = 1;
    p.title = title;
    p.authors = authors;
    p.abstract = abstract;
    return p;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

// The seed's "# Paper Selection Prompt" section: {system prompt, user prompt}, "> " quoting removed.
QPair<QString, QString> seedPrompts()
{
    QFile f(Test::seedPath(u"digest-2025-06-16.md"_s));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the seed digest");
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    QStringList system, user;
    QStringList *current = nullptr;
    bool inSection = false;
    for (const QString &line : lines) {
        if (line == "# Paper Selection Prompt"_L1) {
            inSection = true;
            continue;
        }
        if (!inSection)
            continue;
        if (line == "## System Prompt"_L1) {
            current = &system;
        } else if (line == "## User Prompt"_L1) {
            current = &user;
        } else if (current && line.startsWith(u'>')) {
            current->append(line.startsWith("> "_L1) ? line.mid(2) : line.mid(1));
        }
    }
    return { system.join(u'\n'), user.join(u'\n') };
}

} // namespace

class TestPromptBuilder : public QObject
{
    Q_OBJECT

private slots:
    void builtInPromptsAreCompiledIn()
    {
        const PromptSet p = PromptSet::builtIn();
        QVERIFY(p.system.startsWith("You are a helpful paper reading assistant"_L1));
        QVERIFY(p.instructions.startsWith("## Instructions"_L1));
        QVERIFY(p.criteria.contains("**Keywords:**"_L1));
        QVERIFY(p.titleFilter.contains("JSON array"_L1));
        QVERIFY(p.overridden.isEmpty());
        QCOMPARE(p.templateVersion(), PromptSet::BuiltInVersion);
        // The compiled-in copies are the files in prompts/.
        QFile f(Test::sourcePath(u"prompts/instructions.md"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(p.instructions, QString::fromUtf8(f.readAll()));
    }

    void systemPromptEqualsSeed() { QCOMPARE(PromptBuilder().systemPrompt(), seedPrompts().first); }

    // The seed's user prompt shows "## Papers" / [PAPER LIST HERE] before "## Relevant Topics";
    // PaperSift sends the papers last. Apart from that move, the reply format, and the "–" the seed
    // lost ("910" for "9–10"), the text is the same line for line.
    void userPromptTemplateEqualsSeedModuloTheMove()
    {
        const QString seed = seedPrompts().second;
        const QString papersBlock = "## Papers\n\n[PAPER LIST HERE]\n\n"_L1;
        const qsizetype at = seed.indexOf(papersBlock);
        QVERIFY(at > 0);
        QVERIFY(seed.mid(at + papersBlock.size()).startsWith("## Relevant Topics\n\n"_L1));
        QString moved
            = seed.left(at) + seed.mid(at + papersBlock.size()) + "\n\n## Papers\n\n[PAPER LIST HERE]"_L1;
        // The reply format is ours: ARXIVID|RELEVANCE|NOVELTY|COMMENT lines where the seed asks for JSONL.
        const QString seedFormat = Test::replyFormatBlock(moved);
        QVERIFY(seedFormat.contains("JSONL"_L1));
        const QString ourFormat = Test::replyFormatBlock(PromptSet::builtIn().instructions);
        QVERIFY(ourFormat.contains("ARXIVID|RELEVANCE|NOVELTY|COMMENT"_L1));
        moved.replace(seedFormat, ourFormat);

        const QStringList expected = moved.split(u'\n');
        const QStringList actual = PromptBuilder().userPromptTemplate().split(u'\n');
        QCOMPARE(actual.size(), expected.size());
        int lostDash = 0;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            if (actual[i] != expected[i] && actual[i].contains(u"9–10"_s)) {
                QCOMPARE(QString(actual[i]).replace(u"9–10"_s, u"910"_s), expected[i]);
                ++lostDash;
                continue;
            }
            QVERIFY2(actual[i] == expected[i],
                qPrintable(u"line %1:\n  ours: %2\n  seed: %3"_s.arg(i + 1).arg(actual[i], expected[i])));
        }
        QCOMPARE(lostDash, 1);
        QVERIFY(PromptBuilder().userPromptTemplate().endsWith("## Papers\n\n[PAPER LIST HERE]"_L1));
    }

    void paperFormat()
    {
        const Paper p = paper(u"2506.11012"_s, u"Sparse  Mixture\n of Experts"_s, u"We study MoE."_s);
        QCOMPARE(PromptBuilder::formatPaper(p),
            u"ArXiv ID: 2506.11012\nTitle: Sparse Mixture of Experts\nAuthors: Ada Lovelace, Alan Turing\n"
            u"Abstract: We study MoE."_s);
        QCOMPARE(PromptBuilder::formatTitle(p), u"2506.11012: Sparse Mixture of Experts"_s);
    }

    void abstractIsCutAt4000Characters()
    {
        const QString longAbstract = QString(4100, u'a');
        const QString block = PromptBuilder::formatPaper(paper(u"2506.00001"_s, u"T"_s, longAbstract));
        QVERIFY(block.endsWith("Abstract: "_L1 + QString(4000, u'a')));
        // A character outside the BMP straddling the cut is not split in half.
        QString emoji = QString(3999, u'b') + u"😀"_s + u"tail"_s;
        const QString cut = PromptBuilder::formatPaper(paper(u"2506.00002"_s, u"T"_s, emoji));
        QVERIFY(cut.endsWith(QString(3999, u'b')));
        QVERIFY(!cut.back().isHighSurrogate());
    }

    void staticPrefixIsIdenticalAcrossBatchesAndPapersComeLast()
    {
        const PromptBuilder b;
        const QList<Paper> one
            = { paper(u"2506.00001"_s, u"First"_s, u"Alpha."_s), paper(u"2506.00002"_s, u"Second"_s, u"Beta."_s) };
        const QList<Paper> two = { paper(u"2506.00003"_s, u"Third"_s, u"Gamma."_s) };
        const QString u1 = b.userPrompt(one);
        const QString u2 = b.userPrompt(two);
        const QString prefix = b.staticPrefix();
        QVERIFY(u1.startsWith(prefix));
        QVERIFY(u2.startsWith(prefix));
        QCOMPARE(u1.mid(prefix.size()), PromptBuilder::formatPapers(one));
        QCOMPARE(u2.mid(prefix.size()), PromptBuilder::formatPapers(two));
        // Nothing of the batch comes before the papers' block.
        for (const Paper &p : one + two)
            QVERIFY(!prefix.contains(p.title) && !prefix.contains(p.abstract));
        QCOMPARE(PromptBuilder::formatPapers(one),
            PromptBuilder::formatPaper(one[0]) + "\n\n"_L1 + PromptBuilder::formatPaper(one[1]));

        const QList<ChatMessage> m = b.messages(one);
        QCOMPARE(m.size(), 2);
        QCOMPARE(m[0].role, u"system"_s);
        QCOMPARE(m[0].content, b.systemPrompt());
        QCOMPARE(m[1].role, u"user"_s);
        QCOMPARE(m[1].content, u1);
        QCOMPARE(b.messages(two)[0], m[0]);
    }

    void jsonModeAsksForAnObject()
    {
        // The built-in instructions never say "JSON", which OpenAI's JSON mode requires.
        QVERIFY(!PromptBuilder().userPromptTemplate().contains("json"_L1, Qt::CaseInsensitive));
        const PromptBuilder json(PromptSet::builtIn(), PromptBuilder::ReplyFormat::JsonObject);
        const QString prefix = json.staticPrefix();
        QVERIFY(prefix.contains(PromptBuilder::JsonObjectNote));
        // After the instructions, before the criteria: the same prefix for every batch.
        QVERIFY(prefix.indexOf(PromptBuilder::JsonObjectNote) < prefix.indexOf("## Relevant Topics"_L1));
        QVERIFY(prefix.startsWith(PromptBuilder().staticPrefix().section("\n\n## Relevant Topics"_L1, 0, 0)));
    }

    void titleFilterPrompt()
    {
        const PromptBuilder b;
        const QList<Paper> batch
            = { paper(u"2506.00001"_s, u"First"_s, u"Alpha."_s), paper(u"2506.00002"_s, u"Second"_s, u"Beta."_s) };
        const QString prompt = b.titleFilterPrompt(batch);
        QVERIFY(prompt.startsWith(b.titleFilterPrefix()));
        QVERIFY(b.titleFilterPrefix().contains(PromptSet::builtIn().criteria.trimmed()));
        QVERIFY(prompt.endsWith("## Papers\n\n2506.00001: First\n2506.00002: Second"_L1));
        QVERIFY(!prompt.contains("Alpha."_L1)); // titles only
        QCOMPARE(b.titleFilterMessages(batch)[0].content, b.systemPrompt());
    }

    void userOverridesReplaceBuiltIns()
    {
        Test::Sandbox sandbox;
        writeFile(sandbox.configDir() + "/criteria.md"_L1, "1. Graph Neural Networks\r\n   - Relevant: GNN\r\n");
        writeFile(sandbox.configDir() + "/system.md"_L1, "   \n\n"); // blank: ignored
        const PromptSet p = PromptSet::load();
        QCOMPARE(p.overridden, QStringList { u"criteria.md"_s });
        QCOMPARE(p.criteria, u"1. Graph Neural Networks\n   - Relevant: GNN\n"_s);
        QCOMPARE(p.system, PromptSet::builtIn().system);
        // Criteria have their own hash in the score key; the template version stays.
        QCOMPARE(p.templateVersion(), PromptSet::BuiltInVersion);
        QVERIFY(PromptBuilder(p).userPromptTemplate().contains(
            "## Relevant Topics\n\n1. Graph Neural Networks\n   - Relevant: GNN\n\n## Papers"_L1));

        writeFile(sandbox.configDir() + "/instructions.md"_L1, "Reply in CSV.\n");
        const PromptSet edited = PromptSet::load(sandbox.configDir());
        QCOMPARE(edited.overridden, (QStringList { u"instructions.md"_s, u"criteria.md"_s }));
        QVERIFY(edited.templateVersion().startsWith(PromptSet::BuiltInVersion + u'+'));
        QCOMPARE(edited.templateVersion().size(), PromptSet::BuiltInVersion.size() + 9);
        QVERIFY(PromptBuilder(edited).staticPrefix().startsWith("Reply in CSV.\n\n## Relevant Topics"_L1));

        // A missing config dir means the built-ins.
        QCOMPARE(PromptSet::load(sandbox.path(u"nowhere"_s)).criteria, PromptSet::builtIn().criteria);
    }

    void tokenEstimate()
    {
        QCOMPARE(PromptBuilder::estimateTokens(u""), 0);
        QCOMPARE(PromptBuilder::estimateTokens(u"abcd"), 1);
        QCOMPARE(PromptBuilder::estimateTokens(u"abcde"), 2);
        const Paper p = paper(u"2506.00001"_s, u"T"_s, QString(400, u'x'));
        QCOMPARE(
            PromptBuilder::estimatePaperTokens(p), PromptBuilder::estimateTokens(PromptBuilder::formatPaper(p)) + 1);
    }
};

QTEST_GUILESS_MAIN(TestPromptBuilder)
#include "tst_promptbuilder.moc"
