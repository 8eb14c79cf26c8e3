#pragma once

#include <QDate>
#include <QDialog>
#include <QList>

#include <optional>

class QDialogButtonBox;
class QTabWidget;

namespace PaperSift {

class Library;
class MessageBar;
class SettingsPage;
struct SettingsProblem;

/// Settings, a tab per page (ui/settings/): arXiv, Scoring, Limits & prices, Authors & data,
/// Library, Rules.
/// Nothing is written until OK or Apply, and then only when every page is valid.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Arxiv, Scoring, Limits, Authors, Library, Rules };

    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// Validates every page, then writes them all: settings file, authors.txt, prices.json, and an
    /// edited key to the keychain. Returns the first problem (also shown inline, with its field
    /// focused) or an empty string; on a problem nothing is written.
    QString apply();
    void accept() override;

    void showPage(Page page);
    /// What the reader's own ranking knows (RankingController::summary()), for the Scoring page.
    void setRankingSummary(const QString &text);
    /// The library the Rules page edits, and the day its counts are of (invalid: the newest).
    void setLibrary(Library *library, QDate day);

signals:
    /// Settings were written: whatever depends on them should reload.
    void applied();

private:
    void fail(SettingsPage *page, const SettingsProblem &problem);
    void finishApply(SettingsPage *page, const std::optional<SettingsProblem> &problem);
    bool isApplying() const;

    QTabWidget *m_tabs = nullptr;
    MessageBar *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<SettingsPage *> m_pages; ///< in the order of Page
    bool m_closeAfterApply = false; ///< OK was pressed while a page was still writing
};

} // namespace PaperSift
