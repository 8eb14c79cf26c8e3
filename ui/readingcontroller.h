#pragma once

#include <QObject>
#include <QStringList>

class QTimer;

namespace PaperSift {

class Library;
class PaperTableModel;
class PaperView;

/// What the reader does to papers — star, read, note — in one place: each change goes to the
/// database through the Library and to the table and the paper pane, by one code path, so the
/// three never disagree. A paper counts as read after the reader stays on it for a moment (the
/// dwell, restarted by every move, so skimming with j/k marks nothing); marking many read can be
/// undone.
class ReadingController : public QObject
{
    Q_OBJECT

public:
    ReadingController(Library *library, PaperTableModel *model, PaperView *pane, QObject *parent = nullptr);

    /// How long a paper must stay shown before it counts as read.
    void setDwellMs(int ms);
    /// The reader moved to this paper (empty: to none): restarts the dwell.
    void paperShown(const QString &id);
    /// Stops the dwell: the shown rows are about to change.
    void stopDwell();

    void toggleStar(const QString &id);
    void toggleRead(const QString &id);
    void setNote(const QString &id, const QString &note);
    /// Marks these papers read, remembering which were unread so that undo() restores them.
    /// Returns how many changed.
    int markRead(const QStringList &ids);
    bool canUndo() const { return !m_lastMarkedRead.isEmpty(); }
    /// Marks the papers of the last markRead() unread again.
    void undo();

signals:
    void undoAvailable(bool available);
    /// undo() restored papers to unread: what shows read state elsewhere needs a reload.
    void undone();

private:
    void setRead(const QStringList &ids, bool read);
    void setStarred(const QStringList &ids, bool starred);

    Library *m_library = nullptr;
    PaperTableModel *m_model = nullptr;
    PaperView *m_pane = nullptr;
    QTimer *m_dwell = nullptr;
    QString m_dwellId;
    QStringList m_lastMarkedRead;
};

} // namespace PaperSift
