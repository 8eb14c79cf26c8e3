#include "settingsdialog.h"

#include "config/settings.h"
#include "llm/apikey.h"
#include "llm/chatclient.h"
#include "llm/endpoint.h"
#include "scoring/pricetable.h"
#include "messagebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>
#include <qt6keychain/keychain.h>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

// KDE HIG: 8 px between related controls.
constexpr int Spacing = 8;

enum PriceColumn { ModelColumn, InputColumn, CachedColumn, OutputColumn, PriceColumnCount };

QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(Spacing);
    form->setVerticalSpacing(Spacing);
    form->setContentsMargins(0, 0, 0, 0);
    return form;
}

QVBoxLayout *pageLayout(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(Spacing, Spacing, Spacing, Spacing);
    layout->setSpacing(Spacing);
    return layout;
}

/// A line of explanation under a field, in the palette's secondary text colour.
QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextFormat(Qt::PlainText);
    return label;
}

/// A field with its explanation right under it, in one form cell (a separate row would leave a gap).
QVBoxLayout *withNote(QLayoutItem *field, QLabel *explanation)
{
    auto *cell = new QVBoxLayout;
    cell->setContentsMargins(0, 0, 0, 0);
    cell->setSpacing(Spacing / 2);
    cell->addItem(field);
    cell->addWidget(explanation);
    return cell;
}
QVBoxLayout *withNote(QWidget *field, QLabel *explanation)
{
    return withNote(new QWidgetItem(field), explanation);
}
QVBoxLayout *withNote(QLayout *field, QLabel *explanation)
{
    return withNote(static_cast<QLayoutItem *>(field), explanation);
}

/// The price table PaperSift ships (parsed once).
const PriceTable &shippedPrices()
{
    static const PriceTable table = PriceTable::builtIn();
    return table;
}

/// Spin boxes and short combos as wide as their content, not the dialog (KDE HIG).
template<typename W>
W *compact(W *widget)
{
    widget->setSizePolicy(QSizePolicy::Fixed, widget->sizePolicy().verticalPolicy());
    return widget;
}

/// Price cells edit in a spin box: a negative or non-numeric price cannot be entered at all.
class PriceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setDecimals(4);
        spin->setRange(0, 100000);
        spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
        spin->setFrame(false);
        spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return spin;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QDoubleSpinBox *>(editor)->setValue(index.data(Qt::EditRole).toDouble());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *spin = static_cast<QDoubleSpinBox *>(editor);
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
    }
    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        return trimmedNumber(value.toDouble(), locale);
    }

private:
    static QString trimmedNumber(double v, const QLocale &locale)
    {
        // Up to four decimals, without trailing zeros: 2.5, 0.075, 10.
        QString s = locale.toString(v, 'f', 4);
        const QString point = locale.decimalPoint();
        if (s.contains(point)) {
            while (s.endsWith(u'0'))
                s.chop(1);
            if (s.endsWith(point))
                s.chop(point.size());
        }
        return s;
    }
};

struct AnnounceTypeChoice
{
    QString id;
    const char *label;
};

const AnnounceTypeChoice announceChoices[] = {
    { u"new"_s, QT_TRANSLATE_NOOP("PaperSift::SettingsDialog", "&New submissions") },
    { u"cross"_s, QT_TRANSLATE_NOOP("PaperSift::SettingsDialog", "&Cross-lists from other categories") },
    { u"replace"_s, QT_TRANSLATE_NOOP("PaperSift::SettingsDialog", "&Replacements (new versions)") },
    { u"replace-cross"_s, QT_TRANSLATE_NOOP("PaperSift::SettingsDialog", "Replaced cross-&lists") },
};

QString firstWordsMatch(const QString &haystack, const QStringList &words)
{
    for (const QString &w : words) {
        if (!haystack.contains(w, Qt::CaseInsensitive))
            return {};
    }
    return haystack;
}

} // namespace

/// One setting to write, and where its field is for an error.
struct SettingsDialog::Change
{
    QString key;
    QVariant value;
    Page page;
    QWidget *field;
};

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_keychainAvailable = QKeychain::isAvailable();

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(Spacing);
    m_message = new MessageBar(this);
    layout->addWidget(m_message);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(false);
    m_tabs->addTab(createArxivPage(), tr("&arXiv"));
    m_tabs->addTab(createScoringPage(), tr("&Scoring"));
    m_tabs->addTab(createLimitsPage(), tr("&Limits && prices"));
    m_tabs->addTab(createAuthorsPage(), tr("Authors && &data"));
    layout->addWidget(m_tabs, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        apply();
    });

    load();

    const QFontMetrics fm(font());
    resize(qMax(sizeHint().width(), fm.averageCharWidth() * 96), qMax(sizeHint().height(), fm.height() * 34));
    m_categoryFilter->setFocus();
}

SettingsDialog::~SettingsDialog() = default;

// ---- pages ----

