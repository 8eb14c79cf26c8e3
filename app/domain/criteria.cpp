#include "criteria.h"

#include <QCryptographicHash>

namespace PaperSift {

QString Criteria::normalised(const QString &text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return t;
}

QString Criteria::sha256() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(normalised(text).toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace PaperSift
