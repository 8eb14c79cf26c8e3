#pragma once

#include <QTableView>

namespace PaperSift {

class PaperFilterModel;
class PaperTableModel;

/// The triage table: its columns (sized from the font, Title stretching), the score delegates,
/// the header menu that hides and shows columns, and the current paper. Over a PaperFilterModel
/// whose source is a PaperTableModel.
class PaperTableView : public QTableView
{
    Q_OBJECT

public:
    PaperTableView(PaperTableModel *model, PaperFilterModel *proxy, QWidget *parent = nullptr);

    /// The paper of the current row; empty when there is none.
    QString currentPaperId() const;
    /// Makes the row of this paper current (and visible); false when it is not shown.
    bool selectPaper(const QString &id);
    /// Moves the current row by `delta` rows, staying inside the table.
    void moveCurrent(int delta);
    /// The ids of the rows shown, in the order shown.
    QStringList shownIds() const;

signals:
    /// The star cell of a row was clicked.
    void starClicked(const QString &paperId);

private:
    void setUpHeader();
    void showHeaderMenu(const QPoint &pos);

    PaperTableModel *m_model = nullptr;
    PaperFilterModel *m_proxy = nullptr;
};

} // namespace PaperSift
