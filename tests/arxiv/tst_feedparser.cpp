#include "arxiv/feedparser.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

struct TypeCounts
{
    int newCount = 0;
    int cross = 0;
    int replace = 0;
    int replaceCross = 0;
    int unknown = 0;
};

TypeCounts countTypes(const QList<Paper> &papers)
{
    TypeCounts c;
    for (const Paper &p : papers) {
        switch (p.announceType) {
        case AnnounceType::New:
            ++c.newCount;
            break;
        case AnnounceType::Cross:
            ++c.cross;
            break;
        case AnnounceType::Replace:
            ++c.replace;
            break;
        case AnnounceType::ReplaceCross:
            ++c.replaceCross;
            break;
        case AnnounceType::Unknown:
            ++c.unknown;
            break;
        }
    }
    return c;
}

ParsedFeed parseFixture(const QString &name)
{
    const QString path = u"arxiv/"_s + name;
    auto result = FeedParser::parse(Test::readFixture(path), name);
    if (!result)
        qFatal("%s did not parse: %s", qPrintable(name), qPrintable(result.errorMessage()));
    return std::move(result).value();
}

const Paper *findPaper(const ParsedFeed &feed, const QString &id)
{
    for (const Paper &p : feed.papers) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestFeedParser : public QObject
{
    Q_OBJECT

private slots:
    void everyFixtureParses_data();
    void everyFixtureParses();
    void everyFixtureIsListed();
    void dayTotals_data();
    void dayTotals();
    void rss2Item();
    void rss2Authors();
    void rss2DoiAndJournalRef();
    void rss2ItemsWithoutPubDate();
    void rss2FeedDayKeepsItsOwnOffset();
    void rss2CombinedFeedCategories();
    void rss2ErrorFeed();
    void rdfItems();
    void apiEntries();
    void apiOldFormat();
    void apiSearchPage();
    void apiErrorFeed();
    void apiZeroResults();
    void atomSample();
    void atomEmptyFeed();
    void rejectsNonFeeds_data();
    void rejectsNonFeeds();
    void everyTruncationFails_data();
    void everyTruncationFails();
    void formatSpecificEntryPoints();
    void splitAuthors_data();
    void splitAuthors();
};

// Every saved payload, with counts taken from the files themselves (grep/python) and tests/fixtures/SOURCES.md.
struct FixtureRow
{
    const char *file;
    FeedFormat format;
    int papers, newCount, cross, replace, replaceCross;
    QDate feedDay;
    const char *categories; // comma-separated
};

static const FixtureRow fixtureRows[] = {
    { "rss2_daily_cs-ai_fetched-2025-03-25.xml", FeedFormat::Rss2, 267, 17, 145, 14, 91, QDate(2025, 3, 24), "cs.AI" },
    { "rss2_daily_cs-ai_fetched-2025-06-17.xml", FeedFormat::Rss2, 293, 22, 180, 18, 73, QDate(2025, 6, 16), "cs.AI" },
    { "rss2_daily_cs-lg_fetched-2025-03-25.xml", FeedFormat::Rss2, 235, 64, 72, 44, 55, QDate(2025, 3, 24), "cs.LG" },
    { "rss2_daily_cs-lg_fetched-2025-06-17.xml", FeedFormat::Rss2, 317, 103, 91, 70, 53, QDate(2025, 6, 16), "cs.LG" },
    { "rss2_empty-holiday_cs.LG_pub-2025-12-31.xml", FeedFormat::Rss2, 0, 0, 0, 0, 0, QDate(2025, 12, 31), "cs.LG" },
    { "rss2_empty-weekend_cs.LG_pub-2024-03-09.xml", FeedFormat::Rss2, 0, 0, 0, 0, 0, QDate(2024, 3, 9), "cs.LG" },
    { "rss2_new-format-early_cs.LG_pub-2024-03-07_no-item-pubDate.xml", FeedFormat::Rss2, 205, 57, 77, 34, 37,
        QDate(2024, 3, 7), "cs.LG" },
    { "rss2_new-format_cs.CL_pub-2026-08-21.xml", FeedFormat::Rss2, 109, 49, 27, 23, 10, QDate(2026, 8, 21), "cs.CL" },
    // RDF titles: 41 "[cs.CL]", 32 "[cs.CL] UPDATED", 12 other primaries, 5 other primaries UPDATED.
    { "rss1-rdf_old-format_cs.CL_date-2023-12-19.xml", FeedFormat::Rdf, 90, 41, 12, 32, 5, QDate(2023, 12, 19),
        "cs.CL" },
    { "rss1-rdf_old-format_empty_cs.LG_date-2023-12-25.xml", FeedFormat::Rdf, 0, 0, 0, 0, 0, QDate(2023, 12, 25),
        "cs.LG" },
    // API pages: no listing context, so no announce types, feed day or feed categories.
    { "api_id-list_1605.08386.xml", FeedFormat::ApiAtom, 1, 0, 0, 0, 0, QDate(), "" },
    { "api_id-list_astro-ph-0601001_affiliation_journal-ref.xml", FeedFormat::ApiAtom, 1, 0, 0, 0, 0, QDate(), "" },
    { "api_old-format-2020_id-list_1601.00001.xml", FeedFormat::ApiAtom, 1, 0, 0, 0, 0, QDate(), "" },
    { "api_search_all-testing_start10_max10.xml", FeedFormat::ApiAtom, 10, 0, 0, 0, 0, QDate(), "" },
    { "api_id-list_0000.0000_zero-results.xml", FeedFormat::ApiAtom, 0, 0, 0, 0, 0, QDate(), "" },
};

void TestFeedParser::everyFixtureParses_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("papers");
    QTest::addColumn<int>("newCount");
    QTest::addColumn<int>("cross");
    QTest::addColumn<int>("replace");
    QTest::addColumn<int>("replaceCross");
    QTest::addColumn<QDate>("feedDay");
    QTest::addColumn<QStringList>("categories");
    for (const FixtureRow &r : fixtureRows) {
        QTest::newRow(r.file) << QString::fromLatin1(r.file) << int(r.format) << r.papers << r.newCount << r.cross
                              << r.replace << r.replaceCross << r.feedDay
                              << QString::fromLatin1(r.categories).split(u',', Qt::SkipEmptyParts);
    }
}

