#include "sidebar.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHash>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>

namespace PaperSift {

using namespace Qt::StringLiterals;

void DayListModel::setDays(QList<DayInfo> days, const QList<QDate> &missing)
{
    beginResetModel();
    m_days = std::move(days);
    m_rows = m_days;
    for (const QDate &day : missing) {
        DayInfo gap;
        gap.day = day;
        gap.notFetched = true;
        m_rows.append(gap);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const DayInfo &a, const DayInfo &b) {
        return a.day > b.day;
    });
    endResetModel();
}

bool DayListModel::setCounts(const QList<DayInfo> &counted)
{
    if (counted.size() != m_days.size())
        return false;
    for (qsizetype i = 0; i < counted.size(); ++i) {
        if (counted.at(i).day != m_days.at(i).day)
            return false;
    }
    m_days = counted;
    qsizetype next = 0;
    for (DayInfo &row : m_rows) {
        if (!row.notFetched)
            row = m_days.at(next++); // both newest first: the rows are the days and the gaps merged
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(1), index(rowCount() - 1));
    return true;
}

QList<DayInfo> DayListModel::withShownCounts(QList<DayInfo> days) const
{
    QHash<QDate, const DayInfo *> shown;
    for (const DayInfo &d : m_days) {
        if (d.counted)
            shown.insert(d.day, &d);
    }
    for (DayInfo &d : days) {
        if (const DayInfo *old = shown.value(d.day)) {
            d.papers = old->papers;
            d.scored = old->scored;
            d.relevant = old->relevant;
            d.unscored = old->unscored;
            d.counted = true;
        }
    }
    return days;
}

bool DayListModel::isCounted() const
{
    return std::all_of(m_days.cbegin(), m_days.cend(), [](const DayInfo &d) {
        return d.counted;
    });
}

namespace {
/// What the day list says of a verdict, for its tooltip; empty for a normal day.
QString verdictText(const DayInfo &d)
{
    switch (d.verdict) {
    case RunVerdict::EndpointFailed:
        return DayListModel::tr("the endpoint failed; some papers are not scored");
    case RunVerdict::DeadlineReached:
        return DayListModel::tr("the run reached its deadline; some papers are not scored");
    case RunVerdict::BudgetReached:
        return DayListModel::tr("the run stopped at its budget");
    case RunVerdict::Cancelled:
        return DayListModel::tr("the run was cancelled");
    case RunVerdict::Failed:
        return DayListModel::tr("the run failed");
    case RunVerdict::FeedFailed:
        return DayListModel::tr("the arXiv feed could not be fetched");
    case RunVerdict::NoneKept:
        return DayListModel::tr("no paper passed the cutoffs: check them or the criteria");
    case RunVerdict::Missing:
        return DayListModel::tr("arXiv's feed had no papers, though it was neither a weekend nor a holiday");
    case RunVerdict::None:
    case RunVerdict::Complete:
    case RunVerdict::NoAnnouncement:
    case RunVerdict::NotAnnounced:
        break;
    }
    return {};
}

QIcon verdictIcon(const DayInfo &d)
{
    // "Not announced yet" is news about the next day, not this one: the message bar says it.
    if (d.notFetched || runVerdictIsNormal(d.verdict) || d.verdict == RunVerdict::NotAnnounced)
        return {};
    const bool warning = d.verdict != RunVerdict::NoneKept && d.verdict != RunVerdict::Cancelled;
    return QApplication::style()->standardIcon(
        warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation);
}
} // namespace

int DayListModel::rowOf(QDate day) const
{
    if (m_days.isEmpty())
        return -1;
    if (!day.isValid())
        return 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].day == day)
            return i + 1;
    }
    return -1;
}

int DayListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_days.isEmpty() ? 0 : int(m_rows.size()) + 1;
}

