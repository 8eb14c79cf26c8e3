// The window with 200,000 papers in the database (400 days of 500): time to show the window with
// the latest day, to load all rows into the model, to sort by relevance, to apply a text filter;
// peak RSS.
#include "benchsupport.h"
#include "config/settings.h"
#include "domain/criteria.h"
#include "library.h"
#include "llm/promptbuilder.h"
#include "mainwindow.h"
#include "paperfiltermodel.h"
#include "papertablemodel.h"
#include "store/database.h"
#include "store/paperstore.h"
#include "syntheticfeed.h"
#include "testsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTest>

#include <random>

using namespace PaperSift;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Test::Sandbox sandbox;
    constexpr int Days = 400, PerDay = 500;
    const QDate first(2024, 1, 1);
    QElapsedTimer timer;
    timer.start();
    {
        auto db = Database::open(AppPaths::databaseFile());
        if (!db)
            return 1;
        PaperStore store(**db);
        const QString criteria = PromptSet::load().criteria;
        auto sha = store.saveCriteria(criteria);
        if (!sha)
            return 1;
        std::mt19937 rng(7);
        for (int d = 0; d < Days; ++d) {
            ParsedFeed feed;
            feed.info.feedDay = first.addDays(d);
            feed.info.categories = {u"cs.LG"_s};
            feed.papers = Test::syntheticPapers(d * PerDay, PerDay, feed.info.feedDay);
            if (!store.importFeed(feed))
                return 1;
            QList<Score> scores;
            for (const Paper &p : std::as_const(feed.papers)) {
                Score s;
                s.key = {p.id, p.version, *sha, u"gpt-4o"_s, u"v1"_s};
                s.relevance = int(rng() % 10) + 1;
                s.novelty = int(rng() % 10) + 1;
                s.comment = u"bench"_s;
                s.scoredAt = QDateTime::currentDateTimeUtc();
                scores.append(s);
            }
            if (!store.saveScores(scores))
                return 1;
        }
    }
    Bench::report(u"ui_build_200k_database"_s, double(timer.elapsed()) / 1000.0, u"s"_s);

    timer.restart();
    MainWindow w;
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return 1;
    Bench::report(u"ui_show_window_latest_day"_s, double(timer.nsecsElapsed()) / 1e6, u"ms"_s);
    if (w.paperModel()->rowCount() != PerDay)
        return 1;

    timer.restart();
    auto rows = w.library()->rowsForDays(first, first.addDays(Days));
    if (!rows)
        return 1;
    const qsizetype count = rows->size();
    w.paperModel()->setRows(std::move(*rows));
    Bench::report(u"ui_load_all_rows"_s, double(timer.nsecsElapsed()) / 1e6, u"ms"_s);
    Bench::report(u"ui_rows_loaded"_s, double(count), u"rows"_s);

    timer.restart();
    w.paperTable()->sortByColumn(PaperTableModel::Relevance, Qt::DescendingOrder);
    Bench::report(u"ui_sort_by_relevance_200k"_s, double(timer.nsecsElapsed()) / 1e6, u"ms"_s);

    timer.restart();
    auto ids = w.library()->search(u"learning"_s);
    if (!ids)
        return 1;
    w.filterModel()->setMatchingIds(*ids);
    Bench::report(u"ui_text_filter_learning_200k"_s, double(timer.nsecsElapsed()) / 1e6, u"ms"_s);
    Bench::report(u"ui_text_filter_matches"_s, w.filterModel()->rowCount(), u"rows"_s);

    timer.restart();
    ids = w.library()->search(u"\"neural network\""_s);
    w.filterModel()->setMatchingIds(*ids);
    Bench::report(u"ui_text_filter_phrase_200k"_s, double(timer.nsecsElapsed()) / 1e6, u"ms"_s);
    Bench::report(u"ui_peak_rss"_s, Bench::peakRssMiB(), u"MiB"_s);
    return 0;
}
