// MainWindow's rows: the days of the sidebar, the rows of the table for the day or view chosen,
// the paper pane's paper, and what the table says when it shows nothing. The window's layout and
// wiring are in mainwindow.cpp, its actions in mainwindowactions.cpp.

#include "mainwindow.h"

#include "config/settings.h"
#include "criteriadock.h"
#include "emptystate.h"
#include "filterbar.h"
#include "library.h"
#include "paperfiltermodel.h"
#include "papertablemodel.h"
#include "papertableview.h"
#include "paperview.h"
#include "rankingcontroller.h"
#include "readingcontroller.h"
#include "runlauncher.h"
#include "runstatuspresenter.h"
#include "sidebar.h"
#include "threadjob.h"

#include <QAction>
#include <QListView>
#include <QSet>
#include <QSignalBlocker>

namespace PaperSift {

using namespace Qt::StringLiterals;

void MainWindow::reload()
{
    if (!m_library->isOpen()) {
        updateEmptyState();
        return;
    }
    // The days at once, their counts from another thread: counting every score of a library of
    // years takes most of a second (make bench: ui_show_window_latest_day).
    auto days = m_library->uncountedDays();
    if (!days) {
        showError(tr("Could not read the days: %1").arg(days.errorMessage()));
        return;
    }
    m_proxy->setRelevanceCutoff(Settings().integer(Settings::RelevanceCutoff));
    const QDate keep = m_day;
    const bool keepAllDays = m_allDays;
    {
        const QSignalBlocker blocker(m_sidebar->dayList()->selectionModel());
        const QList<QDate> missing = Library::missingDays(*days, QDateTime::currentDateTimeUtc());
        m_sidebar->dayModel()->setDays(m_sidebar->dayModel()->withShownCounts(*days), missing);
    }
    QDate day = keep;
    if (!keepAllDays && (!day.isValid() || m_sidebar->dayModel()->rowOf(day) < 0))
        day = days->isEmpty() ? QDate() : days->first().day;
    {
        const QSignalBlocker blocker(m_sidebar->dayList()->selectionModel());
        m_sidebar->setCurrentDay(day);
    }
    showDay(day);
    countDays();
}

void MainWindow::countDays()
{
    const int generation = ++m_countGeneration;
    m_countingDays = true;
    ThreadJob<Result<QList<DayInfo>>>::start(
        this, m_library->daysJob(), [this, generation](Result<QList<DayInfo>> counted) {
            if (generation != m_countGeneration)
                return; // a later reload counts again
            m_countingDays = false;
            if (!counted) {
                showError(tr("Could not count the papers of each day: %1").arg(counted.errorMessage()));
                return;
            }
            // Other days than those listed: the library changed meanwhile, and is read again.
            if (!m_sidebar->dayModel()->setCounts(*counted)) {
                reload();
                return;
            }
            emit daysCounted();
        });
}

void MainWindow::showDay(QDate day)
{
    m_day = day;
    m_allDays = !day.isValid() && m_sidebar->dayModel()->rowCount() > 0;
    m_criteriaDock->setDay(day);
    updateDayActions();
    loadRows();
}

void MainWindow::loadRows()
{
    m_reading->stopDwell();
    const QString keepId = currentPaperId();
    const int generation = ++m_loadGeneration; // a load still running for an earlier choice is dropped
    Result<QList<PaperRow>> rows = QList<PaperRow>();
    if (m_library->isOpen()) {
        if (m_starredView) {
            rows = m_library->starredRows();
        } else if (m_allDays) {
            // The whole library takes seconds at 200,000 papers (make bench: ui_load_all_rows):
            // read it in another thread, and keep the window working meanwhile.
            m_loadingRows = true;
            m_model->setRows({});
            updateColumnVisibility();
            updateEmptyState();
            ThreadJob<Result<QList<PaperRow>>>::start(
                this, m_library->allDaysJob(), [this, generation, keepId](Result<QList<PaperRow>> loaded) {
                    if (generation != m_loadGeneration)
                        return;
                    m_loadingRows = false;
                    applyRows(std::move(loaded), keepId);
                });
            return;
        } else if (m_day.isValid()) {
            rows = m_library->rowsForDay(m_day);
        }
    }
    m_loadingRows = false;
    applyRows(std::move(rows), keepId);
}

void MainWindow::applyRows(Result<QList<PaperRow>> rows, const QString &keepId)
{
    if (!rows) {
        showError(tr("Could not read the papers: %1").arg(rows.errorMessage()));
        rows = QList<PaperRow>();
    }
    // Categories of the rows for the category filter.
    QSet<QString> distinct;
    for (const PaperRow &r : std::as_const(*rows)) {
        if (!r.category.isEmpty())
            distinct.insert(r.category);
    }
    QStringList categories(distinct.cbegin(), distinct.cend());
    categories.sort();
    m_filterBar->setCategories(categories);
    m_model->setRows(std::move(*rows));
    updateColumnVisibility();
    updateEmptyState();
    m_table->fitColumns();
    // Stay on the same paper when it is still there (after a reload), else the first row; neither
    // is the reader's move, so neither starts marking it read.
    if (!m_table->selectPaper(keepId))
        m_table->selectFirst();
    emit rowsLoaded();
}

void MainWindow::updateColumnVisibility()
{
    // In a one-day view every row has the same announcement date.
    m_table->setColumnHidden(PaperTableModel::Announced, !m_starredView && !m_allDays);
    // Only a lab's library has other readers' stars to count.
    m_table->setColumnAvailable(PaperTableModel::LabStars, m_library->showsLabActivity());
    m_table->setColumnAvailable(PaperTableModel::Yours, m_ranking->isAvailable());
}

void MainWindow::updateEmptyState()
{
    if (m_loadingRows) {
        m_status->setCount({});
        m_emptyState->showState(tr("Reading every paper in the library…"));
        return;
    }
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    if (shown == 0 && !m_shownPaperId.isEmpty()) {
        // An empty view shows no paper: not the last one, with its notes still open to typing.
        m_paperView->clear();
        m_shownPaperId.clear();
    }
    m_status->setCount(total == 0 ? QString()
            : shown == total      ? tr("%Ln papers", nullptr, total)
                                  : tr("%1 of %Ln papers", nullptr, total).arg(QLocale().toString(shown)));
    if (shown > 0) {
        m_emptyState->showState({});
        return;
    }
    if (total > 0 && m_proxy->viewFilter() == PaperFilterModel::ViewFilter::Unscored) {
        m_emptyState->showState(tr("Every paper of this day is scored."));
        return;
    }
    if (!m_library->isOpen()) {
        m_emptyState->showState(tr("The database could not be opened — see the message above."));
        return;
    }
    if (total > 0) {
        const auto view = m_proxy->viewFilter();
        if (view == PaperFilterModel::ViewFilter::FollowedAuthors && Settings::followedAuthors().isEmpty())
            m_emptyState->showState(tr("You follow no one yet — add authors in Settings, or right-click a paper "
                                       "to follow one of its authors."),
                { action(u"settings"_s) });
        else if (m_proxy->hasActiveFilter())
            m_emptyState->showState(tr("No papers match — Esc clears the filter."));
        else if (view == PaperFilterModel::ViewFilter::Unread)
            m_emptyState->showState(tr("You have read every paper here. [ and ] go to the days before and after."));
        else if (view == PaperFilterModel::ViewFilter::FollowedAuthors)
            m_emptyState->showState(tr("None of the authors you follow has a paper here."));
        else if (view == PaperFilterModel::ViewFilter::Disagreements)
            m_emptyState->showState(tr("You and the model agree on every paper you rated here. Papers it picked that "
                                       "you rated 1–2, and papers it scored 4 or less that you starred or rated 4–5, "
                                       "would be listed."));
        else if (view == PaperFilterModel::ViewFilter::Muted)
            m_emptyState->showState(tr("No paper here is hidden by a “never show” rule. Settings → Rules "
                                       "holds your rules."),
                { action(u"settings"_s) });
        else
            m_emptyState->showState(tr("No papers in this view."));
        return;
    }
    if (m_starredView) {
        m_emptyState->showState(tr("No starred papers yet — press S on a paper to star it."));
        return;
    }
    if (m_sidebar->dayModel()->rowCount() == 0) {
        QList<QAction *> actions;
        for (const char *name : { "chooseCategories", "demo", "run" }) {
            if (QAction *a = action(QString::fromLatin1(name)))
                actions.append(a);
        }
        m_emptyState->showState(
            tr("No papers yet — choose your categories, open the demo day, or fetch today's papers."), actions);
        return;
    }
    if (isNotFetchedDay()) {
        m_emptyState->showState(tr("This day was never fetched: PaperSift did not run that evening. Recover rebuilds "
                                   "its new submissions from the arXiv API and scores them; cross-lists of older "
                                   "papers may be missing."),
            { action(u"recoverDay"_s) });
        return;
    }
    m_emptyState->showState(tr("arXiv announced nothing in your categories that day. It announces Sunday to Thursday "
                               "evenings, US Eastern."),
        { action(u"prevDay"_s) });
}

QString MainWindow::currentPaperId() const
{
    return m_table->currentPaperId();
}

void MainWindow::showCurrentPaper()
{
    const QString id = currentPaperId();
    m_shownPaperId = id;
    if (id.isEmpty()) {
        m_paperView->clear();
        return;
    }
    auto details = m_library->details(id);
    if (!details) {
        showError(details.errorMessage());
        m_paperView->clear();
        return;
    }
    m_paperView->setPaper(*details);
}

void MainWindow::applySearch(const QString &text)
{
    if (text.isEmpty()) {
        m_proxy->setMatchingKeys(std::nullopt);
        return;
    }
    auto keys = m_library->search(text);
    if (!keys) {
        showError(tr("Search failed: %1").arg(keys.errorMessage()));
        return;
    }
    m_proxy->setMatchingKeys(std::move(*keys));
}

} // namespace PaperSift
