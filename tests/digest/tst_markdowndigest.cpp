#include "digest/digest.h"
#include "digest/markdowndigest.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <limits>
#include <random>
#include <tuple>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

const QString kSeparator = u"\n\n---\n\n"_s;
const QString kTocHeading = u"**Table of contents with paper titles:**"_s;

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("Cannot read %s", qPrintable(path));
    return QString::fromUtf8(f.readAll());
}

QString withoutFinalNewline(QString s)
{
    while (s.endsWith(u'\n'))
        s.chop(1);
    return s;
}

// The seeds keep TeX accents as arXiv sent them ("Jo\~ao"); PaperSift shows them decoded. This
// small decoder covers the accents the seeds contain, to build the input and the expected text.
QString decodeTexAccents(const QString &text)
{
    static const QRegularExpression accent(uR"(\\([~'"`^])\{?([A-Za-z])\}?)"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = accent.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).sliced(last, m.capturedStart() - last);
        const QChar mark = m.captured(1).at(0);
        char16_t combining = 0;
        switch (mark.unicode()) {
        case u'~':
            combining = 0x0303;
            break;
        case u'\'':
            combining = 0x0301;
            break;
        case u'"':
            combining = 0x0308;
            break;
        case u'`':
            combining = 0x0300;
            break;
        default:
            combining = 0x0302;
            break;
        }
        out += QString(m.captured(2) + QChar(combining)).normalized(QString::NormalizationForm_C);
        last = m.capturedEnd();
    }
    out += QStringView(text).sliced(last);
    return out;
}

// The seed with its allowed differences applied: author names decoded.
QString decodeAuthorLines(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &l : lines)
        if (l.startsWith("**Authors:** "_L1))
            l = decodeTexAccents(l);
    return lines.join(u'\n');
}

struct SeedPaper
{
    QString id, title, authors, abstract, comment;
    std::optional<int> relevance, novelty;
};

// A paper section as the seeds write it, number and all.
SeedPaper parseSection(const QString &section)
{
    static const QRegularExpression heading(
        uR"(^## \d+\. \[(.*)\]\(https://arxiv\.org/abs/([^)]+)\) <a id="link\d+"></a>$)"_s);
    SeedPaper p;
    const QStringList lines = section.split(u'\n');
    const auto m = heading.match(lines.value(0));
    if (!m.hasMatch())
        qFatal("Not a paper heading: %s", qPrintable(lines.value(0)));
    p.title = m.captured(1);
    p.id = m.captured(2);
    for (const QString &l : lines) {
        if (l.startsWith("**Authors:** "_L1))
            p.authors = l.mid(13);
        else if (l.startsWith("**Abstract:** "_L1))
            p.abstract = l.mid(14);
        else if (l.startsWith("**Comment:** "_L1))
            p.comment = l.mid(13);
        else if (l.startsWith("**Relevance:** "_L1))
            p.relevance = l.mid(15).toInt();
        else if (l.startsWith("**Novelty:** "_L1))
            p.novelty = l.mid(13).toInt();
    }
    return p;
}

struct SplitDigest
{
    QString header; ///< up to the table of contents heading
    QStringList toc; ///< the entries
    QStringList sections; ///< the paper sections
    QString prompt; ///< from "# Paper Selection Prompt" on
};

SplitDigest split(const QString &digest)
{
    SplitDigest d;
    QStringList parts = digest.split(kSeparator);
    if (parts.size() < 2)
        qFatal("Not a digest");
    d.prompt = parts.takeLast();
    const QString head = parts.takeFirst();
    const qsizetype tocAt = head.indexOf(kTocHeading);
    d.header = head.left(tocAt);
    const QString tocText = head.mid(tocAt + kTocHeading.size() + 2);
    if (!tocText.isEmpty())
        d.toc = tocText.split("\n\n"_L1);
    d.sections = parts;
    // An empty digest has one empty chunk where the sections go.
    if (d.sections.size() == 1 && d.sections.first().isEmpty())
        d.sections.clear();
    return d;
}

// Numbers and anchors out, so entries compare as sets whatever their order.
QString unnumbered(QString text)
{
    static const QRegularExpression tocNumber(u"^\\d+\\. \\["_s);
    static const QRegularExpression sectionNumber(u"^## \\d+\\. \\["_s);
    static const QRegularExpression anchor(u"link\\d+"_s);
    text.replace(tocNumber, u"N. ["_s);
    text.replace(sectionNumber, u"## N. ["_s);
    text.replace(anchor, u"linkN"_s);
    return text;
}

