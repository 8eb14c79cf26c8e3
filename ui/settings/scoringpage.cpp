#include "scoringpage.h"

#include "config/settings.h"
#include "llm/apikey.h"
#include "llm/chatclient.h"
#include "llm/endpoint.h"
#include "messagebar.h"
#include "settingsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>
#include <qt6keychain/keychain.h>

namespace PaperSift {

using namespace Qt::StringLiterals;
using namespace SettingsForm;

namespace {

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1);
}

} // namespace

ScoringPage::ScoringPage(QWidget *parent)
    : SettingsPage(parent)
{
    setObjectName(u"scoringPage"_s);
    m_keychainAvailable = QKeychain::isAvailable();
    auto *layout = pageLayout(this);
    auto *form = newForm();

    m_scorer = new QComboBox(this);
    m_scorer->setObjectName(u"scorer"_s);
    m_scorer->addItem(tr("Automatic"), u"auto"_s);
    m_scorer->addItem(tr("Language model"), u"llm"_s);
    m_scorer->addItem(tr("Keywords (offline, free)"), u"keyword"_s);
    m_scorer->addItem(tr("Your own ranking (offline, learned from your ratings)"), u"learned"_s);
    compact(m_scorer);
    auto *scorerNote = note(QString(), this);
    auto *scorerLabel = new QLabel(tr("Sc&orer:"), this);
    scorerLabel->setBuddy(m_scorer);
    form->addRow(scorerLabel, withNote(m_scorer, scorerNote));
    auto describeScorer = [this, scorerNote] {
        const QString id = m_scorer->currentData().toString();
        scorerNote->setText(id == "keyword"_L1 ? tr("Matches the keywords of your criteria against title and abstract. "
                                                    "No network, no cost, no comments.")
                : id == "llm"_L1               ? tr("Sends title and abstract to the endpoint below and asks for "
                                                                  "relevance, novelty and a one-line comment.")
                : id == "learned"_L1 ? tr("Ranks by what you rated: a model of the papers you starred or rated 4–5 "
                                          "against the ones you rated 1–2. No network, no cost.")
                                     : tr("The language model when an endpoint is set up, otherwise your own ranking "
                                          "when it ranks your ratings better than the keywords do, otherwise the "
                                          "offline keyword scorer."));
    };
    connect(m_scorer, &QComboBox::currentIndexChanged, this, describeScorer);
    describeScorer();
    // How well the reader's own ranking knows them: the same words as `papersift learn --report`.
    m_ranking = note(QString(), this);
    m_ranking->setObjectName(u"rankingSummary"_s);
    form->addRow(tr("Your ranking:"), m_ranking);
    setRankingSummary({});

    m_preset = new QComboBox(this);
    compact(m_preset);
    m_preset->setObjectName(u"presetCombo"_s);
    for (const EndpointPresetInfo &info : EndpointConfig::presets())
        m_preset->addItem(info.displayName, info.id);
    m_presetNote = new QLabel(this);
    m_presetNote->setObjectName(u"presetNote"_s);
    auto *presetRow = new QHBoxLayout;
    presetRow->setSpacing(Spacing);
    presetRow->addWidget(m_preset);
    presetRow->addWidget(m_presetNote, 1);
    auto *presetLabel = new QLabel(tr("&Endpoint:"), this);
    presetLabel->setBuddy(m_preset);
    form->addRow(presetLabel, presetRow);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ScoringPage::applyPreset);

    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(u"baseUrl"_s);
    m_baseUrl->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    // The key status depends on the endpoint (an environment key may be meant for another host).
    connect(m_baseUrl, &QLineEdit::editingFinished, this, &ScoringPage::refreshKeyStatus);

    m_model = new QComboBox(this);
    m_model->setObjectName(u"modelCombo"_s);
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(24);
    m_model->lineEdit()->setPlaceholderText(tr("e.g. gpt-4o-mini, llama3.1:8b"));
    form->addRow(tr("&Model:"), m_model);

    m_key = new QLineEdit(this);
    m_key->setObjectName(u"apiKey"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_key->setAccessibleName(tr("API key"));
    m_removeKey = new QPushButton(tr("Remo&ve Key"), this);
    m_removeKey->setObjectName(u"removeKey"_s);
    m_removeKey->setToolTip(tr("Deletes this endpoint's key from the system keychain"));
    auto *keyRow = new QHBoxLayout;
    keyRow->setSpacing(Spacing);
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_removeKey);
    auto *keyLabel = new QLabel(tr("API &key:"), this);
    keyLabel->setBuddy(m_key);
    m_keyStatus = note(QString(), this);
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
    connect(m_removeKey, &QPushButton::clicked, this, &ScoringPage::removeKey);

    m_headers = new QLineEdit(this);
    m_headers->setObjectName(u"extraHeaders"_s);
    m_headers->setPlaceholderText(tr("Name: value; Other-Name: value"));
    form->addRow(tr("E&xtra headers:"), m_headers);

    auto *testRow = new QHBoxLayout;
    testRow->setSpacing(Spacing);
    m_testButton = new QPushButton(tr("&Test Connection"), this);
    m_testButton->setObjectName(u"testConnection"_s);
    m_testButton->setToolTip(tr("Asks the endpoint for its models, with the values shown here"));
    testRow->addWidget(m_testButton);
    testRow->addStretch(1);
    form->addRow(QString(), testRow);
    connect(m_testButton, &QPushButton::clicked, this, &ScoringPage::testConnection);
    layout->addLayout(form);

    m_testResult = new MessageBar(this);
    m_testResult->setObjectName(u"testResult"_s);
    layout->addWidget(m_testResult);

    auto *options = newForm();
    m_titleFilter = new QCheckBox(tr("&Drop clearly unrelated papers by their title first"), this);
    m_titleFilter->setObjectName(u"titleFilter"_s);
    m_titleFilter->setToolTip(tr("One cheap request with the titles only; saves most of the cost on a big day"));
    m_jsonMode = new QCheckBox(tr("Ask for &JSON replies (response_format)"), this);
    m_jsonMode->setObjectName(u"jsonMode"_s);
    m_jsonMode->setToolTip(tr("Only for endpoints that support it; the reply parser copes without it"));
    options->addRow(tr("Options:"), m_titleFilter);
    options->addRow(QString(), m_jsonMode);
    // Opt-in: the examples change only when the reader presses Update Examples in the criteria
    // editor, so a rating never re-prices a day by itself.
    m_examples = compact(new QSpinBox(this));
    m_examples->setObjectName(u"ratedExamples"_s);
    m_examples->setRange(0, 50);
    m_examples->setSpecialValueText(tr("None"));
    m_examples->setSuffix(tr(" of each"));
    options->addRow(tr("Rated &examples:"),
        withNote(m_examples,
            note(tr("Titles of papers you liked and disliked, newest first, written into the criteria when you press "
                    "Update Examples in the criteria editor. They make a new criteria version, like any edit."),
                this)));
    layout->addLayout(options);
    layout->addStretch(1);
}

