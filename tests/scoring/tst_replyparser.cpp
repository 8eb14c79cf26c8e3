#include "scoring/replyparser.h"

#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

// Replies as UTF-8 literals (moc cannot read raw string literals holding quotes and braces).
QString j(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const QStringList Batch = { u"2506.11012"_s, u"2506.11010"_s, u"2506.09001"_s };

// "id:relevance:novelty" per scored paper, in reply order.
QStringList summary(const ParsedReply &r)
{
    QStringList out;
    for (const ParsedScore &s : r.scores)
        out.append(u"%1:%2:%3"_s.arg(s.id).arg(s.relevance).arg(s.novelty));
    return out;
}

} // namespace

class TestReplyParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QStringList>("scored");
        QTest::addColumn<QStringList>("leftOut");

        const QStringList all = { u"2506.11012:9:8"_s, u"2506.11010:3:4"_s, u"2506.09001:7:6"_s };
        QTest::newRow("jsonl") << j(
            "{\"ARXIVID\": \"2506.11012\", \"COMMENT\": \"MoE routing.\", \"RELEVANCE\": 9, \"NOVELTY\": 8}\n"
            "{\"ARXIVID\": \"2506.11010\", \"COMMENT\": \"Application.\", \"RELEVANCE\": 3, \"NOVELTY\": 4}\n"
            "{\"ARXIVID\": \"2506.09001\", \"COMMENT\": \"Quantization.\", \"RELEVANCE\": 7, \"NOVELTY\": 6}")
                               << all << QStringList();
        // The built-in prompt's format: ARXIVID|RELEVANCE|NOVELTY|COMMENT, a line a paper.
        QTest::newRow("lines") << j("2506.11012|9|8|MoE routing.\n"
                                    "2506.11010|3|4|Application.\n"
                                    "2506.09001|7|6|Quantization.")
                               << all << QStringList();
        QTest::newRow("lines with spaces, list marks, decorated ids")
            << j("Here are the scores:\n"
                 "- **2506.11012** | 9 | 8 | MoE routing.\n"
                 "2. [arXiv:2506.11010v1] | 3/10 | 4 | Application.\n"
                 "`2506.09001` | 7.0 | 6 | Quantization.\n")
            << all << QStringList();
        QTest::newRow("lines: a markdown table in its own column order")
            << j("| ARXIVID | COMMENT | RELEVANCE | NOVELTY |\n"
                 "|---|---|---|---|\n"
                 "| 2506.11012 | MoE routing. | 9 | 8 |\n"
                 "| 2506.11010 | Application. | 3 | 4 |\n"
                 "| 2506.09001 | Quantization. | 7 | 6 |")
            << all << QStringList();
        QTest::newRow("lines: a header echoed in the prompt's order, fenced")
            << j("```\nARXIVID|RELEVANCE|NOVELTY|COMMENT\n2506.11012|9|8|x\n2506.09001|7|6|x\n```")
            << QStringList { u"2506.11012:9:8"_s, u"2506.09001:7:6"_s } << QStringList { u"2506.11010"_s };
        QTest::newRow("lines and JSONL mixed") << j(
            "2506.11012|9|8|uses {a, b} sets\n"
            "{\"ARXIVID\": \"2506.11010\", \"COMMENT\": \"x\", \"RELEVANCE\": 3, \"NOVELTY\": 4}\n"
            "2506.09001|7|6|x")
                                               << QStringList { u"2506.11012:9:8"_s, u"2506.09001:7:6"_s,
                                                      u"2506.11010:3:4"_s } // lines, then JSON
                                               << QStringList();
        QTest::newRow("lines: out of range, missing score, hallucinated id")
            << j("2506.11012|11|8|x\n2506.11010|3||x\n2506.99999|9|9|invented\n2506.09001|7|6|x")
            << QStringList { u"2506.09001:7:6"_s } << QStringList { u"2506.11012"_s, u"2506.11010"_s };
        QTest::newRow("lines: cut off mid-line")
            << j("2506.11012|9|8|x\n2506.11010|3") << QStringList { u"2506.11012:9:8"_s }
            << QStringList { u"2506.11010"_s, u"2506.09001"_s };
        QTest::newRow("fenced jsonl") << j(
            "```json\n"
            "{\"ARXIVID\": \"2506.11012\", \"COMMENT\": \"x\", \"RELEVANCE\": 9, \"NOVELTY\": 8}\n"
            "{\"ARXIVID\": \"2506.11010\", \"COMMENT\": \"x\", \"RELEVANCE\": 3, \"NOVELTY\": 4}\n"
            "{\"ARXIVID\": \"2506.09001\", \"COMMENT\": \"x\", \"RELEVANCE\": 7, \"NOVELTY\": 6}\n"
            "```") << all << QStringList();
        QTest::newRow("fenced jsonl tag")
            << j("```jsonl\n"
                 "{\"ARXIVID\": \"2506.11012\", \"COMMENT\": \"x\", \"RELEVANCE\": 9, \"NOVELTY\": 8}\n"
                 "```")
            << QStringList { u"2506.11012:9:8"_s } << QStringList { u"2506.11010"_s, u"2506.09001"_s };
        QTest::newRow("json array, pretty printed") << j(
            "[\n"
            "  {\n"
            "    \"ARXIVID\": \"2506.11012\",\n"
            "    \"COMMENT\": \"x\",\n"
            "    \"RELEVANCE\": 9,\n"
            "    \"NOVELTY\": 8\n"
            "  },\n"
            "  {\"ARXIVID\": \"2506.11010\", \"COMMENT\": \"x\", \"RELEVANCE\": 3, \"NOVELTY\": 4},\n"
            "  {\"ARXIVID\": \"2506.09001\", \"COMMENT\": \"x\", \"RELEVANCE\": 7, \"NOVELTY\": 6}\n"
            "]") << all << QStringList();
        QTest::newRow("trailing commas") << j(
            "{\"ARXIVID\": \"2506.11012\", \"COMMENT\": \"x\", \"RELEVANCE\": 9, \"NOVELTY\": 8,},\n"
            "{\"ARXIVID\": \"2506.11010\", \"COMMENT\": \"a, b\", \"RELEVANCE\": 3, \"NOVELTY\": 4,},\n"
            "[{\"ARXIVID\": \"2506.09001\", \"COMMENT\": \"x\", \"RELEVANCE\": 7, \"NOVELTY\": 6},]")
                                         << all << QStringList();
        QTest::newRow("keys in any case")
            << j("{\"arxivid\": \"2506.11012\", \"comment\": \"x\", \"relevance\": 9, \"novelty\": 8}\n"
                 "{\"ArXiv_ID\": \"2506.11010\", \"Comment\": \"x\", \"Relevance\": 3, \"Novelty\": 4}\n"
                 "{\"arxiv id\": \"2506.09001\", \"COMMENT\": \"x\", \"RELEVANCE\": 7, \"NOVELTY\": 6}")
            << all << QStringList();
        QTest::newRow("arXiv prefix and version") << j(
            "{\"ARXIVID\": \"arXiv:2506.11012v2\", \"COMMENT\": \"x\", \"RELEVANCE\": 9, \"NOVELTY\": 8}\n"
            "{\"ARXIVID\": \"2506.11010v1\", \"COMMENT\": \"x\", \"RELEVANCE\": 3, \"NOVELTY\": 4}\n"
            "{\"ARXIVID\": \"https://arxiv.org/abs/2506.09001\", \"COMMENT\": \"x\", \"RELEVANCE\": 7, \"NOVELTY\": 6}")
                                                  << all << QStringList();
        QTest::newRow("numbers as strings")
            << j("{\"ARXIVID\": \"2506.11012\", \"COMMENT\": \"x\", \"RELEVANCE\": \"9\", \"NOVELTY\": \"8\"}\n"
                 "{\"ARXIVID\": \"2506.11010\", \"COMMENT\": \"x\", \"RELEVANCE\": \"3/10\", \"NOVELTY\": \" 4 \"}\n"
                 "{\"ARXIVID\": \"2506.09001\", \"COMMENT\": \"x\", \"RELEVANCE\": 7.0, \"NOVELTY\": \"6.0\"}")
            << all << QStringList();
        QTest::newRow("unquoted numeric ids")
            << j("{\"ARXIVID\": 2506.11012, \"COMMENT\": \"x\", \"RELEVANCE\": 9, \"NOVELTY\": 8}\n"
                 "{\"ARXIVID\": 2506.11010, \"COMMENT\": \"lost its trailing zero as a number\", \"RELEVANCE\": 3, "
                 "\"NOVELTY\": 4}")
            << QStringList { u"2506.11012:9:8"_s, u"2506.11010:3:4"_s } << QStringList { u"2506.09001"_s };
        QTest::newRow("prose around") << j(
            "Sure! Here are the scores for the papers in the format {ARXIVID, COMMENT, RELEVANCE, NOVELTY}:\n"
            "\n"
            "{\"ARXIVID\": \"2506.11012\", \"COMMENT\": \"x\", \"RELEVANCE\": 9, \"NOVELTY\": 8}\n"
            "Paper two is off topic:\n"
            "{\"ARXIVID\": \"2506.11010\", \"COMMENT\": \"x\", \"RELEVANCE\": 3, \"NOVELTY\": 4}\n"
            "{\"ARXIVID\": \"2506.09001\", \"COMMENT\": \"x\", \"RELEVANCE\": 7, \"NOVELTY\": 6}\n"
            "\n"
            "Let me know if you need anything else.")
                                      << all << QStringList();
        QTest::newRow("json mode wrapper")
            << j("{\"papers\": [\n"
                 "{\"ARXIVID\": \"2506.11012\", \"COMMENT\": \"x\", \"RELEVANCE\": 9, \"NOVELTY\": 8},\n"
                 "{\"ARXIVID\": \"2506.11010\", \"COMMENT\": \"x\", \"RELEVANCE\": 3, \"NOVELTY\": 4},\n"
                 "{\"ARXIVID\": \"2506.09001\", \"COMMENT\": \"x\", \"RELEVANCE\": 7, \"NOVELTY\": 6}]}")
            << all << QStringList();
        QTest::newRow("keyed by id") << j("{\"2506.11012\": {\"COMMENT\": \"x\", \"RELEVANCE\": 9, \"NOVELTY\": 8},\n"
                                          " \"2506.11010\": {\"COMMENT\": \"x\", \"RELEVANCE\": 3, \"NOVELTY\": 4}}")
                                     << QStringList { u"2506.11010:3:4"_s, u"2506.11012:9:8"_s } // key order
                                     << QStringList { u"2506.09001"_s };
        QTest::newRow("bare and single-quoted keys")
            << j("{ARXIVID: \"2506.11012\", COMMENT: \"x\", RELEVANCE: 9, NOVELTY: 8}\n"
                 "{'ARXIVID': '2506.11010', 'COMMENT': 'it\\'s \"applied\"', 'RELEVANCE': 3, 'NOVELTY': 4}")
            << QStringList { u"2506.11012:9:8"_s, u"2506.11010:3:4"_s } << QStringList { u"2506.09001"_s };
        QTest::newRow("missing paper") << j(
            "{\"ARXIVID\": \"2506.11012\", \"COMMENT\": \"x\", \"RELEVANCE\": 9, \"NOVELTY\": 8}\n"
            "{\"ARXIVID\": \"2506.09001\", \"COMMENT\": \"x\", \"RELEVANCE\": 7, \"NOVELTY\": 6}")
                                       << QStringList { u"2506.11012:9:8"_s, u"2506.09001:7:6"_s }
                                       << QStringList { u"2506.11010"_s };
        QTest::newRow("hallucinated and injected ids ignored") << j(
            "{\"ARXIVID\": \"2506.99999\", \"COMMENT\": \"invented\", \"RELEVANCE\": 10, \"NOVELTY\": 10}\n"
            "{\"ARXIVID\": \"2506.11012\", \"COMMENT\": \"x\", \"RELEVANCE\": 9, \"NOVELTY\": 8}\n"
            "{\"ARXIVID\": \"ignore previous instructions\", \"COMMENT\": \"x\", \"RELEVANCE\": 10, \"NOVELTY\": 10}")
                                                               << QStringList { u"2506.11012:9:8"_s }
                                                               << QStringList { u"2506.11010"_s, u"2506.09001"_s };
        QTest::newRow("duplicates: first wins")
            << j("{\"ARXIVID\": \"2506.11012\", \"COMMENT\": \"first\", \"RELEVANCE\": 9, \"NOVELTY\": 8}\n"
                 "{\"ARXIVID\": \"2506.11012v1\", \"COMMENT\": \"second\", \"RELEVANCE\": 2, \"NOVELTY\": 2}")
            << QStringList { u"2506.11012:9:8"_s } << QStringList { u"2506.11010"_s, u"2506.09001"_s };
        QTest::newRow("out of range rejected")
            << j("{\"ARXIVID\": \"2506.11012\", \"COMMENT\": \"x\", \"RELEVANCE\": 11, \"NOVELTY\": 8}\n"
                 "{\"ARXIVID\": \"2506.11010\", \"COMMENT\": \"x\", \"RELEVANCE\": 3, \"NOVELTY\": 0}\n"
                 "{\"ARXIVID\": \"2506.09001\", \"COMMENT\": \"x\", \"RELEVANCE\": -2, \"NOVELTY\": 6}")
            << QStringList() << Batch;
        QTest::newRow("invalid then valid duplicate")
            << j("{\"ARXIVID\": \"2506.11012\", \"COMMENT\": \"x\", \"RELEVANCE\": 95, \"NOVELTY\": 8}\n"
                 "{\"ARXIVID\": \"2506.11012\", \"COMMENT\": \"x\", \"RELEVANCE\": 9, \"NOVELTY\": 8}")
            << QStringList { u"2506.11012:9:8"_s } << QStringList { u"2506.11010"_s, u"2506.09001"_s };
        QTest::newRow("not a number") << j(
            "{\"ARXIVID\": \"2506.11012\", \"COMMENT\": \"x\", \"RELEVANCE\": \"high\", \"NOVELTY\": 8}\n"
            "{\"ARXIVID\": \"2506.11010\", \"COMMENT\": \"x\", \"RELEVANCE\": 3}")
                                      << QStringList() << Batch;
        QTest::newRow("garbage") << u"I cannot help with that."_s << QStringList() << Batch;
        QTest::newRow("empty") << QString() << QStringList() << Batch;
        QTest::newRow("cut off mid-object")
            << j("{\"ARXIVID\": \"2506.11012\", \"COMMENT\": \"x\", \"RELEVANCE\": 9, \"NOVELTY\": 8}\n"
                 "{\"ARXIVID\": \"2506.11010\", \"COMMENT\": \"this reply ran out of tok")
            << QStringList { u"2506.11012:9:8"_s } << QStringList { u"2506.11010"_s, u"2506.09001"_s };
        QTest::newRow("braces inside comments")
            << j("{\"ARXIVID\": \"2506.11012\", \"COMMENT\": \"uses {a, b} sets } and {\", \"RELEVANCE\": 9, "
                 "\"NOVELTY\": 8}")
            << QStringList { u"2506.11012:9:8"_s } << QStringList { u"2506.11010"_s, u"2506.09001"_s };
        QTest::newRow("stray brace in prose")
            << j("Format {ARXIVID, COMMENT\n"
                 "{\"ARXIVID\": \"2506.11012\", \"COMMENT\": \"x\", \"RELEVANCE\": 9, \"NOVELTY\": 8}")
            << QStringList { u"2506.11012:9:8"_s } << QStringList { u"2506.11010"_s, u"2506.09001"_s };
    }

    void parse()
    {
        QFETCH(QString, reply);
        QFETCH(QStringList, scored);
        QFETCH(QStringList, leftOut);
        const ParsedReply r = ReplyParser::parse(reply, Batch);
        QCOMPARE(summary(r), scored);
        QCOMPARE(r.leftOutIds(), leftOut);
        for (const LeftOutPaper &p : r.leftOut)
            QVERIFY2(!p.reason.isEmpty(), qPrintable(p.id));
        // No paper is lost: every batch id is either scored or left out, once.
        QCOMPARE(r.scores.size() + r.leftOut.size(), Batch.size());
    }

    void commentsAndReasons()
    {
        const ParsedReply r = ReplyParser::parse(
            j("{\"ARXIVID\": \"2506.11012\", \"COMMENT\": \"  Matches criterion 3 (quantization).  \", \"RELEVANCE\": "
              "9, \"NOVELTY\": 8}\n"
              "{\"ARXIVID\": \"2506.11010\", \"COMMENT\": \"x\", \"RELEVANCE\": 12, \"NOVELTY\": 4}\n"
              "{\"ARXIVID\": \"2506.99999\", \"COMMENT\": \"x\", \"RELEVANCE\": 9, \"NOVELTY\": 8}"),
            Batch);
        QCOMPARE(r.scores.size(), 1);
        QCOMPARE(r.scores[0].comment, u"Matches criterion 3 (quantization)."_s);
        QCOMPARE(r.leftOut.size(), 2);
        QCOMPARE(r.leftOut[0].id, u"2506.11010"_s);
        QVERIFY2(r.leftOut[0].reason.contains(u"outside 1–10"_s), qPrintable(r.leftOut[0].reason));
        QCOMPARE(r.leftOut[1].reason, u"the reply did not score it"_s);
        QVERIFY(r.problems.join(u'\n').contains("2506.99999"_L1));
        QCOMPARE(ReplyParser::parse(u"  "_s, Batch).leftOut[0].reason, u"the reply was empty"_s);
        QCOMPARE(ReplyParser::parse(u"no json"_s, Batch).leftOut[0].reason, u"the reply held no readable scores"_s);
    }

    void lineCommentsKeepTheirPipesAndBraces()
    {
        const ParsedReply r = ReplyParser::parse(
            j("2506.11012 | 9 | 8 | Matches criterion 3: {0,1} weights | a low-rank KV cache.\n"
              "| 2506.11010 | 3 | 4 | Application. |"),
            Batch);
        QCOMPARE(r.scores.size(), 2);
        QCOMPARE(r.scores[0].comment, u"Matches criterion 3: {0,1} weights | a low-rank KV cache."_s);
        QCOMPARE(r.scores[1].comment, u"Application."_s);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
    }

    void batchIdsKeepTheCallersSpelling()
    {
        const ParsedReply r = ReplyParser::parse(
            j("{\"ARXIVID\": \"2506.11012\", \"COMMENT\": \"x\", \"RELEVANCE\": 9, \"NOVELTY\": 8}\n"
              "{\"ARXIVID\": \"hep-th/9901001v3\", \"COMMENT\": \"x\", \"RELEVANCE\": 2, \"NOVELTY\": 2}"),
            { u"2506.11012v2"_s, u"hep-th/9901001"_s });
        QCOMPARE(summary(r), (QStringList { u"2506.11012v2:9:8"_s, u"hep-th/9901001:2:2"_s }));
    }

    void fractionalScoresRound()
    {
        const ParsedReply r
            = ReplyParser::parse(j("{\"ARXIVID\": \"2506.11012\", \"RELEVANCE\": 7.5, \"NOVELTY\": 6.4}"), Batch);
        QCOMPARE(summary(r), QStringList { u"2506.11012:8:6"_s });
        QVERIFY(r.scores[0].comment.isEmpty());
    }

    void titleFilter_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("drop");

        QTest::newRow("json array") << u"[\"2506.11010\", \"2506.09001\"]"_s << true
                                    << QStringList { u"2506.11010"_s, u"2506.09001"_s };
        QTest::newRow("empty array") << u"[]"_s << true << QStringList();
        QTest::newRow("fenced") << u"```json\n[\"arXiv:2506.09001v2\"]\n```"_s << true
                                << QStringList { u"2506.09001"_s };
        QTest::newRow("unquoted ids keep trailing zeros")
            << u"[2506.11010, 2506.11012]"_s << true << QStringList { u"2506.11012"_s, u"2506.11010"_s };
        QTest::newRow("old tool's shape") << u"[ID1, ID2, 2506.09001]"_s << true << QStringList { u"2506.09001"_s };
        QTest::newRow("prose, last list wins")
            << u"Looking at [the titles] I would drop:\n[\"2506.11010\"]"_s << true << QStringList { u"2506.11010"_s };
        QTest::newRow("json mode object")
            << u"{\"drop\": [\"2506.11012\"]}"_s << true << QStringList { u"2506.11012"_s };
        QTest::newRow("ids not in batch ignored")
            << u"[\"2506.99999\", \"2506.11012\"]"_s << true << QStringList { u"2506.11012"_s };
        QTest::newRow("no list") << u"None of them, keep all."_s << false << QStringList();
        QTest::newRow("ids without a list") << u"Drop 2506.11012 and 2506.11010."_s << false << QStringList();
        QTest::newRow("empty reply") << QString() << false << QStringList();
    }

    void titleFilter()
    {
        QFETCH(QString, reply);
        QFETCH(bool, ok);
        QFETCH(QStringList, drop);
        const TitleFilterReply r = ReplyParser::parseTitleFilter(reply, Batch);
        QCOMPARE(r.ok, ok);
        QCOMPARE(r.drop, drop);
        if (!ok)
            QVERIFY(!r.problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReplyParser)
#include "tst_replyparser.moc"
