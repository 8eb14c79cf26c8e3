// Parse throughput of the real arXiv feeds: every daily RSS 2.0 capture, the old RDF feed and the API
// pages, parsed from memory (no I/O in the timed loop), repeated until each set has run >= 2 s.

#include "arxiv/feedparser.h"
#include "arxiv/xmlstream.h"
#include "benchsupport.h"
#include "testsupport.h"
#include "text/texdecoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>

#include <cstdio>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

struct Input
{
    QString name;
    QByteArray bytes;
};

struct Measure
{
    double seconds = 0;
    qint64 bytes = 0;
    qint64 papers = 0;
    int rounds = 0;
};

Measure run(const QList<Input> &inputs, double minSeconds)
{
    Measure m;
    QElapsedTimer timer;
    timer.start();
    do {
        for (const Input &in : inputs) {
            const auto result = FeedParser::parse(in.bytes, in.name);
            if (!result) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(in.name), qPrintable(result.errorMessage()));
                std::exit(1);
            }
            m.bytes += in.bytes.size();
            m.papers += result->papers.size();
        }
        ++m.rounds;
    } while (timer.nsecsElapsed() < qint64(minSeconds * 1e9));
    m.seconds = timer.nsecsElapsed() / 1e9;
    return m;
}

void report(const QString &label, const Measure &m)
{
    Bench::report(u"parse %1 throughput"_s.arg(label), m.bytes / m.seconds / (1024.0 * 1024.0), u"MiB/s"_s);
    Bench::report(u"parse %1 papers"_s.arg(label), m.papers / m.seconds, u"papers/s"_s);
    Bench::report(u"parse %1 rounds"_s.arg(label), m.rounds, u"rounds"_s);
}

QList<Input> load(std::initializer_list<const char *> files)
{
    QList<Input> inputs;
    for (const char *f : files) {
        const QString name = QString::fromLatin1(f);
        inputs.append({ name, Test::readFixture(u"arxiv/"_s + name) });
    }
    return inputs;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double minSeconds = 2.0;

    const QList<Input> daily = load({ "rss2_daily_cs-ai_fetched-2025-03-25.xml",
        "rss2_daily_cs-ai_fetched-2025-06-17.xml", "rss2_daily_cs-lg_fetched-2025-03-25.xml",
        "rss2_daily_cs-lg_fetched-2025-06-17.xml", "rss2_new-format-early_cs.LG_pub-2024-03-07_no-item-pubDate.xml",
        "rss2_new-format_cs.CL_pub-2026-08-21.xml" });
    const QList<Input> rdf = load({ "rss1-rdf_old-format_cs.CL_date-2023-12-19.xml" });
    const QList<Input> api = load({ "api_search_all-testing_start10_max10.xml", "api_id-list_1605.08386.xml",
        "api_id-list_astro-ph-0601001_affiliation_journal-ref.xml", "api_old-format-2020_id-list_1601.00001.xml" });

    run(daily, 0.3); // warm-up

    // The XML layer alone, to see what share of the time the field extraction and TeX decoding take.
    {
        QElapsedTimer timer;
        timer.start();
        qint64 bytes = 0;
        do {
            for (const Input &in : daily) {
                // Every item read whole, as the parsers do, and dropped.
                QBuffer buffer;
                buffer.setData(in.bytes);
                buffer.open(QIODevice::ReadOnly);
                XmlStream xml(buffer, in.name, FeedLimits {});
                XmlNode node;
                while (xml.nextChild(node)) {
                    if (node.name == "rss"_L1 || node.name == "channel"_L1)
                        continue; // walk in
                    xml.readSubtree(node);
                }
                if (xml.failed())
                    return 1;
                bytes += in.bytes.size();
            }
        } while (timer.nsecsElapsed() < qint64(minSeconds * 1e9));
        Bench::report(u"xml stream rss2-daily throughput"_s, bytes / (timer.nsecsElapsed() / 1e9) / (1024.0 * 1024.0),
            u"MiB/s"_s);
    }
    report(u"rss2-daily"_s, run(daily, minSeconds));
    report(u"rdf"_s, run(rdf, minSeconds));
    report(u"api"_s, run(api, minSeconds));

    // TeX decoding alone, over every abstract of the daily feeds (the bulk of the decoded text).
    QStringList abstracts;
    qint64 chars = 0;
    for (const Input &in : daily) {
        const ParsedFeed feed = FeedParser::parse(in.bytes, in.name).value();
        for (const Paper &p : feed.papers) {
            abstracts.append(p.abstractRaw);
            chars += p.abstractRaw.size();
        }
    }
    QElapsedTimer timer;
    timer.start();
    qint64 decodedChars = 0;
    int rounds = 0;
    do {
        for (const QString &a : abstracts)
            decodedChars += TexDecoder::decode(a).size();
        ++rounds;
    } while (timer.nsecsElapsed() < qint64(minSeconds * 1e9));
    const double seconds = timer.nsecsElapsed() / 1e9;
    Bench::report(u"texdecode abstracts"_s, double(chars) * rounds / seconds / 1e6, u"Mchars/s"_s);
    Bench::report(u"parse peak rss"_s, Bench::peakRssMiB(), u"MiB"_s);
    return decodedChars > 0 ? 0 : 1;
}
