// Importing 10,000 papers into a fresh database: papers per second, for the store alone and for
// parse + store (what `papersift import` does).
#include "arxiv/feedparser.h"
#include "benchsupport.h"
#include "store/database.h"
#include "store/paperrepository.h"
#include "syntheticfeed.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace PaperSift;
using namespace Qt::StringLiterals;

// CPU seconds of this process: the machine may be shared, so wall time alone can mislead.
static double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

static int fail(const QString &what)
{
    std::fprintf(stderr, "bench_store_import: %s\n", qPrintable(what));
    return 1;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double rssAtStart = Bench::statusMiB("VmRSS");
    constexpr int count = 10000;
    const QDate day(2025, 6, 16);
    ParsedFeed feed;
    feed.info.format = FeedFormat::Rss2;
    feed.info.categories = {u"cs.LG"_s, u"cs.AI"_s};
    feed.info.feedDay = day;
    feed.papers = Test::syntheticPapers(0, count, day);

    const double feedMiB = Bench::statusMiB("VmRSS") - rssAtStart;
    Bench::report(u"store_import_feed_in_memory"_s, feedMiB, u"MiB"_s);

    QTemporaryDir dir;
    // 1. One feed of 10,000 papers into a fresh file, in one transaction.
    {
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        auto db = Database::open(dir.filePath(u"one.sqlite"_s));
        if (!db)
            return fail(db.errorMessage());
        PaperRepository papers(**db);
        auto stats = papers.importFeed(feed);
        if (!stats || stats->inserted != count)
            return fail(stats.errorMessage());
        const double s = double(t.nsecsElapsed()) / 1e9;
        Bench::report(u"store_import_10k_fresh"_s, count / s, u"papers/s"_s);
        Bench::report(u"store_import_10k_fresh_wall"_s, s * 1000, u"ms"_s);
        Bench::report(u"store_import_10k_fresh_cpu"_s, count / (cpuSeconds() - cpu0), u"papers/cpu-s"_s);
        // The process's peak so far: the program, the feed of 10,000 papers and one import of it.
        Bench::report(u"store_import_10k_peak_rss"_s, Bench::peakRssMiB(), u"MiB"_s);
        Bench::report(u"store_import_10k_peak_over_feed"_s, Bench::peakRssMiB() - rssAtStart - feedMiB, u"MiB"_s);

        t.restart();
        const double cpu1 = cpuSeconds();
        auto again = papers.importFeed(feed);
        if (!again || again->unchanged != count)
            return fail(again.errorMessage());
        Bench::report(u"store_reimport_10k_unchanged"_s, count / (double(t.nsecsElapsed()) / 1e9), u"papers/s"_s);
        Bench::report(u"store_reimport_10k_unchanged_cpu"_s, count / (cpuSeconds() - cpu1), u"papers/cpu-s"_s);
    }
    // 2. The same papers as 20 daily-sized feeds of 500 (20 transactions).
    {
        QElapsedTimer t;
        t.start();
        auto db = Database::open(dir.filePath(u"days.sqlite"_s));
        if (!db)
            return fail(db.errorMessage());
        PaperRepository papers(**db);
        for (int i = 0; i < 20; ++i) {
            ParsedFeed part = feed;
            part.papers = feed.papers.mid(i * 500, 500);
            if (auto stats = papers.importFeed(part); !stats)
                return fail(stats.errorMessage());
        }
        Bench::report(u"store_import_10k_as_20_feeds"_s, count / (double(t.nsecsElapsed()) / 1e9), u"papers/s"_s);
    }
    // 3. Parse + store from RSS 2.0 bytes, as `papersift import` does: the same 10,000 papers as
    // two category feeds of 5,000 (one feed of 10,000 is more text than the parser takes from
    // any feed, and more than arXiv sends).
    {
        const QByteArray feeds[2] = { Test::syntheticRss2(0, count / 2, day, u"cs.LG"_s),
            Test::syntheticRss2(count / 2, count / 2, day, u"cs.LG"_s) };
        QElapsedTimer t;
        t.start();
        double parseS = 0;
        auto db = Database::open(dir.filePath(u"parsed.sqlite"_s));
        if (!db)
            return fail(db.errorMessage());
        PaperRepository papers(**db);
        for (const QByteArray &xml : feeds) {
            QElapsedTimer p;
            p.start();
            auto parsed = FeedParser::parse(xml, u"synthetic.xml"_s);
            if (!parsed || parsed->papers.size() != count / 2)
                return fail(parsed ? u"parsed %1 papers"_s.arg(parsed->papers.size()) : parsed.errorMessage());
            parseS += double(p.nsecsElapsed()) / 1e9;
            if (auto stats = papers.importFeed(*parsed); !stats || stats->inserted != count / 2)
                return fail(stats ? u"stored %1 new papers"_s.arg(stats->inserted) : stats.errorMessage());
        }
        const double s = double(t.nsecsElapsed()) / 1e9;
        Bench::report(u"store_parse_and_import_10k"_s, count / s, u"papers/s"_s);
        Bench::report(u"store_parse_share"_s, 100.0 * parseS / s, u"%"_s);
    }
    Bench::report(u"store_import_peak_rss"_s, Bench::peakRssMiB(), u"MiB"_s);
    return 0;
}