QStringList sortedUnnumbered(const QStringList &items)
{
    QStringList out;
    for (const QString &s : items)
        out.append(unnumbered(s));
    out.sort();
    return out;
}

Paper paperFrom(const SeedPaper &s)
{
    Paper p;
    p.id = s.id;
    p.version = 1;
    p.title = s.title;
    p.titleRaw = s.title;
    p.authorsRaw = s.authors;
    p.authors = decodeTexAccents(s.authors).split(", "_L1);
    p.abstract = s.abstract;
    p.abstractRaw = s.abstract;
    p.categories = { u"cs.LG"_s };
    p.primaryCategory = u"cs.LG"_s;
    return p;
}

Score scoreFrom(const SeedPaper &s)
{
    Score score;
    score.key.paperId = s.id;
    score.key.paperVersion = 1;
    score.key.model = u"gpt-4o"_s;
    score.relevance = s.relevance;
    score.novelty = s.novelty;
    score.comment = s.comment;
    return score;
}

QString userPromptTemplate()
{
    const auto trimmedFile = [](const QString &rel) {
        return withoutFinalNewline(readText(Test::sourcePath(rel)));
    };
    return trimmedFile(u"prompts/instructions.md"_s) + "\n\n## Relevant Topics\n\n"_L1
        + trimmedFile(u"prompts/criteria.md"_s) + "\n\n## Papers\n\n[PAPER LIST HERE]"_L1;
}

DigestInput inputFromSeed(const QString &seedName, QStringList *seedSections = nullptr)
{
    const QString seed = readText(Test::seedPath(seedName));
    const SplitDigest parts = split(seed);
    DigestInput in;
    for (const QString &section : parts.sections) {
        const SeedPaper s = parseSection(section);
        DigestEntry e;
        e.paper = paperFrom(s);
        if (s.comment == "Author match"_L1 && !s.relevance) {
            e.followedAuthorMatch = true;
            // Still scored, and low: a followed author's paper is kept whatever its score.
            Score low = scoreFrom(s);
            low.relevance = 3;
            low.novelty = 2;
            low.comment = u"Unrelated to the criteria."_s;
            e.score = low;
        } else {
            e.score = scoreFrom(s);
        }
        in.candidates.append(e);
    }
    if (seedSections)
        *seedSections = parts.sections;
    return in;
}

DigestInput seed0616Input()
{
    DigestInput in = inputFromSeed(u"digest-2025-06-16.md"_s);
    in.day = QDate(2025, 6, 16);
    in.model = u"gpt-4o"_s;
    in.tokens.prompt = 41131;
    in.tokens.completion = 5352;
    // gpt-4o: $2.50 input, $10.00 output per 1M tokens.
    in.promptCostUsd = 41131 * 2.50 / 1e6;
    in.completionCostUsd = 5352 * 10.00 / 1e6;
    in.totalPapers = 610;
    in.scannedPapers = 396;
    in.systemPrompt = readText(Test::sourcePath(u"prompts/system.md"_s));
    in.userPromptTemplate = userPromptTemplate();
    // Papers below the cutoffs, which must stay out.
    const std::tuple<const char *, int, int> below[]
        = { { "2506.19999", 7, 9 }, { "2506.19998", 9, 6 }, { "2506.19997", 10, 1 } };
    for (const auto &[id, rel, nov] : below) {
        DigestEntry e;
        e.paper.id = QLatin1StringView(id);
        e.paper.title = u"Below the cutoff"_s;
        e.paper.authors = { u"Nobody"_s };
        Score s;
        s.relevance = rel;
        s.novelty = nov;
        s.comment = u"Out."_s;
        e.score = s;
        in.candidates.append(e);
    }
    DigestEntry unscored;
    unscored.paper.id = u"2506.19996"_s;
    unscored.paper.title = u"Never scored"_s;
    in.candidates.append(unscored);
    return in;
}