QWidget *SettingsDialog::createArxivPage()
{
    auto *page = new QWidget(this);
    auto *layout = pageLayout(page);

    auto *categoriesLabel = new QLabel(tr("&Categories to fetch:"), page);
    layout->addWidget(categoriesLabel);
    m_categoryFilter = new QLineEdit(page);
    m_categoryFilter->setObjectName(u"categoryFilter"_s);
    m_categoryFilter->setPlaceholderText(tr("Find a category by code or name, e.g. cs.LG or learning"));
    m_categoryFilter->setClearButtonEnabled(true);
    m_categoryFilter->setAccessibleName(tr("Find a category"));
    categoriesLabel->setBuddy(m_categoryFilter);
    layout->addWidget(m_categoryFilter);
    m_categories = new QListWidget(page);
    m_categories->setObjectName(u"categoryList"_s);
    m_categories->setAccessibleName(tr("arXiv categories"));
    m_categories->setUniformItemSizes(true);
    layout->addWidget(m_categories, 1);
    m_categorySummary = new QLabel(page);
    m_categorySummary->setWordWrap(true);
    m_categorySummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_categorySummary);
    connect(m_categoryFilter, &QLineEdit::textChanged, this, &SettingsDialog::filterCategories);
    connect(m_categories, &QListWidget::itemChanged, this, &SettingsDialog::updateCategorySummary);

    auto *form = newForm();
    auto *types = new QWidget(page);
    auto *typesLayout = new QGridLayout(types);
    typesLayout->setContentsMargins(0, 0, 0, 0);
    typesLayout->setHorizontalSpacing(Spacing * 2);
    typesLayout->setVerticalSpacing(Spacing);
    int i = 0;
    for (const AnnounceTypeChoice &choice : announceChoices) {
        auto *box = new QCheckBox(tr(choice.label), types);
        box->setProperty("announceType", choice.id);
        typesLayout->addWidget(box, i / 2, i % 2);
        m_announceTypes.append(box);
        ++i;
    }
    auto *typesLabel = new QLabel(tr("Announce types:"), page);
    typesLabel->setBuddy(m_announceTypes.first());
    form->addRow(typesLabel, types);

    auto *cutoffs = new QWidget(page);
    auto *cutoffsLayout = new QHBoxLayout(cutoffs);
    cutoffsLayout->setContentsMargins(0, 0, 0, 0);
    cutoffsLayout->setSpacing(Spacing);
    m_relevanceCutoff = new QSpinBox(cutoffs);
    m_relevanceCutoff->setRange(0, 10);
    m_noveltyCutoff = new QSpinBox(cutoffs);
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
                page)));
    layout->addLayout(form);
    return page;
}

