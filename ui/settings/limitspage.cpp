#include "limitspage.h"

#include "config/settings.h"
#include "messagebar.h"
#include "pricedelegate.h"
#include "scoring/pricetable.h"
#include "settingsform.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace PaperSift {

using namespace Qt::StringLiterals;
using namespace SettingsForm;

namespace {

enum PriceColumn { ModelColumn, InputColumn, CachedColumn, OutputColumn, PriceColumnCount };

/// The price table PaperSift ships (parsed once).
const PriceTable &shippedPrices()
{
    static const PriceTable table = PriceTable::builtIn();
    return table;
}

// A form row of controls side by side; its label names (and focuses) the first one.
void addControlsRow(QFormLayout *form, const QString &label, std::initializer_list<QWidget *> controls)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(Spacing * 2);
    for (QWidget *control : controls)
        row->addWidget(control);
    row->addStretch(1);
    auto *buddy = new QLabel(label, form->parentWidget());
    buddy->setBuddy(*controls.begin());
    form->addRow(buddy, row);
}

} // namespace

LimitsPage::LimitsPage(QWidget *parent)
    : SettingsPage(parent)
{
    setObjectName(u"limitsPage"_s);
    auto *layout = pageLayout(this);
    auto *form = newForm();

    m_batchSize = spinBox(this, u"batchSize"_s, 1, 100, tr(" papers"));
    m_adaptiveBatch = new QCheckBox(tr("&Grow with the day's size"), this);
    m_adaptiveBatch->setObjectName(u"adaptiveBatch"_s);
    m_adaptiveBatch->setToolTip(tr("Bigger batches on big days: fewer requests, a shared prompt sent less often"));
    m_maxBatchSize = spinBox(this, u"maxBatchSize"_s, 1, 100, tr(" papers"));
    m_maxBatchSize->setPrefix(tr("up to "));
    m_maxBatchSize->setToolTip(tr("Models lose papers in long lists; PaperSift asks again for the papers a reply "
                                  "left out"));
    m_maxBatchSize->setAccessibleName(tr("Largest batch"));
    // The largest batch is never below the smallest, and only means something when batches grow.
    connect(m_batchSize, &QSpinBox::valueChanged, m_maxBatchSize, &QSpinBox::setMinimum);
    connect(m_adaptiveBatch, &QCheckBox::toggled, m_maxBatchSize, &QWidget::setEnabled);
    addControlsRow(form, tr("&Batch size:"), { m_batchSize, m_adaptiveBatch, m_maxBatchSize });

    m_concurrency = spinBox(this, u"concurrency"_s, 1, 64, tr(" requests"));
    m_adaptiveConcurrency = new QCheckBox(tr("&Slow down when the endpoint asks"), this);
    m_adaptiveConcurrency->setObjectName(u"adaptiveConcurrency"_s);
    m_adaptiveConcurrency->setToolTip(tr("On “too many requests” (HTTP 429) send half as many at once and wait as "
                                         "long as the endpoint says; grow back as answers arrive"));
    addControlsRow(form, tr("&In flight at once:"), { m_concurrency, m_adaptiveConcurrency });

    m_rpm = spinBox(this, u"requestsPerMinute"_s, 0, 100000, tr(" per minute"));
    m_rpm->setSpecialValueText(tr("No limit"));
    form->addRow(tr("&Request rate:"), m_rpm);

    m_budget = new QDoubleSpinBox(this);
    m_budget->setObjectName(u"budget"_s);
    compact(m_budget);
    m_budget->setRange(0, 10000);
    m_budget->setDecimals(2);
    m_budget->setSingleStep(0.5);
    m_budget->setPrefix(tr("$"));
    m_budget->setSpecialValueText(tr("No limit"));
    auto *budgetLabel = new QLabel(tr("B&udget per run:"), this);
    budgetLabel->setBuddy(m_budget);
    form->addRow(budgetLabel,
        withNote(m_budget, note(tr("A run that would cost more than the budget stops before it starts."), this)));
    layout->addLayout(form);

    auto *pricesLabel = new QLabel(tr("&Prices in USD per million tokens:"), this);
    layout->addSpacing(Spacing);
    layout->addWidget(pricesLabel);
    m_prices = new QTableWidget(0, PriceColumnCount, this);
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
    connect(m_prices, &QTableWidget::currentCellChanged, this, &LimitsPage::updateRemovePrice);

    m_priceProblem = new MessageBar(this);
    m_priceProblem->setObjectName(u"priceProblem"_s);
    layout->addWidget(m_priceProblem);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(Spacing);
    auto *add = new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("A&dd Model"), this);
    add->setObjectName(u"addPrice"_s);
    m_removePrice = new QPushButton(QIcon::fromTheme(u"list-remove"_s), tr("Remove"), this);
    m_removePrice->setObjectName(u"removePrice"_s);
    buttons->addWidget(add);
    buttons->addWidget(m_removePrice);
    buttons->addWidget(note(tr("Prices you change are saved in prices.json in the settings folder; the others follow "
                               "PaperSift's updates."),
                           this),
        1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &LimitsPage::addPrice);
    connect(m_removePrice, &QPushButton::clicked, this, &LimitsPage::removeOrResetPrice);
}

