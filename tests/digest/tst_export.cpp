#include "digest/bibtexexport.h"
#include "digest/digest.h"
#include "digest/jsonexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

Paper fullPaper()
{
    Paper p;
    p.id = u"2506.11938"_s;
    p.version = 2;
    p.title = u"Improving \"Safety\" with Contrastive\nRepresentation Learning \u2013 Sch\u00f6n"_s;
    p.authors = { u"Samuel Simko"_s, u"Bernhard Sch\u00f6lkopf"_s, u"Zhijing Jin"_s };
    p.affiliations = { u"ETH Z\u00fcrich"_s, u"MPI, T\u00fcbingen"_s, QString() };
    p.abstract = u"Tabs\there, a backslash \\ and a control \u0001 char."_s;
    p.categories = { u"cs.LG"_s, u"cs.AI"_s };
    p.primaryCategory = u"cs.LG"_s;
    p.comments = u"12 pages"_s;
    p.journalRef = u"NeurIPS 2025"_s;
    p.doi = u"10.1000/xyz_123"_s;
    p.published = QDateTime(QDate(2025, 6, 13), QTime(17, 59, 0), QTimeZone::UTC);
    p.updated = QDateTime(QDate(2025, 6, 14), QTime(8, 0, 0), QTimeZone::UTC);
    p.announceType = AnnounceType::Cross;
    p.announced = QDate(2025, 6, 16);
    return p;
}

Score fullScore()
{
    Score s;
    s.key = { u"2506.11938"_s, 2, u"abc123"_s, u"gpt-4o"_s, u"v1"_s };
    s.relevance = 8;
    s.novelty = 7;
    s.comment = u"Matches \u201crepresentation learning\u201d."_s;
    s.usage = { 300, 100, 40 };
    s.scoredAt = QDateTime(QDate(2025, 6, 17), QTime(0, 10, 0), QTimeZone::UTC);
    return s;
}

Paper paper(const QString &id, const QString &title, const QStringList &authors)
{
    Paper p;
    p.id = id;
    p.title = title;
    p.authors = authors;
    p.primaryCategory = u"cs.LG"_s;
    return p;
}