void TestFeedParser::everyFixtureParses()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(int, papers);
    QFETCH(int, newCount);
    QFETCH(int, cross);
    QFETCH(int, replace);
    QFETCH(int, replaceCross);
    QFETCH(QDate, feedDay);
    QFETCH(QStringList, categories);

    const QByteArray bytes = Test::readFixture(u"arxiv/"_s + file);
    QCOMPARE(int(FeedParser::detect(bytes)), format);
    const auto result = FeedParser::parse(bytes, file);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    const ParsedFeed &feed = result.value();
    QCOMPARE(int(feed.info.format), format);
    QCOMPARE(feed.papers.size(), papers);
    const TypeCounts c = countTypes(feed.papers);
    QCOMPARE(c.newCount, newCount);
    QCOMPARE(c.cross, cross);
    QCOMPARE(c.replace, replace);
    QCOMPARE(c.replaceCross, replaceCross);
    if (format != int(FeedFormat::ApiAtom))
        QCOMPARE(c.unknown, 0);
    QCOMPARE(feed.info.feedDay, feedDay);
    QCOMPARE(feed.info.categories, categories);

    QSet<QString> ids;
    for (const Paper &p : feed.papers) {
        QVERIFY2(!p.id.isEmpty(), qPrintable(p.titleRaw));
        QVERIFY2(p.version > 0, qPrintable(p.id));
        QVERIFY2(!p.title.isEmpty(), qPrintable(p.id));
        QVERIFY2(!p.abstract.isEmpty(), qPrintable(p.id));
        QVERIFY2(!p.authors.isEmpty(), qPrintable(p.id));
        QCOMPARE(p.affiliations.size(), p.authors.size());
        QVERIFY2(!p.categories.isEmpty(), qPrintable(p.id));
        QCOMPARE(p.primaryCategory, p.categories.first());
        QVERIFY2(!p.abstract.contains("Announce Type"_L1), qPrintable(p.id));
        QVERIFY2(!p.abstract.contains(u'\n'), qPrintable(p.id));
        QVERIFY2(!p.abstract.contains("<p>"_L1), qPrintable(p.id));
        QCOMPARE(p.announced, feedDay);
        ids.insert(p.id);
    }
    QCOMPARE(ids.size(), papers); // a feed lists each paper once
}

// A new fixture without a row above would go untested: fail until it gets one.
void TestFeedParser::everyFixtureIsListed()
{
    const QDir dir(QFileInfo(Test::fixturePath(u"arxiv"_s)).absoluteFilePath());
    QStringList files = dir.entryList({ u"*.xml"_s }, QDir::Files, QDir::Name);
    QStringList covered { u"api_error_http400_id-list_abc.xml"_s }; // apiErrorFeed
    for (const FixtureRow &r : fixtureRows)
        covered.append(QString::fromLatin1(r.file));
    covered.sort();
    QCOMPARE(files, covered);
}

void TestFeedParser::dayTotals_data()
{
    QTest::addColumn<QString>("day");
    QTest::addColumn<int>("items");
    QTest::addColumn<int>("newCrossListings");
    QTest::addColumn<int>("distinctNewCross");
    // SOURCES.md: the inputs of digests/digest-2025-06-16.md and digests/digest-2025-03-24.md.
    QTest::newRow("2025-06-17") << u"2025-06-17"_s << 610 << 396 << 318;
    QTest::newRow("2025-03-25") << u"2025-03-25"_s << 502 << 298 << 258;
}

void TestFeedParser::dayTotals()
{
    QFETCH(QString, day);
    QFETCH(int, items);
    QFETCH(int, newCrossListings);
    QFETCH(int, distinctNewCross);

    int total = 0;
    int listings = 0;
    QSet<QString> distinct;
    for (const char *cat : { "cs-ai", "cs-lg" }) {
        const ParsedFeed feed = parseFixture(u"rss2_daily_%1_fetched-%2.xml"_s.arg(QLatin1StringView(cat), day));
        total += feed.papers.size();
        for (const Paper &p : feed.papers) {
            if (p.announceType == AnnounceType::New || p.announceType == AnnounceType::Cross) {
                ++listings;
                distinct.insert(p.id);
            }
        }
    }
    QCOMPARE(total, items);
    QCOMPARE(listings, newCrossListings);
    QCOMPARE(distinct.size(), distinctNewCross);
}