QVariant DayListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("All days");
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return tr("Every paper in the library, across %n days", nullptr, int(m_days.size()));
        case DayRole:
            return QDate();
        case AllDaysRole:
            return true;
        default:
            return {};
        }
    }
    const DayInfo &d = m_rows.at(index.row() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(d.day, u"ddd d MMM yyyy"_s);
    case Qt::DecorationRole:
        return verdictIcon(d);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        if (!d.counted && !d.notFetched)
            return tr("%1: counting the papers…").arg(QLocale().toString(d.day, QLocale::LongFormat));
        if (d.notFetched)
            return tr("%1: not fetched. arXiv has a feed for this day, but the library does not have it; "
                      "'Recover This Day' in the File menu (or 'papersift recover --date %2') rebuilds it from "
                      "the arXiv API.")
                .arg(QLocale().toString(d.day, QLocale::LongFormat), d.day.toString(Qt::ISODate));
        QString text = tr("%1: %n papers", nullptr, d.papers).arg(QLocale().toString(d.day, QLocale::LongFormat))
            + u", "_s + tr("%n relevant", nullptr, d.relevant)
            + (d.unscored > 0 ? u", "_s + tr("%n not scored", nullptr, d.unscored) : QString());
        if (d.recovered)
            text += u"; "_s + tr("recovered from the arXiv API (cross-lists may be incomplete)");
        if (const QString verdict = verdictText(d); !verdict.isEmpty())
            text += u"; "_s + verdict;
        return text;
    }
    case NotFetchedRole:
        return d.notFetched;
    case DayRole:
        return d.day;
    case CountedRole:
        return d.counted;
    case AllDaysRole:
        return false;
    default:
        break;
    }
    if (!d.counted)
        return {};
    switch (role) {
    case PapersRole:
        return d.papers;
    case RelevantRole:
        return d.relevant;
    case ScoredRole:
        return d.scored;
    case UnscoredRole:
        return d.unscored;
    default:
        return {};
    }
}

namespace {
/// Paints "Mon 16 Jun 2025" with the counts right-aligned and dimmed: "26 / 318", and "· 238 not
/// scored" on a day the endpoint left unfinished.
class DayDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString countsText(const QModelIndex &index, bool brief = false)
    {
        // "All days" has no counts of its own: the table's count says how many papers it holds.
        if (index.data(DayListModel::AllDaysRole).toBool())
            return {};
        if (index.data(DayListModel::NotFetchedRole).toBool())
            return DayListModel::tr("not fetched");
        if (!index.data(DayListModel::CountedRole).toBool())
            return u"…"_s; // counted in a moment (Library::daysJob)
        QString counts = u"%1 / %2"_s.arg(index.data(DayListModel::RelevantRole).toInt())
                             .arg(index.data(DayListModel::PapersRole).toInt());
        if (const int unscored = index.data(DayListModel::UnscoredRole).toInt(); unscored > 0 && !brief)
            counts += u" · "_s + DayListModel::tr("%n not scored", nullptr, unscored);
        return counts;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        // The row is as wide as the widest row's hint; its text stays in what the list shows.
        if (const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget))
            opt.rect.setRight(qMin(opt.rect.right(), view->viewport()->width() - 1));
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        const QString text = opt.text;
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QRect r = opt.rect.adjusted(6, 0, -6, 0);
        // The date right of the verdict's icon, when the day has one.
        const QRect textRect
            = opt.icon.isNull() ? r : style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
        // In a narrow list the counts shorten (without "· 136 not scored": the day's icon says the
        // run was left unfinished) and never run into the date; the tooltip has them in full.
        const int room = r.right() - textRect.left() - opt.fontMetrics.horizontalAdvance(text + u"  "_s);
        QString counts = countsText(index);
        if (opt.fontMetrics.horizontalAdvance(counts) > room)
            counts = opt.fontMetrics.elidedText(countsText(index, true), Qt::ElideRight, qMax(0, room));
        const bool selected = opt.state & QStyle::State_Selected;
        QColor fg = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        painter->save();
        if (index.data(DayListModel::NotFetchedRole).toBool())
            fg.setAlphaF(0.6); // a gap: dimmed
        painter->setPen(fg);
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
        fg.setAlphaF(0.6);
        painter->setPen(fg);
        painter->drawText(r, Qt::AlignVCenter | Qt::AlignRight, counts);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(qMax(s.height(), option.fontMetrics.height() + 10));
        const QFontMetrics &fm = option.fontMetrics;
        s.setWidth(s.width() + fm.horizontalAdvance(u"  "_s)
            + qMax(fm.horizontalAdvance(u"000 / 0000"_s), fm.horizontalAdvance(countsText(index))));
        return s;
    }
};
} // namespace

