#include "httppolicy.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace PaperSift::Http {

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

QDateTime parseHttpDate(QByteArrayView value)
{
    const QString text = QString::fromLatin1(value).simplified();
    static const QStringList formats
        = { u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s, u"dddd, dd-MMM-yy HH:mm:ss 'GMT'"_s, u"ddd MMM d HH:mm:ss yyyy"_s };
    const QLocale c = QLocale::c();
    for (const QString &format : formats) {
        const QDateTime parsed = c.toDateTime(text, format, 1970); // two-digit years: 1970–2069
        if (parsed.isValid())
            return QDateTime(parsed.date(), parsed.time(), QTimeZone::UTC);
    }
    QDateTime rfc2822 = QDateTime::fromString(text, Qt::RFC2822Date);
    return rfc2822.isValid() ? rfc2822.toUTC() : QDateTime();
}

namespace {
// A finite, non-negative number, or nothing: "inf", "nan", "-4" and "1e400" are not waits.
std::optional<double> nonNegative(QByteArrayView text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0)
        return std::nullopt;
    return v;
}

QByteArrayView header(const Headers &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return QByteArrayView(value).trimmed();
    }
    return {};
}
} // namespace

std::optional<milliseconds> parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    value = value.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (const auto seconds = nonNegative(value))
        return milliseconds(qint64(std::ceil(std::min(*seconds, 1e9) * 1000.0)));
    // A number with a sign is not a date: "-5" is refused, not read as one.
    if (value.front() == '-' || value.front() == '+' || (value.front() >= '0' && value.front() <= '9'))
        return std::nullopt;
    const QDateTime when = parseHttpDate(value);
    if (!when.isValid())
        return std::nullopt;
    return milliseconds(std::max<qint64>(0, now.msecsTo(when)));
}

std::optional<milliseconds> retryAfter(const Headers &headers, const QDateTime &now)
{
    if (const QByteArrayView ms = header(headers, "retry-after-ms"); !ms.isEmpty()) {
        if (const auto v = nonNegative(ms))
            return milliseconds(qint64(std::ceil(std::min(*v, 1e12))));
    }
    return parseRetryAfter(header(headers, "retry-after"), now);
}

milliseconds retryDelay(int attempt, const Backoff &policy, std::optional<milliseconds> retryAfter, double jitter01)
{
    if (retryAfter)
        return std::clamp(*retryAfter, milliseconds(0), policy.maxRetryAfter);
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double full = std::min(double(policy.base.count()) * std::pow(2.0, exponent), double(policy.cap.count()));
    const double jitter = std::clamp(jitter01, 0.0, 1.0);
    return milliseconds(qint64(full / 2.0 + full / 2.0 * jitter));
}

} // namespace PaperSift::Http
