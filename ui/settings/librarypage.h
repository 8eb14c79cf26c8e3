#pragma once

#include "settingspage.h"

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace PaperSift {

/// The Library tab: the local file, or a lab's shared library on PostgreSQL: its URL (never a
/// password), a password for the keychain when ~/.pgpass and PGPASSWORD hold none, and how long
/// a scorer's claim on a paper lasts, and whether the lab's stars and notes are shown.
class LibraryPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit LibraryPage(QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    /// A shared library needs a postgresql:// URL without a password.
    std::optional<SettingsProblem> validate() const override;
    /// Writes the settings; a typed password goes to the keychain (asynchronously), nowhere else.
    std::optional<SettingsProblem> apply() override;
    bool isApplying() const override { return m_passwordWrites > 0; }

private:
    QList<SettingValue> values() const;

    QCheckBox *m_shared = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_password = nullptr;
    int m_passwordWrites = 0;
    QSpinBox *m_claimExpiry = nullptr;
    QCheckBox *m_labActivity = nullptr;
};

} // namespace PaperSift
