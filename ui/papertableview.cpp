#include "papertableview.h"

#include "paperfiltermodel.h"
#include "papertablemodel.h"
#include "scoredelegate.h"

#include <QHeaderView>
#include <QMenu>

namespace PaperSift {

using namespace Qt::StringLiterals;

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
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
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
    // Sizes from the font, never pixel constants.
    const QFontMetrics fm = fontMetrics();
    const int pad = fm.averageCharWidth() * 3;
    header->resizeSection(PaperTableModel::Star, fm.horizontalAdvance(u"★"_s) + pad);
    header->resizeSection(PaperTableModel::Relevance, fm.horizontalAdvance(tr("Relevance")) + pad);
    header->resizeSection(PaperTableModel::Novelty, fm.horizontalAdvance(tr("Novelty")) + pad);
    header->resizeSection(PaperTableModel::Authors, fm.averageCharWidth() * 20);
    header->resizeSection(PaperTableModel::Category, fm.horizontalAdvance(u"physics.comp-ph"_s) / 2 + pad);
    header->resizeSection(PaperTableModel::Type, fm.horizontalAdvance(u"replace-cross"_s) / 2 + pad);
    header->resizeSection(PaperTableModel::Announced, fm.horizontalAdvance(u"2025-06-16"_s) + pad);
    header->setSectionResizeMode(PaperTableModel::Title, QHeaderView::Stretch);
    connect(header, &QHeaderView::customContextMenuRequested, this, &PaperTableView::showHeaderMenu);
}

void PaperTableView::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = horizontalHeader();
    QMenu menu(this);
    for (int c = 0; c < PaperTableModel::ColumnCount; ++c) {
        if (c == PaperTableModel::Title)
            continue;
        QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
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
    scrollTo(target, QAbstractItemView::PositionAtCenter);
    return true;
}

void PaperTableView::moveCurrent(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int current = currentIndex().isValid() ? currentIndex().row() : -1;
    const int next = qBound(0, current + delta, rows - 1);
    setCurrentIndex(m_proxy->index(next, PaperTableModel::Title));
    scrollTo(currentIndex());
}

QStringList PaperTableView::shownIds() const
{
    QStringList ids;
    ids.reserve(m_proxy->rowCount());
    for (int i = 0; i < m_proxy->rowCount(); ++i)
        ids.append(m_proxy->index(i, 0).data(PaperTableModel::PaperIdRole).toString());
    return ids;
}

} // namespace PaperSift
