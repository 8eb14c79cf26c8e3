#pragma once

#include "domain/paper.h"
#include "domain/result.h"

#include <QDate>
#include <QDialog>
#include <QDockWidget>
#include <QPointer>

#include <optional>

class QAction;
class QDialog;
class QLabel;
class QMessageBox;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace PaperSift {

class CriteriaTextEdit;
class MessageBar;
class Library;

/// The criteria editor as a dock: the user's criteria.md with Markdown highlighting, the versions
/// scored with so far (restorable), a preview of the prompt they make, and "Re-score day".
class CriteriaDock : public QDockWidget
{
    Q_OBJECT

public:
    /// `writer` is the window's read-write store (on this thread); saving stores each criteria text
    /// there so the version list keeps it. May be null (no database): then only criteria.md is written.
    explicit CriteriaDock(Library *library, QWidget *parent = nullptr);
    ~CriteriaDock() override;

    /// The prompt for a sample batch, as the scorer would send it with the edited criteria.
    struct PromptPreview
    {
        QString system;
        QString user;
        qint64 tokens = 0; ///< estimated, system and user together
        qint64 prefixTokens = 0; ///< the part every request repeats: system message and static prefix
        QList<Paper> sample; ///< the papers in it (empty: a placeholder stands for them)
    };

    /// What re-scoring the day with the edited criteria is expected to take.
    struct RescoreEstimate
    {
        int papers = 0;
        qint64 tokens = 0; ///< prompt and completion, estimated without cache hits
        QString model;
        bool free = false; ///< the keyword scorer: offline, no cost
        std::optional<double> usd; ///< nullopt when the model has no known price
    };

    CriteriaTextEdit *editor() const { return m_editor; }
    CriteriaTextEdit *versionView() const { return m_versionView; }
    QTreeWidget *versionList() const { return m_versions; }
    MessageBar *messageBar() const { return m_message; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *previewAction() const { return m_previewAction; }
    QAction *rescoreAction() const { return m_rescoreAction; }
    QAction *examplesAction() const { return m_examplesAction; }
    /// The open prompt preview window, if any.
    QDialog *previewDialog() const { return m_preview; }

    QString criteriaText() const;
    bool isModified() const;

    /// The day the window shows: the preview samples its papers and "Re-score day" counts them.
    void setDay(const QDate &day);
    QDate day() const { return m_day; }

    /// Stores the previous and the new text as versions, then writes criteria.md and emits saved().
    /// Fails (with the error also shown inline) on empty criteria or an unwritable file; a database
    /// that is busy for now delays the write, and one that fails says so through the Library.
    Status save();
    /// Reads the criteria in use again (criteria.md, else the built-in text), dropping edits.
    void reload();
    void refreshVersions();

    PromptPreview previewPrompt() const;
    /// Opens (or refreshes) the read-only, highlighted preview of previewPrompt().
    void showPreview();
    RescoreEstimate rescoreEstimate() const;
    /// Asks for confirmation with the cost estimate (a window-modal box, not blocking), then saves
    /// unsaved edits and emits rescoreRequested().
    void confirmRescore();
    /// Writes the newest liked and disliked titles into the editor as the criteria's examples
    /// (RatedExamples), with what using them would cost; the reader saves to use them.
    void updateExamples();

signals:
    /// The criteria were saved: `sha256` is the new text's hash (the window reloads its scores).
    void saved(const QString &sha256);
    /// The user confirmed re-scoring the day with these criteria (already saved).
    void rescoreRequested(const QString &criteriaText);

private:
    Status writeCriteriaFile(const QString &text);
    QList<Paper> dayPapers() const;
    void updateTitle();
    void showVersion();
    void restoreVersion();
    void backToEditor();

    Library *m_library = nullptr;
    QDate m_day;
    QString m_savedText; ///< the text in use: criteria.md, or the built-in one
    CriteriaTextEdit *m_editor = nullptr;
    CriteriaTextEdit *m_versionView = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_versionInfo = nullptr;
    QTreeWidget *m_versions = nullptr;
    MessageBar *m_message = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_rescoreAction = nullptr;
    QAction *m_examplesAction = nullptr;
    QPointer<QDialog> m_preview;
    QPointer<QMessageBox> m_confirm;
};

} // namespace PaperSift
