#pragma once

#include <QTableView>

namespace PaperSift {

class PaperFilterModel;
class PaperTableModel;

/// The triage table: its columns (Title stretching, the others as wide as their content, with
/// caps), the score delegates, the header menu that hides and shows columns, sorting best first,
/// extended selection, and which moves to another paper the reader made (only those count towards
/// marking a paper read). Over a PaperFilterModel whose source is a PaperTableModel.
class PaperTableView : public QTableView
{
    Q_OBJECT

public:
    PaperTableView(PaperTableModel *model, PaperFilterModel *proxy, QWidget *parent = nullptr);

    /// The paper of the current row; empty when there is none.
    QString currentPaperId() const;
    /// Makes the row of this paper current (and visible) without counting as the reader's move;
    /// false when it is not shown.
    bool selectPaper(const QString &id);
    /// Makes the first row current, not as the reader's move (a new day, a search); clears the
    /// selection when the table is empty.
    void selectFirst();
    /// The reader moves the current row by `delta` rows, staying inside the table.
    void moveCurrent(int delta);
    /// The reader moves to the next unread paper after the current one; false when there is none.
    bool moveToNextUnread();
    /// The ids of the rows shown, in the order shown.
    QStringList shownIds() const;
    /// The ids of the selected rows in the order shown; the current one when nothing is selected.
    QStringList selectedIds() const;
    /// Sizes every column but Title to its content (a sample of the rows), within caps from the
    /// font; Title takes what is left.
    void fitColumns();
    /// Whether a column applies to this library at all (Lab ★ only to a shared one): one that does
    /// not is hidden and left out of the header's menu; one that does is shown again.
    void setColumnAvailable(int column, bool available);

signals:
    /// The star cell of a row was clicked.
    void starClicked(const QString &paperId);
    /// Another paper (or none) became current; `byReader` when the reader moved there (a click,
    /// a key), not when the table chose it (a new day, a search, a reload).
    void currentPaperChanged(const QString &paperId, bool byReader);

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void setUpHeader();
    void showHeaderMenu(const QPoint &pos);
    void setCurrentByReader(const QModelIndex &index);
    void scrollToCurrent(ScrollHint hint);

    PaperTableModel *m_model = nullptr;
    PaperFilterModel *m_proxy = nullptr;
    bool m_byReader = false; ///< set while the reader's input changes the current row
    int m_sortedSection = -1; ///< the section sorted now
    int m_previousSortedSection = -1; ///< the one before: a click on another score sorts it best first
    QList<int> m_unavailable; ///< columns setColumnAvailable() took away
};

} // namespace PaperSift