void TestFeedParser::rss2Item()
{
    const ParsedFeed feed = parseFixture(u"rss2_daily_cs-ai_fetched-2025-06-17.xml"_s);
    QCOMPARE(feed.info.title, u"cs.AI updates on arXiv.org"_s);
    QCOMPARE(feed.info.lastBuildDate, QDateTime(QDate(2025, 6, 16), QTime(4, 0, 5), QTimeZone::UTC));
    const Paper &p = feed.papers.first();
    QCOMPARE(p.id, u"2506.11012"_s);
    QCOMPARE(p.version, 1);
    QCOMPARE(p.announceType, AnnounceType::New);
    QCOMPARE(p.title, u"A Survey of Task-Oriented Knowledge Graph Reasoning: Status, Applications, and Prospects"_s);
    QCOMPARE(p.titleRaw, p.title);
    QCOMPARE(p.authors, (QStringList { u"Guanglin Niu"_s, u"Bo Li"_s, u"Yangguang Lin"_s }));
    QCOMPARE(p.affiliations, (QStringList { QString(), QString(), QString() }));
    QCOMPARE(p.authorsRaw, u"Guanglin Niu, Bo Li, Yangguang Lin"_s);
    QCOMPARE(p.categories, (QStringList { u"cs.AI"_s, u"cs.CL"_s }));
    QCOMPARE(p.primaryCategory, u"cs.AI"_s);
    QVERIFY(p.abstract.startsWith("Knowledge graphs (KGs) have emerged as a powerful paradigm"_L1));
    QVERIFY(p.abstract.endsWith("outline promising future directions in the field of KGR."_L1));
    QVERIFY(p.abstractRaw.startsWith("Knowledge graphs (KGs)"_L1));
    QVERIFY(p.doi.isEmpty());
    QVERIFY(p.journalRef.isEmpty());
    QCOMPARE(p.announced, QDate(2025, 6, 16));
    QCOMPARE(p.absUrl(), u"https://arxiv.org/abs/2506.11012"_s);
}

void TestFeedParser::rss2Authors()
{
    {
        // Affiliations with commas inside the parentheses.
        const ParsedFeed feed = parseFixture(u"rss2_daily_cs-ai_fetched-2025-03-25.xml"_s);
        const Paper *p = findPaper(feed, u"2503.16546"_s);
        QVERIFY(p);
        QCOMPARE(p->authors, (QStringList { u"Saddam Hussain Khan"_s, u"Rashid Iqbal"_s }));
        const QString affiliation = u"Artificial Intelligence Lab, Department of Computer Systems Engineering, "
                                    "University of Engineering,Applied Sciences"_s;
        QCOMPARE(p->affiliations, (QStringList { affiliation, affiliation }));
        QCOMPARE(p->categories, (QStringList { u"cs.CV"_s, u"cs.AI"_s, u"cs.LG"_s, u"eess.IV"_s }));
        QCOMPARE(p->announceType, AnnounceType::Cross);

        // ", and Shadab Khan": the final "and" is not part of a name.
        const Paper *gene = findPaper(feed, u"2503.16565"_s);
        QVERIFY(gene);
        QCOMPARE(gene->authors.size(), 15);
        QCOMPARE(gene->authors.first(), u"Kirill Vishniakov"_s);
        QCOMPARE(gene->authors.last(), u"Shadab Khan"_s);
        QCOMPARE(gene->authors.at(13), u"Marco Pimentel"_s);

        // TeX accents and a braced special letter.
        const Paper *cp = findPaper(feed, u"2503.16452"_s);
        QVERIFY(cp);
        QCOMPARE(cp->authors,
            (QStringList { u"Kimji N. Pellano"_s, u"Inga Strümke"_s, u"Daniel Groos"_s, u"Lars Adde"_s, u"Pål Haugen"_s,
                u"Espen Alexander F. Ihlen"_s }));
        QVERIFY(cp->authorsRaw.contains(uR"(Str\"umke)"_s));
        QVERIFY(cp->authorsRaw.contains(uR"(P{\aa}l Haugen)"_s));
    }
    {
        const ParsedFeed feed = parseFixture(u"rss2_daily_cs-lg_fetched-2025-06-17.xml"_s);
        const Paper *p = findPaper(feed, u"2506.11152"_s);
        QVERIFY(p);
        QCOMPARE(p->authors.size(), 6);
        QCOMPARE(p->authors.at(1), u"João Felipe Rocha"_s);
        QVERIFY(p->authorsRaw.contains(uR"(Jo\~ao Felipe Rocha)"_s));
        QCOMPARE(p->primaryCategory, u"q-bio.GN"_s);
        QCOMPARE(p->shortAuthors(), u"Hiren Madhu et al."_s);
    }
    {
        // Fourteen authors whose shared affiliation holds three commas each.
        const ParsedFeed feed = parseFixture(u"rss2_daily_cs-ai_fetched-2025-06-17.xml"_s);
        const Paper *p = nullptr;
        for (const Paper &q : feed.papers) {
            if (q.authorsRaw.startsWith("Sargam Yadav"_L1))
                p = &q;
        }
        QVERIFY(p);
        QCOMPARE(p->authors.size(), 14);
        QCOMPARE(p->authors.first(), u"Sargam Yadav"_s);
        QCOMPARE(p->affiliations.first(),
            u"School of Informatics and Creative Arts, Dundalk Institute of Technology, Dundalk, Ireland"_s);
        QCOMPARE(p->authors.last(), u"David Lillis"_s);
        QCOMPARE(p->affiliations.last(), u"School of Computer Science, University College Dublin"_s);
        QCOMPARE(p->authors.at(10), u"Padraic O'Hara"_s);

        // An accented affiliation: "University of S\~ao Paulo, …".
        const Paper *r = nullptr;
        for (const Paper &q : feed.papers) {
            if (q.authorsRaw.startsWith("Renato Cordeiro Ferreira"_L1))
                r = &q;
        }
        QVERIFY(r);
        QCOMPARE(r->authors, QStringList { u"Renato Cordeiro Ferreira"_s });
        QVERIFY2(r->affiliations.first().startsWith(u"University of São Paulo, Jheronimus Academy"_s),
            qPrintable(r->affiliations.first()));
    }
}