// The seed's prompt section as PaperSift sends the prompt: the "Relevant Topics" block moved
// before "## Papers", and the en dash the seed lost restored.
QStringList expectedPromptLines(const QString &seedPrompt)
{
    QStringList lines = Test::withBuiltInReplyFormat(seedPrompt).split(u'\n');
    const qsizetype papers = lines.indexOf(u"> ## Papers"_s);
    const qsizetype topics = lines.indexOf(u"> ## Relevant Topics"_s);
    if (papers < 0 || topics < papers || lines.at(topics - 1) != "> "_L1)
        qFatal("Unexpected prompt layout in the seed");
    const QStringList papersBlock = lines.mid(papers, topics - 1 - papers);
    const QStringList topicsBlock = lines.mid(topics);
    QStringList out = lines.mid(0, papers);
    out += topicsBlock;
    out += u"> "_s;
    out += papersBlock;
    for (QString &l : out)
        l.replace("score of 910 despite"_L1, u"score of 9\u201310 despite"_s);
    return out;
}

struct Ranked
{
    int relevance = -1, novelty = -1;
    bool followed = false;
    QString id;
};

QList<Ranked> rankedSections(const QStringList &sections)
{
    QList<Ranked> out;
    for (const QString &s : sections) {
        const SeedPaper p = parseSection(s);
        out.append({ p.relevance.value_or(-1), p.novelty.value_or(-1), p.comment == "Author match"_L1, p.id });
    }
    return out;
}

void verifyDigestOrder(const QList<Ranked> &ranked)
{
    for (qsizetype i = 1; i < ranked.size(); ++i) {
        const Ranked &a = ranked.at(i - 1), &b = ranked.at(i);
        const QByteArray whereText = (a.id + " before "_L1 + b.id).toUtf8();
        const char *where = whereText.constData();
        if (a.followed != b.followed) {
            QVERIFY2(a.followed, where);
            continue;
        }
        const bool inOrder = a.relevance > b.relevance
            || (a.relevance == b.relevance && (a.novelty > b.novelty || (a.novelty == b.novelty && a.id < b.id)));
        QVERIFY2(inOrder, where);
    }
}

Paper syntheticPaper(int i)
{
    Paper p;
    p.id = u"2506.%1"_s.arg(10000 + i);
    p.title = u"Paper %1"_s.arg(i);
    p.authors = { u"Author %1"_s.arg(i) };
    p.abstract = u"Abstract %1."_s.arg(i);
    return p;
}

DigestEntry scored(const Paper &p, std::optional<int> rel, std::optional<int> nov, bool followed = false)
{
    DigestEntry e;
    e.paper = p;
    e.followedAuthorMatch = followed;
    if (rel || nov) {
        Score s;
        s.relevance = rel;
        s.novelty = nov;
        s.comment = u"Comment on "_s + p.id;
        e.score = s;
    }
    return e;
}

} // namespace

class TestMarkdownDigest : public QObject
{
    Q_OBJECT

private slots:
    // ---- golden test against tests/fixtures/digests/digest-2025-06-16.md ---------------------------------------

    void goldenHeaderAndCounts()
    {
        const QString seed = decodeAuthorLines(readText(Test::seedPath(u"digest-2025-06-16.md"_s)));
        const QString ours = QString::fromUtf8(MarkdownDigest::render(seed0616Input()));
        const QStringList expected = split(seed).header.split(u'\n');
        const QStringList actual = split(ours).header.split(u'\n');
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(actual.at(i), expected.at(i));
        QVERIFY(ours.contains("\n\n**Table of contents with paper titles:**\n\n1. ["_L1));
    }

    void goldenTableOfContentsAsSet()
    {
        const QString seed = decodeAuthorLines(readText(Test::seedPath(u"digest-2025-06-16.md"_s)));
        const SplitDigest ours = split(QString::fromUtf8(MarkdownDigest::render(seed0616Input())));
        const SplitDigest theirs = split(seed);
        QCOMPARE(ours.toc.size(), 26);
        QCOMPARE(sortedUnnumbered(ours.toc), sortedUnnumbered(theirs.toc));
        // Entries are numbered 1…N and link to their own section.
        for (qsizetype i = 0; i < ours.toc.size(); ++i) {
            const QString n = QString::number(i + 1);
            QVERIFY(ours.toc.at(i).startsWith(n + ". ["_L1));
            QVERIFY(ours.toc.at(i).contains("(#user-content-link"_L1 + n + ")\n**Authors:** "_L1));
            QVERIFY(ours.sections.at(i).startsWith("## "_L1 + n + ". ["_L1));
            QVERIFY(ours.sections.at(i).contains("<a id=\"link"_L1 + n + "\"></a>"_L1));
            QCOMPARE(parseSection(ours.sections.at(i)).title,
                QRegularExpression(u"^\\d+\\. \\[(.*)\\]\\(#"_s).match(ours.toc.at(i)).captured(1));
        }
    }

