#include "papertableview.h"

#include "paperfiltermodel.h"
#include "papertablemodel.h"
#include "scoredelegate.h"
#include "titledelegate.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QScopedValueRollback>

#include <algorithm>
#include <utility>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {
// Columns whose first click should put the best at the top: scores, stars, notes, the newest day.
bool sortsBestFirst(int column)
{
    return column == PaperTableModel::Star || column == PaperTableModel::Relevance || column == PaperTableModel::Novelty
        || column == PaperTableModel::Announced || column == PaperTableModel::LabStars
        || column == PaperTableModel::Yours;
}
} // namespace

PaperTableView::PaperTableView(PaperTableModel *model, PaperFilterModel *proxy, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_proxy(proxy)
{
    m_proxy->setSourceModel(m_model);
    setModel(m_proxy);
    setObjectName(u"paperTable"_s);
    setAccessibleName(tr("Papers"));
    setSortingEnabled(true);
    sortByColumn(PaperTableModel::Relevance, Qt::DescendingOrder);
    m_sortedSection = PaperTableModel::Relevance;
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the next pane; it never moves to another paper.
    setTabKeyNavigation(false);
    setFrameShape(QFrame::NoFrame);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    auto *scoreDelegate = new ScoreDelegate(this);
    setItemDelegateForColumn(PaperTableModel::Relevance, scoreDelegate);
    setItemDelegateForColumn(PaperTableModel::Novelty, scoreDelegate);
    setItemDelegateForColumn(PaperTableModel::Title, new TitleDelegate(this));
    setUpHeader();

    connect(this, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == PaperTableModel::Star)
            emit starClicked(index.data(PaperTableModel::PaperIdRole).toString());
    });
}

void PaperTableView::setUpHeader()
{
    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSectionResizeMode(PaperTableModel::Title, QHeaderView::Stretch);
    // What a paper was announced as is seldom worth a column: shown from the header menu.
    header->setSectionHidden(PaperTableModel::Type, true);
    fitColumns();
    connect(header, &QHeaderView::customContextMenuRequested, this, &PaperTableView::showHeaderMenu);
    // The first click on a score column sorts best first (a click sorts ascending by default).
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int section) {
        m_previousSortedSection = std::exchange(m_sortedSection, section);
    });
    connect(header, &QHeaderView::sectionClicked, this, [this, header](int section) {
        if (section != m_previousSortedSection && sortsBestFirst(section)
            && header->sortIndicatorOrder() == Qt::AscendingOrder)
            header->setSortIndicator(section, Qt::DescendingOrder);
    });
}

void PaperTableView::fitColumns()
{
    // Every width from the font and the content, never a pixel constant; the caps keep what is
    // left for the titles, which are what triage reads.
    QHeaderView *header = horizontalHeader();
    const QFontMetrics fm = fontMetrics();
    const int margin = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 4;
    const int pad = fm.averageCharWidth() + margin;
    const auto heading = [&](int column, bool arrowAlways = false) {
        // Room for the sort arrow only where it shows (or may show before the widths are set again).
        const int arrow = arrowAlways || header->sortIndicatorSection() == column
            ? style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, this) + 4
            : 0;
        return fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + margin + arrow + 4;
    };
    // A sample is enough to size a column, and keeps 200,000 rows quick.
    const int sample = std::min(m_model->rowCount(), 400);
    const auto contentWidth = [&](int column, int capChars) {
        int widest = heading(column);
        for (int row = 0; row < sample; ++row)
            widest = std::max(widest, fm.horizontalAdvance(m_model->index(row, column).data().toString()) + pad);
        return std::min(widest, fm.averageCharWidth() * capChars + pad);
    };
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + margin;
    header->resizeSection(PaperTableModel::Star, std::max(icon, heading(PaperTableModel::Star)));
    // A score is "10" over a bar: as wide as its short heading.
    for (int column : { int(PaperTableModel::Relevance), int(PaperTableModel::Novelty) })
        header->resizeSection(column, std::max(fm.horizontalAdvance(u"10"_s) + pad, heading(column)));
    header->resizeSection(PaperTableModel::Authors, contentWidth(PaperTableModel::Authors, 12));
    header->resizeSection(PaperTableModel::Category, contentWidth(PaperTableModel::Category, 10));
    header->resizeSection(PaperTableModel::Type, contentWidth(PaperTableModel::Type, 13));
    // Lab ★ is sorted by often, after the widths are set: room for the arrow from the start.
    header->resizeSection(PaperTableModel::LabStars,
        std::max(fm.horizontalAdvance(u"★ 30"_s) + pad, heading(PaperTableModel::LabStars, true)));
    header->resizeSection(PaperTableModel::Yours,
        std::max(fm.horizontalAdvance(QLocale().toString(10.0, 'f', 1)) + pad, heading(PaperTableModel::Yours, true)));
    header->resizeSection(PaperTableModel::Announced,
        fm.horizontalAdvance(QLocale().toString(QDate(2025, 12, 28), QLocale::ShortFormat)) + pad);
}

