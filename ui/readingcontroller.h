#pragma once

#include <QObject>
#include <QStringList>

#include <optional>

class QTimer;

namespace PaperSift {

class Library;
class PaperTableModel;
class PaperView;

/// What the reader does to papers — star, read, rate, note — in one place: each change goes to
/// the database through the Library and to the table and the paper pane, by one code path, so the
/// three never disagree. A paper counts as read after the reader stays on a paper they moved to
/// for a moment (the dwell, restarted by every move, so skimming with j/k marks nothing); a
/// paper the window chose by itself (the first of a day, after a search) never counts. A change
/// to several papers at once (a selection, the whole view) can be undone.
class ReadingController : public QObject
{
    Q_OBJECT

public:
    ReadingController(Library *library, PaperTableModel *model, PaperView *pane, QObject *parent = nullptr);

    /// How long a paper must stay shown before it counts as read.
    void setDwellMs(int ms);
    /// This paper (empty: none) is shown now. Only when the reader moved to it does the dwell start.
    void paperShown(const QString &id, bool byReader);
    /// Stops the dwell: the shown rows are about to change.
    void stopDwell();

    /// Stars them all, or, when every one is starred already, unstars them.
    void toggleStar(const QStringList &ids);
    /// Marks them all read, or, when every one is read already, unread.
    void toggleRead(const QStringList &ids);
    void setRead(const QStringList &ids, bool read);
    /// Rates them 1–5 (empty: clears the rating).
    void setRating(const QStringList &ids, std::optional<int> rating);
    void setNote(const QString &id, const QString &note);
    /// Marks these papers read, remembering which were unread so that undo() restores them.
    /// Returns how many changed.
    int markRead(const QStringList &ids);

    bool canUndo() const { return m_undo.has_value(); }
    /// What undo() would undo, for the menu ("Undo Mark 313 as Read").
    QString undoText() const;
    /// Restores the papers of the last change to several papers.
    void undo();

signals:
    void undoAvailable(bool available);
    /// undo() restored papers: what shows their state elsewhere needs a reload. `what` says so.
    void undone(const QString &what);

private:
    enum class Field { Read, Star };
    /// The one path of a read or star change: the table and the pane first, then the database,
    /// and an undo record when several papers change.
    void apply(Field field, const QStringList &ids, bool value, bool undoable);
    bool valueOf(Field field, const QString &id) const;

    struct Undo
    {
        Field field;
        QStringList ids; ///< the papers whose value changed
        bool previous; ///< what they had before (the same for all: only the changed ones are kept)
        QString text;
    };

    Library *m_library = nullptr;
    PaperTableModel *m_model = nullptr;
    PaperView *m_pane = nullptr;
    QTimer *m_dwell = nullptr;
    QString m_dwellId;
    std::optional<Undo> m_undo;
};

} // namespace PaperSift
