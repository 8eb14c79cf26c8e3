#include "settingsdialog.h"

#include "messagebar.h"
#include "settings/arxivpage.h"
#include "settings/authorspage.h"
#include "settings/librarypage.h"
#include "settings/limitspage.h"
#include "settings/rulespage.h"
#include "settings/scoringpage.h"
#include "settings/settingsform.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace PaperSift {

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(SettingsForm::Spacing);
    m_message = new MessageBar(this);
    m_message->setObjectName(u"settingsMessage"_s);
    layout->addWidget(m_message);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->setDocumentMode(false);
    m_pages = { new ArxivPage(this), new ScoringPage(this), new LimitsPage(this), new AuthorsPage(this),
        new LibraryPage(this), new RulesPage(this) };
    for (SettingsPage *page : std::as_const(m_pages)) {
        m_tabs->addTab(page, page->title());
        connect(page, &SettingsPage::message, m_message, [this](MessageBar::Kind kind, const QString &text) {
            m_message->showMessage(kind, text);
        });
        connect(page, &SettingsPage::applyFinished, this, [this, page](const std::optional<SettingsProblem> &problem) {
            finishApply(page, problem);
        });
    }
    layout->addWidget(m_tabs, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"settingsButtons"_s);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        apply();
    });

    for (SettingsPage *page : std::as_const(m_pages))
        page->load();

    const QFontMetrics fm(font());
    resize(qMax(sizeHint().width(), fm.averageCharWidth() * 96), qMax(sizeHint().height(), fm.height() * 34));
    m_pages.first()->setFocus();
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::apply()
{
    m_message->hide();
    // Every page is checked before any is written, so a problem on one page leaves the edits of
    // the others unwritten too.
    for (SettingsPage *page : std::as_const(m_pages)) {
        if (const std::optional<SettingsProblem> problem = page->validate()) {
            fail(page, *problem);
            return problem->message;
        }
    }
    for (SettingsPage *page : std::as_const(m_pages)) {
        if (const std::optional<SettingsProblem> problem = page->apply()) {
            fail(page, *problem);
            return problem->message;
        }
    }
    emit applied();
    return {};
}

void SettingsDialog::accept()
{
    if (!apply().isEmpty())
        return;
    if (isApplying()) {
        // The keychain answers asynchronously: close once the key is safe, stay open if it fails.
        // (Only the Scoring page writes asynchronously, hence the message naming the key.)
        m_closeAfterApply = true;
        m_buttons->setEnabled(false);
        m_message->showMessage(MessageBar::Kind::Information, tr("Saving the key in the system keychain…"));
        return;
    }
    QDialog::accept();
}

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void SettingsDialog::fail(SettingsPage *page, const SettingsProblem &problem)
{
    m_tabs->setCurrentWidget(page);
    page->focusProblem(problem);
    m_message->showMessage(MessageBar::Kind::Error, problem.message);
}

void SettingsDialog::finishApply(SettingsPage *page, const std::optional<SettingsProblem> &problem)
{
    if (problem) {
        m_closeAfterApply = false;
        m_buttons->setEnabled(true);
        fail(page, *problem);
    } else if (m_closeAfterApply && !isApplying() && isVisible()) {
        QDialog::accept();
    }
}

bool SettingsDialog::isApplying() const
{
    return std::any_of(m_pages.cbegin(), m_pages.cend(), [](const SettingsPage *page) {
        return page->isApplying();
    });
}

void SettingsDialog::setLibrary(Library *library, QDate day)
{
    static_cast<RulesPage *>(m_pages.at(int(Page::Rules)))->setLibrary(library, day);
}

void SettingsDialog::setRankingSummary(const QString &text)
{
    static_cast<ScoringPage *>(m_pages.at(int(Page::Scoring)))->setRankingSummary(text);
}

} // namespace PaperSift