QString LimitsPage::title() const
{
    return tr("&Limits && prices");
}

void LimitsPage::load()
{
    const Settings settings;
    m_batchSize->setValue(settings.integer(Settings::BatchSize));
    m_adaptiveBatch->setChecked(settings.boolean(Settings::AdaptiveBatch));
    m_maxBatchSize->setValue(settings.integer(Settings::MaxBatchSize));
    m_maxBatchSize->setEnabled(m_adaptiveBatch->isChecked());
    m_concurrency->setValue(settings.integer(Settings::Concurrency));
    m_adaptiveConcurrency->setChecked(settings.boolean(Settings::AdaptiveConcurrency));
    m_rpm->setValue(settings.integer(Settings::RequestsPerMinute));
    m_budget->setValue(settings.real(Settings::BudgetUsd));
    loadPrices();
}

std::optional<SettingsProblem> LimitsPage::validate() const
{
    int badRow = -1;
    if (const QString problem = checkPrices(&badRow); !problem.isEmpty())
        return SettingsProblem { m_prices, problem };
    return checkValues(values());
}

void LimitsPage::focusProblem(const SettingsProblem &problem)
{
    if (problem.field == m_prices) {
        int badRow = -1;
        checkPrices(&badRow);
        if (badRow >= 0)
            m_prices->setCurrentCell(badRow, ModelColumn);
    }
    SettingsPage::focusProblem(problem);
}

QList<SettingsPage::SettingValue> LimitsPage::values() const
{
    return {
        { Settings::BatchSize, m_batchSize->value(), m_batchSize },
        { Settings::AdaptiveBatch, m_adaptiveBatch->isChecked(), m_adaptiveBatch },
        { Settings::MaxBatchSize, m_maxBatchSize->value(), m_maxBatchSize },
        { Settings::Concurrency, m_concurrency->value(), m_concurrency },
        { Settings::AdaptiveConcurrency, m_adaptiveConcurrency->isChecked(), m_adaptiveConcurrency },
        { Settings::RequestsPerMinute, m_rpm->value(), m_rpm },
        { Settings::BudgetUsd, m_budget->value(), m_budget },
    };
}

std::optional<SettingsProblem> LimitsPage::apply()
{
    // prices.json before the settings: when the file cannot be written, the limits are not either.
    if (m_pricesDirty) {
        PriceTable table;
        for (int row = 0; row < m_prices->rowCount(); ++row) {
            table.setPrice(m_prices->item(row, ModelColumn)->text().trimmed(),
                { m_prices->item(row, InputColumn)->data(Qt::EditRole).toDouble(),
                    m_prices->item(row, CachedColumn)->data(Qt::EditRole).toDouble(),
                    m_prices->item(row, OutputColumn)->data(Qt::EditRole).toDouble() });
        }
        const Status saved = table.saveOverrides(AppPaths::configDir());
        if (!saved)
            return SettingsProblem { m_prices, saved.errorMessage() };
        m_pricesDirty = false;
        m_priceLoadError.clear();
        updatePriceProblem();
    }
    return writeValues(values());
}

// ---- the price table ----

void LimitsPage::loadPrices()
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

void LimitsPage::addPriceRow(const QString &model, double input, double cached, double output)
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

void LimitsPage::addPrice()
{
    addPriceRow(QString(), 0, 0, 0);
    m_pricesDirty = true;
    const int row = m_prices->rowCount() - 1;
    m_prices->setCurrentCell(row, ModelColumn);
    m_prices->editItem(m_prices->item(row, ModelColumn));
    updatePriceProblem();
}

void LimitsPage::removeOrResetPrice()
{
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
}

QString LimitsPage::checkPrices(int *badRow) const
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

void LimitsPage::updatePriceProblem()
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

void LimitsPage::updateRemovePrice()
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

} // namespace PaperSift
