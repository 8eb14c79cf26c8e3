#pragma once

#include <QMainWindow>

class QTableView;

class QLabel;

namespace PaperSift {

class PaperTableModel;
class PaperFilterModel;

/// The triage window: the days and views, the paper table, the paper pane.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QTableView *paperTable() const { return m_table; }
    PaperTableModel *paperModel() const { return m_model; }

private:
    PaperTableModel *m_model = nullptr;
    PaperFilterModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace PaperSift