    void goldenSectionsAsSet()
    {
        const QString seed = decodeAuthorLines(readText(Test::seedPath(u"digest-2025-06-16.md"_s)));
        const SplitDigest ours = split(QString::fromUtf8(MarkdownDigest::render(seed0616Input())));
        const SplitDigest theirs = split(seed);
        QCOMPARE(ours.sections.size(), 26);
        const QStringList a = sortedUnnumbered(ours.sections);
        const QStringList b = sortedUnnumbered(theirs.sections);
        for (qsizetype i = 0; i < b.size(); ++i)
            QCOMPARE(a.at(i), b.at(i));
        // The decoded names are there, as UTF-8.
        QVERIFY(MarkdownDigest::render(seed0616Input()).contains("Jo\xc3\xa3o Felipe Rocha"));
        QVERIFY(MarkdownDigest::render(seed0616Input()).contains("Bernhard Sch\xc3\xb6lkopf"));
    }

    void goldenOrderFollowsTheRule()
    {
        const SplitDigest ours = split(QString::fromUtf8(MarkdownDigest::render(seed0616Input())));
        verifyDigestOrder(rankedSections(ours.sections));
        // Ties are broken by id: the 9/8 block starts with the lowest id of that block.
        QCOMPARE(parseSection(ours.sections.at(0)).id, u"2506.11030"_s);
        QCOMPARE(parseSection(ours.sections.at(1)).id, u"2506.11043"_s);
        QCOMPARE(parseSection(ours.sections.at(25)).id, u"2506.12012"_s);
    }

    void goldenPromptSection()
    {
        const QString seed = readText(Test::seedPath(u"digest-2025-06-16.md"_s));
        const QString ours = QString::fromUtf8(MarkdownDigest::render(seed0616Input()));
        const QString theirsPrompt = split(seed).prompt;
        const QString oursPrompt = split(ours).prompt;
        // System prompt part: identical.
        const qsizetype user = theirsPrompt.indexOf("## User Prompt\n\n"_L1);
        QVERIFY(user > 0);
        QCOMPARE(oursPrompt.left(user), theirsPrompt.left(user));
        // User prompt part: identical but for the moved block and the restored dash.
        const QStringList expected = expectedPromptLines(theirsPrompt.mid(user));
        const QStringList actual = oursPrompt.mid(user).split(u'\n');
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(actual.at(i), expected.at(i));
        // Like the seed, the digest ends with the last prompt line, with no final newline.
        QVERIFY(ours.endsWith("\n> ## Papers\n> \n> [PAPER LIST HERE]"_L1));
        QVERIFY(ours.contains(u"score of 9\u201310 despite"_s));
    }

    void goldenWholeFileWithSeedOrder()
    {
        // The whole file, byte for byte: the seed's own entries, put in the produced order and
        // renumbered, with the allowed differences applied (decoded names, the prompt's moved
        // block and restored dash), equals what we render.
        DigestInput in = seed0616Input();
        QStringList seedSections;
        inputFromSeed(u"digest-2025-06-16.md"_s, &seedSections);
        QStringList order;
        for (const QString &s : seedSections)
            order.append(parseSection(s).id);
        const SplitDigest ours = split(QString::fromUtf8(MarkdownDigest::render(in)));
        QStringList producedIds;
        for (const QString &s : ours.sections)
            producedIds.append(parseSection(s).id);
        QCOMPARE(QSet<QString>(producedIds.cbegin(), producedIds.cend()), QSet<QString>(order.cbegin(), order.cend()));

        // Rebuild the expected file from the seed in the produced order.
        const QString seed = decodeAuthorLines(readText(Test::seedPath(u"digest-2025-06-16.md"_s)));
        const SplitDigest theirs = split(seed);
        QStringList tocInOrder, sectionsInOrder;
        for (qsizetype i = 0; i < producedIds.size(); ++i) {
            const qsizetype at = order.indexOf(producedIds.at(i));
            const QString n = QString::number(i + 1);
            QString toc = unnumbered(theirs.toc.at(at));
            toc.replace(0, 1, n); // "N. [" → "7. ["
            toc.replace("linkN"_L1, "link"_L1 + n);
            QString sec = unnumbered(theirs.sections.at(at));
            sec.replace(0, 4, "## "_L1 + n);
            sec.replace("linkN"_L1, "link"_L1 + n);
            tocInOrder.append(toc);
            sectionsInOrder.append(sec);
        }
        QStringList expectedPrompt = expectedPromptLines(theirs.prompt.mid(theirs.prompt.indexOf("## User Prompt"_L1)));
        const QString expected = theirs.header + kTocHeading + "\n\n"_L1 + tocInOrder.join("\n\n"_L1) + kSeparator
            + sectionsInOrder.join(kSeparator) + kSeparator
            + theirs.prompt.left(theirs.prompt.indexOf("## User Prompt"_L1)) + expectedPrompt.join(u'\n');
        const QByteArray actual = MarkdownDigest::render(in);
        QCOMPARE(actual, expected.toUtf8());
    }

