#include "librarypage.h"

#include "config/settings.h"
#include "llm/apikey.h"
#include "settingsform.h"
#include "store/databaselocation.h"
#include "store/pgpassword.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace PaperSift {

using namespace Qt::StringLiterals;
using namespace SettingsForm;

LibraryPage::LibraryPage(QWidget *parent)
    : SettingsPage(parent)
{
    setObjectName(u"libraryPage"_s);
    auto *layout = pageLayout(this);
    m_shared = new QCheckBox(tr("&Shared library (PostgreSQL)"), this);
    m_shared->setObjectName(u"sharedLibrary"_s);
    layout->addWidget(m_shared);
    layout->addWidget(note(tr("A lab's library on its PostgreSQL server: papers and scores are paid for once for "
                              "everyone, your read marks, stars and notes stay yours. Off: the file on this computer."),
        this));

    auto *form = newForm();
    layout->addSpacing(Spacing);
    layout->addLayout(form);
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"libraryUrl"_s);
    m_url->setPlaceholderText(u"postgresql://user@host:5432/dbname?sslmode=verify-full"_s);
    form->addRow(tr("&URL:"),
        withNote(m_url,
            note(tr("No password here: it comes from ~/.pgpass, PGPASSWORD or the keychain. --db on the command "
                    "line opens another library."),
                this)));
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"libraryPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("unchanged"));
    form->addRow(tr("&Password:"),
        withNote(m_password,
            note(tr("Only when ~/.pgpass and PGPASSWORD hold none: it goes to the system keychain, never to a "
                    "file."),
                this)));
    m_claimExpiry = compact(new QSpinBox(this));
    m_claimExpiry->setObjectName(u"claimExpiry"_s);
    m_claimExpiry->setRange(10, 86400);
    m_claimExpiry->setSuffix(tr(" s"));
    form->addRow(tr("&Claims expire after:"),
        withNote(m_claimExpiry,
            note(tr("How long another machine waits for a paper this one is scoring, should this one stop without "
                    "saying so."),
                this)));
    m_labActivity = new QCheckBox(tr("Show the lab's stars and &notes"), this);
    m_labActivity->setObjectName(u"labActivity"_s);
    form->addRow(QString(),
        withNote(m_labActivity,
            note(tr("The table counts who in the lab starred each paper (Lab ★), and the paper pane shows your "
                    "colleagues' notes under the abstract. Your stars and notes are always visible to them in the "
                    "shared library."),
                this)));
    layout->addStretch(1);
    connect(m_shared, &QCheckBox::toggled, m_url, &QWidget::setEnabled);
    connect(m_shared, &QCheckBox::toggled, m_labActivity, &QWidget::setEnabled);
}

QString LibraryPage::title() const
{
    return tr("Li&brary");
}

void LibraryPage::load()
{
    Settings settings;
    const QString url = settings.value(Settings::LibraryUrl).toString();
    m_shared->setChecked(!url.isEmpty());
    m_url->setEnabled(!url.isEmpty());
    m_url->setText(url);
    m_password->clear();
    m_claimExpiry->setValue(settings.integer(Settings::ClaimExpirySec));
    m_labActivity->setChecked(settings.boolean(Settings::ShowLabActivity));
    m_labActivity->setEnabled(!url.isEmpty());
}

QList<SettingsPage::SettingValue> LibraryPage::values() const
{
    return { { Settings::LibraryUrl, m_shared->isChecked() ? m_url->text().trimmed() : QString(), m_url },
        { Settings::ClaimExpirySec, m_claimExpiry->value(), m_claimExpiry },
        { Settings::ShowLabActivity, m_labActivity->isChecked(), m_labActivity } };
}

std::optional<SettingsProblem> LibraryPage::validate() const
{
    if (m_shared->isChecked()) {
        const QString url = m_url->text().trimmed();
        if (!DatabaseLocation::isServerUrl(url))
            return SettingsProblem { m_url, tr("Write the shared library as postgresql://user@host:5432/dbname.") };
        if (auto parsed = DatabaseLocation::parse(url); !parsed)
            return SettingsProblem { m_url, parsed.errorMessage() };
    }
    return checkValues(values());
}

std::optional<SettingsProblem> LibraryPage::apply()
{
    if (std::optional<SettingsProblem> problem = writeValues(values()))
        return problem;
    const QString secret = m_password->text();
    auto location = DatabaseLocation::parse(m_url->text().trimmed());
    if (secret.isEmpty() || !m_shared->isChecked() || !location)
        return std::nullopt;
    m_password->clear();
    ++m_passwordWrites;
    ApiKeyStore(QString::fromLatin1(PgPassword::Service))
        .write(PgPassword::accountFor(*location), secret, this, [this](const Status &status) {
            --m_passwordWrites;
            // Not the keychain's own words: they speak of API keys.
            emit applyFinished(status ? std::nullopt
                                      : std::optional(SettingsProblem { m_password,
                                          tr("The password was not saved: no system keychain took it. Put it in "
                                             "~/.pgpass instead (host:port:database:user:password).") }));
        });
    return std::nullopt;
}

} // namespace PaperSift
