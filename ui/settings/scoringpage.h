#pragma once

#include "settingspage.h"

#include <QHash>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace PaperSift {

class ChatClient;
struct EndpointConfig;
struct ModelList;

/// The Scoring tab: the scorer, the endpoint (preset, base URL, model, extra headers, and its API
/// key, kept in the keychain and never in the settings file), Test Connection, and the options.
class ScoringPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit ScoringPage(QWidget *parent = nullptr);
    ~ScoringPage() override;

    QString title() const override;
    void load() override;
    std::optional<SettingsProblem> validate() const override;
    /// Writes the settings, then hands every key typed since load() to the keychain; those writes
    /// answer later, through applyFinished().
    std::optional<SettingsProblem> apply() override;
    bool isApplying() const override { return m_keyWrites > 0; }
    /// What the reader's own ranking was trained on and how well it does (RankingController).
    void setRankingSummary(const QString &text);

signals:
    /// Test Connection answered (or failed); the result is in the page's result bar.
    void connectionTested(bool ok);
    /// The line saying where the key comes from was updated (the keychain answers asynchronously).
    void keyStatusChanged();

private:
    QList<SettingValue> values() const;
    void applyPreset(int index);
    QString currentAccount() const;
    EndpointConfig shownEndpoint() const;
    void refreshKeyStatus();
    void removeKey();
    void writeKeys();
    void testConnection();
    void startTest(const EndpointConfig &endpoint, const QString &key);
    void finishTest(const ModelList &models);
    void stopTest();

    QComboBox *m_scorer = nullptr;
    QLabel *m_ranking = nullptr;
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
    QSpinBox *m_examples = nullptr;
    QCheckBox *m_jsonMode = nullptr;

    bool m_keychainAvailable = false;
    QString m_keyAccount; ///< the keychain account m_key belongs to (the preset shown)
    QHash<QString, QString> m_pendingKeys; ///< account → key typed and not saved yet
    int m_keyGeneration = 0; ///< ignores keychain answers for a preset no longer shown
    int m_keyWrites = 0;
    std::unique_ptr<ChatClient> m_testClient;
    int m_testGeneration = 0; ///< ignores answers of a test stopped or replaced
    bool m_testing = false;
};

} // namespace PaperSift
