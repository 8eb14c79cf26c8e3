#include "textfold.h"

#include <algorithm>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

// Letters that Unicode decomposition leaves alone but readers treat as accented Latin letters.
QStringView foldSpecial(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF:
        return u"ss"; // ß
    case 0x00E6:
    case 0x00C6:
        return u"ae"; // æ Æ
    case 0x0153:
    case 0x0152:
        return u"oe"; // œ Œ
    case 0x00F8:
    case 0x00D8:
        return u"o"; // ø Ø
    case 0x0142:
    case 0x0141:
        return u"l"; // ł Ł
    case 0x0111:
    case 0x0110:
        return u"d"; // đ Đ
    case 0x00F0:
    case 0x00D0:
        return u"d"; // ð Ð
    case 0x00FE:
    case 0x00DE:
        return u"th"; // þ Þ
    case 0x0131:
        return u"i"; // ı
    default:
        return {};
    }
}

} // namespace

QString foldForMatching(QStringView text)
{
    // Most titles and abstracts are plain ASCII: fold those without decomposing them (the
    // decomposition allocates and walks tables; it was half of the ranking's time per paper).
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) {
            return c.unicode() < 0x80;
        })) {
        // Written through the buffer, not appended: QString::append checks for a detach per character.
        QString out(text.size() + 2, Qt::Uninitialized);
        char16_t *const begin = reinterpret_cast<char16_t *>(out.data());
        char16_t *d = begin;
        *d++ = u' ';
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
                *d++ = u;
            else if (u >= u'A' && u <= u'Z')
                *d++ = char16_t(u + 32);
            else if (d[-1] != u' ')
                *d++ = u' ';
        }
        if (d[-1] != u' ')
            *d++ = u' ';
        out.truncate(d - begin);
        return out;
    }
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size() + 2);
    out += u' ';
    for (const QChar c : decomposed) {
        const QChar::Category cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        if (const QStringView special = foldSpecial(c); !special.isEmpty()) {
            out += special;
        } else if (c.isLetterOrNumber()) {
            out += c.toLower();
        } else if (!out.endsWith(u' ')) {
            out += u' ';
        }
    }
    if (!out.endsWith(u' '))
        out += u' ';
    return out;
}

} // namespace PaperSift
