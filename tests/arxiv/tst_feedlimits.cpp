// The feed parser's bounds (issue 15): any DOCTYPE refused, every cap with its own clear error, and
// streaming from a device that hands over a few bytes at a time parses exactly as the whole input.
#include "arxiv/feedparser.h"
#include "testsupport.h"

#include <QBuffer>
#include <QTest>

#include <cstring>

Q_DECLARE_METATYPE(PaperSift::FeedLimits)

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

/// A sequential device that hands its data over `step` bytes at a time, as a slow network does.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 step)
        : m_data(std::move(data))
        , m_step(step)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({ maxSize, m_step, qint64(m_data.size()) - m_pos });
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

/// An endless sequential device: `head` once, then `filler` for ever.
class EndlessDevice : public QIODevice
{
public:
    EndlessDevice(QByteArray head, QByteArray filler)
        : m_head(std::move(head))
        , m_filler(std::move(filler))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 served() const { return m_served; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 n = 0;
        while (n < maxSize) {
            const QByteArray &from = m_served < m_head.size() ? m_head : m_filler;
            const qint64 offset = m_served < m_head.size() ? m_served : (m_served - m_head.size()) % m_filler.size();
            const qint64 take = std::min(maxSize - n, qint64(from.size()) - offset);
            std::memcpy(data + n, from.constData() + offset, size_t(take));
            n += take;
            m_served += take;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_head;
    QByteArray m_filler;
    qint64 m_served = 0;
};

const QByteArray rssOpen = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                           "<title>cs.AI updates on arXiv.org</title>"
                           "<pubDate>Mon, 16 Jun 2025 00:00:00 -0400</pubDate>";
const QByteArray rssClose = "</channel></rss>\n";

QByteArray item(int n, const QByteArray &abstract = "An abstract.")
{
    const QByteArray id = "2506." + QByteArray::number(10000 + n);
    return "<item><title>Paper " + QByteArray::number(n) + "</title><link>https://arxiv.org/abs/" + id
        + "</link><description>arXiv:" + id + "v1 Announce Type: new \nAbstract: " + abstract
        + "</description><guid isPermaLink=\"false\">oai:arXiv.org:" + id + "v1</guid></item>";
}

QByteArray feedOf(int items, const QByteArray &abstract = "An abstract.")
{
    QByteArray out = rssOpen;
    for (int i = 0; i < items; ++i)
        out += item(i, abstract);
    return out + rssClose;
}

Result<ParsedFeed> parseWith(const QByteArray &bytes, const FeedLimits &limits)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return FeedParser::parse(buffer, u"hostile.xml"_s, limits);
}

} // namespace