void TestFeedParser::rss2DoiAndJournalRef()
{
    const ParsedFeed feed = parseFixture(u"rss2_daily_cs-ai_fetched-2025-06-17.xml"_s);
    const Paper *p = findPaper(feed, u"2506.10996"_s);
    QVERIFY(p);
    QCOMPARE(p->doi, u"10.5220/0013079600003912"_s);
    QCOMPARE(p->journalRef,
        u"Proceedings of the 20th International Joint Conference on Computer Vision, Imaging and Computer "
        "Graphics Theory and Applications (VISIGRAPP 2025)"_s);
    const Paper *cobol = findPaper(feed, u"2506.10999"_s);
    QVERIFY(cobol);
    QCOMPARE(cobol->journalRef, u"ASE 2024"_s);
    QVERIFY(cobol->doi.isEmpty());

    int dois = 0;
    int refs = 0;
    for (const Paper &q : feed.papers) {
        dois += q.doi.isEmpty() ? 0 : 1;
        refs += q.journalRef.isEmpty() ? 0 : 1;
    }
    QCOMPARE(dois, 8); // <arxiv:DOI> elements in the file
    QCOMPARE(refs, 11); // <arxiv:journal_reference> elements in the file
}

void TestFeedParser::rss2ItemsWithoutPubDate()
{
    // March 2024: items had no pubDate yet; every paper still gets the channel's day.
    const ParsedFeed feed = parseFixture(u"rss2_new-format-early_cs.LG_pub-2024-03-07_no-item-pubDate.xml"_s);
    QCOMPARE(feed.papers.size(), 205);
    for (const Paper &p : feed.papers)
        QCOMPARE(p.announced, QDate(2024, 3, 7));
}

static QByteArray rss2Document(const QByteArray &channelPubDate, const QByteArray &link)
{
    return "<?xml version='1.0' encoding='UTF-8'?>\n"
           "<rss xmlns:arxiv=\"http://arxiv.org/schemas/atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
           "version=\"2.0\"><channel><title>cs.LG, cs.AI updates on arXiv.org</title><link>"
        + link + "</link><pubDate>" + channelPubDate
        + "</pubDate><item><title>T</title><link>https://arxiv.org/abs/2506.00001</link>"
          "<description>arXiv:2506.00001v2 Announce Type: replace \nAbstract: Text.</description>"
          "<guid isPermaLink=\"false\">oai:arXiv.org:2506.00001v2</guid><category>cs.LG</category>"
          "<arxiv:announce_type>replace</arxiv:announce_type><dc:creator>A. Author</dc:creator></item>"
          "</channel></rss>";
}

void TestFeedParser::rss2FeedDayKeepsItsOwnOffset()
{
    // 23:30 in New York is already the next day in UTC; the feed day is the date as written.
    const auto late = FeedParser::parse(
        rss2Document("Mon, 16 Jun 2025 23:30:00 -0400", "http://rss.arxiv.org/rss/cs.LG"), u"late.xml"_s);
    QVERIFY2(late.ok(), qPrintable(late.errorMessage()));
    QCOMPARE(late->info.feedDay, QDate(2025, 6, 16));
    QCOMPARE(late->papers.size(), 1);
    QCOMPARE(late->papers.first().announced, QDate(2025, 6, 16));
    QCOMPARE(late->papers.first().version, 2);
    QCOMPARE(late->papers.first().announceType, AnnounceType::Replace);
    QCOMPARE(late->papers.first().abstract, u"Text."_s);

    const auto winter = FeedParser::parse(rss2Document("Wed, 31 Dec 2025 00:00:00 -0500", "x"), u"w.xml"_s);
    QVERIFY(winter.ok());
    QCOMPARE(winter->info.feedDay, QDate(2025, 12, 31));
}

void TestFeedParser::rss2CombinedFeedCategories()
{
    const auto r = FeedParser::parse(
        rss2Document("Mon, 16 Jun 2025 00:00:00 -0400", "http://rss.arxiv.org/rss/cs.LG+cs.AI"), u"combined.xml"_s);
    QVERIFY(r.ok());
    QCOMPARE(r->info.categories, (QStringList { u"cs.LG"_s, u"cs.AI"_s }));
    // Without a usable link, the title names them.
    const auto t = FeedParser::parse(rss2Document("Mon, 16 Jun 2025 00:00:00 -0400", ""), u"t.xml"_s);
    QVERIFY(t.ok());
    QCOMPARE(t->info.categories, (QStringList { u"cs.LG"_s, u"cs.AI"_s }));

    QCOMPARE(FeedParser::feedCategories(u"https://rss.arxiv.org/atom/math.OC"), QStringList { u"math.OC"_s });
    QCOMPARE(FeedParser::feedCategories(u"http://rss.arxiv.org/rss/cs.LG+cs.AI+stat.ML?version=2.0"),
        (QStringList { u"cs.LG"_s, u"cs.AI"_s, u"stat.ML"_s }));
    QCOMPARE(FeedParser::feedCategories(u"astro-ph updates on arXiv.org"), QStringList { u"astro-ph"_s });
    QVERIFY(FeedParser::feedCategories(u"arXiv Search Results").isEmpty());
}

