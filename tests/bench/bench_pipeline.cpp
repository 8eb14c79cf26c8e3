// A day of 900 papers end to end with the keyword scorer (no network): import a feed file, select,
// score, store. Reports wall time and peak RSS.
#include "benchsupport.h"
#include "config/settings.h"
#include "pipeline/dailyrun.h"
#include "syntheticfeed.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace PaperSift;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Test::Sandbox sandbox;
    QTemporaryDir dir;
    const QDate day(2025, 6, 16);
    const QString feed = dir.filePath(u"day.xml"_s);
    {
        QFile f(feed);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(Test::syntheticRss2(0, 900, day, u"cs.LG"_s));
    }
    RunOptions options = RunOptions::fromSettings(Settings());
    options.importFiles = {feed};
    options.categories = {u"cs.LG"_s};
    options.announceTypes = {};
    options.fetch = false;
    options.scorer = RunOptions::Scorer::Keyword;

    QElapsedTimer timer;
    timer.start();
    DailyRun run(options);
    const RunResult result = run.execute();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!result.ok()) {
        QTextStream(stderr) << "run failed: " << result.message << Qt::endl;
        return 1;
    }
    Bench::report(u"pipeline_900_papers_wall"_s, ms, u"ms"_s);
    Bench::report(u"pipeline_900_papers_per_second"_s, result.summary.scannedPapers / (ms / 1000.0), u"papers/s"_s);
    Bench::report(u"pipeline_peak_rss"_s, Bench::peakRssMiB(), u"MiB"_s);

    // The same day again: everything cached.
    options.importFiles.clear();
    options.day = day;
    timer.restart();
    DailyRun again(options);
    const RunResult second = again.execute();
    Bench::report(u"pipeline_900_papers_cached_rerun_wall"_s, double(timer.nsecsElapsed()) / 1e6, u"ms"_s);
    return second.ok() && second.cached == 900 ? 0 : 1;
}