QWidget *SettingsDialog::createScoringPage()
{
    auto *page = new QWidget(this);
    auto *layout = pageLayout(page);
    auto *form = newForm();

    m_scorer = new QComboBox(page);
    m_scorer->addItem(tr("Automatic"), u"auto"_s);
    m_scorer->addItem(tr("Language model"), u"llm"_s);
    m_scorer->addItem(tr("Keywords (offline, free)"), u"keyword"_s);
    compact(m_scorer);
    auto *scorerNote = note(QString(), page);
    auto *scorerLabel = new QLabel(tr("Sc&orer:"), page);
    scorerLabel->setBuddy(m_scorer);
    form->addRow(scorerLabel, withNote(m_scorer, scorerNote));
    auto describeScorer = [this, scorerNote] {
        const QString id = m_scorer->currentData().toString();
        scorerNote->setText(id == "keyword"_L1 ? tr("Matches the keywords of your criteria against title and abstract. "
                                                    "No network, no cost, no comments.")
                : id == "llm"_L1               ? tr("Sends title and abstract to the endpoint below and asks for "
                                                                  "relevance, novelty and a one-line comment.")
                                               : tr("The language model when an endpoint is set up, otherwise the "
                                                                  "offline keyword scorer."));
    };
    connect(m_scorer, &QComboBox::currentIndexChanged, this, describeScorer);
    describeScorer();

    m_preset = new QComboBox(page);
    compact(m_preset);
    m_preset->setObjectName(u"presetCombo"_s);
    for (const EndpointPresetInfo &info : EndpointConfig::presets())
        m_preset->addItem(info.displayName, info.id);
    m_presetNote = new QLabel(page);
    auto *presetRow = new QHBoxLayout;
    presetRow->setSpacing(Spacing);
    presetRow->addWidget(m_preset);
    presetRow->addWidget(m_presetNote, 1);
    auto *presetLabel = new QLabel(tr("&Endpoint:"), page);
    presetLabel->setBuddy(m_preset);
    form->addRow(presetLabel, presetRow);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &SettingsDialog::applyPreset);

    m_baseUrl = new QLineEdit(page);
    m_baseUrl->setObjectName(u"baseUrl"_s);
    m_baseUrl->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    connect(m_baseUrl, &QLineEdit::editingFinished, this, &SettingsDialog::refreshKeyStatus);

    m_model = new QComboBox(page);
    m_model->setObjectName(u"modelCombo"_s);
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(24);
    m_model->lineEdit()->setPlaceholderText(tr("e.g. gpt-4o-mini, llama3.1:8b"));
    form->addRow(tr("&Model:"), m_model);

    m_key = new QLineEdit(page);
    m_key->setObjectName(u"apiKey"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_key->setAccessibleName(tr("API key"));
    m_removeKey = new QPushButton(tr("Remo&ve Key"), page);
    m_removeKey->setToolTip(tr("Deletes this endpoint's key from the system keychain"));
    auto *keyRow = new QHBoxLayout;
    keyRow->setSpacing(Spacing);
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_removeKey);
    auto *keyLabel = new QLabel(tr("API &key:"), page);
    keyLabel->setBuddy(m_key);
    m_keyStatus = note(QString(), page);
    m_keyStatus->setObjectName(u"keyStatus"_s);
    form->addRow(keyLabel, withNote(keyRow, m_keyStatus));
    connect(m_key, &QLineEdit::textEdited, this, [this](const QString &text) {
        const bool had = m_pendingKeys.contains(m_keyAccount);
        if (text.trimmed().isEmpty())
            m_pendingKeys.remove(m_keyAccount);
        else
            m_pendingKeys.insert(m_keyAccount, text.trimmed());
        if (had != m_pendingKeys.contains(m_keyAccount))
            refreshKeyStatus();
    });
    connect(m_removeKey, &QPushButton::clicked, this, &SettingsDialog::removeKey);

    m_headers = new QLineEdit(page);
    m_headers->setObjectName(u"extraHeaders"_s);
    m_headers->setPlaceholderText(tr("Name: value; Other-Name: value"));
    form->addRow(tr("E&xtra headers:"), m_headers);

    auto *testRow = new QHBoxLayout;
    testRow->setSpacing(Spacing);
    m_testButton = new QPushButton(tr("&Test Connection"), page);
    m_testButton->setObjectName(u"testConnection"_s);
    m_testButton->setToolTip(tr("Asks the endpoint for its models, with the values shown here"));
    testRow->addWidget(m_testButton);
    testRow->addStretch(1);
    form->addRow(QString(), testRow);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    layout->addLayout(form);

    m_testResult = new MessageBar(page);
    m_testResult->setObjectName(u"testResult"_s);
    layout->addWidget(m_testResult);

    auto *options = newForm();
    m_titleFilter = new QCheckBox(tr("&Drop clearly unrelated papers by their title first"), page);
    m_titleFilter->setToolTip(tr("One cheap request with the titles only; saves most of the cost on a big day"));
    m_jsonMode = new QCheckBox(tr("Ask for &JSON replies (response_format)"), page);
    m_jsonMode->setToolTip(tr("Only for endpoints that support it; the reply parser copes without it"));
    options->addRow(tr("Options:"), m_titleFilter);
    options->addRow(QString(), m_jsonMode);
    layout->addLayout(options);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::createLimitsPage()
{
    auto *page = new QWidget(this);
    auto *layout = pageLayout(page);
    auto *form = newForm();

    m_batchSize = new QSpinBox(page);
    compact(m_batchSize);
    m_batchSize->setRange(1, 100);
    m_batchSize->setSuffix(tr(" papers"));
    m_adaptiveBatch = new QCheckBox(tr("&Grow with the day's size"), page);
    m_adaptiveBatch->setToolTip(tr("Bigger batches on big days: fewer requests, a shared prompt sent less often"));
    auto *batchRow = new QHBoxLayout;
    batchRow->setSpacing(Spacing * 2);
    batchRow->addWidget(m_batchSize);
    batchRow->addWidget(m_adaptiveBatch);
    batchRow->addStretch(1);
    auto *batchLabel = new QLabel(tr("&Batch size:"), page);
    batchLabel->setBuddy(m_batchSize);
    form->addRow(batchLabel, batchRow);

    m_concurrency = new QSpinBox(page);
    compact(m_concurrency);
    m_concurrency->setRange(1, 64);
    m_concurrency->setSuffix(tr(" requests"));
    form->addRow(tr("&In flight at once:"), m_concurrency);

    m_rpm = new QSpinBox(page);
    compact(m_rpm);
    m_rpm->setRange(0, 100000);
    m_rpm->setSpecialValueText(tr("No limit"));
    m_rpm->setSuffix(tr(" per minute"));
    form->addRow(tr("&Request rate:"), m_rpm);

    m_budget = new QDoubleSpinBox(page);
    compact(m_budget);
    m_budget->setRange(0, 10000);
    m_budget->setDecimals(2);
    m_budget->setSingleStep(0.5);
    m_budget->setPrefix(tr("$"));
    m_budget->setSpecialValueText(tr("No limit"));
    auto *budgetLabel = new QLabel(tr("B&udget per run:"), page);
    budgetLabel->setBuddy(m_budget);
    form->addRow(budgetLabel,
        withNote(m_budget, note(tr("A run that would cost more than the budget stops before it starts."), page)));
    layout->addLayout(form);

    auto *pricesLabel = new QLabel(tr("&Prices in USD per million tokens:"), page);
    layout->addSpacing(Spacing);
    layout->addWidget(pricesLabel);
    m_prices = new QTableWidget(0, PriceColumnCount, page);
    m_prices->setObjectName(u"priceTable"_s);
    m_prices->setAccessibleName(tr("Model prices"));
    m_prices->setHorizontalHeaderLabels({ tr("Model"), tr("Input"), tr("Cached input"), tr("Output") });
    m_prices->verticalHeader()->hide();
    m_prices->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_prices->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + Spacing);
    m_prices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_prices->setSelectionMode(QAbstractItemView::SingleSelection);
    m_prices->setAlternatingRowColors(true);
    m_prices->setSortingEnabled(false);
    m_prices->horizontalHeader()->setSectionResizeMode(ModelColumn, QHeaderView::Stretch);
    for (int c = InputColumn; c < PriceColumnCount; ++c)
        m_prices->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *delegate = new PriceDelegate(m_prices);
    for (int c = InputColumn; c < PriceColumnCount; ++c)
        m_prices->setItemDelegateForColumn(c, delegate);
    pricesLabel->setBuddy(m_prices);
    layout->addWidget(m_prices, 1);
    connect(m_prices, &QTableWidget::itemChanged, this, [this] {
        m_pricesDirty = true;
        updatePriceProblem();
        updateRemovePrice();
    });
    connect(m_prices, &QTableWidget::currentCellChanged, this, &SettingsDialog::updateRemovePrice);

    m_priceProblem = new MessageBar(page);
    m_priceProblem->setObjectName(u"priceProblem"_s);
    layout->addWidget(m_priceProblem);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(Spacing);
    auto *add = new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("A&dd Model"), page);
    m_removePrice = new QPushButton(QIcon::fromTheme(u"list-remove"_s), tr("Remove"), page);
    buttons->addWidget(add);
    buttons->addWidget(m_removePrice);
    buttons->addWidget(note(tr("Prices you change are saved in prices.json in the settings folder; the others follow "
                               "PaperSift's updates."),
                           page),
        1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addPriceRow(QString(), 0, 0, 0);
        m_pricesDirty = true;
        const int row = m_prices->rowCount() - 1;
        m_prices->setCurrentCell(row, ModelColumn);
        m_prices->editItem(m_prices->item(row, ModelColumn));
        updatePriceProblem();
    });
    connect(m_removePrice, &QPushButton::clicked, this, [this] {
        const int row = m_prices->currentRow();
        if (row < 0)
            return;
        const QString model = m_prices->item(row, ModelColumn)->text().trimmed();
        const std::optional<ModelPrice> shipped = shippedPrices().price(model);
        if (shipped && shippedPrices().resolve(model) == model.toLower()) {
            // A shipped price cannot be removed (it would come back); it goes back to PaperSift's value.
            const QSignalBlocker blocker(m_prices);
            m_prices->item(row, InputColumn)->setData(Qt::EditRole, shipped->input);
            m_prices->item(row, CachedColumn)->setData(Qt::EditRole, shipped->cached);
            m_prices->item(row, OutputColumn)->setData(Qt::EditRole, shipped->output);
        } else {
            m_prices->removeRow(row);
        }
        m_pricesDirty = true;
        updatePriceProblem();
        updateRemovePrice();
    });
    return page;
}

