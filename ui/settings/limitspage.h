#pragma once

#include "settingspage.h"

class QCheckBox;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace PaperSift {

/// The Limits & prices tab: batch size, requests in flight and per minute, the budget per run,
/// and the price table (the user's changes go to prices.json, the rest follows the shipped prices).
class LimitsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit LimitsPage(QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    std::optional<SettingsProblem> validate() const override;
    /// Writes prices.json only when the table was edited, then the settings.
    std::optional<SettingsProblem> apply() override;
    /// Also selects the price table's bad row.
    void focusProblem(const SettingsProblem &problem) override;

private:
    QList<SettingValue> values() const;
    void loadPrices();
    void addPriceRow(const QString &model, double input, double cached, double output);
    void addPrice();
    void removeOrResetPrice();
    QString checkPrices(int *badRow) const;
    void updateRemovePrice();
    void updatePriceProblem();

    QSpinBox *m_batchSize = nullptr;
    QCheckBox *m_adaptiveBatch = nullptr;
    QSpinBox *m_maxBatchSize = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QCheckBox *m_adaptiveConcurrency = nullptr;
    QSpinBox *m_rpm = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QTableWidget *m_prices = nullptr;
    QPushButton *m_removePrice = nullptr;
    MessageBar *m_priceProblem = nullptr;
    bool m_pricesDirty = false; ///< so an untouched table writes no prices.json
    QString m_priceLoadError; ///< prices.json could not be read: the shipped prices are shown
};

} // namespace PaperSift