void TestFeedParser::rss2ErrorFeed()
{
    // What rss.arxiv.org serves for a category it does not know (feed/serializers/serializer.py).
    const QByteArray bytes = "<?xml version='1.0' encoding='UTF-8'?>\n<rss version=\"2.0\"><channel>"
                             "<title>Feed error for query: https://rss.arxiv.org/rss/cs.XX</title>"
                             "<link>https://rss.arxiv.org/rss/cs.XX</link>"
                             "<description>Invalid archive specification: cs.XX</description>"
                             "</channel></rss>";
    const auto r = FeedParser::parse(bytes, u"https://rss.arxiv.org/rss/cs.XX"_s);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().contains("Invalid archive specification: cs.XX"_L1), qPrintable(r.errorMessage()));
    QVERIFY(r.errorMessage().contains("https://rss.arxiv.org/rss/cs.XX"_L1));
}

void TestFeedParser::rdfItems()
{
    const ParsedFeed feed = parseFixture(u"rss1-rdf_old-format_cs.CL_date-2023-12-19.xml"_s);
    QCOMPARE(feed.info.title, u"cs.CL updates on arXiv.org"_s);
    QCOMPARE(feed.info.lastBuildDate, QDateTime(QDate(2023, 12, 20), QTime(1, 30), QTimeZone::UTC));

    const Paper &first = feed.papers.first();
    QCOMPARE(first.id, u"2312.11502"_s);
    QCOMPARE(first.version, 1);
    QCOMPARE(first.announceType, AnnounceType::New);
    // arXiv appended ". (arXiv:… [cs.CL])" to the title; neither the period nor the suffix is kept.
    QCOMPARE(first.title, u"Labrador: Exploring the Limits of Masked Language Modeling for Laboratory Data"_s);
    QCOMPARE(first.categories, QStringList { u"cs.CL"_s });
    QCOMPARE(
        first.authors, (QStringList { u"David R. Bellamy"_s, u"Bhawesh Kumar"_s, u"Cindy Wang"_s, u"Andrew Beam"_s }));
    QCOMPARE(first.authorsRaw, u"David R. Bellamy, Bhawesh Kumar, Cindy Wang, Andrew Beam"_s);
    QVERIFY(first.abstract.startsWith(
        "In this work we introduce Labrador, a pre-trained Transformer model for laboratory data."_L1));
    QVERIFY(first.abstract.endsWith("tree-based baselines in their evaluations."_L1));
    QVERIFY(!first.abstractRaw.contains("<p>"_L1));
    QVERIFY(first.abstractRaw.contains(u'\n')); // raw keeps arXiv's line wrapping

    const Paper *updated = findPaper(feed, u"2312.11276"_s);
    QVERIFY(updated);
    QCOMPARE(updated->version, 2);
    QCOMPARE(updated->announceType, AnnounceType::Replace);
    QCOMPARE(updated->title,
        u"Compositional Generalization for Multi-label Text Classification: A Data-Augmentation Approach"_s);
    QCOMPARE(updated->authors.size(), 7);
    QVERIFY(updated->abstract.contains("classification models' capacity"_L1)); // &apos; inside the HTML

    // A title ending in "?" still had ". " appended by arXiv; only the appended period goes.
    int questions = 0;
    for (const Paper &p : feed.papers) {
        QVERIFY2(!p.title.contains("(arXiv:"_L1), qPrintable(p.title));
        questions += p.title.endsWith(u'?') ? 1 : 0;
        if (p.primaryCategory != "cs.CL"_L1)
            QVERIFY(p.announceType == AnnounceType::Cross || p.announceType == AnnounceType::ReplaceCross);
    }
    QCOMPARE(questions, 2);
}

void TestFeedParser::apiEntries()
{
    {
        const ParsedFeed feed = parseFixture(u"api_id-list_1605.08386.xml"_s);
        QCOMPARE(feed.info.totalResults, 1);
        QCOMPARE(feed.info.startIndex, 0);
        QCOMPARE(feed.info.itemsPerPage, 100);
        QCOMPARE(feed.info.lastBuildDate, QDateTime(QDate(2026, 4, 12), QTime(22, 10, 19), QTimeZone::UTC));
        const Paper &p = feed.papers.first();
        QCOMPARE(p.id, u"1605.08386"_s);
        QCOMPARE(p.version, 1);
        QCOMPARE(p.title, u"Heat-bath random walks with Markov bases"_s);
        QCOMPARE(p.authors, (QStringList { u"Caprice Stanley"_s, u"Tobias Windisch"_s }));
        QCOMPARE(p.affiliations, (QStringList { QString(), QString() }));
        QCOMPARE(p.authorsRaw, u"Caprice Stanley, Tobias Windisch"_s);
        QCOMPARE(p.categories, (QStringList { u"math.CO"_s, u"math.ST"_s }));
        QCOMPARE(p.primaryCategory, u"math.CO"_s);
        QCOMPARE(p.comments, u"20 pages, 3 figures"_s);
        QCOMPARE(p.published, QDateTime(QDate(2016, 5, 26), QTime(17, 59, 46), QTimeZone::UTC));
        QCOMPARE(p.updated, p.published);
        QVERIFY(p.abstract.startsWith("Graphs on lattice points are studied"_L1));
        QCOMPARE(p.announceType, AnnounceType::Unknown);
        QVERIFY(!p.announced.isValid());
    }
    {
        const ParsedFeed feed = parseFixture(u"api_id-list_astro-ph-0601001_affiliation_journal-ref.xml"_s);
        const Paper &p = feed.papers.first();
        QCOMPARE(p.id, u"astro-ph/0601001"_s);
        QCOMPARE(p.version, 1);
        QCOMPARE(p.authors,
            (QStringList { u"Andrew Gould"_s, u"Susan Dorsher"_s, u"B. Scott Gaudi"_s, u"Andrzej Udalski"_s }));
        QCOMPARE(p.affiliations,
            (QStringList { u"Ohio State"_s, u"Ohio State"_s, u"CfA"_s, u"Warsaw University Observatory"_s }));
        QCOMPARE(p.journalRef, u"ActaAstron.56:1-50,2006"_s);
        QCOMPARE(p.categories, QStringList { u"astro-ph"_s });
        QVERIFY(p.comments.startsWith("62 pages including 16 figures and 9 tables."_L1));
        QVERIFY(p.abstract.startsWith("We derive the frequencies of hot Jupiters"_L1)); // leading spaces gone
        QVERIFY(p.abstract.contains("following Gould & Morgan (2003)"_L1));
        QVERIFY(p.doi.isEmpty());
    }
}

