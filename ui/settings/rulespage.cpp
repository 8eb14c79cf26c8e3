#include "rulespage.h"

#include "library.h"
#include "settingsform.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PaperSift {

using namespace Qt::StringLiterals;
using namespace SettingsForm;

namespace {

QString actionLabel(PaperRule::Action action)
{
    return action == PaperRule::Action::Keep ? RulesPage::tr("Always keep") : RulesPage::tr("Never show");
}

} // namespace

RulesPage::RulesPage(QWidget *parent)
    : SettingsPage(parent)
{
    setObjectName(u"rulesPage"_s);
    auto *layout = pageLayout(this);
    layout->addWidget(note(tr("Rules cost nothing: they act before any scoring. “Always keep” papers are "
                              "marked in the table and listed first in the digest; “never show” papers are "
                              "hidden (the view “Muted by rules” lists them), never scored and never paid "
                              "for. When both match a paper, it is kept."),
        this));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"ruleList"_s);
    m_list->setAccessibleName(tr("Your rules"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({ tr("Rule"), tr("Papers matching"), tr("Matches") });
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    auto *row = new QHBoxLayout;
    row->setSpacing(Spacing);
    m_action = compact(new QComboBox(this));
    m_action->setObjectName(u"ruleAction"_s);
    m_action->setAccessibleName(tr("What the new rule does"));
    m_action->addItem(actionLabel(PaperRule::Action::Keep), int(PaperRule::Action::Keep));
    m_action->addItem(actionLabel(PaperRule::Action::Mute), int(PaperRule::Action::Mute));
    m_query = new QLineEdit(this);
    m_query->setObjectName(u"ruleQuery"_s);
    m_query->setAccessibleName(tr("The papers the new rule matches"));
    m_query->setPlaceholderText(tr("au:\"Yoshua Bengio\", ti:diffusion, \"reward model\", cat:cs.CV"));
    m_query->setClearButtonEnabled(true);
    m_add = new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("&Add Rule"), this);
    m_add->setObjectName(u"addRule"_s);
    m_remove = new QPushButton(QIcon::fromTheme(u"list-remove"_s), tr("&Remove"), this);
    m_remove->setObjectName(u"removeRule"_s);
    row->addWidget(m_action);
    row->addWidget(m_query, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    layout->addLayout(row);
    m_count = note(QString(), this);
    m_count->setObjectName(u"ruleCount"_s);
    layout->addWidget(m_count);
    layout->addWidget(note(tr("A rule speaks the search box's language: words (each the start of a word), "
                              "\"quoted phrases\", au:, ti:, abs:, and cat:cs.LG (or cat:cs for every cs "
                              "category). Every part must match."),
        this));

    // Counting searches the library: once the typing pauses, not at every key.
    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(250);
    connect(m_countTimer, &QTimer::timeout, this, &RulesPage::updateCount);
    connect(m_query, &QLineEdit::textChanged, this, [this] {
        m_count->setText(tr("Counting…")); // never the count of what was typed before
        m_countTimer->start();
    });
    // Return in the rule's field adds the rule; it must not also press the dialog's OK.
    m_query->installEventFilter(this);
    connect(m_add, &QPushButton::clicked, this, &RulesPage::addTypedRule);
    connect(m_remove, &QPushButton::clicked, this, &RulesPage::removeSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_remove->setEnabled(!m_list->selectedItems().isEmpty());
    });
    setEnabled(false);
}

bool RulesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addTypedRule();
            return true;
        }
    }
    return SettingsPage::eventFilter(watched, event);
}

void RulesPage::setLibrary(Library *library, QDate day)
{
    m_library = library;
    m_day = day;
    if (m_library && m_library->isOpen() && !m_day.isValid()) {
        if (auto days = m_library->dayCounts(); days && !days->isEmpty())
            m_day = days->first().day;
    }
    load();
}

QString RulesPage::title() const
{
    return tr("R&ules");
}

void RulesPage::load()
{
    m_rows.clear();
    m_removed.clear();
    m_query->clear();
    const bool usable = m_library && m_library->isOpen();
    setEnabled(usable && !m_library->isReadOnly());
    if (usable) {
        auto rules = m_library->rules();
        if (!rules) {
            emit message(MessageBar::Kind::Error, tr("Your rules could not be read: %1").arg(rules.errorMessage()));
        } else {
            for (const PaperRule &r : std::as_const(*rules))
                m_rows.append({ r });
        }
    }
    m_list->headerItem()->setText(
        2, m_day.isValid() ? tr("On %1").arg(QLocale().toString(m_day, QLocale::ShortFormat)) : tr("Matches"));
    refresh();
    updateCount();
}

