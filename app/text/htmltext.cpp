#include "htmltext.h"

#include <QRegularExpression>

namespace PaperSift {

using namespace Qt::StringLiterals;

QString decodeHtmlEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'&') {
            out += text[i];
            continue;
        }
        const qsizetype semi = text.indexOf(u';', i);
        if (semi < 0 || semi - i > 10) {
            out += text[i];
            continue;
        }
        const QStringView entity = QStringView(text).sliced(i + 1, semi - i - 1);
        QString replacement;
        if (entity == "lt"_L1)
            replacement = u"<"_s;
        else if (entity == "gt"_L1)
            replacement = u">"_s;
        else if (entity == "amp"_L1)
            replacement = u"&"_s;
        else if (entity == "quot"_L1)
            replacement = u"\""_s;
        else if (entity == "apos"_L1)
            replacement = u"'"_s;
        else if (entity == "nbsp"_L1)
            replacement = u" "_s;
        else if (entity.startsWith(u'#')) {
            bool ok = false;
            const uint code = entity.size() > 1 && (entity[1] == u'x' || entity[1] == u'X')
                ? entity.sliced(2).toUInt(&ok, 16)
                : entity.sliced(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                const char32_t c = code;
                replacement = QString::fromUcs4(&c, 1);
            }
        }
        if (replacement.isNull()) {
            out += text[i];
            continue;
        }
        out += replacement;
        i = semi;
    }
    return out;
}

QString stripHtml(const QString &html)
{
    static const QRegularExpression tag(uR"(<[^>]*>)"_s);
    QString text = html;
    text.replace(tag, QString());
    return decodeHtmlEntities(text);
}

} // namespace PaperSift
