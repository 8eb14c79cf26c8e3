#pragma once

#include "domain/result.h"

#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace PaperSift {

struct EndpointConfig;

/// Where an API key came from.
enum class ApiKeySource { None, EnvPaperSift, EnvOpenAI, Keychain };

/// An API key and its origin. Never log it, never store it in QSettings or the database.
struct ApiKey
{
    QString secret; ///< empty when none is needed (local servers without a key)
    ApiKeySource source = ApiKeySource::None;
    bool isEmpty() const { return secret.isEmpty(); }
};

/// Finds the API key: PAPERSIFT_API_KEY, else OPENAI_API_KEY (only for OpenAI itself, so an OpenAI key
/// never goes to another provider), else the system keychain (QtKeychain), one entry per preset.
/// Writes and deletes go to the keychain only, never to a plain-text fallback. Keychain calls are
/// asynchronous and need an event loop in the calling thread.
class ApiKeyStore
{
public:
    static constexpr const char *DefaultService = "PaperSift";

    explicit ApiKeyStore(QString service = QString::fromLatin1(DefaultService));

    /// The key from the environment, if one applies to this endpoint.
    static std::optional<ApiKey> fromEnvironment(const EndpointConfig &endpoint);
    /// The keychain account of an endpoint: its preset id ("openai", "openrouter", …).
    static QString accountFor(const EndpointConfig &endpoint);

    using KeyCallback = std::function<void(const Result<ApiKey> &)>;
    using StatusCallback = std::function<void(const Status &)>;

    /// Environment, else keychain. A missing key is fine (empty ApiKey) when the endpoint does not need one;
    /// else an error says where to put one, and why the keychain could not help.
    void lookup(const EndpointConfig &endpoint, const QObject *context, KeyCallback done) const;
    /// Reads one keychain entry.
    void read(const QString &account, const QObject *context, KeyCallback done) const;
    /// Stores a key in the keychain (for the Settings dialog).
    void write(const QString &account, const QString &secret, const QObject *context, StatusCallback done) const;
    /// Deletes a keychain entry; deleting a missing entry succeeds.
    void remove(const QString &account, const QObject *context, StatusCallback done) const;

    /// lookup() for the command line: waits in a local event loop, at most `timeoutMs`.
    Result<ApiKey> lookupBlocking(const EndpointConfig &endpoint, int timeoutMs = 10000) const;

private:
    QString m_service;
};

} // namespace PaperSift