QWidget *SettingsDialog::createAuthorsPage()
{
    auto *page = new QWidget(this);
    auto *layout = pageLayout(page);

    auto *authorsLabel = new QLabel(tr("&Followed authors, one name a line:"), page);
    layout->addWidget(authorsLabel);
    m_authors = new QPlainTextEdit(page);
    m_authors->setObjectName(u"followedAuthors"_s);
    m_authors->setTabChangesFocus(true);
    m_authors->setPlaceholderText(tr("Yoshua Bengio\nFei-Fei Li"));
    authorsLabel->setBuddy(m_authors);
    layout->addWidget(m_authors, 1);
    layout->addWidget(note(tr("Papers by these authors are marked in the table and always listed in the paper pane. "
                              "Names match as arXiv writes them, ignoring case."),
        page));

    auto *form = newForm();
    auto addPath = [this, page, form](const QString &label, const QString &path, const QString &folder) {
        auto *edit = new QLineEdit(path, page);
        edit->setReadOnly(true);
        edit->setCursorPosition(0);
        auto *open = new QPushButton(QIcon::fromTheme(u"document-open-folder"_s), tr("Open Folder"), page);
        open->setAccessibleName(tr("Open the folder of %1").arg(label));
        auto *row = new QHBoxLayout;
        row->setSpacing(Spacing);
        row->addWidget(edit, 1);
        row->addWidget(open);
        auto *l = new QLabel(label, page);
        l->setBuddy(edit);
        form->addRow(l, row);
        connect(open, &QPushButton::clicked, this, [this, folder] {
            QDir().mkpath(folder);
            if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
                m_message->showMessage(MessageBar::Kind::Warning,
                    tr("No file manager opened %1. Open it yourself, or copy the path.").arg(folder));
        });
    };
    addPath(tr("D&atabase:"), QDir::toNativeSeparators(AppPaths::databaseFile()), AppPaths::dataDir());
    addPath(tr("Settings and &prompts:"), QDir::toNativeSeparators(AppPaths::configDir()), AppPaths::configDir());
    layout->addSpacing(Spacing);
    layout->addLayout(form);
    layout->addWidget(note(tr("--db and --config on the command line use other files; criteria.md in the settings "
                              "folder holds your criteria."),
        page));
    return page;
}

// ---- loading ----

void SettingsDialog::load()
{
    const Settings settings;
    loadCategories(settings.list(Settings::Categories));
    const QStringList types = settings.list(Settings::AnnounceTypes);
    for (QCheckBox *box : std::as_const(m_announceTypes))
        box->setChecked(types.contains(box->property("announceType").toString(), Qt::CaseInsensitive));
    m_relevanceCutoff->setValue(settings.integer(Settings::RelevanceCutoff));
    m_noveltyCutoff->setValue(settings.integer(Settings::NoveltyCutoff));

    m_scorer->setCurrentIndex(qMax(0, m_scorer->findData(settings.string(Settings::Scorer).toLower())));
    {
        const QSignalBlocker blocker(m_preset);
        const std::optional<EndpointPreset> preset = EndpointConfig::presetFromId(settings.string(Settings::Preset));
        const QString id = EndpointConfig::presetInfo(preset.value_or(EndpointPreset::OpenAI)).id;
        m_preset->setCurrentIndex(qMax(0, m_preset->findData(id)));
    }
    const EndpointPresetInfo &info = EndpointConfig::presets().at(m_preset->currentIndex());
    const QString baseUrl = settings.string(Settings::BaseUrl);
    m_baseUrl->setText(baseUrl.isEmpty() ? info.defaultBaseUrl.toString() : baseUrl);
    m_baseUrl->setPlaceholderText(
        info.defaultBaseUrl.isEmpty() ? u"http://localhost:8080/v1"_s : info.defaultBaseUrl.toString());
    m_presetNote->setText(info.keyRequired ? tr("needs an API key") : tr("no API key needed"));
    m_model->clear();
    m_model->addItem(settings.string(Settings::Model));
    m_model->setCurrentText(settings.string(Settings::Model));
    m_headers->setText(settings.string(Settings::ExtraHeaders));
    m_titleFilter->setChecked(settings.boolean(Settings::TitleFilter));
    m_jsonMode->setChecked(settings.boolean(Settings::JsonMode));
    m_keyAccount = currentAccount();
    m_pendingKeys.clear();
    m_key->clear();
    refreshKeyStatus();

    m_batchSize->setValue(settings.integer(Settings::BatchSize));
    m_adaptiveBatch->setChecked(settings.boolean(Settings::AdaptiveBatch));
    m_concurrency->setValue(settings.integer(Settings::Concurrency));
    m_rpm->setValue(settings.integer(Settings::RequestsPerMinute));
    m_budget->setValue(settings.real(Settings::BudgetUsd));
    loadPrices();

    m_loadedAuthors = Settings::followedAuthors();
    m_authors->setPlainText(m_loadedAuthors.join(u'\n'));
}

