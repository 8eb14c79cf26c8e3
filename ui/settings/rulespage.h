#pragma once

#include "settingspage.h"
#include "store/rulestore.h"

#include <QDate>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace PaperSift {

class Library;

/// The Rules tab: the reader's "always keep" and "never show" rules (RuleStore), each with how
/// many papers of the day on screen it matches, and a new rule's count live as it is typed.
/// Added and removed rules are written on OK or Apply, like every other page.
class RulesPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit RulesPage(QWidget *parent = nullptr);

    /// The library the rules live in, and the day whose papers the counts are of (invalid: the
    /// newest). Without one the page only says where rules come from.
    void setLibrary(Library *library, QDate day);

    QString title() const override;
    void load() override;
    std::optional<SettingsProblem> validate() const override;
    std::optional<SettingsProblem> apply() override;
    bool isApplying() const override { return m_applying; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        PaperRule rule; ///< id 0: added here, not saved yet
    };
    void addTypedRule();
    void removeSelected();
    void updateCount();
    void refresh();
    QString countText(const QString &query) const;

    Library *m_library = nullptr;
    QDate m_day;
    QList<Row> m_rows;
    QList<qint64> m_removed;
    bool m_applying = false;

    QTreeWidget *m_list = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_query = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QTimer *m_countTimer = nullptr;
};

} // namespace PaperSift