QString RulesPage::countText(const QString &query) const
{
    if (!m_library || !m_day.isValid())
        return QString();
    auto n = m_library->ruleMatches(query, m_day);
    return n ? QLocale().toString(*n) : u"?"_s;
}

void RulesPage::refresh()
{
    m_list->clear();
    for (const Row &row : std::as_const(m_rows)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, actionLabel(row.rule.action));
        item->setText(1, row.rule.query);
        item->setText(2, countText(row.rule.query));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (row.rule.id == 0)
            item->setToolTip(1, tr("Saved on OK or Apply"));
    }
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

void RulesPage::updateCount()
{
    const QString query = m_query->text().simplified();
    m_add->setEnabled(!query.isEmpty());
    if (query.isEmpty()) {
        m_count->setText(m_day.isValid() ? tr("Type a rule to see how many papers of %1 it matches.")
                                               .arg(QLocale().toString(m_day, QLocale::LongFormat))
                                         : QString());
        return;
    }
    if (const QString problem = RuleStore::validate(query); !problem.isEmpty()) {
        m_count->setText(problem);
        return;
    }
    if (!m_library || !m_day.isValid())
        return;
    auto n = m_library->ruleMatches(query, m_day);
    m_count->setText(n ? tr("Matches %n papers of %1.", nullptr, *n).arg(QLocale().toString(m_day, QLocale::LongFormat))
                       : n.errorMessage());
}

void RulesPage::addTypedRule()
{
    const QString query = m_query->text().simplified();
    if (query.isEmpty())
        return;
    if (const QString problem = RuleStore::validate(query); !problem.isEmpty()) {
        emit message(MessageBar::Kind::Warning, problem);
        m_query->setFocus();
        return;
    }
    const auto action = PaperRule::Action(m_action->currentData().toInt());
    const bool known = std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) {
        return r.rule.action == action && r.rule.query == query;
    });
    if (!known)
        m_rows.append({ PaperRule { 0, action, query, {} } });
    m_query->clear();
    refresh();
    m_list->setCurrentItem(m_list->topLevelItem(int(m_rows.size()) - 1));
}

void RulesPage::removeSelected()
{
    QList<int> rows;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        rows.append(m_list->indexOfTopLevelItem(item));
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int i : rows) {
        if (m_rows.at(i).rule.id != 0)
            m_removed.append(m_rows.at(i).rule.id);
        m_rows.removeAt(i);
    }
    refresh();
}

std::optional<SettingsProblem> RulesPage::validate() const
{
    // A rule typed but not added is added with the rest: OK should not drop it.
    const QString typed = m_query->text().simplified();
    if (!typed.isEmpty()) {
        if (const QString problem = RuleStore::validate(typed); !problem.isEmpty())
            return SettingsProblem { m_query, problem };
    }
    return std::nullopt;
}

std::optional<SettingsProblem> RulesPage::apply()
{
    if (!m_library || !m_library->isOpen() || m_library->isReadOnly())
        return std::nullopt;
    if (!m_query->text().simplified().isEmpty())
        addTypedRule();
    QList<PaperRule> added;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.rule.id == 0)
            added.append(row.rule);
    }
    if (added.isEmpty() && m_removed.isEmpty())
        return std::nullopt;
    // The write is done at once, or waits for a run's lock: then the page reports later, when it is
    // done or failed (applyFinished), and OK closes the dialog only then.
    m_applying = true;
    struct Write
    {
        bool inApply = true;
        std::optional<SettingsProblem> failedAtOnce;
        QMetaObject::Connection failed;
    };
    auto write = std::make_shared<Write>();
    // A queued write can finish after the dialog closed (Cancel while it waited): then only the
    // window hears of it (Library::rulesChanged, writeFailed).
    const auto finish = [self = QPointer<RulesPage>(this), write](std::optional<SettingsProblem> problem) {
        QObject::disconnect(write->failed);
        if (!self)
            return;
        self->m_applying = false;
        if (!problem)
            self->load();
        if (write->inApply)
            write->failedAtOnce = problem;
        else
            emit self->applyFinished(problem);
    };
    write->failed = connect(m_library, &Library::writeFailed, this, [this, finish](const QString &text) {
        finish(SettingsProblem { m_list, text });
    });
    m_library->changeRules(m_removed, added, [finish] {
        finish(std::nullopt);
    });
    write->inApply = false;
    return write->failedAtOnce;
}

} // namespace PaperSift