void SettingsDialog::loadCategories(const QStringList &checked)
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

void SettingsDialog::filterCategories(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (int i = 0; i < m_categories->count(); ++i) {
        QListWidgetItem *item = m_categories->item(i);
        const QString haystack = item->data(Qt::UserRole).toString() + u' ' + item->data(Qt::UserRole + 1).toString();
        item->setHidden(!words.isEmpty() && firstWordsMatch(haystack, words).isEmpty());
    }
}

QStringList SettingsDialog::checkedCategories() const
{
    QStringList out;
    for (int i = 0; i < m_categories->count(); ++i) {
        if (m_categories->item(i)->checkState() == Qt::Checked)
            out.append(m_categories->item(i)->data(Qt::UserRole).toString());
    }
    return out;
}

void SettingsDialog::updateCategorySummary()
{
    const QStringList codes = checkedCategories();
    m_categorySummary->setText(
        codes.isEmpty() ? tr("No category chosen: choose at least one.") : tr("Chosen: %1").arg(codes.join(", "_L1)));
}

void SettingsDialog::loadPrices()
{
    Result<PriceTable> table = PriceTable::load(AppPaths::configDir());
    m_priceLoadError = table ? QString() : table.errorMessage();
    const PriceTable prices = table ? *table : shippedPrices();
    const QSignalBlocker blocker(m_prices);
    m_prices->setRowCount(0);
    for (const QString &model : prices.models()) {
        const ModelPrice p = prices.price(model).value_or(ModelPrice {});
        addPriceRow(model, p.input, p.cached, p.output);
    }
    m_pricesDirty = false;
    updatePriceProblem();
    updateRemovePrice();
}

void SettingsDialog::addPriceRow(const QString &model, double input, double cached, double output)
{
    const QSignalBlocker blocker(m_prices);
    const int row = m_prices->rowCount();
    m_prices->insertRow(row);
    auto *name = new QTableWidgetItem(model);
    // A shipped model keeps its name: renamed, the shipped entry would come back beside it.
    if (!model.isEmpty() && shippedPrices().resolve(model) == model.toLower()) {
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        name->setToolTip(tr("Shipped with PaperSift: its prices can be changed, and reset"));
    }
    m_prices->setItem(row, ModelColumn, name);
    const double values[] = { input, cached, output };
    for (int c = InputColumn; c < PriceColumnCount; ++c) {
        auto *item = new QTableWidgetItem;
        item->setData(Qt::EditRole, values[c - InputColumn]);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_prices->setItem(row, c, item);
    }
}

QString SettingsDialog::checkPrices(int *badRow) const
{
    QSet<QString> seen;
    for (int row = 0; row < m_prices->rowCount(); ++row) {
        *badRow = row;
        const QString model = m_prices->item(row, ModelColumn)->text().trimmed();
        if (model.isEmpty())
            return tr("Row %1 of the price table has no model name: enter one, or remove the row.").arg(row + 1);
        if (seen.contains(model.toLower()))
            return tr("“%1” is in the price table twice: remove one of them.").arg(model);
        seen.insert(model.toLower());
        for (int c = InputColumn; c < PriceColumnCount; ++c) {
            bool ok = false;
            const double v = m_prices->item(row, c)->data(Qt::EditRole).toDouble(&ok);
            if (!ok || v < 0)
                return tr("The price of “%1” is not a number of 0 or more.").arg(model);
        }
    }
    *badRow = -1;
    return {};
}

void SettingsDialog::updatePriceProblem()
{
    int row = -1;
    const QString problem = checkPrices(&row);
    if (!problem.isEmpty())
        m_priceProblem->showMessage(MessageBar::Kind::Warning, problem);
    else if (!m_priceLoadError.isEmpty())
        m_priceProblem->showMessage(MessageBar::Kind::Warning,
            tr("%1 The shipped prices are shown; saving replaces that file.").arg(m_priceLoadError));
    else
        m_priceProblem->hide();
}

void SettingsDialog::updateRemovePrice()
{
    const int row = m_prices->currentRow();
    if (row < 0 || !m_prices->item(row, ModelColumn)) {
        m_removePrice->setEnabled(false);
        m_removePrice->setText(tr("Remove"));
        return;
    }
    const QString model = m_prices->item(row, ModelColumn)->text().trimmed().toLower();
    const PriceTable &shipped = shippedPrices();
    const bool isShipped = shipped.resolve(model) == model && !model.isEmpty();
    if (isShipped) {
        const ModelPrice now { m_prices->item(row, InputColumn)->data(Qt::EditRole).toDouble(),
            m_prices->item(row, CachedColumn)->data(Qt::EditRole).toDouble(),
            m_prices->item(row, OutputColumn)->data(Qt::EditRole).toDouble() };
        m_removePrice->setText(tr("Reset to Shipped Price"));
        m_removePrice->setEnabled(shipped.price(model) != now);
    } else {
        m_removePrice->setText(tr("Remove"));
        m_removePrice->setEnabled(true);
    }
}

