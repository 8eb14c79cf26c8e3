#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <chrono>
#include <optional>

namespace PaperSift {

struct EndpointConfig;

/// Why a chat request failed, coarse enough for the scoring engine to decide what to do.
enum class LlmErrorKind {
    None, ///< no error
    Quota, ///< insufficient_quota / out of credits: never retried, stops the run
    TooLarge, ///< "Request too large", context length exceeded, HTTP 413: never retried, stops the run
    Auth, ///< HTTP 401/403: never retried, stops the run
    NotFound, ///< HTTP 404 (wrong base URL or model): never retried, stops the run
    BadRequest, ///< HTTP 400 and other 4xx the server will not accept again: never retried, stops the run
    RateLimited, ///< HTTP 429 (rate_limit_exceeded): retried with backoff
    Server, ///< HTTP 408, 409, 5xx: retried with backoff
    Network, ///< connection reset/refused, DNS, TLS: reset retried, the others stop the run
    Timeout, ///< no answer within the timeout: retried
    Cancelled, ///< cancel() or a fatal error elsewhere stopped it
    Malformed, ///< a 2xx whose body is not a chat completion: retried
};

/// A failed chat request: what kind, the provider's own words, and a message a user can act on.
/// Every text here is scrubbed: it never contains the API key.
struct LlmError
{
    LlmErrorKind kind = LlmErrorKind::None;
    int httpStatus = 0; ///< 0 when no HTTP answer came
    QString providerMessage; ///< error.message from the body (or the network error), scrubbed
    QString providerType; ///< error.type, e.g. "insufficient_quota", "invalid_request_error"
    QString providerCode; ///< error.code as text: "rate_limit_exceeded", "400"
    QString message; ///< for the user: what happened and what to do
    bool retryable = false; ///< whether retrying the same request may help
    bool fatal = false; ///< whether the run should stop (retrying other requests will not help)
    std::optional<std::chrono::milliseconds> retryAfter; ///< from Retry-After / retry-after-ms, uncapped

    bool isError() const { return kind != LlmErrorKind::None; }
    /// As the project's Error value (message, and HTTP status + provider code as detail).
    Error toError() const;
};

/// The fields of an error body, OpenAI-shaped `{"error":{"message","type","code"}}`, llama.cpp-shaped
/// (integer code), `{"error":"text"}` (Ollama) or vLLM's top-level `{"message","type","code"}`.
struct ProviderErrorBody
{
    QString message;
    QString type;
    QString code;
    bool parsed = false; ///< false when the body was not JSON (an HTML error page, empty)
};

/// Reads an error body; pure function.
ProviderErrorBody parseProviderErrorBody(const QByteArray &body);

/// Classifies an HTTP error answer; pure function. `headers` are the reply's raw headers (for Retry-After).
/// `now` resolves Retry-After given as an HTTP date.
LlmError classifyHttpError(int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
    const EndpointConfig &endpoint, const QDateTime &now = QDateTime::currentDateTimeUtc());

/// Removes secrets from a text that may echo a request: the key itself and everything Redactor
/// recognises (Authorization values, "Bearer …" tokens, sk-… keys, credential query parameters).
QString scrubSecrets(const QString &text, const QString &apiKey);

/// At most `max` characters of a text, cut before a word rather than inside it, so that a secret
/// the text quotes is either whole (and redacted) or gone, never a recognisable prefix. Adds "…"
/// when it cut.
QString cutAtWord(const QString &text, qsizetype max);

/// A few words on a failure, for where there is room for no more: a paper's unscored reason and the
/// digest's Unscored line ("the endpoint answered HTTP 429"). Never the provider's own text, so
/// nothing a server echoed back.
QString briefReason(const LlmError &error);

/// A short name of the kind for logs and tests ("quota", "rate-limited", …).
QString errorKindName(LlmErrorKind kind);

} // namespace PaperSift

Q_DECLARE_METATYPE(PaperSift::LlmError)
Q_DECLARE_METATYPE(PaperSift::LlmErrorKind)
