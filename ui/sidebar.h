#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QWidget>

class QListView;
class QListWidget;

namespace PaperSift {

/// A feed day as the sidebar lists it.
struct DayInfo
{
    QDate day;
    int papers = 0;
    int scored = 0;
    int relevant = 0;
};

/// The days, newest first, with their paper and relevant counts.
class DayListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { DayRole = Qt::UserRole + 1, PapersRole, RelevantRole, ScoredRole };
    using QAbstractListModel::QAbstractListModel;

    void setDays(QList<DayInfo> days);
    const QList<DayInfo> &days() const { return m_days; }
    int rowOf(QDate day) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<DayInfo> m_days;
};

/// The leading pane: the days, then the views (All, Unread, Starred, Followed authors, Unscored).
class Sidebar : public QWidget
{
    Q_OBJECT

public:
    enum class View { All, Unread, Starred, FollowedAuthors, Unscored };
    Q_ENUM(View)

    explicit Sidebar(QWidget *parent = nullptr);

    DayListModel *dayModel() const { return m_dayModel; }
    QListView *dayList() const { return m_dayList; }
    QListWidget *viewList() const { return m_views; }

    QDate currentDay() const;
    void setCurrentDay(QDate day);
    View currentView() const;
    void setCurrentView(View view);
    /// Moves to the previous (older, +1) or next (newer, -1) day in the list.
    void stepDay(int delta);

signals:
    void dayChanged(QDate day);
    void viewChanged(PaperSift::Sidebar::View view);

private:
    DayListModel *m_dayModel = nullptr;
    QListView *m_dayList = nullptr;
    QListWidget *m_views = nullptr;
};

} // namespace PaperSift