// ---- endpoint and key ----

void SettingsDialog::applyPreset(int index)
{
    if (index < 0 || index >= EndpointConfig::presets().size())
        return;
    const EndpointPresetInfo &info = EndpointConfig::presets().at(index);
    if (!info.defaultBaseUrl.isEmpty())
        m_baseUrl->setText(info.defaultBaseUrl.toString());
    m_baseUrl->setPlaceholderText(
        info.defaultBaseUrl.isEmpty() ? u"http://localhost:8080/v1"_s : info.defaultBaseUrl.toString());
    m_presetNote->setText(info.keyRequired ? tr("needs an API key") : tr("no API key needed"));
    if (info.preset == EndpointPreset::Custom)
        m_baseUrl->setFocus();
    // Models listed by another endpoint do not apply here; the name typed stays.
    const QString model = m_model->currentText();
    m_model->clear();
    if (!model.isEmpty())
        m_model->addItem(model);
    m_model->setCurrentText(model);
    // The key field shows the key of the endpoint chosen; a key typed for another one stays pending.
    m_keyAccount = currentAccount();
    m_key->setText(m_pendingKeys.value(m_keyAccount));
    m_testResult->hide();
    refreshKeyStatus();
}

QString SettingsDialog::currentAccount() const
{
    return m_preset->currentData().toString();
}

EndpointConfig SettingsDialog::shownEndpoint() const
{
    const int index = qBound(0, m_preset->currentIndex(), int(EndpointConfig::presets().size()) - 1);
    const EndpointPresetInfo &info = EndpointConfig::presets().at(index);
    EndpointConfig endpoint = EndpointConfig::forPreset(info.preset, m_model->currentText().trimmed());
    const QString url = m_baseUrl->text().trimmed();
    if (!url.isEmpty())
        endpoint.baseUrl = QUrl(url);
    return endpoint;
}

void SettingsDialog::refreshKeyStatus()
{
    const int generation = ++m_keyGeneration;
    const EndpointConfig endpoint = shownEndpoint();
    const EndpointPresetInfo &info = EndpointConfig::presetInfo(endpoint.preset);
    const QString need = info.keyRequired
        ? tr("%1 needs a key.").arg(info.displayName)
        : tr("%1 does not need one unless your server asks for it.").arg(info.displayName);
    m_removeKey->setEnabled(false);
    m_key->setPlaceholderText(QString());
    auto show = [this](const QString &text) {
        m_keyStatus->setText(text);
        emit keyStatusChanged();
    };

    if (std::optional<ApiKey> env = ApiKeyStore::fromEnvironment(endpoint)) {
        const QString var = env->source == ApiKeySource::EnvOpenAI ? u"OPENAI_API_KEY"_s : u"PAPERSIFT_API_KEY"_s;
        m_key->setPlaceholderText(tr("Set by %1").arg(var));
        show(tr("Using the key in the environment variable %1; it takes precedence over the keychain.").arg(var));
        return;
    }
    if (!m_keychainAvailable) {
        m_key->setPlaceholderText(tr("Used for Test Connection only"));
        show(m_pendingKeys.contains(m_keyAccount)
                ? tr("No system keychain is available, so this key is used for Test Connection only and is not "
                     "saved. For scoring, set PAPERSIFT_API_KEY in the environment.")
                : tr("No system keychain is available (Secret Service or KWallet), so a key cannot be saved here: "
                     "set PAPERSIFT_API_KEY in the environment instead. %1")
                      .arg(need));
        return;
    }
    if (m_pendingKeys.contains(m_keyAccount)) {
        show(tr("The new key goes to the system keychain when you press OK or Apply."));
        return;
    }
    show(tr("Looking in the system keychain…"));
    ApiKeyStore().read(
        m_keyAccount, this, [this, generation, need, show, name = info.displayName](const Result<ApiKey> &key) {
            if (generation != m_keyGeneration)
                return;
            if (key) {
                m_removeKey->setEnabled(true);
                m_key->setPlaceholderText(tr("Stored in the keychain — type to replace it"));
                show(tr("A key for %1 is stored in the system keychain.").arg(name));
            } else {
                show(tr("No key stored in the system keychain. %1").arg(need));
            }
        });
}

void SettingsDialog::removeKey()
{
    const QString account = m_keyAccount;
    m_removeKey->setEnabled(false);
    ApiKeyStore().remove(account, this, [this](const Status &status) {
        if (!status)
            m_message->showMessage(MessageBar::Kind::Error, status.errorMessage());
        refreshKeyStatus();
    });
}

void SettingsDialog::testConnection()
{
    if (m_testing) {
        stopTest();
        m_testResult->showMessage(MessageBar::Kind::Information, tr("Test stopped."));
        return;
    }
    EndpointConfig endpoint = shownEndpoint();
    const QUrl &url = endpoint.baseUrl;
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)) {
        m_testResult->showMessage(MessageBar::Kind::Error,
            tr("“%1” is not an http(s) URL: enter the base URL, e.g. http://localhost:11434/v1.")
                .arg(m_baseUrl->text()));
        m_baseUrl->setFocus();
        emit connectionTested(false);
        return;
    }
    Result<QList<HttpHeader>> headers = parseExtraHeaders(m_headers->text());
    if (!headers) {
        m_testResult->showMessage(MessageBar::Kind::Error, headers.errorMessage());
        m_headers->setFocus();
        emit connectionTested(false);
        return;
    }
    for (const HttpHeader &h : *headers) {
        auto same = [&h](const HttpHeader &o) {
            return o.first.compare(h.first, Qt::CaseInsensitive) == 0;
        };
        endpoint.extraHeaders.erase(std::remove_if(endpoint.extraHeaders.begin(), endpoint.extraHeaders.end(), same),
            endpoint.extraHeaders.end());
        endpoint.extraHeaders.append(h);
    }

    const int generation = ++m_testGeneration;
    m_testing = true;
    m_testButton->setText(tr("S&top Test"));
    m_testResult->showMessage(
        MessageBar::Kind::Information, tr("Asking %1 for its models…").arg(endpoint.displayUrl()));
    const QString typed = m_pendingKeys.value(m_keyAccount);
    if (!typed.isEmpty()) {
        startTest(endpoint, typed);
        return;
    }
    ApiKeyStore().lookup(endpoint, this, [this, generation, endpoint](const Result<ApiKey> &key) {
        if (generation != m_testGeneration)
            return;
        if (!key) {
            ModelList failed;
            failed.error.kind = LlmErrorKind::Auth;
            failed.error.message = key.errorMessage();
            finishTest(failed);
            return;
        }
        startTest(endpoint, key->secret);
    });
}