void PaperTableView::setColumnAvailable(int column, bool available)
{
    // Hidden again each time it is unavailable: a restored header layout may have shown it.
    if (!available) {
        if (!m_unavailable.contains(column))
            m_unavailable.append(column);
        setColumnHidden(column, true);
    } else if (m_unavailable.removeAll(column) > 0) {
        setColumnHidden(column, false);
    }
}

void PaperTableView::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = horizontalHeader();
    QMenu menu(this);
    for (int c = 0; c < PaperTableModel::ColumnCount; ++c) {
        if (c == PaperTableModel::Title || m_unavailable.contains(c))
            continue;
        const QString name = PaperTableModel::columnName(c);
        QAction *a = menu.addAction(name.isEmpty() ? m_model->headerData(c, Qt::Horizontal).toString() : name);
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        connect(a, &QAction::toggled, this, [header, c](bool on) {
            header->setSectionHidden(c, !on);
        });
    }
    menu.exec(header->mapToGlobal(pos));
}

QString PaperTableView::currentPaperId() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() ? index.data(PaperTableModel::PaperIdRole).toString() : QString();
}

bool PaperTableView::selectPaper(const QString &id)
{
    const int source = m_model->rowOf(id);
    const QModelIndex target
        = source >= 0 ? m_proxy->mapFromSource(m_model->index(source, PaperTableModel::Title)) : QModelIndex();
    if (!target.isValid())
        return false;
    setCurrentIndex(target);
    scrollToCurrent(QAbstractItemView::PositionAtCenter);
    return true;
}

void PaperTableView::selectFirst()
{
    const QModelIndex first = m_proxy->index(0, PaperTableModel::Title);
    if (!first.isValid()) {
        clearSelection();
        setCurrentIndex({});
        return;
    }
    setCurrentIndex(first);
    scrollToCurrent(QAbstractItemView::PositionAtCenter);
}

void PaperTableView::scrollToCurrent(ScrollHint hint)
{
    // Never the index passed to setCurrentIndex(): becoming current can change the rows (a paper
    // read in the Unread view is pinned, which filters again), and the proxy's index of before
    // then points into freed mappings (the GUI monkey found it). The current index is persistent.
    if (const QModelIndex current = currentIndex(); current.isValid())
        scrollTo(current, hint);
}

void PaperTableView::setCurrentByReader(const QModelIndex &index)
{
    const QScopedValueRollback reader(m_byReader, true);
    setCurrentIndex(index);
    scrollToCurrent(EnsureVisible);
}

void PaperTableView::moveCurrent(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int current = currentIndex().isValid() ? currentIndex().row() : -1;
    setCurrentByReader(m_proxy->index(qBound(0, current + delta, rows - 1), PaperTableModel::Title));
}

bool PaperTableView::moveToNextUnread()
{
    const int rows = m_proxy->rowCount();
    const int start = currentIndex().isValid() ? currentIndex().row() + 1 : 0;
    for (int i = start; i < rows; ++i) {
        const int source = m_proxy->mapToSource(m_proxy->index(i, 0)).row();
        if (!m_model->row(source).read) {
            setCurrentByReader(m_proxy->index(i, PaperTableModel::Title));
            return true;
        }
    }
    return false;
}

QStringList PaperTableView::shownIds() const
{
    QStringList ids;
    ids.reserve(m_proxy->rowCount());
    for (int i = 0; i < m_proxy->rowCount(); ++i)
        ids.append(m_proxy->index(i, 0).data(PaperTableModel::PaperIdRole).toString());
    return ids;
}

QStringList PaperTableView::selectedIds() const
{
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() < b.row();
    });
    QStringList ids;
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(row.data(PaperTableModel::PaperIdRole).toString());
    if (ids.isEmpty() && currentIndex().isValid())
        ids.append(currentPaperId());
    return ids;
}

void PaperTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    if (current.row() != previous.row() || current.isValid() != previous.isValid())
        emit currentPaperChanged(currentPaperId(), m_byReader);
}

void PaperTableView::keyPressEvent(QKeyEvent *event)
{
    const QScopedValueRollback reader(m_byReader, true);
    QTableView::keyPressEvent(event);
}

void PaperTableView::mousePressEvent(QMouseEvent *event)
{
    const QScopedValueRollback reader(m_byReader, true);
    QTableView::mousePressEvent(event);
}

} // namespace PaperSift