// Braces balance once TeX escapes (\{, \}) are set aside; never below zero.
bool bracesBalanced(const QString &text)
{
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            ++i;
            continue;
        }
        if (c == u'{')
            ++depth;
        else if (c == u'}' && --depth < 0)
            return false;
    }
    return depth == 0;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    // ---- JSON ----------------------------------------------------------------------------------

    void jsonEntriesParseBackWithAllFields()
    {
        DigestEntry e;
        e.paper = fullPaper();
        e.score = fullScore();
        e.userState = DigestUserState { true, true, 4, u"Read on the train."_s };
        e.yours = 7.3456;
        DigestEntry bare;
        bare.paper = paper(u"2506.00001"_s, u"Bare"_s, {});
        bare.followedAuthorMatch = true;

        const QByteArray json = JsonExport::render(QList<DigestEntry> { e, bare });
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 2);

        const QJsonObject o = doc.array().at(0).toObject();
        QCOMPARE(o.value("id"_L1).toString(), u"2506.11938"_s);
        QCOMPARE(o.value("version"_L1).toInt(), 2);
        QCOMPARE(o.value("title"_L1).toString(), fullPaper().title);
        QCOMPARE(o.value("authors"_L1).toArray().at(1).toString(), u"Bernhard Sch\u00f6lkopf"_s);
        QCOMPARE(o.value("affiliations"_L1).toArray().at(1).toString(), u"MPI, T\u00fcbingen"_s);
        QCOMPARE(o.value("abstract"_L1).toString(), fullPaper().abstract);
        QCOMPARE(o.value("categories"_L1).toArray().size(), 2);
        QCOMPARE(o.value("primary_category"_L1).toString(), u"cs.LG"_s);
        QCOMPARE(o.value("comments"_L1).toString(), u"12 pages"_s);
        QCOMPARE(o.value("journal_ref"_L1).toString(), u"NeurIPS 2025"_s);
        QCOMPARE(o.value("doi"_L1).toString(), u"10.1000/xyz_123"_s);
        QCOMPARE(o.value("announced"_L1).toString(), u"2025-06-16"_s);
        QCOMPARE(o.value("announce_type"_L1).toString(), u"cross"_s);
        QCOMPARE(o.value("published"_L1).toString(), u"2025-06-13T17:59:00Z"_s);
        QCOMPARE(o.value("updated"_L1).toString(), u"2025-06-14T08:00:00Z"_s);
        QCOMPARE(o.value("abs_url"_L1).toString(), u"https://arxiv.org/abs/2506.11938"_s);
        QCOMPARE(o.value("pdf_url"_L1).toString(), u"https://arxiv.org/pdf/2506.11938"_s);
        QCOMPARE(o.value("followed_author"_L1).toBool(), false);
        QCOMPARE(o.value("yours"_L1).toDouble(), 7.35); // two decimals: a ranking, not a measurement

        const QJsonObject s = o.value("score"_L1).toObject();
        QCOMPARE(s.value("relevance"_L1).toInt(), 8);
        QCOMPARE(s.value("novelty"_L1).toInt(), 7);
        QCOMPARE(s.value("comment"_L1).toString(), fullScore().comment);
        QCOMPARE(s.value("model"_L1).toString(), u"gpt-4o"_s);
        QCOMPARE(s.value("criteria_sha256"_L1).toString(), u"abc123"_s);
        QCOMPARE(s.value("prompt_version"_L1).toString(), u"v1"_s);
        QCOMPARE(s.value("scored_at"_L1).toString(), u"2025-06-17T00:10:00Z"_s);
        QCOMPARE(s.value("tokens"_L1).toObject().value("cached"_L1).toInt(), 100);

        const QJsonObject u = o.value("user_state"_L1).toObject();
        QCOMPARE(u.value("starred"_L1).toBool(), true);
        QCOMPARE(u.value("rating"_L1).toInt(), 4);
        QCOMPARE(u.value("note"_L1).toString(), u"Read on the train."_s);

        const QJsonObject b = doc.array().at(1).toObject();
        QVERIFY(b.value("score"_L1).isNull());
        QVERIFY(b.value("doi"_L1).isNull());
        QVERIFY(b.value("published"_L1).isNull());
        QCOMPARE(b.value("followed_author"_L1).toBool(), true);
        QVERIFY(b.contains("yours"_L1) && b.value("yours"_L1).isNull()); // no ranking trained
        QVERIFY(!b.contains("user_state"_L1)); // only when provided
    }

    void jsonIsUtf8WithStableKeyOrder()
    {
        DigestEntry e;
        e.paper = fullPaper();
        e.score = fullScore();
        const QByteArray json = JsonExport::render(QList<DigestEntry> { e });
        QVERIFY(json.contains("Sch\xc3\xb6lkopf")); // UTF-8, not \u escapes
        QVERIFY(json.contains("\\u0001"));
        QVERIFY(json.endsWith("]\n"));
        // Reading order, not alphabetical.
        const QList<QByteArray> keys
            = { "\"id\"", "\"version\"", "\"title\"", "\"authors\"", "\"abstract\"", "\"categories\"", "\"doi\"",
                  "\"announced\"", "\"abs_url\"", "\"followed_author\"", "\"score\"", "\"relevance\"", "\"novelty\"" };
        qsizetype last = -1;
        for (const QByteArray &k : keys) {
            const qsizetype at = json.indexOf(k);
            QVERIFY2(at > last, k.constData());
            last = at;
        }
        QCOMPARE(JsonExport::render(QList<DigestEntry> { e }), json);
    }

    void jsonDigestSelectsLikeTheMarkdown()
    {
        DigestInput in;
        in.day = QDate(2025, 6, 16);
        in.model = u"local"_s;
        in.tokens = { 1000, 200, 50 };
        in.totalPapers = 610;
        in.scannedPapers = 318;
        DigestEntry kept;
        kept.paper = fullPaper();
        kept.score = fullScore();
        DigestEntry dropped;
        dropped.paper = paper(u"2506.00002"_s, u"Low"_s, { u"A B"_s });
        dropped.score = fullScore();
        dropped.score->relevance = 3;
        DigestEntry followed;
        followed.paper = paper(u"2506.00003"_s, u"Followed"_s, { u"Yoshua Bengio"_s });
        followed.followedAuthorMatch = true;
        in.candidates = { dropped, kept, followed };

        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(JsonExport::render(in), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value("day"_L1).toString(), u"2025-06-16"_s);
        QCOMPARE(o.value("tokens"_L1).toObject().value("total"_L1).toInt(), 1050);
        QVERIFY(o.value("cost_usd"_L1).toObject().value("total"_L1).isNull()); // unknown price
        QCOMPARE(o.value("total_papers"_L1).toInt(), 610);
        QCOMPARE(o.value("scanned_papers"_L1).toInt(), 318);
        QCOMPARE(o.value("relevant_papers"_L1).toInt(), 2);
        const QJsonArray papers = o.value("papers"_L1).toArray();
        QCOMPARE(papers.size(), 2);
        QCOMPARE(papers.at(0).toObject().value("id"_L1).toString(), u"2506.00003"_s);
        QCOMPARE(papers.at(1).toObject().value("id"_L1).toString(), u"2506.11938"_s);

        in.promptCostUsd = 0.1028275;
        in.completionCostUsd = 0.05352;
        const QJsonObject cost
            = QJsonDocument::fromJson(JsonExport::render(in)).object().value("cost_usd"_L1).toObject();
        QCOMPARE(cost.value("prompt"_L1).toDouble(), 0.1028275);
        QCOMPARE(cost.value("total"_L1).toDouble(), 0.1028275 + 0.05352);
    }

    void jsonEmpty()
    {
        QCOMPARE(JsonExport::render(QList<DigestEntry> {}), QByteArray("[]\n"));
        QVERIFY(QJsonDocument::fromJson(JsonExport::render(DigestInput {})).isObject());
    }

    // ---- BibTeX --------------------------------------------------------------------------------

    void bibtexEntry()
    {
        const QString bib = QString::fromUtf8(BibtexExport::render({ fullPaper() }));
        const QString expected
            = u"@misc{simko2025improving,\n"
              "  title = {Improving \"Safety\" with Contrastive Representation Learning \u2013 Sch\u00f6n},\n"
              "  author = {Samuel Simko and Bernhard Sch\u00f6lkopf and Zhijing Jin},\n"
              "  year = {2025},\n"
              "  eprint = {2506.11938},\n"
              "  archivePrefix = {arXiv},\n"
              "  primaryClass = {cs.LG},\n"
              "  url = {https://arxiv.org/abs/2506.11938},\n"
              "  doi = {10.1000/xyz_123},\n"
              "  note = {NeurIPS 2025}\n"
              "}\n"_s;
        QCOMPARE(bib, expected);
    }

    void bibtexEscapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << u"Spectral Estimation"_s << u"Spectral Estimation"_s;
        QTest::newRow("specials")
            << u"50% of R&D_x #1 {set} ~ ^ a\\b"_s
            << u"50\\% of R\\&D\\_x \\#1 \\{set\\} \\textasciitilde{} \\textasciicircum{} a\\textbackslash{}b"_s;
        QTest::newRow("math kept") << u"Glivenko-Cantelli for $f$-divergence and $O(n^{2})$"_s
                                   << u"Glivenko-Cantelli for $f$-divergence and $O(n^{2})$"_s;
        QTest::newRow("unpaired dollar") << u"Costs $5 only"_s << u"Costs \\$5 only"_s;
        QTest::newRow("unbalanced math") << u"$a}$ b"_s << u"\\$a\\}\\$ b"_s;
        QTest::newRow("percent in math") << u"$50%$"_s << u"\\$50\\%\\$"_s;
        QTest::newRow("unicode kept") << u"Schr\u00f6dinger \u2013 \u6f22\u5b57"_s
                                      << u"Schr\u00f6dinger \u2013 \u6f22\u5b57"_s;
        QTest::newRow("newlines") << u"Two\n  lines"_s << u"Two lines"_s;
    }

    void bibtexEscapes()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(BibtexExport::escape(text), escaped);
        QVERIFY(bracesBalanced(BibtexExport::escape(text)));
    }

    void bibtexKeysUniqueAndStable()
    {
        const QList<Paper> papers = {
            paper(u"2506.20000"_s, u"Deep Nets"_s, { u"Wei Li"_s }),
            paper(u"2506.10000"_s, u"Deep nets again"_s, { u"Jing Li"_s }),
            paper(u"2506.30000"_s, u"The Deep End"_s, { u"Li"_s }),
            paper(u"2506.11994"_s, u"Spectral Estimation with Free Decompression"_s, { u"Siavash Ameli"_s }),
            paper(u"2506.11938"_s, u"A Study"_s, { u"Bernhard Sch\u00f6lkopf"_s }),
            paper(u"2506.11030"_s, u"On $f$-things"_s, { u"Nazmus Saadat As-Saquib"_s }),
            paper(u"hep-th/9901001"_s, u"Strings"_s, { u"Ed Witten"_s }),
            paper(u"2506.40000"_s, u"\u6f22\u5b57"_s, {}),
        };
        const QStringList keys = BibtexExport::citationKeys(papers);
        QCOMPARE(keys,
            (QStringList { u"li2025deepb"_s, u"li2025deepa"_s, u"li2025deepc"_s, u"ameli2025spectral"_s,
                u"scholkopf2025study"_s, u"assaquib2025things"_s, u"witten1999strings"_s, u"anon2025"_s }));
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());

        // The same papers in another order keep their keys.
        QList<Paper> reversed(papers.crbegin(), papers.crend());
        QStringList reversedKeys = BibtexExport::citationKeys(reversed);
        std::reverse(reversedKeys.begin(), reversedKeys.end());
        QCOMPARE(reversedKeys, keys);
    }

    void bibtexKeyCollisionWithSuffix()
    {
        // "li2025deep" + "a" must not clash with a plain "li2025deepa".
        const QList<Paper> papers = {
            paper(u"2506.1"_s, u"Deep"_s, { u"A Li"_s }),
            paper(u"2506.2"_s, u"Deep"_s, { u"B Li"_s }),
            paper(u"2506.3"_s, u"Deepa"_s, { u"C Li"_s }),
        };
        const QStringList keys = BibtexExport::citationKeys(papers);
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), 3);
    }

    void bibtexWholeFileIsWellFormed()
    {
        Paper tricky = paper(u"2506.50000"_s, u"Braces } { and 100% & _x_ #"_s,
            { u"Team A and B"_s, u"Smith, Jr., John"_s, u"M\u00fcller"_s });
        tricky.journalRef = u"J. {Weird} 5 (2025) 1-2 & more"_s;
        tricky.doi = u"10.1/{odd}"_s;
        const QList<Paper> papers = { fullPaper(), tricky, paper(u"2506.60000"_s, QString(), {}) };
        const QString bib = QString::fromUtf8(BibtexExport::render(papers));
        QVERIFY(bracesBalanced(bib));
        QCOMPARE(bib.count("@misc{"_L1), 3);
        QCOMPARE(bib.count("archivePrefix = {arXiv}"_L1), 3);
        QCOMPARE(bib.count("eprint = {"_L1), 3);
        QCOMPARE(bib.count("url = {https://arxiv.org/abs/"_L1), 3);
        QVERIFY(bib.contains(u"author = {{Team A and B} and {Smith, Jr., John} and M\u00fcller}"_s));
        QVERIFY(bib.contains(u"title = {Braces \\} \\{ and 100\\% \\& \\_x\\_ \\#}"_s));
        QVERIFY(bib.contains(u"doi = {10.1/odd}"_s));
        QVERIFY(bib.contains(u"note = {J. \\{Weird\\} 5 (2025) 1-2 \\& more}"_s));
        // Each entry is one block; entries are separated by one blank line.
        QCOMPARE(bib.split("\n\n"_L1).size(), 3);
        QCOMPARE(BibtexExport::render(papers), bib.toUtf8());
        QCOMPARE(BibtexExport::render({}), QByteArray());
    }

    void bibtexYear()
    {
        Paper p;
        p.id = u"0704.0001"_s;
        QCOMPARE(BibtexExport::year(p), 2007);
        p.id = u"astro-ph/0601001"_s;
        QCOMPARE(BibtexExport::year(p), 2006);
        p.id = u"weird"_s;
        p.announced = QDate(2024, 1, 2);
        QCOMPARE(BibtexExport::year(p), 2024);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
