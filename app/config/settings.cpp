#include "settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {
QString g_configOverride;
QString g_dbOverride;

QString xdgDir(QStandardPaths::StandardLocation location)
{
    // GenericConfig/GenericData, not the app-specific ones, so the folder is "papersift" whatever
    // the organisation name is.
    return QStandardPaths::writableLocation(location) + "/papersift"_L1;
}
} // namespace

void AppPaths::setConfigDirOverride(const QString &dir)
{
    g_configOverride = dir.isEmpty() ? QString() : QFileInfo(dir).absoluteFilePath();
}

void AppPaths::setDatabaseOverride(const QString &path)
{
    // A shared library's URL stays as it is; a file becomes absolute.
    g_dbOverride = path.isEmpty() || isServerUrl(path) ? path : QFileInfo(path).absoluteFilePath();
}

bool AppPaths::isServerUrl(const QString &location)
{
    return location.startsWith("postgresql://"_L1, Qt::CaseInsensitive)
           || location.startsWith("postgres://"_L1, Qt::CaseInsensitive);
}

QString AppPaths::configDir()
{
    return g_configOverride.isEmpty() ? xdgDir(QStandardPaths::GenericConfigLocation) : g_configOverride;
}

QString AppPaths::dataDir()
{
    if (!g_dbOverride.isEmpty() && !isServerUrl(g_dbOverride))
        return QFileInfo(g_dbOverride).absolutePath();
    return xdgDir(QStandardPaths::GenericDataLocation);
}

QString AppPaths::settingsFile()
{
    return configDir() + "/papersift.ini"_L1;
}

QString AppPaths::databaseFile()
{
    if (!g_dbOverride.isEmpty())
        return g_dbOverride;
    // Settings → Library may name a shared library; --db always wins over it.
    const QString shared = QSettings(settingsFile(), QSettings::IniFormat).value(Settings::LibraryUrl).toString();
    return shared.isEmpty() ? dataDir() + "/papersift.sqlite"_L1 : shared;
}

QString AppPaths::authorsFile()
{
    return configDir() + "/authors.txt"_L1;
}

const QList<SettingDef> &Settings::definitions()
{
    static const QList<SettingDef> defs = {
        {Categories, u"cs.LG,cs.AI"_s, u"arXiv categories to fetch, comma-separated"_s},
        {AnnounceTypes, u"new,cross"_s, u"announce types to keep: new, cross, replace, replace-cross"_s},
        {RssBaseUrl, u"https://rss.arxiv.org"_s, u"base URL of the daily feeds"_s},
        {ApiBaseUrl, u"https://export.arxiv.org/api/query"_s, u"arXiv API endpoint for backfill"_s},
        {RequestSpacingMs, 3000, u"minimum milliseconds between requests to arXiv"_s},
        {Scorer, u"auto"_s, u"auto (LLM when an endpoint is set, else your ranking when it beats the keywords, else keyword), "
                            "llm, keyword or learned"_s},
        {Preset, u"openai"_s, u"endpoint preset: openai, ollama, llamacpp, vllm, openrouter, custom"_s},
        {BaseUrl, QString(), u"OpenAI-compatible base URL, e.g. http://localhost:11434/v1"_s},
        {Model, u"gpt-4o"_s, u"model name sent to the endpoint"_s},
        {ExtraHeaders, QString(), u"extra HTTP headers, 'Name: value' separated by ';'"_s},
        {BatchSize, 5, u"papers per scoring request (the smallest batch when adaptive)"_s},
        {AdaptiveBatch, true, u"size batches to fill the requests in flight, ceil(papers / concurrency) between "
                              "batchSize and maxBatchSize, so the prompt's prefix is sent as few times as possible "
                              "(hosted endpoints; a local server keeps batchSize)"_s},
        {MaxBatchSize, 40, u"most papers in one adaptive batch: models lose papers in longer lists"_s},
        {Concurrency, 8, u"scoring requests in flight at most"_s},
        {AdaptiveConcurrency, true, u"halve the requests in flight on HTTP 429 (honouring Retry-After) and on "
                                    "x-ratelimit headers, grow back on answers"_s},
        {LocalConcurrency, 2, u"requests in flight to a server on this machine (Ollama, llama.cpp): it answers "
                              "them a few at a time"_s},
        {RequestsPerMinute, 0, u"requests-per-minute limit, 0 for none"_s},
        {BudgetUsd, 1.0, u"per-run budget in USD, 0 for none"_s},
        {Retries, 3, u"retries for papers a reply left out"_s},
        {TitleFilter, true, u"drop clearly irrelevant papers by title before scoring"_s},
        {TitleBatchSize, 32, u"titles per title-filter request"_s},
        {JsonMode, false, u"send response_format json_object"_s},
        {MaxCompletionTokens, 4096, u"max_completion_tokens per request"_s},
        {TimeoutSec, 120, u"seconds before a scoring request times out (less once the endpoint's latency is known)"_s},
        {RatedExamples, 0, u"rated papers of each kind (liked, disliked; titles only, newest first) the criteria "
                           "editor's Update Examples writes into the criteria for the model; 0: none"_s},
        {DeadlineMin, 20, u"minutes a run may take; then it stops, keeps what is scored and frees the lock (0: none)"_s},
        {RelevanceCutoff, 8, u"digest keeps papers with relevance at least this"_s},
        {NoveltyCutoff, 7, u"digest keeps papers with novelty at least this"_s},
        {Language, QString(), u"the window's language: empty follows the system; en, de or zh_CN (the command line "
                              "always speaks English)"_s},
        {LibraryUrl, QString(), u"a shared library, postgresql://user@host:5432/dbname?sslmode=verify-full (no "
                                "password: ~/.pgpass, PGPASSWORD or the keychain); empty: the local file"_s},
        {ClaimExpirySec, 600, u"seconds a scorer's claim on a paper lasts before another may score it (shared library)"_s},
        {ShowLabActivity, true, u"on a shared library, count the lab's stars in the table and show colleagues' notes in the paper pane"_s},
    };
    return defs;
}