ScoringPage::~ScoringPage() = default;

QString ScoringPage::title() const
{
    return tr("&Scoring");
}

void ScoringPage::load()
{
    const Settings settings;
    m_scorer->setCurrentIndex(qMax(0, m_scorer->findData(settings.string(Settings::Scorer).toLower())));
    {
        // Not applyPreset(): it would replace the stored base URL and model with the preset's.
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
    m_examples->setValue(settings.integer(Settings::RatedExamples));
    m_keyAccount = currentAccount();
    m_pendingKeys.clear();
    m_key->clear();
    refreshKeyStatus();
}

std::optional<SettingsProblem> ScoringPage::validate() const
{
    const QString scorer = m_scorer->currentData().toString();
    const EndpointPresetInfo &info = EndpointConfig::presets().at(qMax(0, m_preset->currentIndex()));
    const QString baseUrl = m_baseUrl->text().trimmed();
    if (baseUrl.isEmpty() && info.preset == EndpointPreset::Custom && scorer != "keyword"_L1)
        return SettingsProblem { m_baseUrl, tr("Enter the base URL of your endpoint, e.g. http://localhost:8080/v1.") };
    if (!baseUrl.isEmpty() && !isHttpUrl(QUrl(baseUrl)))
        return SettingsProblem { m_baseUrl,
            tr("The base URL “%1” is not an http(s) URL: enter one like https://api.openai.com/v1.").arg(baseUrl) };
    if (m_model->currentText().trimmed().isEmpty() && scorer != "keyword"_L1)
        return SettingsProblem { m_model, tr("Enter the model to score with (Test Connection lists them).") };
    if (Result<QList<HttpHeader>> parsed = parseExtraHeaders(m_headers->text().trimmed()); !parsed)
        return SettingsProblem { m_headers, parsed.errorMessage() };
    return checkValues(values());
}

QList<SettingsPage::SettingValue> ScoringPage::values() const
{
    const EndpointPresetInfo &info = EndpointConfig::presets().at(qMax(0, m_preset->currentIndex()));
    QString baseUrl = m_baseUrl->text().trimmed();
    // The preset's own URL is stored as "use the default", so a corrected default reaches the user.
    if (QUrl(baseUrl) == info.defaultBaseUrl)
        baseUrl.clear();
    return {
        { Settings::Scorer, m_scorer->currentData().toString(), m_scorer },
        { Settings::Preset, info.id, m_preset },
        { Settings::BaseUrl, baseUrl, m_baseUrl },
        { Settings::Model, m_model->currentText().trimmed(), m_model },
        { Settings::ExtraHeaders, m_headers->text().trimmed(), m_headers },
        { Settings::TitleFilter, m_titleFilter->isChecked(), m_titleFilter },
        { Settings::JsonMode, m_jsonMode->isChecked(), m_jsonMode },
        { Settings::RatedExamples, m_examples->value(), m_examples },
    };
}

std::optional<SettingsProblem> ScoringPage::apply()
{
    if (std::optional<SettingsProblem> problem = writeValues(values()))
        return problem;
    writeKeys();
    refreshKeyStatus();
    return std::nullopt;
}

void ScoringPage::writeKeys()
{
    // The keys go only to the keychain, and only those typed since load().
    if (!m_keychainAvailable || m_pendingKeys.isEmpty())
        return;
    const QHash<QString, QString> keys = std::exchange(m_pendingKeys, {});
    m_key->clear();
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        ++m_keyWrites;
        const QString account = it.key();
        const QString secret = it.value();
        ApiKeyStore().write(account, secret, this, [this, account, secret](const Status &status) {
            --m_keyWrites;
            if (!status) {
                // Not saved: the key is pending again, so the next Apply tries once more.
                if (!m_pendingKeys.contains(account))
                    m_pendingKeys.insert(account, secret);
                if (account == m_keyAccount)
                    m_key->setText(secret);
                emit applyFinished(SettingsProblem { m_key, status.errorMessage() });
            } else {
                emit applyFinished(std::nullopt);
            }
            refreshKeyStatus();
        });
    }
}

