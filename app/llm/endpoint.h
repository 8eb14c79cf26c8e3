#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace PaperSift {

class Settings;

/// The kinds of OpenAI-compatible servers PaperSift knows by name; Custom takes any base URL.
enum class EndpointPreset { OpenAI, Ollama, LlamaCpp, Vllm, OpenRouter, Custom };

/// What PaperSift knows about one preset: its settings id, name, default base URL and whether it needs a key.
struct EndpointPresetInfo
{
    EndpointPreset preset;
    QString id; ///< the value of Settings::Preset: "openai", "ollama", …
    QString displayName; ///< "OpenAI", "llama.cpp server", … (used in error messages)
    QUrl defaultBaseUrl; ///< empty for Custom
    bool keyRequired;
    /// Headers the preset sends unless the user's extra headers set them (OpenRouter's attribution).
    QList<QPair<QByteArray, QByteArray>> defaultHeaders;
};

/// One HTTP header as the user configured it.
using HttpHeader = QPair<QByteArray, QByteArray>;

/// Where scoring requests go: base URL, model, extra headers, whether an API key is needed.
struct EndpointConfig
{
    EndpointPreset preset = EndpointPreset::OpenAI;
    QUrl baseUrl; ///< e.g. https://api.openai.com/v1 (no trailing slash needed)
    QString model;
    QList<HttpHeader> extraHeaders; ///< preset defaults merged with the user's, the user's win
    bool keyRequired = true;

    /// The endpoint as the settings describe it; an empty BaseUrl means the preset's default.
    static Result<EndpointConfig> fromSettings(const Settings &settings);
    /// The endpoint of a preset with its default base URL.
    static EndpointConfig forPreset(EndpointPreset preset, const QString &model = QString());

    static const QList<EndpointPresetInfo> &presets();
    static const EndpointPresetInfo &presetInfo(EndpointPreset preset);
    /// The preset with this settings id (case-insensitive), or nothing.
    static std::optional<EndpointPreset> presetFromId(const QString &id);

    QUrl chatCompletionsUrl() const; ///< {base}/chat/completions
    QUrl modelsUrl() const; ///< {base}/models
    /// A name for messages: the preset's name, or the host for Custom.
    QString providerName() const;
    /// The base URL without user info, query or fragment: safe to show in a message.
    QString displayUrl() const;
    /// Whether the base URL points at this machine (localhost, 127.0.0.0/8, ::1).
    bool isLocal() const;
    /// A preset of a server that runs on the user's machine (Ollama, llama.cpp): few requests at a
    /// time and a small context window, so PaperSift sends fewer in flight and smaller batches.
    bool isLocalServer() const { return preset == EndpointPreset::Ollama || preset == EndpointPreset::LlamaCpp; }
    /// An error a user can act on when the URL or the model is missing or malformed.
    Status validate() const;
};

/// Parses Settings::ExtraHeaders, "Name: value; Name2: value2"; rejects names that are not HTTP tokens.
Result<QList<HttpHeader>> parseExtraHeaders(const QString &text);

} // namespace PaperSift
