#pragma once

#include "settingspage.h"

#include <QStringList>

class QComboBox;
class QFormLayout;
class QPlainTextEdit;

namespace PaperSift {

/// The Authors & data tab: the followed authors (authors.txt), the window's language, and where
/// the database and the settings live, with buttons to open those folders.
class AuthorsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit AuthorsPage(QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    std::optional<SettingsProblem> validate() const override;
    /// Writes the language, and authors.txt only when the list changed.
    std::optional<SettingsProblem> apply() override;

private:
    void addPath(
        QFormLayout *form, const QString &label, const QString &path, const QString &folder, const QString &name);
    QStringList typedAuthors() const;
    QList<SettingValue> values() const;

    QPlainTextEdit *m_authors = nullptr;
    QComboBox *m_language = nullptr;
    QStringList m_loadedAuthors; ///< as read from authors.txt, to leave the file alone when unchanged
};

} // namespace PaperSift
