#include "authorspage.h"

#include "config/settings.h"
#include "settingsform.h"
#include "translations.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace PaperSift {

using namespace Qt::StringLiterals;
using namespace SettingsForm;

AuthorsPage::AuthorsPage(QWidget *parent)
    : SettingsPage(parent)
{
    setObjectName(u"authorsPage"_s);
    auto *layout = pageLayout(this);

    auto *authorsLabel = new QLabel(tr("&Followed authors, one name a line:"), this);
    layout->addWidget(authorsLabel);
    m_authors = new QPlainTextEdit(this);
    m_authors->setObjectName(u"followedAuthors"_s);
    m_authors->setTabChangesFocus(true);
    m_authors->setPlaceholderText(tr("Yoshua Bengio\nFei-Fei Li"));
    authorsLabel->setBuddy(m_authors);
    layout->addWidget(m_authors, 1);
    layout->addWidget(note(tr("Papers by these authors are marked in the table and always listed in the paper pane. "
                              "Names match as arXiv writes them, ignoring case."),
        this));

    auto *form = newForm();
    layout->addSpacing(Spacing);
    layout->addLayout(form);
    m_language = compact(new QComboBox(this));
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("The system's language"), QString());
    for (const Translations::Language &language : Translations::available())
        m_language->addItem(language.nativeName, language.code);
    form->addRow(tr("&Language:"),
        withNote(m_language,
            note(tr("The window's language, from the next start. The "
                    "command line always speaks English."),
                this)));
    addPath(
        form, tr("D&atabase:"), QDir::toNativeSeparators(AppPaths::databaseFile()), AppPaths::dataDir(), u"database"_s);
    addPath(form, tr("Settings and &prompts:"), QDir::toNativeSeparators(AppPaths::configDir()), AppPaths::configDir(),
        u"config"_s);
    layout->addWidget(note(tr("--db and --config on the command line use other files; criteria.md in the settings "
                              "folder holds your criteria."),
        this));
}

/// A read-only path, to copy, and a button that opens its folder. `name` prefixes the objectNames.
void AuthorsPage::addPath(
    QFormLayout *form, const QString &label, const QString &path, const QString &folder, const QString &name)
{
    auto *edit = new QLineEdit(path, this);
    edit->setObjectName(name + u"Path"_s);
    edit->setReadOnly(true);
    edit->setCursorPosition(0);
    auto *open = new QPushButton(QIcon::fromTheme(u"document-open-folder"_s), tr("Open Folder"), this);
    open->setObjectName(name + u"OpenFolder"_s);
    open->setAccessibleName(tr("Open the folder of %1").arg(label));
    auto *row = new QHBoxLayout;
    row->setSpacing(Spacing);
    row->addWidget(edit, 1);
    row->addWidget(open);
    auto *l = new QLabel(label, this);
    l->setBuddy(edit);
    form->addRow(l, row);
    connect(open, &QPushButton::clicked, this, [this, folder] {
        QDir().mkpath(folder);
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
            emit message(MessageBar::Kind::Warning,
                tr("No file manager opened %1. Open it yourself, or copy the path.").arg(folder));
    });
}

QString AuthorsPage::title() const
{
    return tr("Authors && &data");
}

void AuthorsPage::load()
{
    m_loadedAuthors = Settings::followedAuthors();
    m_authors->setPlainText(m_loadedAuthors.join(u'\n'));
    const int language = m_language->findData(Settings().string(Settings::Language));
    m_language->setCurrentIndex(qMax(0, language));
}

QList<SettingsPage::SettingValue> AuthorsPage::values() const
{
    return { { Settings::Language, m_language->currentData().toString(), m_language } };
}

std::optional<SettingsProblem> AuthorsPage::validate() const
{
    // Any text is a list of names: blank lines and spaces around a name are dropped.
    return checkValues(values());
}

std::optional<SettingsProblem> AuthorsPage::apply()
{
    if (std::optional<SettingsProblem> problem = writeValues(values()))
        return problem;
    const QStringList authors = typedAuthors();
    if (authors == m_loadedAuthors)
        return std::nullopt;
    if (!Settings::setFollowedAuthors(authors))
        return SettingsProblem { m_authors,
            tr("Cannot write %1: check that the folder is writable.").arg(AppPaths::authorsFile()) };
    m_loadedAuthors = authors;
    return std::nullopt;
}

QStringList AuthorsPage::typedAuthors() const
{
    QStringList authors;
    const QStringList lines = m_authors->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            authors.append(line.trimmed());
    }
    return authors;
}

} // namespace PaperSift
