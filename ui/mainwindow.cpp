#include "mainwindow.h"

#include "config/settings.h"
#include "papertablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include "paperfiltermodel.h"
#include <QStatusBar>
#include <QTableView>

namespace PaperSift {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new PaperTableModel(this))
    , m_proxy(new PaperFilterModel(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("PaperSift"));
    setObjectName(QStringLiteral("MainWindow"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PaperTableModel::UnderlyingDataRole);
    m_table->setModel(m_proxy);
    m_table->setObjectName(QStringLiteral("paperTable"));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(PaperTableModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    setCentralWidget(m_table);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setText(tr("Database: %1").arg(AppPaths::databaseFile()));
    statusBar()->addWidget(m_statusLabel, 1);

    resize(1200, 760);
}

MainWindow::~MainWindow() = default;

} // namespace PaperSift