void TestFeedParser::apiOldFormat()
{
    // 2020 layout: per-element xmlns, wrapped title/summary, DOI as <arxiv:doi> and as a link.
    const ParsedFeed feed = parseFixture(u"api_old-format-2020_id-list_1601.00001.xml"_s);
    QCOMPARE(feed.info.totalResults, 1);
    QCOMPARE(feed.info.itemsPerPage, 10);
    const Paper &p = feed.papers.first();
    QCOMPARE(p.id, u"1601.00001"_s);
    QCOMPARE(p.title, u"Inelastic effects in molecular transport junctions: The probe technique at high bias"_s);
    QVERIFY(p.titleRaw.contains(u'\n'));
    QCOMPARE(p.doi, u"10.1063/1.4944470"_s);
    QCOMPARE(p.journalRef, u"J. Chem. Phys. 144, 124107 (2016)"_s);
    QCOMPARE(p.primaryCategory, u"cond-mat.mes-hall"_s);
    QCOMPARE(p.categories, QStringList { u"cond-mat.mes-hall"_s });
    QVERIFY(p.abstract.startsWith(
        u"We extend the Landauer-Büttiker probe formalism for conductances to the high bias regime"_s));
    QVERIFY(p.abstractRaw.contains(uR"(Landauer-B\"uttiker)"_s));
    QVERIFY(p.abstract.contains("realize fundamentally distinct $I$-$V$ characteristics"_L1)); // math untouched
    QCOMPARE(feed.info.lastBuildDate, QDateTime(QDate(2020, 9, 4), QTime(4, 0), QTimeZone::UTC));
}

void TestFeedParser::apiSearchPage()
{
    const ParsedFeed feed = parseFixture(u"api_search_all-testing_start10_max10.xml"_s);
    QCOMPARE(feed.info.totalResults, 214881);
    QCOMPARE(feed.info.startIndex, 10);
    QCOMPARE(feed.info.itemsPerPage, 10);
    QCOMPARE(feed.papers.size(), 10);
    const Paper &p = feed.papers.first();
    QCOMPARE(p.id, u"2403.16981"_s);
    QCOMPARE(p.version, 2);
    QCOMPARE(p.categories, (QStringList { u"math.ST"_s, u"cs.IT"_s, u"stat.ML"_s }));
    QCOMPARE(p.authors, (QStringList { u"Ankit Pensia"_s, u"Varun Jog"_s, u"Po-Ling Loh"_s }));
    QCOMPARE(p.published, QDateTime(QDate(2024, 3, 25), QTime(17, 42, 32), QTimeZone::UTC));
    QCOMPARE(p.updated, QDateTime(QDate(2025, 5, 24), QTime(5, 50, 33), QTimeZone::UTC));
    QVERIFY(p.abstract.contains(u"type-I error at most $α$"_s)); // the API sends real UTF-8
}

void TestFeedParser::apiErrorFeed()
{
    // Sent with HTTP 400 for id_list=abc: a feed whose single entry is the error.
    const QString source = u"https://export.arxiv.org/api/query?id_list=abc"_s;
    const auto r = FeedParser::parse(Test::readFixture(u"arxiv/api_error_http400_id-list_abc.xml"_s), source);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().contains("incorrect id format for abc"_L1), qPrintable(r.errorMessage()));
    QVERIFY(r.errorMessage().contains(source));
    QVERIFY(r.error().detail.contains("api/errors#incorrect_id_format_for_abc"_L1));
    QCOMPARE(FeedParser::detect(Test::readFixture(u"arxiv/api_error_http400_id-list_abc.xml"_s)), FeedFormat::ApiAtom);
}

void TestFeedParser::apiZeroResults()
{
    const auto r = FeedParser::parse(Test::readFixture(u"arxiv/api_id-list_0000.0000_zero-results.xml"_s), u"zero"_s);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->info.format, FeedFormat::ApiAtom);
    QCOMPARE(r->info.totalResults, 0);
    QCOMPARE(r->info.itemsPerPage, 100);
    QVERIFY(r->papers.isEmpty());
}