void SettingsDialog::startTest(const EndpointConfig &endpoint, const QString &key)
{
    ChatClient::Options options;
    options.timeout = std::chrono::seconds(20);
    options.maxAttempts = 1;
    if (m_testClient)
        m_testClient.release()->deleteLater();
    m_testClient = std::make_unique<ChatClient>(endpoint, key, options);
    const int generation = m_testGeneration;
    connect(m_testClient.get(), &ChatClient::modelsListed, this, [this, generation](const ModelList &models) {
        if (generation == m_testGeneration)
            finishTest(models);
    });
    m_testClient->testConnection();
}

void SettingsDialog::stopTest()
{
    ++m_testGeneration;
    m_testing = false;
    // deleteLater: this may run inside the client's own signal.
    if (m_testClient)
        m_testClient.release()->deleteLater();
    m_testButton->setText(tr("&Test Connection"));
}

void SettingsDialog::finishTest(const ModelList &models)
{
    const QString provider = m_testClient ? m_testClient->endpoint().providerName() : shownEndpoint().providerName();
    stopTest();
    if (!models.ok()) {
        QString details;
        if (models.error.httpStatus > 0)
            details = tr("HTTP %1").arg(models.error.httpStatus);
        if (!models.error.providerMessage.isEmpty())
            details += (details.isEmpty() ? QString() : u": "_s) + models.error.providerMessage;
        m_testResult->showMessage(MessageBar::Kind::Error, models.error.message, details);
        emit connectionTested(false);
        return;
    }
    QStringList ids = models.ids;
    ids.sort(Qt::CaseInsensitive);
    const QString current = m_model->currentText().trimmed();
    m_model->clear();
    m_model->addItems(ids);
    m_model->setCurrentText(current.isEmpty() && !ids.isEmpty() ? ids.first() : current);
    QString text = ids.size() == 1 ? tr("Connected to %1: it lists one model.").arg(provider)
                                   : tr("Connected to %1: %n models listed.", nullptr, int(ids.size())).arg(provider);
    if (!current.isEmpty() && !ids.isEmpty() && !ids.contains(current, Qt::CaseInsensitive))
        text += u' ' + tr("“%1” is not among them: choose one from the Model list.").arg(current);
    m_testResult->showMessage(ids.contains(current, Qt::CaseInsensitive) || ids.isEmpty() ? MessageBar::Kind::Positive
                                                                                          : MessageBar::Kind::Warning,
        text);
    emit connectionTested(true);
}

// ---- saving ----

QString SettingsDialog::apply()
{
    m_message->hide();
    QString error;
    const QList<Change> changes = collectChanges(&error);
    if (!error.isEmpty())
        return error;

    // Every value is valid: now write. Files first, the settings last (their sync reports errors too).
    if (m_pricesDirty) {
        PriceTable table;
        for (int row = 0; row < m_prices->rowCount(); ++row) {
            table.setPrice(m_prices->item(row, ModelColumn)->text().trimmed(),
                { m_prices->item(row, InputColumn)->data(Qt::EditRole).toDouble(),
                    m_prices->item(row, CachedColumn)->data(Qt::EditRole).toDouble(),
                    m_prices->item(row, OutputColumn)->data(Qt::EditRole).toDouble() });
        }
        const Status saved = table.saveOverrides(AppPaths::configDir());
        if (!saved) {
            fail(Page::Limits, m_prices, saved.errorMessage());
            return saved.errorMessage();
        }
        m_pricesDirty = false;
        m_priceLoadError.clear();
        updatePriceProblem();
    }
    QStringList authors;
    const QStringList lines = m_authors->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            authors.append(line.trimmed());
    }
    if (authors != m_loadedAuthors) {
        if (!Settings::setFollowedAuthors(authors)) {
            const QString message
                = tr("Cannot write %1: check that the folder is writable.").arg(AppPaths::authorsFile());
            fail(Page::Authors, m_authors, message);
            return message;
        }
        m_loadedAuthors = authors;
    }
    Settings settings;
    for (const Change &change : changes) {
        if (settings.value(change.key) != change.value)
            settings.set(change.key, change.value); // checked by collectChanges()
    }
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        const QString message = tr("Cannot write %1: check that the folder is writable.").arg(settings.fileName());
        fail(Page::Arxiv, m_tabs, message);
        return message;
    }

    // The keys: only to the keychain, and only those typed since the dialog opened.
    if (m_keychainAvailable && !m_pendingKeys.isEmpty()) {
        const QHash<QString, QString> keys = std::exchange(m_pendingKeys, {});
        m_key->clear();
        for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
            ++m_keyWrites;
            const QString account = it.key();
            const QString secret = it.value();
            ApiKeyStore().write(account, secret, this, [this, account, secret](const Status &status) {
                --m_keyWrites;
                if (!status) {
                    if (!m_pendingKeys.contains(account))
                        m_pendingKeys.insert(account, secret);
                    if (account == m_keyAccount)
                        m_key->setText(secret);
                    m_closeAfterKeyWrite = false;
                    m_buttons->setEnabled(true);
                    fail(Page::Scoring, m_key, status.errorMessage());
                } else if (m_closeAfterKeyWrite && m_keyWrites == 0 && isVisible()) {
                    QDialog::accept();
                }
                refreshKeyStatus();
            });
        }
    }
    refreshKeyStatus();
    emit applied();
    return {};
}