    // ---- the older seed: followed authors ------------------------------------------------------

    void followedAuthorLayout()
    {
        QStringList seedSections;
        DigestInput in = inputFromSeed(u"digest-2025-03-24.md"_s, &seedSections);
        in.day = QDate(2025, 3, 24);
        in.model = u"gpt-4o"_s;
        in.relevanceCutoff = 7; // that day's cutoffs
        in.noveltyCutoff = 7;
        const SplitDigest ours = split(QString::fromUtf8(MarkdownDigest::render(in)));
        const QString seed = decodeAuthorLines(readText(Test::seedPath(u"digest-2025-03-24.md"_s)));
        const SplitDigest theirs = split(seed);

        // The Author-match entry comes first, byte for byte as the seed shows it: the comment,
        // then three blank lines before the separator, no Relevance/Novelty lines.
        QCOMPARE(ours.sections.first(), theirs.sections.first());
        QVERIFY(ours.sections.first().endsWith("**Comment:** Author match\n\n"_L1));
        const QByteArray bytes = MarkdownDigest::render(in);
        QVERIFY(bytes.contains("**Comment:** Author match\n\n\n\n---\n\n## 2. ["));
        QVERIFY(!ours.sections.first().contains("**Relevance:**"_L1));
        QCOMPARE(ours.toc.first(), theirs.toc.first());

        // It counts among the relevant papers, and everything else matches as a set.
        QVERIFY(bytes.contains("Total relevant papers: 28\n"));
        QCOMPARE(sortedUnnumbered(ours.sections), sortedUnnumbered(theirs.sections));
        QCOMPARE(sortedUnnumbered(ours.toc), sortedUnnumbered(theirs.toc));
        verifyDigestOrder(rankedSections(ours.sections));
    }

    // ---- selection ----------------------------------------------------------------------------

    void selection()
    {
        DigestInput in;
        in.candidates = {
            scored(syntheticPaper(1), 10, 1), // novelty too low
            scored(syntheticPaper(2), 8, 7), // exactly at both cutoffs
            scored(syntheticPaper(3), 7, 10), // relevance too low
            scored(syntheticPaper(4), std::nullopt, std::nullopt), // unscored
            scored(syntheticPaper(5), 2, 1, true), // followed author, low scores
            scored(syntheticPaper(6), 9, std::nullopt), // keyword scorer: no novelty
            scored(syntheticPaper(7), 9, 9), scored(syntheticPaper(8), 9, 9),
            scored(syntheticPaper(7), 9, 9), // listed twice
            scored(syntheticPaper(9), std::nullopt, std::nullopt, true), // followed, unscored
        };
        QStringList ids;
        for (const DigestEntry &e : selectEntries(in))
            ids.append(e.paper.id);
        // Followed authors first (by their scores too), then relevance, novelty (none last), id.
        QCOMPARE(ids,
            (QStringList { u"2506.10005"_s, u"2506.10009"_s, u"2506.10007"_s, u"2506.10008"_s, u"2506.10006"_s,
                u"2506.10002"_s }));

        in.relevanceCutoff = 10;
        in.noveltyCutoff = 1;
        ids.clear();
        for (const DigestEntry &e : selectEntries(in))
            ids.append(e.paper.id);
        QCOMPARE(ids, (QStringList { u"2506.10005"_s, u"2506.10009"_s, u"2506.10001"_s }));
    }

