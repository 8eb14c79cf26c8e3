#include "arxivpage.h"

#include "config/settings.h"
#include "settingsform.h"

#include <QCheckBox>
#include <QFile>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace PaperSift {

using namespace Qt::StringLiterals;
using namespace SettingsForm;

namespace {

struct AnnounceTypeChoice
{
    QString id;
    QString objectName;
    const char *label;
};

const AnnounceTypeChoice announceChoices[] = {
    { u"new"_s, u"announceNew"_s, QT_TRANSLATE_NOOP("PaperSift::ArxivPage", "&New submissions") },
    { u"cross"_s, u"announceCross"_s, QT_TRANSLATE_NOOP("PaperSift::ArxivPage", "&Cross-lists from other categories") },
    { u"replace"_s, u"announceReplace"_s, QT_TRANSLATE_NOOP("PaperSift::ArxivPage", "&Replacements (new versions)") },
    { u"replace-cross"_s, u"announceReplaceCross"_s,
        QT_TRANSLATE_NOOP("PaperSift::ArxivPage", "Replaced cross-&lists") },
};

bool containsEveryWord(const QString &haystack, const QStringList &words)
{
    for (const QString &w : words) {
        if (!haystack.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace

ArxivPage::ArxivPage(QWidget *parent)
    : SettingsPage(parent)
{
    setObjectName(u"arxivPage"_s);
    auto *layout = pageLayout(this);

    auto *categoriesLabel = new QLabel(tr("&Categories to fetch:"), this);
    layout->addWidget(categoriesLabel);
    m_categoryFilter = new QLineEdit(this);
    m_categoryFilter->setObjectName(u"categoryFilter"_s);
    m_categoryFilter->setPlaceholderText(tr("Find a category by code or name, e.g. cs.LG or learning"));
    m_categoryFilter->setClearButtonEnabled(true);
    m_categoryFilter->setAccessibleName(tr("Find a category"));
    categoriesLabel->setBuddy(m_categoryFilter);
    layout->addWidget(m_categoryFilter);
    // The dialog opens with the focus here: finding a category is what this page is for.
    setFocusProxy(m_categoryFilter);
    m_categories = new QListWidget(this);
    m_categories->setObjectName(u"categoryList"_s);
    m_categories->setAccessibleName(tr("arXiv categories"));
    m_categories->setUniformItemSizes(true);
    layout->addWidget(m_categories, 1);
    m_categorySummary = new QLabel(this);
    m_categorySummary->setObjectName(u"categorySummary"_s);
    m_categorySummary->setWordWrap(true);
    m_categorySummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_categorySummary);
    connect(m_categoryFilter, &QLineEdit::textChanged, this, &ArxivPage::filterCategories);
    connect(m_categories, &QListWidget::itemChanged, this, &ArxivPage::updateCategorySummary);

    auto *form = newForm();
    auto *types = new QWidget(this);
    auto *typesLayout = new QGridLayout(types);
    typesLayout->setContentsMargins(0, 0, 0, 0);
    typesLayout->setHorizontalSpacing(Spacing * 2);
    typesLayout->setVerticalSpacing(Spacing);
    int i = 0;
    for (const AnnounceTypeChoice &choice : announceChoices) {
        auto *box = new QCheckBox(tr(choice.label), types);
        box->setObjectName(choice.objectName);
        box->setProperty("announceType", choice.id);
        typesLayout->addWidget(box, i / 2, i % 2);
        m_announceTypes.append(box);
        ++i;
    }
    auto *typesLabel = new QLabel(tr("Announce types:"), this);
    typesLabel->setBuddy(m_announceTypes.first());
    form->addRow(typesLabel, types);

    auto *cutoffs = new QWidget(this);
    auto *cutoffsLayout = new QHBoxLayout(cutoffs);
    cutoffsLayout->setContentsMargins(0, 0, 0, 0);
    cutoffsLayout->setSpacing(Spacing);
    m_relevanceCutoff = new QSpinBox(cutoffs);
    m_relevanceCutoff->setObjectName(u"relevanceCutoff"_s);
    m_relevanceCutoff->setRange(0, 10);
    m_noveltyCutoff = new QSpinBox(cutoffs);
    m_noveltyCutoff->setObjectName(u"noveltyCutoff"_s);
    m_noveltyCutoff->setRange(0, 10);
    auto *relevanceLabel = new QLabel(tr("&Relevance at least"), cutoffs);
    relevanceLabel->setBuddy(m_relevanceCutoff);
    auto *noveltyLabel = new QLabel(tr("&novelty at least"), cutoffs);
    noveltyLabel->setBuddy(m_noveltyCutoff);
    cutoffsLayout->addWidget(relevanceLabel);
    cutoffsLayout->addWidget(m_relevanceCutoff);
    cutoffsLayout->addSpacing(Spacing);
    cutoffsLayout->addWidget(noveltyLabel);
    cutoffsLayout->addWidget(m_noveltyCutoff);
    cutoffsLayout->addStretch(1);
    form->addRow(tr("Digest keeps:"),
        withNote(cutoffs,
            note(tr("Scores go from 0 to 10. Papers below either cutoff stay in the table but not "
                    "in the digest."),
                this)));
    layout->addLayout(form);
}

QString ArxivPage::title() const
{
    return tr("&arXiv");
}

void ArxivPage::load()
{
    const Settings settings;
    loadCategories(settings.list(Settings::Categories));
    const QStringList types = settings.list(Settings::AnnounceTypes);
    for (QCheckBox *box : std::as_const(m_announceTypes))
        box->setChecked(types.contains(box->property("announceType").toString(), Qt::CaseInsensitive));
    m_relevanceCutoff->setValue(settings.integer(Settings::RelevanceCutoff));
    m_noveltyCutoff->setValue(settings.integer(Settings::NoveltyCutoff));
}

std::optional<SettingsProblem> ArxivPage::validate() const
{
    if (checkedCategories().isEmpty())
        return SettingsProblem { m_categories, tr("Choose at least one arXiv category.") };
    if (checkedAnnounceTypes().isEmpty())
        return SettingsProblem { m_announceTypes.first(),
            tr("Choose at least one announce type, e.g. new submissions.") };
    return checkValues(values());
}

std::optional<SettingsProblem> ArxivPage::apply()
{
    return writeValues(values());
}

QList<SettingsPage::SettingValue> ArxivPage::values() const
{
    return {
        { Settings::Categories, checkedCategories().join(u','), m_categories },
        { Settings::AnnounceTypes, checkedAnnounceTypes().join(u','), m_announceTypes.first() },
        { Settings::RelevanceCutoff, m_relevanceCutoff->value(), m_relevanceCutoff },
        { Settings::NoveltyCutoff, m_noveltyCutoff->value(), m_noveltyCutoff },
    };
}

void ArxivPage::loadCategories(const QStringList &checked)
{
    QList<QPair<QString, QString>> taxonomy;
    QFile file(u":/resources/arxiv-categories.tsv"_s);
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString &line : lines) {
            if (line.startsWith(u'#') || line.trimmed().isEmpty())
                continue;
            const qsizetype tab = line.indexOf(u'\t');
            if (tab > 0)
                taxonomy.append({ line.left(tab).trimmed(), line.mid(tab + 1).trimmed() });
        }
    }
    const QSignalBlocker blocker(m_categories);
    m_categories->clear();
    auto add = [this](const QString &code, const QString &name, bool on) {
        auto *item = new QListWidgetItem(name.isEmpty() ? code : u"%1 — %2"_s.arg(code, name), m_categories);
        item->setData(Qt::UserRole, code);
        item->setData(Qt::UserRole + 1, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    };
    // The chosen categories first, in the order the user has them, then the rest of the taxonomy.
    for (const QString &code : checked) {
        auto it = std::find_if(taxonomy.cbegin(), taxonomy.cend(), [&code](const auto &entry) {
            return entry.first.compare(code, Qt::CaseInsensitive) == 0;
        });
        if (it != taxonomy.cend())
            add(it->first, it->second, true);
        else
            add(code, tr("not in PaperSift's list of categories"), true);
    }
    for (const auto &[code, name] : std::as_const(taxonomy)) {
        if (!checked.contains(code, Qt::CaseInsensitive))
            add(code, name, false);
    }
    updateCategorySummary();
}

void ArxivPage::filterCategories(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (int i = 0; i < m_categories->count(); ++i) {
        QListWidgetItem *item = m_categories->item(i);
        const QString haystack = item->data(Qt::UserRole).toString() + u' ' + item->data(Qt::UserRole + 1).toString();
        item->setHidden(!containsEveryWord(haystack, words));
    }
}

QStringList ArxivPage::checkedCategories() const
{
    QStringList out;
    for (int i = 0; i < m_categories->count(); ++i) {
        if (m_categories->item(i)->checkState() == Qt::Checked)
            out.append(m_categories->item(i)->data(Qt::UserRole).toString());
    }
    return out;
}

QStringList ArxivPage::checkedAnnounceTypes() const
{
    QStringList types;
    for (QCheckBox *box : m_announceTypes) {
        if (box->isChecked())
            types.append(box->property("announceType").toString());
    }
    return types;
}

void ArxivPage::updateCategorySummary()
{
    const QStringList codes = checkedCategories();
    m_categorySummary->setText(
        codes.isEmpty() ? tr("No category chosen: choose at least one.") : tr("Chosen: %1").arg(codes.join(", "_L1)));
}

} // namespace PaperSift
