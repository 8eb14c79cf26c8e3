#pragma once

#include <QDialog>
#include <QHash>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace PaperSift {

class ChatClient;
class MessageBar;
struct EndpointConfig;
struct ModelList;

/// Settings: arXiv (categories, announce types), digest cutoffs, the scoring endpoint and its key
/// (kept in the keychain, never in the settings file), limits and prices, followed authors, data.
/// Nothing is written until OK or Apply, and then only when every field is valid.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Arxiv, Scoring, Limits, Authors };

    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// Checks every field, then writes them all: settings file, authors.txt, prices.json, and an
    /// edited key to the keychain. Returns the first problem (also shown inline, with its field
    /// focused) or an empty string; on a problem nothing is written.
    QString apply();
    void accept() override;

    void showPage(Page page);
    QStringList checkedCategories() const;
    /// Whether a keychain write started by apply() is still running.
    bool isSavingKey() const { return m_keyWrites > 0; }

    // The parts tests and the window reach for.
    QTabWidget *tabs() const { return m_tabs; }
    MessageBar *messageBar() const { return m_message; }
    QListWidget *categoryList() const { return m_categories; }
    QLineEdit *categoryFilter() const { return m_categoryFilter; }
    QLabel *categorySummary() const { return m_categorySummary; }
    QComboBox *presetCombo() const { return m_preset; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QComboBox *modelCombo() const { return m_model; }
    QLineEdit *keyEdit() const { return m_key; }
    QLabel *keyStatus() const { return m_keyStatus; }
    QLineEdit *headersEdit() const { return m_headers; }
    QPushButton *testButton() const { return m_testButton; }
    MessageBar *testResult() const { return m_testResult; }
    QTableWidget *priceTable() const { return m_prices; }
    MessageBar *priceProblem() const { return m_priceProblem; }
    QPlainTextEdit *authorsEdit() const { return m_authors; }

signals:
    /// Settings were written: whatever depends on them should reload.
    void applied();
    /// Test connection answered (or failed); the result is in testResult().
    void connectionTested(bool ok);
    /// The line saying where the key comes from was updated (the keychain answers asynchronously).
    void keyStatusChanged();

private:
    struct Change;

    QWidget *createArxivPage();
    QWidget *createScoringPage();
    QWidget *createLimitsPage();
    QWidget *createAuthorsPage();
    void load();
    void loadCategories(const QStringList &checked);
    void filterCategories(const QString &text);
    void updateCategorySummary();
    void loadPrices();
    void addPriceRow(const QString &model, double input, double cached, double output);
    QString checkPrices(int *badRow) const;
    void updateRemovePrice();
    void updatePriceProblem();
    void applyPreset(int index);
    QString currentAccount() const;
    void refreshKeyStatus();
    void removeKey();
    void testConnection();
    void startTest(const EndpointConfig &endpoint, const QString &key);
    EndpointConfig shownEndpoint() const;
    void finishTest(const ModelList &models);
    void stopTest();
    void fail(Page page, QWidget *field, const QString &message);
    QList<Change> collectChanges(QString *error);

    QTabWidget *m_tabs = nullptr;
    MessageBar *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    // arXiv
    QLineEdit *m_categoryFilter = nullptr;
    QListWidget *m_categories = nullptr;
    QLabel *m_categorySummary = nullptr;
    QList<QCheckBox *> m_announceTypes;
    QSpinBox *m_relevanceCutoff = nullptr;
    QSpinBox *m_noveltyCutoff = nullptr;
    // Scoring
    QComboBox *m_scorer = nullptr;
    QComboBox *m_preset = nullptr;
    QLabel *m_presetNote = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QComboBox *m_model = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_keyStatus = nullptr;
    QPushButton *m_removeKey = nullptr;
    QLineEdit *m_headers = nullptr;
    QPushButton *m_testButton = nullptr;
    MessageBar *m_testResult = nullptr;
    QCheckBox *m_titleFilter = nullptr;
    QCheckBox *m_jsonMode = nullptr;
    bool m_keychainAvailable = false;
    QString m_keyAccount; ///< the keychain account m_key belongs to (the preset shown)
    QHash<QString, QString> m_pendingKeys; ///< account → key typed and not saved yet
    int m_keyGeneration = 0; ///< ignores keychain answers for a preset no longer shown
    int m_keyWrites = 0;
    bool m_closeAfterKeyWrite = false;
    std::unique_ptr<ChatClient> m_testClient;
    int m_testGeneration = 0;
    bool m_testing = false;
    // Limits
    QSpinBox *m_batchSize = nullptr;
    QCheckBox *m_adaptiveBatch = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_rpm = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QTableWidget *m_prices = nullptr;
    QPushButton *m_removePrice = nullptr;
    MessageBar *m_priceProblem = nullptr;
    bool m_pricesDirty = false;
    QStringList m_loadedAuthors;
    QString m_priceLoadError;
    // Authors and data
    QPlainTextEdit *m_authors = nullptr;
};

} // namespace PaperSift