// ---- endpoint and key ----

void ScoringPage::applyPreset(int index)
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

QString ScoringPage::currentAccount() const
{
    return m_preset->currentData().toString();
}

EndpointConfig ScoringPage::shownEndpoint() const
{
    const int index = qBound(0, m_preset->currentIndex(), int(EndpointConfig::presets().size()) - 1);
    const EndpointPresetInfo &info = EndpointConfig::presets().at(index);
    EndpointConfig endpoint = EndpointConfig::forPreset(info.preset, m_model->currentText().trimmed());
    const QString url = m_baseUrl->text().trimmed();
    if (!url.isEmpty())
        endpoint.baseUrl = QUrl(url);
    return endpoint;
}

void ScoringPage::refreshKeyStatus()
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

void ScoringPage::removeKey()
{
    const QString account = m_keyAccount;
    m_removeKey->setEnabled(false);
    ApiKeyStore().remove(account, this, [this](const Status &status) {
        if (!status)
            emit message(MessageBar::Kind::Error, status.errorMessage());
        refreshKeyStatus();
    });
}

// ---- Test Connection ----

void ScoringPage::testConnection()
{
    if (m_testing) {
        stopTest();
        m_testResult->showMessage(MessageBar::Kind::Information, tr("Test stopped."));
        return;
    }
    EndpointConfig endpoint = shownEndpoint();
    if (!isHttpUrl(endpoint.baseUrl)) {
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
    // The headers typed replace the preset's headers of the same name.
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
    // A key typed and not saved yet is tested as typed: testing before saving is the point.
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

void ScoringPage::startTest(const EndpointConfig &endpoint, const QString &key)
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

void ScoringPage::stopTest()
{
    ++m_testGeneration;
    m_testing = false;
    // deleteLater: this may run inside the client's own signal.
    if (m_testClient)
        m_testClient.release()->deleteLater();
    m_testButton->setText(tr("&Test Connection"));
}

void ScoringPage::finishTest(const ModelList &models)
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

void ScoringPage::setRankingSummary(const QString &text)
{
    m_ranking->setText(text.isEmpty() ? tr("Not trained yet: rate papers (1–5, a star, or x for “Not interested”) "
                                           "and it learns from them.")
                                      : text);
}

} // namespace PaperSift