void TestFeedParser::atomSample()
{
    const QString path = Test::fixturePath(u"synthetic/rss_atom_cs-lg+cs-ai_sample.xml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(FeedParser::detect(bytes), FeedFormat::Atom);
    const auto r = FeedParser::parse(bytes, path);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    const ParsedFeed &feed = r.value();
    QCOMPARE(feed.info.format, FeedFormat::Atom);
    QCOMPARE(feed.info.title, u"cs.LG, cs.AI updates on arXiv.org"_s);
    QCOMPARE(feed.info.categories, (QStringList { u"cs.LG"_s, u"cs.AI"_s }));
    QCOMPARE(feed.info.feedDay, QDate(2025, 6, 16));
    QCOMPARE(feed.info.lastBuildDate, QDateTime(QDate(2025, 6, 16), QTime(4, 0, 5, 942), QTimeZone::UTC));
    QCOMPARE(feed.papers.size(), 5);
    const TypeCounts c = countTypes(feed.papers);
    QCOMPARE(c.newCount, 1);
    QCOMPARE(c.cross, 1);
    QCOMPARE(c.replace, 1);
    QCOMPARE(c.replaceCross, 2);

    // The same papers as in the RSS 2.0 capture give the same values.
    const ParsedFeed rss = parseFixture(u"rss2_daily_cs-ai_fetched-2025-06-17.xml"_s);
    for (const Paper &a : feed.papers) {
        const Paper *b = findPaper(rss, a.id);
        QVERIFY2(b, qPrintable(a.id));
        QCOMPARE(a.version, b->version);
        QCOMPARE(a.announceType, b->announceType);
        QCOMPARE(a.title, b->title);
        QCOMPARE(a.titleRaw, b->titleRaw);
        QCOMPARE(a.authors, b->authors);
        QCOMPARE(a.affiliations, b->affiliations);
        QCOMPARE(a.authorsRaw, b->authorsRaw);
        QCOMPARE(a.abstract, b->abstract);
        QCOMPARE(a.abstractRaw, b->abstractRaw);
        QCOMPARE(a.categories, b->categories);
        QCOMPARE(a.doi, b->doi);
        QCOMPARE(a.journalRef, b->journalRef);
        QCOMPARE(a.announced, QDate(2025, 6, 16));
    }
    const Paper *som = findPaper(feed, u"2506.10680"_s);
    QVERIFY(som);
    QCOMPARE(som->authors, (QStringList { u"Igor Urbanik"_s, u"Paweł Gajewski"_s }));
    const Paper *vis = findPaper(feed, u"2506.10996"_s);
    QVERIFY(vis);
    QCOMPARE(vis->doi, u"10.5220/0013079600003912"_s);
}

void TestFeedParser::atomEmptyFeed()
{
    // No entries to date it: the feed day is the US Eastern date on which arXiv built the feed.
    const QByteArray bytes
        = "<?xml version='1.0' encoding='UTF-8'?>\n"
          "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\">"
          "<id>http://rss.arxiv.org/atom/math.OC</id><title>math.OC updates on arXiv.org</title>"
          "<updated>2024-03-09T05:00:02.123456+00:00</updated>"
          "<link href=\"http://rss.arxiv.org/atom/math.OC\" rel=\"self\" type=\"application/atom+xml\"/>"
          "</feed>";
    QCOMPARE(FeedParser::detect(bytes), FeedFormat::Atom);
    const auto r = FeedParser::parse(bytes, u"empty.atom"_s);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->info.format, FeedFormat::Atom);
    QVERIFY(r->papers.isEmpty());
    QCOMPARE(r->info.categories, QStringList { u"math.OC"_s });
    QCOMPARE(r->info.feedDay, QDate(2024, 3, 9));
}

void TestFeedParser::rejectsNonFeeds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expect"); // a phrase the message must hold

    const QByteArray feed = Test::readFixture(u"arxiv/rss2_daily_cs-lg_fetched-2025-06-17.xml"_s);
    QTest::newRow("html error page") << QByteArray(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><title>503 Service Unavailable</title></head>"
        "<body><h1>Service Unavailable</h1><p>arXiv is down for maintenance.</p></body></html>")
                                     << u"web page"_s;
    QTest::newRow("xhtml page") << QByteArray("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                                              "<body><p>Not found</p></body></html>")
                                << u"web page"_s;
    QTest::newRow("truncated") << feed.left(feed.size() / 2) << u"cut off"_s;
    QTest::newRow("truncated in the prolog") << feed.left(30) << u"cut off"_s;
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("whitespace") << QByteArray("  \r\n") << u"empty"_s;
    QTest::newRow("plain text") << QByteArray("Rate exceeded.") << u"broken"_s;
    QTest::newRow("json") << QByteArray("{\"error\": \"too many requests\"}") << u"broken"_s;
    QTest::newRow("other xml") << QByteArray("<?xml version=\"1.0\"?><note><to>x</to></note>")
                               << u"not an arXiv feed"_s;

    // Latin-1 bytes in a document that declares UTF-8 ("João" saved by a tool that re-encoded it).
    QByteArray latin1 = feed;
    latin1.replace("Jo\\~ao", "Jo\xe3o");
    QVERIFY(latin1 != feed);
    QTest::newRow("latin-1 declared utf-8") << latin1 << u"text encoding is wrong"_s;
    // UTF-16 bytes whose declaration still says UTF-8.
    QByteArray utf16;
    const QString text = QString::fromUtf8(Test::readFixture(u"arxiv/rss2_empty-holiday_cs.LG_pub-2025-12-31.xml"_s));
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QTest::newRow("utf-16 declared utf-8") << utf16 << u"text encoding is wrong"_s;
}

void TestFeedParser::rejectsNonFeeds()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expect);
    const QString source = u"https://rss.arxiv.org/rss/cs.LG"_s;
    const auto r = FeedParser::parse(bytes, source);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().contains(source), qPrintable(r.errorMessage()));
    QVERIFY2(r.errorMessage().contains(expect), qPrintable(r.errorMessage()));
}

