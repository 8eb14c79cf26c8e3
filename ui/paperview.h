#pragma once

#include "libraryrows.h"

#include <QSet>
#include <QWidget>

class QTextBrowser;
class QPlainTextEdit;
class QToolButton;
class QTimer;
class QLabel;

namespace PaperSift {

/// The paper pane: title → authors → links → scores with the model's comment → abstract → notes.
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

    /// Makes the HTML for a paper (exposed for tests): only palette-derived colours.
    static QString toHtml(const PaperDetails &details, bool allAuthors, bool texSource);

signals:
    void authorActivated(const QString &name);
    void starToggled(bool starred);
    void readToggled(bool read);
    void noteChanged(const QString &paperId, const QString &note); ///< after a short pause in typing

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    PaperDetails m_details;
    QSet<QString> m_expandedAuthors; ///< papers whose long author list the user expanded
    bool m_texSource = false;
    QTextBrowser *m_browser = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QToolButton *m_star = nullptr;
    QToolButton *m_read = nullptr;
    QToolButton *m_abs = nullptr;
    QToolButton *m_pdf = nullptr;
    QLabel *m_notesLabel = nullptr;
    QTimer *m_noteTimer = nullptr;
};

} // namespace PaperSift
