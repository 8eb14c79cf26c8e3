#pragma once

// config/: where PaperSift keeps its files (AppPaths: XDG dirs, or --config/--db) and every
// setting with its default and help in one table (Settings, one INI file). The API key is not a
// setting: it never touches a file.

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace PaperSift {

/// Where PaperSift keeps its files. `--config DIR` and `--db PATH` override the XDG defaults, so
/// every test and cron job can point at its own files, never the user's.
class AppPaths
{
public:
    static void setConfigDirOverride(const QString &dir);
    static void setDatabaseOverride(const QString &path);

    static QString configDir();    ///< $XDG_CONFIG_HOME/papersift
    static QString dataDir();      ///< $XDG_DATA_HOME/papersift
    static QString settingsFile(); ///< configDir()/papersift.ini
    /// The library: the --db override, else the shared library of the settings (library/url),
    /// else dataDir()/papersift.sqlite. A file path or a postgresql:// URL.
    static QString databaseFile();
    /// Whether a location is a shared library's URL rather than a file.
    static bool isServerUrl(const QString &location);
    static QString authorsFile();  ///< configDir()/authors.txt
};

/// One setting: its INI key, its default, and a line of help for `papersift config list`.
struct SettingDef
{
    QString key;
    QVariant defaultValue;
    QString help;
};

/// Every setting and its default, in one place. Values live in one INI file (QSettings).
/// The API key is deliberately not a setting: it lives in the keychain or the environment.
class Settings
{
public:
    // arXiv
    static inline const QString Categories = QStringLiteral("arxiv/categories");
    static inline const QString AnnounceTypes = QStringLiteral("arxiv/announceTypes");
    static inline const QString RssBaseUrl = QStringLiteral("arxiv/rssBaseUrl");
    static inline const QString ApiBaseUrl = QStringLiteral("arxiv/apiBaseUrl");
    static inline const QString RequestSpacingMs = QStringLiteral("arxiv/requestSpacingMs");
    // Scoring
    static inline const QString Scorer = QStringLiteral("llm/scorer");
    static inline const QString Preset = QStringLiteral("llm/preset");
    static inline const QString BaseUrl = QStringLiteral("llm/baseUrl");
    static inline const QString Model = QStringLiteral("llm/model");
    static inline const QString ExtraHeaders = QStringLiteral("llm/extraHeaders");
    static inline const QString BatchSize = QStringLiteral("llm/batchSize");
    static inline const QString AdaptiveBatch = QStringLiteral("llm/adaptiveBatch");
    static inline const QString MaxBatchSize = QStringLiteral("llm/maxBatchSize");
    static inline const QString Concurrency = QStringLiteral("llm/concurrency");
    static inline const QString AdaptiveConcurrency = QStringLiteral("llm/adaptiveConcurrency");
    static inline const QString LocalConcurrency = QStringLiteral("llm/localConcurrency");
    static inline const QString RequestsPerMinute = QStringLiteral("llm/requestsPerMinute");
    static inline const QString BudgetUsd = QStringLiteral("llm/budgetUsd");
    static inline const QString Retries = QStringLiteral("llm/retries");
    static inline const QString TitleFilter = QStringLiteral("llm/titleFilter");
    static inline const QString TitleBatchSize = QStringLiteral("llm/titleBatchSize");
    static inline const QString JsonMode = QStringLiteral("llm/jsonMode");
    static inline const QString MaxCompletionTokens = QStringLiteral("llm/maxCompletionTokens");
    static inline const QString TimeoutSec = QStringLiteral("llm/timeoutSec");
    static inline const QString RatedExamples = QStringLiteral("llm/ratedExamples");
    // A run
    static inline const QString DeadlineMin = QStringLiteral("run/deadlineMin");
    // Digest
    static inline const QString RelevanceCutoff = QStringLiteral("digest/relevanceCutoff");
    static inline const QString NoveltyCutoff = QStringLiteral("digest/noveltyCutoff");
    // Window
    static inline const QString Language = QStringLiteral("ui/language");
    // Library
    static inline const QString LibraryUrl = QStringLiteral("library/url");
    static inline const QString ClaimExpirySec = QStringLiteral("library/claimExpirySec");
    static inline const QString ShowLabActivity = QStringLiteral("library/showLabActivity");

    static const QList<SettingDef> &definitions();
    static const SettingDef *definition(const QString &key);

    Settings(); ///< the INI file at AppPaths::settingsFile()
    explicit Settings(const QString &iniFile);
    ~Settings();

    QVariant value(const QString &key) const; ///< the stored value, else the default
    QString string(const QString &key) const { return value(key).toString(); }
    int integer(const QString &key) const { return value(key).toInt(); }
    double real(const QString &key) const { return value(key).toDouble(); }
    bool boolean(const QString &key) const { return value(key).toBool(); }
    QStringList list(const QString &key) const; ///< a comma-separated value, trimmed, empties dropped

    /// Stores a known key; returns an error message for unknown keys or values of the wrong type.
    QString set(const QString &key, const QVariant &value);
    void reset(const QString &key);
    void sync();
    QSettings::Status status() const { return m_settings->status(); }
    QString fileName() const;

    /// Followed authors, one name a line in authors.txt.
    static QStringList followedAuthors();
    static bool setFollowedAuthors(const QStringList &names);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace PaperSift