    void keywordScoredPaperShowsNoNovelty()
    {
        DigestInput in;
        in.candidates = { scored(syntheticPaper(1), 9, std::nullopt) };
        const QByteArray md = MarkdownDigest::render(in);
        QVERIFY(md.contains("**Relevance:** 9\n**Novelty:** n/a\n\n---"));
    }

    // ---- the token/cost table ------------------------------------------------------------------

    void formatCost_data()
    {
        QTest::addColumn<double>("usd");
        QTest::addColumn<QString>("text");
        QTest::newRow("seed prompt") << 41131 * 2.50 / 1e6 << u"$0.1"_s;
        QTest::newRow("seed completion") << 5352 * 10.00 / 1e6 << u"$0.05"_s;
        QTest::newRow("seed total") << (41131 * 2.50 / 1e6 + 5352 * 10.00 / 1e6) << u"$0.16"_s;
        QTest::newRow("older seed") << 44946 * 2.50 / 1e6 << u"$0.11"_s;
        QTest::newRow("zero") << 0.0 << u"$0.0"_s;
        QTest::newRow("tiny") << 0.0004 << u"$0.0"_s;
        QTest::newRow("0.3 not 0.30") << 0.29549 << u"$0.3"_s;
        QTest::newRow("whole") << 3.0 << u"$3.0"_s;
        QTest::newRow("one decimal") << 12.5 << u"$12.5"_s;
        QTest::newRow("long") << 1234.5678 << u"$1234.57"_s;
        QTest::newRow("longer") << 98765.4321 << u"$98765.43"_s;
        // Python rounds the binary value: 2.675 is 2.67499999…, 0.125 is a tie (to even).
        QTest::newRow("2.675") << 2.675 << u"$2.67"_s;
        QTest::newRow("0.125 tie") << 0.125 << u"$0.12"_s;
        QTest::newRow("0.375 tie") << 0.375 << u"$0.38"_s;
        QTest::newRow("0.005") << 0.005 << u"$0.01"_s;
    }

    void formatCost()
    {
        QFETCH(double, usd);
        QFETCH(QString, text);
        QCOMPARE(MarkdownDigest::formatCost(usd), text);
    }

    void formatCostUnknown()
    {
        QCOMPARE(MarkdownDigest::formatCost(std::nullopt), u"n/a"_s);
        QCOMPARE(MarkdownDigest::formatCost(std::numeric_limits<double>::quiet_NaN()), u"n/a"_s);
    }

    void tableWithLongerNumbers()
    {
        DigestInput in;
        in.model = u"o3"_s;
        in.tokens.prompt = 123456789;
        in.tokens.completion = 5;
        in.promptCostUsd = 1234.5678;
        in.completionCostUsd = 0.00005;
        const QString expected = u"| *[o3]*    | Prompt    | Completion   | Total     |\n"
                                 "|:---------:|:---------:|:------------:|:---------:|\n"
                                 "| **Token** | 123456789 | 5            | 123456794 |\n"
                                 "| **Cost**  | $1234.57  | $0.0         | $1234.57  |"_s;
        QCOMPARE(MarkdownDigest::tokenCostTable(in), expected);
    }

    void tableWithUnknownPrice()
    {
        DigestInput in;
        in.model = u"local-llama"_s;
        in.tokens.prompt = 41131;
        in.tokens.completion = 5352;
        const QString expected = u"| *[local-llama]*   | Prompt   | Completion   | Total   |\n"
                                 "|:-----------------:|:--------:|:------------:|:-------:|\n"
                                 "| **Token**         | 41131    | 5352         | 46483   |\n"
                                 "| **Cost**          | n/a      | n/a          | n/a     |"_s;
        QCOMPARE(MarkdownDigest::tokenCostTable(in), expected);
        // A known prompt price with an unknown completion price has no total either.
        in.promptCostUsd = 0.5;
        QVERIFY(MarkdownDigest::tokenCostTable(in).endsWith("| $0.5     | n/a          | n/a     |"_L1));
    }

    void tableModelNameCannotBreakTheTable()
    {
        DigestInput in;
        in.model = u"weird|model]*"_s;
        const QStringList lines = MarkdownDigest::tokenCostTable(in).split(u'\n');
        QCOMPARE(lines.size(), 4);
        for (const QString &l : lines)
            QCOMPARE(l.count(QRegularExpression(u"(?<!\\\\)\\|"_s)), 5);
    }

    // ---- Markdown safety -----------------------------------------------------------------------

