#pragma once

#include "libraryrows.h"

#include <QAbstractListModel>
#include <QDate>
#include <QWidget>

class QListView;
class QListWidget;

namespace PaperSift {

/// The days, newest first, with their paper and relevant counts, after a first row "All days"
/// (the whole library; its DayRole is an invalid date) whenever there is a day; among them the
/// announcement days the library misses ("not fetched"), and an icon on a day whose latest run
/// did not end normally (its verdict).
class DayListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        DayRole = Qt::UserRole + 1,
        PapersRole,
        RelevantRole,
        ScoredRole,
        AllDaysRole,
        UnscoredRole,
        NotFetchedRole,
        CountedRole, ///< false while the counts are read (the count roles are then empty)
    };
    using QAbstractListModel::QAbstractListModel;

    /// The stored days, and the announcement days missing among them (shown as gaps).
    void setDays(QList<DayInfo> days, const QList<QDate> &missing = {});
    /// The same days counted (Library::daysJob), in place: the selection stays. False, and
    /// nothing changes, when they are not the same days (the library changed meanwhile).
    bool setCounts(const QList<DayInfo> &counted);
    /// Whether every day has its counts.
    bool isCounted() const;
    /// `days` (uncounted) with the counts this list shows for the same days: what a reload shows
    /// until they are counted again, rather than a flicker of "…" after every run.
    QList<DayInfo> withShownCounts(QList<DayInfo> days) const;
    /// The stored days, without the gaps.
    const QList<DayInfo> &days() const { return m_days; }
    /// The row of a day; an invalid date is the "All days" row. -1 when not listed.
    int rowOf(QDate day) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<DayInfo> m_days;
    QList<DayInfo> m_rows; ///< m_days and the gaps, newest first
};

/// The leading pane: the days, then the views (All, Unread, Starred, Followed authors, Unscored,
/// Muted by rules, Disagreements).
class Sidebar : public QWidget
{
    Q_OBJECT

public:
    enum class View { All, Unread, Starred, FollowedAuthors, Unscored, Muted, Disagreements };
    Q_ENUM(View)

    explicit Sidebar(QWidget *parent = nullptr);

    DayListModel *dayModel() const { return m_dayModel; }
    QListView *dayList() const { return m_dayList; }
    QListWidget *viewList() const { return m_views; }

    /// The selected day; invalid when "All days" (or nothing) is selected.
    QDate currentDay() const;
    /// Selects a day; an invalid date selects "All days".
    void setCurrentDay(QDate day);
    bool allDaysSelected() const;
    View currentView() const;
    void setCurrentView(View view);
    /// Moves to the previous (older, +1) or next (newer, -1) day in the list.
    void stepDay(int delta);

signals:
    /// A day was chosen; an invalid date means "All days".
    void dayChanged(QDate day);
    void viewChanged(PaperSift::Sidebar::View view);

private:
    DayListModel *m_dayModel = nullptr;
    QListView *m_dayList = nullptr;
    QListWidget *m_views = nullptr;
};

} // namespace PaperSift
