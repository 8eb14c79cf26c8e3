#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace PaperSift {

/// Takes secrets out of a text on its way in: before an error is stored (a paper's unscored
/// reason, a run's error), logged or shown. Servers echo requests back in their error bodies, so
/// every text that came from one passes through here. It removes
///  - the values it was given: the API key, the values of the user's extra headers, and the
///    password and credential-like query values of the endpoint's URL (addSecretsOf);
///  - whatever looks like a credential wherever it is: the value of an Authorization (or
///    Proxy-Authorization, X-Api-Key, Api-Key, X-Goog-Api-Key) header, "Bearer …" and "Basic …"
///    tokens, sk-… keys (OpenAI, OpenRouter, Anthropic, also OpenAI's masked echo), the password of
///    a URL (scheme://user:password@host), and query-string parameters whose name says credential
///    (key, api_key, apikey, access_token, token, secret, client_secret, password, sig, signature…).
/// Each is replaced by "[redacted]"; the rest of the text stays, so the message still helps.
class Redactor
{
public:
    Redactor() = default;

    /// A value to remove wherever it appears (ignored when shorter than 4 characters: removing
    /// "abc" everywhere would garble the text and protect nothing).
    void addSecret(const QString &value);
    /// The password and the credential-like query values of a URL.
    void addSecretsOf(const QUrl &url);

    QString redact(const QString &text) const;
    /// Only the patterns, for texts that no configured secret can be in (arXiv's answers).
    static QString redactPatterns(const QString &text);

    /// Whether a query-string parameter or header name says it holds a credential.
    static bool isCredentialName(QStringView name);

    static inline const QString Mark = QStringLiteral("[redacted]");

private:
    QStringList m_secrets; ///< longest first, so a key that contains another goes whole
};

} // namespace PaperSift