    void escapeInline_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("ordinary") << u"Spectral Estimation with Free Decompression"_s
                                  << u"Spectral Estimation with Free Decompression"_s;
        QTest::newRow("math kept") << u"Glivenko-Cantelli for $f$-divergence, $\\mathcal{O}(n)$"_s
                                   << u"Glivenko-Cantelli for $f$-divergence, $\\mathcal{O}(n)$"_s;
        QTest::newRow("brackets") << u"A [B] C"_s << u"A \\[B\\] C"_s;
        QTest::newRow("pipe star lt") << u"x | y *z* <b>"_s << u"x \\| y \\*z\\* \\<b>"_s;
        QTest::newRow("backtick") << u"`code`"_s << u"\\`code\\`"_s;
        QTest::newRow("backslash before punct") << u"a\\[b"_s << u"a\\\\\\[b"_s;
        QTest::newRow("trailing backslash") << u"end\\"_s << u"end\\\\"_s;
        QTest::newRow("newlines") << u"Line one\n  line two\r\nthree\n"_s << u"Line one line two three"_s;
        QTest::newRow("unicode") << u"Schr\u00f6dinger \u2013 9\u201310"_s << u"Schr\u00f6dinger \u2013 9\u201310"_s;
    }

    void escapeInline()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(MarkdownDigest::escapeInline(text), escaped);
    }

    void escapeParagraph()
    {
        QCOMPARE(MarkdownDigest::escapeParagraph(u"Vaswani et al. [12] (<10%) `x` $\\Delta W$"_s),
            u"Vaswani et al. [12] (<10%) `x` $\\Delta W$"_s);
        QCOMPARE(MarkdownDigest::escapeParagraph(u"a <script>x</script> <!-- c -->"_s),
            u"a &lt;script>x&lt;/script> &lt;!-- c -->"_s);
        QCOMPARE(MarkdownDigest::escapeParagraph(u"First.\n\n# Not a heading\n---\n- not a list"_s),
            u"First. # Not a heading --- - not a list"_s);
    }

    void markdownBreakingPaperStaysInItsPlace()
    {
        Paper p = syntheticPaper(1);
        p.title = u"Break [the] | link](http://evil) <a id=\"link9\"></a> *bold \\"_s + u"\n## Fake heading"_s;
        p.authors = { u"Eve [x](y)"_s, u"Mallory *|*"_s, u"Jo\u00e3o\nSilva"_s };
        p.abstract = u"Line\n\n---\n\n## 99. [Fake](x)\n| a | b |\n|---|---|"_s;
        DigestInput in;
        in.candidates = { scored(p, 9, 9), scored(syntheticPaper(2), 9, 8) };
        in.candidates[0].score->comment = u"Good.\n\n**Relevance:** 1"_s;
        const QString md = QString::fromUtf8(MarkdownDigest::render(in));
        const SplitDigest d = split(md);
        QCOMPARE(d.sections.size(), 2);
        QCOMPARE(d.toc.size(), 2);

        // The ToC entry is two lines; its link text ends at the first unescaped "]".
        const QStringList tocLines = d.toc.at(0).split(u'\n');
        QCOMPARE(tocLines.size(), 2);
        static const QRegularExpression link(uR"(^1\. \[((?:[^\]\\]|\\.)*)\]\(#user-content-link1\)$)"_s);
        QVERIFY2(link.match(tocLines.at(0)).hasMatch(), qPrintable(tocLines.at(0)));
        QCOMPARE(tocLines.at(1), u"**Authors:** Eve \\[x\\](y), Mallory \\*\\|\\*, Jo\u00e3o Silva"_s);

        // The heading is one line ending with the real anchor, and there is no other heading.
        const QStringList lines = d.sections.at(0).split(u'\n');
        static const QRegularExpression heading(
            uR"(^## 1\. \[((?:[^\]\\]|\\.)*)\]\(https://arxiv\.org/abs/2506\.10001\) <a id="link1"></a>$)"_s);
        QVERIFY2(heading.match(lines.at(0)).hasMatch(), qPrintable(lines.at(0)));
        QCOMPARE(md.count(QRegularExpression(u"^## \\d"_s, QRegularExpression::MultilineOption)), 2);
        QCOMPARE(md.count(QRegularExpression(u"<a id=\"link\\d\"></a>"_s)), 2);
        QCOMPARE(md.count(QRegularExpression(u"^---$"_s, QRegularExpression::MultilineOption)), 3);
        // Every field stays on its own line.
        QCOMPARE(lines.size(), 12);
        QVERIFY(lines.at(6).startsWith("**Abstract:** Line --- ## 99. [Fake](x) | a | b | |---|---|"_L1));
        QCOMPARE(lines.at(8), u"**Comment:** Good. **Relevance:** 1"_s);
        QCOMPARE(lines.at(10), u"**Relevance:** 9"_s);
    }

    void quotePrompt()
    {
        QCOMPARE(MarkdownDigest::quote(u"a\n\nb\n"_s), u"> a\n> \n> b"_s);
        QCOMPARE(MarkdownDigest::quote(u"a\r\nb"_s), u"> a\n> b"_s);
    }

    // ---- whole-file properties -----------------------------------------------------------------

    void emptyDay()
    {
        DigestInput in;
        in.day = QDate(2025, 9, 23);
        in.model = u"gpt-5"_s;
        in.totalPapers = 964;
        in.scannedPapers = 548;
        in.systemPrompt = u"System."_s;
        in.userPromptTemplate = u"User."_s;
        const QByteArray expected = "# Personalized Daily ArXiv Papers 2025-09-23\n\n"
                                    "| *[gpt-5]*   | Prompt   | Completion   | Total   |\n"
                                    "|:-----------:|:--------:|:------------:|:-------:|\n"
                                    "| **Token**   | 0        | 0            | 0       |\n"
                                    "| **Cost**    | n/a      | n/a          | n/a     |\n\n"
                                    "Total arXiv papers: 964\n\n"
                                    "Total scanned papers: 548\n\n"
                                    "Total relevant papers: 0\n\n"
                                    "**Table of contents with paper titles:**\n\n\n\n---\n\n\n\n---\n\n"
                                    "# Paper Selection Prompt\n\n## System Prompt\n\n> System.\n\n"
                                    "## User Prompt\n\n> User.";
        QCOMPARE(MarkdownDigest::render(in), expected);
    }

    void anUnfinishedDaySaysSoUnderTheCounts()
    {
        DigestInput in;
        in.day = QDate(2025, 6, 16);
        in.model = u"gpt-4o"_s;
        in.totalPapers = 458;
        in.scannedPapers = 0;
        in.unscoredPapers = 318;
        in.unscoredReason = u"the endpoint answered HTTP 429"_s;
        in.systemPrompt = u"System."_s;
        in.userPromptTemplate = u"User."_s;
        const QByteArray md = MarkdownDigest::render(in);
        QVERIFY2(md.contains("Total scanned papers: 0\n\nTotal relevant papers: 0\n\n"
                             "Unscored: 318 (the endpoint answered HTTP 429) — run `papersift score --date 2025-06-16` "
                             "to finish\n\n**Table of contents with paper titles:**"),
            md.constData());
        // A reason cannot open an HTML tag or break the line.
        in.unscoredReason = u"<script>\nx"_s;
        QVERIFY(MarkdownDigest::unscoredLine(in).startsWith(u"Unscored: 318 (&lt;script> x) — "_s));
        // Nothing unscored: no line, the established format byte for byte (goldenWholeFile…).
        in.unscoredPapers = 0;
        QVERIFY(!MarkdownDigest::render(in).contains("Unscored"));
    }

    void deterministic()
    {
        DigestInput in = seed0616Input();
        const QByteArray first = MarkdownDigest::render(in);
        QCOMPARE(MarkdownDigest::render(in), first);
        std::mt19937 rng(42);
        for (int round = 0; round < 5; ++round) {
            std::shuffle(in.candidates.begin(), in.candidates.end(), rng);
            QCOMPARE(MarkdownDigest::render(in), first);
        }
    }

    void utf8Output()
    {
        Paper p = syntheticPaper(1);
        p.title = u"Schr\u00f6dinger bridges \u2013 \u6f22\u5b57 \U0001F600"_s;
        DigestInput in;
        in.candidates = { scored(p, 9, 9) };
        const QByteArray md = MarkdownDigest::render(in);
        QVERIFY(md.contains("Schr\xc3\xb6"
                            "dinger bridges \xe2\x80\x93 \xe6\xbc\xa2\xe5\xad\x97 \xf0\x9f\x98\x80"));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownDigest)
#include "tst_markdowndigest.moc"