void SettingsDialog::accept()
{
    if (!apply().isEmpty())
        return;
    if (m_keyWrites > 0) {
        // The keychain answers asynchronously: close once the key is safe, stay open if it fails.
        m_closeAfterKeyWrite = true;
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

void SettingsDialog::fail(Page page, QWidget *field, const QString &message)
{
    showPage(page);
    if (field)
        field->setFocus();
    m_message->showMessage(MessageBar::Kind::Error, message);
}

QList<SettingsDialog::Change> SettingsDialog::collectChanges(QString *error)
{
    auto refuse = [this, error](Page page, QWidget *field, const QString &message) {
        fail(page, field, message);
        *error = message;
        return QList<Change> {};
    };

    const QStringList categories = checkedCategories();
    if (categories.isEmpty())
        return refuse(Page::Arxiv, m_categories, tr("Choose at least one arXiv category."));
    QStringList types;
    for (QCheckBox *box : std::as_const(m_announceTypes)) {
        if (box->isChecked())
            types.append(box->property("announceType").toString());
    }
    if (types.isEmpty())
        return refuse(
            Page::Arxiv, m_announceTypes.first(), tr("Choose at least one announce type, e.g. new submissions."));

    const QString scorer = m_scorer->currentData().toString();
    const EndpointPresetInfo &info = EndpointConfig::presets().at(qMax(0, m_preset->currentIndex()));
    QString baseUrl = m_baseUrl->text().trimmed();
    if (baseUrl.isEmpty() && info.preset == EndpointPreset::Custom && scorer != "keyword"_L1)
        return refuse(
            Page::Scoring, m_baseUrl, tr("Enter the base URL of your endpoint, e.g. http://localhost:8080/v1."));
    if (!baseUrl.isEmpty()) {
        const QUrl url(baseUrl);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1))
            return refuse(Page::Scoring, m_baseUrl,
                tr("The base URL “%1” is not an http(s) URL: enter one like https://api.openai.com/v1.").arg(baseUrl));
    }
    // The preset's own URL is stored as "use the default", so a corrected default reaches the user.
    if (QUrl(baseUrl) == info.defaultBaseUrl)
        baseUrl.clear();
    const QString model = m_model->currentText().trimmed();
    if (model.isEmpty() && scorer != "keyword"_L1)
        return refuse(Page::Scoring, m_model, tr("Enter the model to score with (Test Connection lists them)."));
    const QString headers = m_headers->text().trimmed();
    if (Result<QList<HttpHeader>> parsed = parseExtraHeaders(headers); !parsed)
        return refuse(Page::Scoring, m_headers, parsed.errorMessage());

    int badRow = -1;
    if (const QString problem = checkPrices(&badRow); !problem.isEmpty()) {
        if (badRow >= 0)
            m_prices->setCurrentCell(badRow, ModelColumn);
        return refuse(Page::Limits, m_prices, problem);
    }

    const QList<Change> changes = {
        { Settings::Categories, categories.join(u','), Page::Arxiv, m_categories },
        { Settings::AnnounceTypes, types.join(u','), Page::Arxiv, m_announceTypes.first() },
        { Settings::RelevanceCutoff, m_relevanceCutoff->value(), Page::Arxiv, m_relevanceCutoff },
        { Settings::NoveltyCutoff, m_noveltyCutoff->value(), Page::Arxiv, m_noveltyCutoff },
        { Settings::Scorer, scorer, Page::Scoring, m_scorer },
        { Settings::Preset, info.id, Page::Scoring, m_preset },
        { Settings::BaseUrl, baseUrl, Page::Scoring, m_baseUrl },
        { Settings::Model, model, Page::Scoring, m_model },
        { Settings::ExtraHeaders, headers, Page::Scoring, m_headers },
        { Settings::TitleFilter, m_titleFilter->isChecked(), Page::Scoring, m_titleFilter },
        { Settings::JsonMode, m_jsonMode->isChecked(), Page::Scoring, m_jsonMode },
        { Settings::BatchSize, m_batchSize->value(), Page::Limits, m_batchSize },
        { Settings::AdaptiveBatch, m_adaptiveBatch->isChecked(), Page::Limits, m_adaptiveBatch },
        { Settings::Concurrency, m_concurrency->value(), Page::Limits, m_concurrency },
        { Settings::RequestsPerMinute, m_rpm->value(), Page::Limits, m_rpm },
        { Settings::BudgetUsd, m_budget->value(), Page::Limits, m_budget },
    };
    // A dry run on a scratch file: Settings::set() is the one judge of a value, and a refusal must
    // leave the real file untouched.
    QTemporaryDir scratchDir;
    Settings scratch(scratchDir.filePath(u"check.ini"_s));
    for (const Change &change : changes) {
        if (const QString problem = scratch.set(change.key, change.value); !problem.isEmpty())
            return refuse(change.page, change.field, problem);
    }
    return changes;
}

} // namespace PaperSift
