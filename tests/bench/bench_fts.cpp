// FTS query latency on 200,000 synthetic papers: median and p95 per query, ranked top-200
// (search), every match's id (matchingIds, what rules use) and every match's key (matchingKeys,
// what the table's filter uses). With
// PAPERSIFT_TEST_ENGINE=postgresql (bench_fts_pg) the papers are copied into a database on the
// harness's PostgreSQL server (tsvector + GIN) and queried there.
#include "benchsupport.h"
#include "pgtestserver.h"
#include "store/database.h"
#include "store/librarycopy.h"
#include "store/paperrepository.h"
#include "store/papersearch.h"
#include "syntheticfeed.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <QScopeGuard>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace PaperSift;
using namespace Qt::StringLiterals;

static int fail(const QString &what)
{
    std::fprintf(stderr, "bench_fts: %s\n", qPrintable(what));
    return 1;
}

// CPU time of this thread: the benchmark machine may be shared, and wall time then overstates.
static double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

static bool g_postgres = false;

static void report(const QString &name, double value, const QString &unit)
{
    Bench::report(g_postgres ? u"pg_"_s + name : name, value, unit);
}

template<typename F>
static void measure(const QString &name, int runs, F &&query)
{
    QList<double> ms, cpu;
    qsizetype hits = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double c0 = threadCpuMs();
        hits = query();
        cpu.append(threadCpuMs() - c0);
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    report(name + u"_cpu_median"_s, cpu.at(cpu.size() / 2), u"ms"_s);
    const double median = ms.at(ms.size() / 2);
    const double p95 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95)));
    report(name + u"_median"_s, median, u"ms"_s);
    report(name + u"_p95"_s, p95, u"ms"_s);
    report(name + u"_hits"_s, double(hits), u"papers"_s);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    constexpr int total = 200000;
    constexpr int chunk = 10000;
    QTemporaryDir dir;
    const QString file = dir.filePath(u"fts.sqlite"_s);
    auto db = Database::open(file);
    if (!db)
        return fail(db.errorMessage());
    PaperRepository papers(**db);

    QElapsedTimer build;
    build.start();
    for (int first = 0; first < total; first += chunk) {
        ParsedFeed feed;
        feed.info.categories = { u"cs.LG"_s, u"cs.AI"_s };
        feed.info.feedDay = QDate(2024, 1, 1).addDays(first / 500); // 500 papers a day
        feed.papers = Test::syntheticPapers(first, chunk, {});
        if (auto stats = papers.importFeed(feed); !stats)
            return fail(stats.errorMessage());
    }
    const double buildS = double(build.nsecsElapsed()) / 1e9;
    report(u"fts_build_200k"_s, total / buildS, u"papers/s"_s);
    (void)(*db)->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    report(u"fts_db_size_200k"_s, double(QFileInfo(file).size()) / (1024.0 * 1024.0), u"MiB"_s);

    std::unique_ptr<Database> searched = std::move(db).value();
    g_postgres = Test::PgTestServer::engineIsPostgres();
    QString pgDatabase;
    const auto dropDatabase = qScopeGuard([&pgDatabase] {
        if (!pgDatabase.isEmpty())
            Test::PgTestServer::dropDatabase(pgDatabase);
    });
    if (g_postgres) {
        pgDatabase = Test::PgTestServer::createDatabase();
        auto server = Database::open(Test::PgTestServer::url(pgDatabase));
        if (pgDatabase.isEmpty() || !server)
            return fail(u"no PostgreSQL database"_s);
        QElapsedTimer copy;
        copy.start();
        if (auto copied = LibraryCopy(*searched, **server).run(); !copied)
            return fail(copied.errorMessage());
        report(u"fts_copy_200k"_s, total / (double(copy.nsecsElapsed()) / 1e9), u"papers/s"_s);
        searched = std::move(server).value();
    }
    PaperSearch fts(*searched);

    const QList<std::pair<QString, QString>> queries = {
        { u"common_word"_s, u"learning"_s },
        { u"two_words"_s, u"graph diffusion"_s },
        { u"prefix"_s, u"transf"_s },
        { u"phrase"_s, u"\"neural network\""_s },
        { u"rare_word"_s, u"kalomi"_s },
        { u"author_accent_folded"_s, u"au:scholkopf au:joao"_s },
        { u"author"_s, u"au:bengio"_s },
        { u"no_match"_s, u"zzzzqqq"_s },
    };
    constexpr int runs = 15;
    for (const auto &[name, text] : queries) {
        measure(u"fts_search_top200_"_s + name, runs, [&] {
            return fts.search(text, 200)->size();
        });
        measure(u"fts_match_all_"_s + name, runs, [&] {
            return fts.matchingIds(text)->size();
        });
        measure(u"fts_match_keys_"_s + name, runs, [&] {
            return fts.matchingKeys(text)->size();
        });
    }
    report(u"fts_peak_rss"_s, Bench::peakRssMiB(), u"MiB"_s);
    return 0;
}
