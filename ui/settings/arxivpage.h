#pragma once

#include "settingspage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace PaperSift {

/// The arXiv tab: the categories to fetch (with a filter and a summary line), the announce types,
/// and the score cutoffs of the digest.
class ArxivPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit ArxivPage(QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    std::optional<SettingsProblem> validate() const override;
    std::optional<SettingsProblem> apply() override;

    /// The codes ticked, in the list's order: the chosen ones first, as the user has them.
    QStringList checkedCategories() const;

private:
    void loadCategories(const QStringList &checked);
    void filterCategories(const QString &text);
    void updateCategorySummary();
    QStringList checkedAnnounceTypes() const;
    QList<SettingValue> values() const;

    QLineEdit *m_categoryFilter = nullptr;
    QListWidget *m_categories = nullptr;
    QLabel *m_categorySummary = nullptr;
    QList<QCheckBox *> m_announceTypes;
    QSpinBox *m_relevanceCutoff = nullptr;
    QSpinBox *m_noveltyCutoff = nullptr;
};

} // namespace PaperSift
