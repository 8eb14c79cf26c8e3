#pragma once

#include "digest/digestbuilder.h"
#include "libraryrows.h"

#include <QDate>
#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace PaperSift {

class MessageBar;
class Library;

/// Export: a day's digest (Markdown, JSON or BibTeX) or the starred papers (JSON or BibTeX), with
/// a preview (rendered, and as highlighted source), Save… and Copy. Reads the store only; errors
/// show inline.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// `library` is the window's; `currentDay` is preselected when stored. `countedDays` are the
    /// days as the window's day list counted them; without them the dialog counts the days itself,
    /// which takes most of a second in a library of years (make bench: ui_day_counts).
    ExportDialog(const Library &library, QDate currentDay, QWidget *parent = nullptr,
        std::optional<QList<DayInfo>> countedDays = std::nullopt);
    ~ExportDialog() override;

    /// "digest-2025-06-16.md" / ".json" / ".bib"; for the starred papers (invalid day)
    /// "starred-papers.json" / ".bib".
    static QString suggestedFileName(QDate day, ExportFormat format);

    /// The chosen day; invalid when "Starred papers" is chosen.
    QDate day() const;
    bool isStarredChosen() const;
    ExportFormat format() const;
    /// Chooses a stored day (false when it is not in the list) or, with an invalid date, the starred papers.
    bool setDay(QDate day);
    /// Chooses a format as a user can: not the Markdown digest while Starred is chosen.
    void setFormat(ExportFormat format);

    /// The bytes Save and Copy would write; empty when the export failed.
    QByteArray exportedBytes() const { return m_bytes; }
    /// The inline error shown, or empty.
    QString errorText() const;

    QTabWidget *previewTabs() const { return m_tabs; }
    QTextBrowser *renderedView() const { return m_rendered; }
    QPlainTextEdit *sourceView() const { return m_source; }
    KSyntaxHighlighting::SyntaxHighlighter *sourceHighlighter() const { return m_highlighter; }

    /// Writes the export to `path` atomically; on failure shows the error inline and returns false.
    bool saveTo(const QString &path);

public Q_SLOTS:
    /// Asks for a file name (suggestedFileName() in the last folder used) and saves.
    void save();
    /// Puts the export on the clipboard as text.
    void copy();

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadDays(QDate currentDay, std::optional<QList<DayInfo>> counted);
    void updateFormatChoices();
    void refresh();
    /// Shows the export's text in the source view, highlighted as `format`.
    void setSourceText(const QString &text, ExportFormat format);
    void showError(const QString &text, const QString &details = {});
    void showInfo(const QString &text);
    void openLink(const QUrl &url);

    const Library &m_library;
    QComboBox *m_dayCombo = nullptr;
    QComboBox *m_formatCombo = nullptr;
    MessageBar *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_rendered = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QByteArray m_bytes;
    QString m_loadError; ///< the stored days could not be read
    QHash<QDate, DigestInput> m_inputs; ///< built days, so switching formats does not query again
};

} // namespace PaperSift
