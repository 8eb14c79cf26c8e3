#include "endpoint.h"

#include "config/settings.h"

#include <QHostAddress>

namespace PaperSift {

using namespace Qt::StringLiterals;

const QList<EndpointPresetInfo> &EndpointConfig::presets()
{
    static const QList<EndpointPresetInfo> list = {
        { EndpointPreset::OpenAI, u"openai"_s, u"OpenAI"_s, QUrl(u"https://api.openai.com/v1"_s), true, {} },
        { EndpointPreset::Ollama, u"ollama"_s, u"Ollama"_s, QUrl(u"http://localhost:11434/v1"_s), false, {} },
        { EndpointPreset::LlamaCpp, u"llamacpp"_s, u"llama.cpp server"_s, QUrl(u"http://127.0.0.1:8080/v1"_s), false,
            {} },
        { EndpointPreset::Vllm, u"vllm"_s, u"vLLM"_s, QUrl(u"http://localhost:8000/v1"_s), false, {} },
        // OpenRouter's optional attribution headers (openrouter.ai/docs, "App Attribution").
        { EndpointPreset::OpenRouter, u"openrouter"_s, u"OpenRouter"_s, QUrl(u"https://openrouter.ai/api/v1"_s), true,
            { { "HTTP-Referer", "https://github.com/papersift/papersift" }, { "X-Title", "PaperSift" } } },
        { EndpointPreset::Custom, u"custom"_s, u"Custom endpoint"_s, QUrl(), false, {} },
    };
    return list;
}

const EndpointPresetInfo &EndpointConfig::presetInfo(EndpointPreset preset)
{
    for (const EndpointPresetInfo &p : presets()) {
        if (p.preset == preset)
            return p;
    }
    return presets().constLast();
}

std::optional<EndpointPreset> EndpointConfig::presetFromId(const QString &id)
{
    const QString wanted = id.trimmed();
    for (const EndpointPresetInfo &p : presets()) {
        if (p.id.compare(wanted, Qt::CaseInsensitive) == 0)
            return p.preset;
    }
    return std::nullopt;
}

static QList<HttpHeader> mergeHeaders(const QList<HttpHeader> &defaults, const QList<HttpHeader> &user)
{
    QList<HttpHeader> out;
    for (const HttpHeader &d : defaults) {
        const bool overridden = std::any_of(user.cbegin(), user.cend(), [&d](const HttpHeader &u) {
            return u.first.compare(d.first, Qt::CaseInsensitive) == 0;
        });
        if (!overridden)
            out.append(d);
    }
    out.append(user);
    return out;
}

EndpointConfig EndpointConfig::forPreset(EndpointPreset preset, const QString &model)
{
    const EndpointPresetInfo &info = presetInfo(preset);
    EndpointConfig c;
    c.preset = preset;
    c.baseUrl = info.defaultBaseUrl;
    c.model = model;
    c.keyRequired = info.keyRequired;
    c.extraHeaders = info.defaultHeaders;
    return c;
}

Result<EndpointConfig> EndpointConfig::fromSettings(const Settings &settings)
{
    const QString presetId = settings.string(Settings::Preset);
    const std::optional<EndpointPreset> preset = presetFromId(presetId.isEmpty() ? u"openai"_s : presetId);
    if (!preset) {
        return Error { u"Unknown endpoint preset “%1”: choose openai, ollama, llamacpp, vllm, openrouter or custom "
                       "in Settings."_s.arg(presetId),
            {} };
    }
    EndpointConfig c = forPreset(*preset, settings.string(Settings::Model).trimmed());
    const QString base = settings.string(Settings::BaseUrl).trimmed();
    if (!base.isEmpty())
        c.baseUrl = QUrl(base, QUrl::StrictMode);
    Result<QList<HttpHeader>> headers = parseExtraHeaders(settings.string(Settings::ExtraHeaders));
    if (!headers)
        return headers.error();
    c.extraHeaders = mergeHeaders(presetInfo(*preset).defaultHeaders, *headers);
    const Status valid = c.validate();
    if (!valid)
        return valid.error();
    return c;
}

static QUrl appendPath(const QUrl &base, QStringView tail)
{
    QUrl u = base;
    QString path = u.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    u.setPath(path + tail);
    return u;
}

QUrl EndpointConfig::chatCompletionsUrl() const
{
    return appendPath(baseUrl, u"/chat/completions");
}

QUrl EndpointConfig::modelsUrl() const
{
    return appendPath(baseUrl, u"/models");
}

QString EndpointConfig::providerName() const
{
    if (preset == EndpointPreset::Custom)
        return baseUrl.host().isEmpty() ? u"The endpoint"_s : baseUrl.host();
    return presetInfo(preset).displayName;
}

QString EndpointConfig::displayUrl() const
{
    return baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString();
}

bool EndpointConfig::isLocal() const
{
    const QString host = baseUrl.host();
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress addr(host);
    return !addr.isNull() && addr.isLoopback();
}

Status EndpointConfig::validate() const
{
    const QString scheme = baseUrl.scheme();
    if (baseUrl.isEmpty())
        return Error { u"No base URL for the scoring endpoint: set one in Settings (e.g. http://localhost:11434/v1)."_s,
            {} };
    if (!baseUrl.isValid() || (scheme != "http"_L1 && scheme != "https"_L1) || baseUrl.host().isEmpty())
        return Error {
            u"The base URL “%1” is not an http(s) URL: fix it in Settings (e.g. https://api.openai.com/v1)."_s.arg(
                displayUrl()),
            baseUrl.errorString()
        };
    if (model.isEmpty())
        return Error {
            u"No model set for %1: choose one in Settings (Test connection lists them)."_s.arg(providerName()), {}
        };
    return success();
}

static bool isHttpToken(const QByteArray &name)
{
    static const QByteArray specials = "!#$%&'*+-.^_`|~";
    if (name.isEmpty())
        return false;
    for (char ch : name) {
        const bool ok
            = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || specials.contains(ch);
        if (!ok)
            return false;
    }
    return true;
}

Result<QList<HttpHeader>> parseExtraHeaders(const QString &text)
{
    QList<HttpHeader> out;
    const QStringList parts = text.split(u';', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype colon = item.indexOf(u':');
        const QByteArray name = (colon < 0 ? item : item.left(colon)).trimmed().toLatin1();
        if (colon <= 0 || !isHttpToken(name)) {
            return Error { u"The extra header “%1” is not “Name: value”: fix Extra headers in Settings "
                           "(separate headers with ';')."_s.arg(item),
                {} };
        }
        const QString value = item.mid(colon + 1).trimmed();
        if (value.contains(u'\r') || value.contains(u'\n'))
            return Error { u"The extra header “%1” contains a line break: remove it in Settings."_s.arg(
                               QString::fromLatin1(name)),
                {} };
        out.append({ name, value.toUtf8() });
    }
    return out;
}

} // namespace PaperSift