const SettingDef *Settings::definition(const QString &key)
{
    for (const SettingDef &d : definitions()) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

Settings::Settings()
    : Settings(AppPaths::settingsFile())
{
}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QVariant Settings::value(const QString &key) const
{
    const SettingDef *def = definition(key);
    const QVariant fallback = def ? def->defaultValue : QVariant();
    const QVariant v = m_settings->value(key, fallback);
    if (!def || !v.isValid())
        return v;
    QVariant converted = v;
    if (converted.convert(def->defaultValue.metaType()))
        return converted;
    return fallback;
}

QStringList Settings::list(const QString &key) const
{
    QStringList out;
    const QStringList parts = string(key).split(u',', Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

QString Settings::set(const QString &key, const QVariant &value)
{
    const SettingDef *def = definition(key);
    if (!def)
        return u"Unknown setting '%1'. 'papersift config list' shows every setting."_s.arg(key);
    QVariant converted = value;
    const QMetaType type = def->defaultValue.metaType();
    if (type.id() == QMetaType::Bool && value.typeId() == QMetaType::QString) {
        const QString s = value.toString().trimmed().toLower();
        if (s != "true"_L1 && s != "false"_L1 && s != "1"_L1 && s != "0"_L1)
            return u"'%1' takes true or false."_s.arg(key);
        converted = (s == "true"_L1 || s == "1"_L1);
    } else if (type.id() == QMetaType::Int || type.id() == QMetaType::Double) {
        bool ok = false;
        const double d = value.toString().toDouble(&ok);
        if (!ok || d < 0)
            return u"'%1' takes a number of 0 or more, not '%2'."_s.arg(key, value.toString());
        if (type.id() == QMetaType::Int && d != static_cast<int>(d))
            return u"'%1' takes a whole number, not '%2'."_s.arg(key, value.toString());
        converted = type.id() == QMetaType::Int ? QVariant(static_cast<int>(d)) : QVariant(d);
    } else if (!converted.convert(type)) {
        return u"'%1' cannot take '%2'."_s.arg(key, value.toString());
    }
    m_settings->setValue(key, converted);
    return {};
}

void Settings::reset(const QString &key)
{
    m_settings->remove(key);
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QStringList Settings::followedAuthors()
{
    QFile f(AppPaths::authorsFile());
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList names;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(u'#'))
            names.append(t);
    }
    return names;
}

bool Settings::setFollowedAuthors(const QStringList &names)
{
    QDir().mkpath(AppPaths::configDir());
    QSaveFile f(AppPaths::authorsFile());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    f.write(names.join(u'\n').toUtf8());
    f.write("\n");
    return f.commit();
}

} // namespace PaperSift
