#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace PaperSift {

class Settings;

/// Settings: arXiv (categories, announce types), digest cutoffs, the scoring endpoint and its key
/// (kept in the keychain, never in the settings file), limits and prices, followed authors, data.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// Writes every field to the settings file (and the key to the keychain); returns an error text.
    QString apply();

    QListWidget *categoryList() const { return m_categories; }
    QLineEdit *categoryFilter() const { return m_categoryFilter; }
    QStringList checkedCategories() const;

    void accept() override;

private:
    QWidget *createArxivPage();
    QWidget *createScoringPage();
    QWidget *createLimitsPage();
    QWidget *createAuthorsPage();
    void load();
    void applyPreset(int index);
    void testConnection();

    QTabWidget *m_tabs = nullptr;
    // arXiv
    QLineEdit *m_categoryFilter = nullptr;
    QListWidget *m_categories = nullptr;
    QList<QCheckBox *> m_announceTypes;
    QSpinBox *m_relevanceCutoff = nullptr;
    QSpinBox *m_noveltyCutoff = nullptr;
    // Scoring
    QComboBox *m_scorer = nullptr;
    QComboBox *m_preset = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_model = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_headers = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    QCheckBox *m_titleFilter = nullptr;
    QCheckBox *m_jsonMode = nullptr;
    bool m_keyEdited = false;
    // Limits
    QSpinBox *m_batchSize = nullptr;
    QCheckBox *m_adaptiveBatch = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_rpm = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QTableWidget *m_prices = nullptr;
    // Authors and data
    QPlainTextEdit *m_authors = nullptr;
};

} // namespace PaperSift
