#include "llmerror.h"

#include "domain/enumnames.h"
#include "endpoint.h"
#include "net/httppolicy.h"
#include "net/redaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>


namespace PaperSift {

using namespace Qt::StringLiterals;

Error LlmError::toError() const
{
    QString detail;
    if (httpStatus > 0)
        detail = u"HTTP %1"_s.arg(httpStatus);
    if (!providerCode.isEmpty())
        detail += (detail.isEmpty() ? QString() : u", "_s) + u"code "_s + providerCode;
    if (!providerType.isEmpty())
        detail += (detail.isEmpty() ? QString() : u", "_s) + u"type "_s + providerType;
    return Error { message, detail };
}

static QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

ProviderErrorBody parseProviderErrorBody(const QByteArray &body)
{
    ProviderErrorBody out;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return out;
    const QJsonObject root = doc.object();
    const QJsonValue error = root.value("error"_L1);
    QJsonObject fields;
    if (error.isObject()) {
        fields = error.toObject(); // OpenAI, llama.cpp, OpenRouter
    } else if (error.isString()) {
        out.message = error.toString(); // Ollama: {"error":"model 'x' not found"}
        out.parsed = true;
        return out;
    } else {
        fields = root; // vLLM: {"object":"error","message":…,"type":…,"code":400}
    }
    out.message = jsonText(fields.value("message"_L1));
    if (out.message.isEmpty())
        out.message = jsonText(fields.value("detail"_L1)); // FastAPI-style servers
    out.type = jsonText(fields.value("type"_L1));
    out.code = jsonText(fields.value("code"_L1));
    out.parsed = !out.message.isEmpty() || !out.type.isEmpty() || !out.code.isEmpty();
    return out;
}

QString scrubSecrets(const QString &text, const QString &apiKey)
{
    Redactor redactor;
    redactor.addSecret(apiKey);
    return redactor.redact(text);
}

namespace {
constexpr EnumName<LlmErrorKind> errorKindNames[] = {
    {LlmErrorKind::None, "none"_L1},
    {LlmErrorKind::Quota, "quota"_L1},
    {LlmErrorKind::TooLarge, "too-large"_L1},
    {LlmErrorKind::Auth, "auth"_L1},
    {LlmErrorKind::NotFound, "not-found"_L1},
    {LlmErrorKind::BadRequest, "bad-request"_L1},
    {LlmErrorKind::RateLimited, "rate-limited"_L1},
    {LlmErrorKind::Server, "server"_L1},
    {LlmErrorKind::Network, "network"_L1},
    {LlmErrorKind::Timeout, "timeout"_L1},
    {LlmErrorKind::Cancelled, "cancelled"_L1},
    {LlmErrorKind::Malformed, "malformed"_L1},
};
} // namespace

QString errorKindName(LlmErrorKind kind)
{
    const QString name = enumName<LlmErrorKind>(errorKindNames, kind);
    return name.isEmpty() ? u"unknown"_s : name;
}

QString briefReason(const LlmError &e)
{
    switch (e.kind) {
    case LlmErrorKind::None:
        return {};
    case LlmErrorKind::Timeout:
        return u"the endpoint did not answer in time"_s;
    case LlmErrorKind::Network:
        return u"the connection to the endpoint failed"_s;
    case LlmErrorKind::Cancelled:
        return u"the request was cancelled"_s;
    case LlmErrorKind::Malformed:
        return e.httpStatus > 0 ? u"the endpoint answered HTTP %1 without a usable reply"_s.arg(e.httpStatus)
                                : u"the endpoint's reply was not usable"_s;
    case LlmErrorKind::Quota:
        return u"the endpoint's quota is exhausted (HTTP %1)"_s.arg(e.httpStatus);
    default:
        break;
    }
    return e.httpStatus > 0 ? u"the endpoint answered HTTP %1"_s.arg(e.httpStatus)
                            : u"the endpoint failed (%1)"_s.arg(errorKindName(e.kind));
}

static bool isQuota(const ProviderErrorBody &b)
{
    return b.code == "insufficient_quota"_L1 || b.type == "insufficient_quota"_L1;
}

static bool isTooLarge(const ProviderErrorBody &b)
{
    return b.message.contains("request too large"_L1, Qt::CaseInsensitive) || b.code == "context_length_exceeded"_L1
        || b.type == "exceed_context_size_error"_L1 || b.code == "string_above_max_length"_L1;
}

QString cutAtWord(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    qsizetype end = max;
    while (end > 0 && !text.at(end).isSpace())
        --end;
    return QStringView(text).left(end).trimmed() + u'…';
}

static QString quoted(const QString &text)
{
    return u"“"_s + cutAtWord(text.simplified(), 400) + u"”"_s;
}

LlmError classifyHttpError(int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
    const EndpointConfig &endpoint, const QDateTime &now)
{
    LlmError e;
    e.httpStatus = status;
    const ProviderErrorBody b = parseProviderErrorBody(body);
    e.providerMessage = b.message;
    e.providerType = b.type;
    e.providerCode = b.code;
    e.retryAfter = Http::retryAfter(headers, now);

    const QString who = endpoint.providerName();
    const QString said = b.message.isEmpty() ? QString() : u": "_s + quoted(b.message);
    const QString http = u"HTTP %1"_s.arg(status);

    if (isQuota(b) || status == 402) {
        e.kind = LlmErrorKind::Quota;
        e.message = u"%1 says the quota is exhausted (%2)%3. Check billing or switch endpoint in Settings."_s.arg(
            who, http, said);
    } else if (isTooLarge(b) || status == 413) {
        e.kind = LlmErrorKind::TooLarge;
        e.message = u"%1 says the request is too large for the model's limits (%2)%3. Lower the batch size in "
                    "Settings or choose a model with larger limits."_s.arg(who, http, said);
    } else if (status == 401 || status == 403) {
        e.kind = LlmErrorKind::Auth;
        e.message = status == 401
            ? u"%1 rejected the API key (%2)%3. Check the key in Settings or PAPERSIFT_API_KEY."_s.arg(who, http, said)
            : u"%1 refused access (%2)%3. Check that the key may use model “%4”."_s.arg(
                who, http, said, endpoint.model);
    } else if (status == 404) {
        e.kind = LlmErrorKind::NotFound;
        e.message = u"%1 answered “not found” (%2)%3. Check the base URL (%4) and the model “%5” in Settings."_s.arg(
            who, http, said, endpoint.displayUrl(), endpoint.model);
    } else if (status == 429) {
        e.kind = LlmErrorKind::RateLimited;
        e.retryable = true;
        e.message = u"%1 is rate limiting PaperSift (%2)%3. Lower the concurrency or requests per minute in "
                    "Settings, or try again later."_s.arg(who, http, said);
    } else if (status == 408 || status == 409 || (status >= 500 && status <= 599)) {
        e.kind = LlmErrorKind::Server;
        e.retryable = true;
        e.message = u"%1 answered %2%3. It is probably a temporary problem on its side: try again later."_s.arg(
            who, http, said);
    } else {
        e.kind = LlmErrorKind::BadRequest;
        e.message = u"%1 rejected the request (%2)%3. Check the model and the request options (JSON mode, max "
                    "completion tokens) in Settings."_s.arg(who, http, said);
    }
    e.fatal = !e.retryable;
    return e;
}

} // namespace PaperSift