void TestFeedParser::everyTruncationFails_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("api") << u"api_id-list_1605.08386.xml"_s;
    QTest::newRow("rss2 empty") << u"rss2_empty-holiday_cs.LG_pub-2025-12-31.xml"_s;
    QTest::newRow("rdf empty") << u"rss1-rdf_old-format_empty_cs.LG_date-2023-12-25.xml"_s;
}

// A download cut off at any byte gives an error, never a shorter list of papers.
void TestFeedParser::everyTruncationFails()
{
    QFETCH(QString, file);
    const QByteArray bytes = Test::readFixture(u"arxiv/"_s + file);
    const qsizetype end = bytes.trimmed().size(); // the last byte of the root's end tag
    QVERIFY(FeedParser::parse(bytes.left(end), file).ok());
    for (qsizetype cut = 0; cut < end; ++cut) {
        const auto r = FeedParser::parse(bytes.left(cut), file);
        QVERIFY2(!r.ok(), qPrintable(u"cut at %1"_s.arg(cut)));
        QVERIFY(r.errorMessage().contains(file));
    }
}

void TestFeedParser::formatSpecificEntryPoints()
{
    const QByteArray rss = Test::readFixture(u"arxiv/rss2_empty-weekend_cs.LG_pub-2024-03-09.xml"_s);
    const QByteArray rdf = Test::readFixture(u"arxiv/rss1-rdf_old-format_empty_cs.LG_date-2023-12-25.xml"_s);
    const QByteArray api = Test::readFixture(u"arxiv/api_id-list_1605.08386.xml"_s);
    QVERIFY(FeedParser::parseRss2(rss, u"a"_s).ok());
    QVERIFY(FeedParser::parseRdf(rdf, u"b"_s).ok());
    QVERIFY(FeedParser::parseApiAtom(api, u"c"_s).ok());
    QCOMPARE(FeedParser::parseApiAtom(api, u"c"_s)->papers.size(), 1);
    const auto wrong = FeedParser::parseRss2(rdf, u"old.xml"_s);
    QVERIFY(!wrong.ok());
    QVERIFY(wrong.errorMessage().contains("old.xml"_L1));
    QVERIFY(!FeedParser::parseRdf(api, u"d"_s).ok());
    QCOMPARE(FeedParser::detect("<html><body/></html>"), FeedFormat::Unknown);
    QCOMPARE(FeedParser::detect(rss), FeedFormat::Rss2);
}

void TestFeedParser::splitAuthors_data()
{
    QTest::addColumn<QString>("creators");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("affiliations");
    QTest::newRow("one") << u"Justin Asher"_s << QStringList { u"Justin Asher"_s } << QStringList { QString() };
    QTest::newRow("plain") << u"A. One, B. Two,C. Three"_s << QStringList { u"A. One"_s, u"B. Two"_s, u"C. Three"_s }
                           << QStringList { QString(), QString(), QString() };
    QTest::newRow("two with and") << u"Ann Lee and Bo Chen"_s << QStringList { u"Ann Lee"_s, u"Bo Chen"_s }
                                  << QStringList { QString(), QString() };
    QTest::newRow("oxford and") << u"A, B, and C"_s << QStringList { u"A"_s, u"B"_s, u"C"_s }
                                << QStringList { QString(), QString(), QString() };
    QTest::newRow("affiliation commas") << u"Ann Lee (Univ. X, Dept. Y, and Lab Z), Bo Chen (ETH)"_s
                                        << QStringList { u"Ann Lee"_s, u"Bo Chen"_s }
                                        << QStringList { u"Univ. X, Dept. Y, and Lab Z"_s, u"ETH"_s };
    QTest::newRow("nested parens") << u"Ann Lee (Lab (Paris), France)"_s << QStringList { u"Ann Lee"_s }
                                   << QStringList { u"Lab (Paris), France"_s };
    QTest::newRow("two groups") << u"Ann Lee (MIT) (Google)"_s << QStringList { u"Ann Lee"_s }
                                << QStringList { u"MIT; Google"_s };
    QTest::newRow("unbalanced") << u"Ann Lee (MIT, Bo Chen"_s << QStringList { u"Ann Lee"_s }
                                << QStringList { u"MIT, Bo Chen"_s };
    QTest::newRow("wrapped lines") << u"Ann\n  Lee,\n Bo Chen"_s << QStringList { u"Ann Lee"_s, u"Bo Chen"_s }
                                   << QStringList { QString(), QString() };
    QTest::newRow("braced comma") << uR"(Ann {Lee, Jr.}, Bo)"_s << QStringList { uR"(Ann {Lee, Jr.})"_s, u"Bo"_s }
                                  << QStringList { QString(), QString() };
    QTest::newRow("trailing comma") << u"A, B,"_s << QStringList { u"A"_s, u"B"_s }
                                    << QStringList { QString(), QString() };
    QTest::newRow("Alexander not split") << u"Sandra Alexander, Andrea Anders"_s
                                         << QStringList { u"Sandra Alexander"_s, u"Andrea Anders"_s }
                                         << QStringList { QString(), QString() };
    QTest::newRow("empty") << QString() << QStringList() << QStringList();
}

void TestFeedParser::splitAuthors()
{
    QFETCH(QString, creators);
    QFETCH(QStringList, names);
    QFETCH(QStringList, affiliations);
    QStringList gotNames;
    QStringList gotAffiliations;
    for (const auto &a : FeedParser::splitAuthors(creators)) {
        gotNames.append(a.name);
        gotAffiliations.append(a.affiliation);
    }
    QCOMPARE(gotNames, names);
    QCOMPARE(gotAffiliations, affiliations);
}

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
