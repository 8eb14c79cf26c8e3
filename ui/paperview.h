#pragma once

#include "libraryrows.h"

#include <QSet>
#include <QWidget>

class QTextBrowser;
class QToolButton;
class QTimer;
class QLabel;

namespace PaperSift {

class NotesEdit;

/// The paper pane: title → authors → links → the score that counts with its model's comment
/// (ScoreCard) → abstract → notes. The text is one QTextBrowser in the palette's colours, its
/// lines at most about 90 characters; the notes below it fold away (remembered, [ui] notesOpen)
/// and, open, grow with their text up to a cap, so the abstract keeps the height.
class PaperView : public QWidget
{
    Q_OBJECT

public:
    explicit PaperView(QWidget *parent = nullptr);

    void setPaper(const PaperDetails &details);
    void clear();
    QString paperId() const { return m_details.paper.id; }
    const PaperDetails &details() const { return m_details; }

    /// Scrolls the abstract one page; returns false when it was already at the end.
    bool pageDown();
    QString renderedHtml() const; ///< for tests
    void setStarred(bool starred);
    void setRead(bool read);
    void setShowTexSource(bool show);
    /// Whether the notes are open (the setting ui/notesOpen, on by default).
    bool notesOpen() const { return m_notesOpen; }
    void setNotesOpen(bool open);

    /// Makes the HTML for a paper (exposed for tests): colours are placeholders (@TEXT@, @DIM@,
    /// @RULE@, @STALE@) that render() replaces with the palette's.
    static QString toHtml(const PaperDetails &details, bool allAuthors, bool texSource, bool keywordOpen = false);

signals:
    /// An author's name was clicked: find their papers.
    void authorActivated(const QString &name);
    /// "Follow" was chosen on an author's name (its context menu).
    void followAuthorRequested(const QString &name);
    void starToggled(bool starred);
    void readToggled(bool read);
    void noteChanged(const QString &paperId, const QString &note); ///< after a short pause in typing

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();
    void flushNote();
    void updateLineWidth();
    void updateNotesPreview();

    PaperDetails m_details;
    QSet<QString> m_expandedAuthors; ///< papers whose long author list the user expanded
    bool m_texSource = false;
    bool m_keywordOpen = false; ///< the folded keyword score is open
    bool m_notesOpen = true;
    QTextBrowser *m_browser = nullptr;
    NotesEdit *m_notes = nullptr;
    QToolButton *m_notesToggle = nullptr;
    QLabel *m_notesPreview = nullptr; ///< the note's first line while the notes are folded
    QToolButton *m_star = nullptr;
    QToolButton *m_read = nullptr;
    QToolButton *m_abs = nullptr;
    QToolButton *m_pdf = nullptr;
    QTimer *m_noteTimer = nullptr;
};

} // namespace PaperSift
