#include "redaction.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {
// Names that hold credentials, in query strings and headers ("api-key", "X-Api-Key", "apiKey").
const QString credentialNames = u"(?:x-)?(?:goog-)?api[-_]?key|key|apikey|access[-_]?token|refresh[-_]?token|"
                                "id[-_]?token|token|auth|secret|client[-_]?secret|password|passwd|pwd|sig|signature|"
                                "x-amz-signature|x-amz-security-token|x-goog-signature"_s;

// Each match replaced by what `with` makes of it.
template<typename F>
QString replaceEach(const QString &text, const QRegularExpression &re, F with)
{
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).sliced(last, m.capturedStart() - last);
        out += with(m);
        last = m.capturedEnd();
    }
    if (last == 0)
        return text;
    out += QStringView(text).sliced(last);
    return out;
}
} // namespace

bool Redactor::isCredentialName(QStringView name)
{
    static const QRegularExpression re(u"^(?:%1)$"_s.arg(credentialNames), QRegularExpression::CaseInsensitiveOption);
    return re.matchView(name).hasMatch();
}

void Redactor::addSecret(const QString &value)
{
    const QString v = value.trimmed();
    if (v.size() < 4 || m_secrets.contains(v))
        return;
    m_secrets.append(v);
    // The percent-encoded form too: a server may echo the URL as it was sent.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(v));
    if (encoded != v)
        m_secrets.append(encoded);
    std::sort(m_secrets.begin(), m_secrets.end(), [](const QString &a, const QString &b) {
        return a.size() > b.size();
    });
}

void Redactor::addSecretsOf(const QUrl &url)
{
    addSecret(url.password(QUrl::FullyDecoded));
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (isCredentialName(name))
            addSecret(value);
    }
}

QString Redactor::redact(const QString &text) const
{
    QString out = text;
    for (const QString &secret : m_secrets)
        out.replace(secret, Mark);
    return redactPatterns(out);
}

QString Redactor::redactPatterns(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString out = text;
    // A header as a server echoes it: "Authorization: Bearer …", "authorization":"Basic …",
    // 'x-api-key': '…'. The scheme word is kept; what follows it goes.
    static const QRegularExpression header(
        uR"(((?:proxy-)?authorization|x-api-key|api-key|x-goog-api-key)(["']?\s*[:=]\s*["']?)(?:(bearer|basic|token|digest)\s+)?[^\s"',;&<>]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    out = replaceEach(out, header, [](const QRegularExpressionMatch &m) {
        return m.captured(1) + m.captured(2) + (m.hasCaptured(3) ? m.captured(3) + u' ' : QString()) + Mark;
    });
    static const QRegularExpression token(
        uR"(\b(Bearer|Basic)\s+(?!\[redacted\])[A-Za-z0-9._~+/=\-]+)"_s, QRegularExpression::CaseInsensitiveOption);
    out.replace(token, u"\\1 "_s + Mark);
    // OpenAI/OpenRouter/Anthropic-style keys, also the partly masked ones OpenAI echoes on a 401.
    static const QRegularExpression skKey(u"\\bsk-[A-Za-z0-9_\\-*]{6,}"_s);
    out.replace(skKey, Mark);
    // scheme://user:password@host
    static const QRegularExpression userInfo(
        uR"(([a-z][a-z0-9+.\-]*://[^\s/:@]*):[^\s/@]+@)"_s, QRegularExpression::CaseInsensitiveOption);
    out.replace(userInfo, u"\\1:"_s + Mark + u'@');
    // ?key=…&token=… (and "key=…" in any text: a query echoed without its '?').
    static const QRegularExpression query(
        uR"((^|[?&;\s"'(,])(%1)=(?!\[redacted\])[^&\s"'#<>,;)]+)"_s.arg(credentialNames),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(query, u"\\1\\2="_s + Mark);
    return out;
}

} // namespace PaperSift
