#include "domain/arxivid.h"
#include "domain/criteria.h"
#include "domain/paper.h"
#include "domain/smalloptional.h"

#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

class TestDomain : public QObject
{
    Q_OBJECT

private slots:
    void arxivId_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("version");
        QTest::newRow("plain") << u"2506.11012"_s << u"2506.11012"_s << 0;
        QTest::newRow("version") << u"2506.11012v3"_s << u"2506.11012"_s << 3;
        QTest::newRow("four-digit") << u"0704.0001v1"_s << u"0704.0001"_s << 1;
        QTest::newRow("prefix") << u"arXiv:2506.11012v1"_s << u"2506.11012"_s << 1;
        QTest::newRow("oai guid") << u"oai:arXiv.org:2506.11012v2"_s << u"2506.11012"_s << 2;
        QTest::newRow("abs url") << u"https://arxiv.org/abs/2506.11012v4"_s << u"2506.11012"_s << 4;
        QTest::newRow("old style") << u"astro-ph/0601001v1"_s << u"astro-ph/0601001"_s << 1;
        QTest::newRow("old style url") << u"http://arxiv.org/abs/hep-th/9901001"_s << u"hep-th/9901001"_s << 0;
        QTest::newRow("old with subject") << u"math.GT/0309136"_s << u"math.GT/0309136"_s << 0;
        QTest::newRow("description") << u"arXiv:2506.11012v1 Announce Type: new"_s << u"2506.11012"_s << 1;
        QTest::newRow("garbage") << u"not an id"_s << QString() << 0;
        QTest::newRow("too long") << u"2506.123456"_s << QString() << 0;
        QTest::newRow("empty") << QString() << QString() << 0;
    }

    void arxivId()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        QFETCH(int, version);
        const ArxivId parsed = ArxivId::parse(text);
        QCOMPARE(parsed.id, id);
        QCOMPARE(parsed.version, version);
        QCOMPARE(parsed.isValid(), !id.isEmpty());
    }

    void arxivIdWithVersion()
    {
        QCOMPARE(ArxivId::parse(u"2506.11012v2").withVersion(), u"2506.11012v2"_s);
        QCOMPARE(ArxivId::parse(u"2506.11012").withVersion(), u"2506.11012"_s);
    }

    void criteriaHashIsStableAndNormalised()
    {
        const Criteria lf{u"1. Topic\n- Relevant: MoE\n"_s};
        const Criteria crlf{u"1. Topic\r\n- Relevant: MoE\r\n"_s};
        const Criteria other{u"1. Topic\n- Relevant: pruning\n"_s};
        QCOMPARE(lf.sha256().size(), 64);
        QCOMPARE(lf.sha256(), crlf.sha256());
        QVERIFY(lf.sha256() != other.sha256());
        // SHA-256 of the empty string, a known value.
        QCOMPARE(Criteria{}.sha256(), u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
    }

    void announceTypes()
    {
        for (auto t : {AnnounceType::New, AnnounceType::Cross, AnnounceType::Replace, AnnounceType::ReplaceCross})
            QCOMPARE(announceTypeFromName(announceTypeName(t)), t);
        QCOMPARE(announceTypeFromName(u" Replace-Cross "), AnnounceType::ReplaceCross);
        QCOMPARE(announceTypeFromName(u"bogus"), AnnounceType::Unknown);
    }

    void shortAuthors()
    {
        Paper p;
        QCOMPARE(p.shortAuthors(), QString());
        p.authors = {u"Ada Lovelace"_s};
        QCOMPARE(p.shortAuthors(), u"Ada Lovelace"_s);
        p.authors.append(u"Alan Turing"_s);
        QCOMPARE(p.shortAuthors(), u"Ada Lovelace and Alan Turing"_s);
        p.authors.append(u"Grace Hopper"_s);
        QCOMPARE(p.shortAuthors(), u"Ada Lovelace et al."_s);
        QCOMPARE(Paper::surnames(p.authors), u"Lovelace et al."_s);
        QCOMPARE(Paper::surnames({u"Ada Lovelace"_s, u"Martin Luther King Jr."_s}), u"Lovelace and King"_s);
        QCOMPARE(Paper::surnames({u"Plato"_s}), u"Plato"_s);
        QCOMPARE(Paper::surnames({}), QString());
        p.id = u"2506.11012"_s;
        QCOMPARE(p.absUrl(), u"https://arxiv.org/abs/2506.11012"_s);
        QCOMPARE(p.pdfUrl(), u"https://arxiv.org/pdf/2506.11012"_s);
    }

    // A table row's scores in a byte each: they read, compare and convert like std::optional.
    void smallOptionalsActLikeOptionals()
    {
        static_assert(sizeof(SmallInt) == 1);
        SmallInt none;
        QVERIFY(!none.has_value() && !none);
        QCOMPARE(none.value_or(-1), -1);
        QCOMPARE(std::optional<int>(none), std::nullopt);
        for (int v : { -127, 0, 1, 10, 127 }) {
            const SmallInt some = v;
            QVERIFY(some.has_value() && bool(some));
            QCOMPARE(*some, v);
            QVERIFY(some == v && some == std::optional<int>(v) && !(some == none));
            QCOMPARE(std::optional<int>(some), std::optional<int>(v));
        }
        SmallInt fromOptional = std::optional<int>(7);
        QCOMPARE(*fromOptional, 7);
        fromOptional = std::optional<int>();
        QVERIFY(!fromOptional);
        fromOptional = 3;
        fromOptional.reset();
        QVERIFY(fromOptional == none);
        QVERIFY(!(SmallInt(0) == none)); // zero is a value, not "none"
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