class TestFeedLimits : public QObject
{
    Q_OBJECT

private slots:
    void anyDoctypeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray decl = "<?xml version=\"1.0\"?>\n";
        QTest::newRow("bare") << decl + "<!DOCTYPE rss>\n" + feedOf(1);
        QTest::newRow("internal entity") << decl + "<!DOCTYPE rss [<!ENTITY a \"x\">]>\n" + feedOf(1, "&a;&a;");
        QTest::newRow("quadratic") << decl + "<!DOCTYPE rss [<!ENTITY a \"" + QByteArray(4000, 'a') + "\">]>\n"
                + feedOf(1, QByteArray("&a;").repeated(5000));
        QByteArray laughs = decl + "<!DOCTYPE rss [<!ENTITY l0 \"lol\">";
        for (int i = 1; i < 10; ++i)
            laughs += "<!ENTITY l" + QByteArray::number(i) + " \""
                + QByteArray("&l" + QByteArray::number(i - 1) + ";").repeated(10) + "\">";
        QTest::newRow("billion laughs") << laughs + "]>\n" + feedOf(1, "&l9;");
        QTest::newRow("external entity") << decl + "<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + feedOf(1, "&x;");
        QTest::newRow("parameter entity")
            << decl + "<!DOCTYPE rss [<!ENTITY % p \"<!ENTITY q 'x'>\"> %p;]>\n" + feedOf(1, "&q;");
        QTest::newRow("api page") << decl
                + "<!DOCTYPE feed [<!ENTITY a \"x\">]>\n"
                  "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>arXiv Query: &a;</title></feed>";
    }

    void anyDoctypeIsRefused()
    {
        QFETCH(QByteArray, bytes);
        const auto r = FeedParser::parse(bytes, u"entities.xml"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(u"entities.xml declares a DOCTYPE"_s), qPrintable(r.errorMessage()));
        QCOMPARE(FeedParser::detect(bytes), FeedFormat::Unknown);
    }

    void eachCapHasItsOwnError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<FeedLimits>("limits");
        QTest::addColumn<QString>("expect");
        const FeedLimits defaults;
        QTest::newRow("a field") << feedOf(1, QByteArray((1 << 20) + 10, 'w')) << defaults
                                 << u"a field longer than 1048576 characters (<description>"_s;
        FeedLimits fewEntries;
        fewEntries.maxEntries = 5;
        QTest::newRow("entries") << feedOf(6) << fewEntries << u"more than 5 entries"_s;
        FeedLimits littleText;
        littleText.maxTextChars = 2000000;
        QTest::newRow("text kept") << feedOf(400, QByteArray(6000, 't')) << littleText
                                   << u"more than 2 million characters of text"_s;
        FeedLimits small;
        small.maxBytes = 1 << 20;
        QTest::newRow("input") << feedOf(5000) << small << u"larger than the 1 MB PaperSift reads"_s;
        FeedLimits shortRuns;
        shortRuns.maxRunBytes = 100000;
        QTest::newRow("no markup") << feedOf(1, QByteArray(200000, 'x')) << shortRuns
                                   << u"runs on for more than 0.1 MB without markup"_s;
        QTest::newRow("blank") << QByteArray(200000, ' ') << defaults << u"holds nothing but blank space"_s;
        QTest::newRow("blank prolog") << QByteArray(70000, ' ') + feedOf(1) << defaults
                                      << u"has no XML element in its first 64 kB"_s;
        QTest::newRow("comment prolog") << "<!--" + QByteArray(70000, '-').replace("--", "- ") + "-->" + feedOf(1)
                                        << defaults << u"has no XML element in its first 64 kB"_s;
        QTest::newRow("nesting") << rssOpen + "<item>" + QByteArray("<a>").repeated(70) << defaults
                                 << u"nest more than 64 deep"_s;
        QTest::newRow("elements in an item") << rssOpen + "<item>" + QByteArray("<a/>").repeated(100001) + "</item>"
                + rssClose << defaults << u"more than 100000 elements inside one <item>"_s;
    }

    void eachCapHasItsOwnError()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(FeedLimits, limits);
        QFETCH(QString, expect);
        const auto r = parseWith(bytes, limits);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().startsWith(u"hostile.xml "_s), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains(expect), qPrintable(r.errorMessage()));
    }

    void anEndlessStreamStopsAtTheCap()
    {
        // What a server that never stops sends: the parser stops reading at the input cap.
        EndlessDevice endless(rssOpen, item(1) + "\n");
        FeedLimits limits;
        limits.maxBytes = 4 << 20;
        limits.maxEntries = 1000000;
        const auto r = FeedParser::parse(endless, u"endless"_s, limits);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(u"larger than 4 MB"_s), qPrintable(r.errorMessage()));
        QVERIFY(endless.served() <= limits.maxBytes + (64 << 10));
        // And by default the entry cap comes first, long before the memory of 20,000 papers matters.
        EndlessDevice again(rssOpen, item(1) + "\n");
        const auto byDefault = FeedParser::parse(again, u"endless"_s);
        QVERIFY2(byDefault.errorMessage().contains(u"more than 20000 entries"_s), qPrintable(byDefault.errorMessage()));
    }

    void aTrickleParsesAsTheWhole_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("step");
        QTest::newRow("rss2 daily, 7 bytes") << u"rss2_daily_cs-ai_fetched-2025-06-17.xml"_s << 7;
        QTest::newRow("rss2 daily, 4093 bytes") << u"rss2_daily_cs-lg_fetched-2025-06-17.xml"_s << 4093;
        QTest::newRow("rdf, 13 bytes") << u"rss1-rdf_old-format_cs.CL_date-2023-12-19.xml"_s << 13;
        QTest::newRow("api, 1 byte") << u"api_search_all-testing_start10_max10.xml"_s << 1;
        QTest::newRow("atom sample, 3 bytes") << u"../synthetic/rss_atom_cs-lg+cs-ai_sample.xml"_s << 3;
    }

    void aTrickleParsesAsTheWhole()
    {
        QFETCH(QString, file);
        QFETCH(int, step);
        const QByteArray bytes = Test::readFixture(u"arxiv/"_s + file);
        const auto whole = FeedParser::parse(bytes, file);
        QVERIFY2(whole, qPrintable(whole.errorMessage()));
        TrickleDevice trickle(bytes, step);
        const auto streamed = FeedParser::parse(trickle, file);
        QVERIFY2(streamed, qPrintable(streamed.errorMessage()));
        QCOMPARE(streamed->info.format, whole->info.format);
        QCOMPARE(streamed->info.feedDay, whole->info.feedDay);
        QCOMPARE(streamed->info.title, whole->info.title);
        QCOMPARE(streamed->info.totalResults, whole->info.totalResults);
        QCOMPARE(streamed->papers.size(), whole->papers.size());
        for (qsizetype i = 0; i < whole->papers.size(); ++i) {
            const Paper &a = streamed->papers[i], &b = whole->papers[i];
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.titleRaw, b.titleRaw);
            QCOMPARE(a.abstractRaw, b.abstractRaw);
            QCOMPARE(a.authors, b.authors);
            QCOMPARE(a.announceType, b.announceType);
        }
    }

    void aFileThatIsNotThereOrAFolder()
    {
        Test::Sandbox sandbox;
        const auto missing = FeedParser::parseFile(sandbox.path(u"nope.xml"_s));
        QVERIFY(missing.errorMessage().contains(u"there is no such file"_s));
        const auto folder = FeedParser::parseFile(sandbox.path(QString()));
        QVERIFY(folder.errorMessage().contains(u"it is a folder, not a feed file"_s));
        const auto good = FeedParser::parseFile(Test::fixturePath(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s));
        QVERIFY2(good, qPrintable(good.errorMessage()));
        QCOMPARE(good->papers.size(), 293);
    }
};

QTEST_GUILESS_MAIN(TestFeedLimits)
#include "tst_feedlimits.moc"
