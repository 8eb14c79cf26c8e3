#pragma once

#include "settingspage.h"

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace PaperSift {

/// The Library tab: the local file, or a lab's shared library on PostgreSQL (its URL, never a
/// password), whether to show the lab's stars, and how long a scorer's claim on a paper lasts.
class LibraryPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit LibraryPage(QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    /// A shared library needs a postgresql:// URL without a password.
    std::optional<SettingsProblem> validate() const override;
    std::optional<SettingsProblem> apply() override;

private:
    QList<SettingValue> values() const;

    QCheckBox *m_shared = nullptr;
    QLineEdit *m_url = nullptr;
    QCheckBox *m_labStars = nullptr;
    QSpinBox *m_claimExpiry = nullptr;
};

} // namespace PaperSift