Sidebar::Sidebar(QWidget *parent)
    : QWidget(parent)
    , m_dayModel(new DayListModel(this))
    , m_dayList(new QListView(this))
    , m_views(new QListWidget(this))
{
    setObjectName(u"sidebar"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto heading = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        label->setContentsMargins(8, 8, 8, 4);
        return label;
    };

    layout->addWidget(heading(tr("Days")));
    m_dayList->setObjectName(u"dayList"_s);
    m_dayList->setAccessibleName(tr("Days"));
    m_dayList->setModel(m_dayModel);
    m_dayList->setItemDelegate(new DayDelegate(m_dayList));
    m_dayList->setFrameShape(QFrame::NoFrame);
    m_dayList->setUniformItemSizes(true);
    m_dayList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the counts shorten instead
    m_dayList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_dayList, 3);

    layout->addWidget(heading(tr("Views")));
    m_views->setObjectName(u"viewList"_s);
    m_views->setAccessibleName(tr("Views"));
    m_views->setFrameShape(QFrame::NoFrame);
    m_views->addItems({ tr("All"), tr("Unread"), tr("Starred"), tr("Followed authors"), tr("Unscored"),
        tr("Muted by rules"), tr("Disagreements") });
    m_views->setCurrentRow(0);
    m_views->setMaximumHeight(m_views->sizeHintForRow(0) * m_views->count() + 8);
    layout->addWidget(m_views, 0);

    connect(
        m_dayList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
            if (current.isValid())
                emit dayChanged(current.data(DayListModel::DayRole).toDate());
        });
    connect(m_dayModel, &QAbstractItemModel::modelReset, this, [this] {
        // Keep a selection after a refresh (the newest day); the owner re-selects the day it wants.
        if (!m_dayList->currentIndex().isValid() && m_dayModel->rowCount() > 1) {
            int row = 1; // the newest stored day, not a gap
            while (
                row + 1 < m_dayModel->rowCount() && m_dayModel->index(row).data(DayListModel::NotFetchedRole).toBool())
                ++row;
            m_dayList->setCurrentIndex(m_dayModel->index(row));
        }
    });
    connect(m_views, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit viewChanged(static_cast<View>(row));
    });
}

QDate Sidebar::currentDay() const
{
    return m_dayList->currentIndex().data(DayListModel::DayRole).toDate();
}

bool Sidebar::allDaysSelected() const
{
    return m_dayList->currentIndex().data(DayListModel::AllDaysRole).toBool();
}

void Sidebar::setCurrentDay(QDate day)
{
    const int row = m_dayModel->rowOf(day);
    if (row >= 0)
        m_dayList->setCurrentIndex(m_dayModel->index(row));
}

Sidebar::View Sidebar::currentView() const
{
    return static_cast<View>(qMax(0, m_views->currentRow()));
}

void Sidebar::setCurrentView(View view)
{
    m_views->setCurrentRow(int(view));
}

void Sidebar::stepDay(int delta)
{
    const int row = m_dayList->currentIndex().row() + delta;
    if (row >= 0 && row < m_dayModel->rowCount())
        m_dayList->setCurrentIndex(m_dayModel->index(row));
}

} // namespace PaperSift
