#include "texdecoder.h"

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

/// Combining mark for a one-symbol accent command (\' \` \^ \" \~ \= \.), or 0.
char16_t symbolAccent(QChar c)
{
    switch (c.unicode()) {
    case u'`':
        return 0x0300;
    case u'\'':
        return 0x0301;
    case u'^':
        return 0x0302;
    case u'~':
        return 0x0303;
    case u'=':
        return 0x0304;
    case u'.':
        return 0x0307;
    case u'"':
        return 0x0308;
    default:
        return 0;
    }
}

/// Combining mark for a one-letter accent command (\u \v \H \c \k \r \d \b), or 0.
char16_t letterAccent(QStringView name)
{
    if (name.size() != 1)
        return 0;
    switch (name.front().unicode()) {
    case u'u':
        return 0x0306; // breve
    case u'v':
        return 0x030C; // caron
    case u'H':
        return 0x030B; // double acute
    case u'c':
        return 0x0327; // cedilla
    case u'k':
        return 0x0328; // ogonek
    case u'r':
        return 0x030A; // ring above
    case u'd':
        return 0x0323; // dot below
    case u'b':
        return 0x0331; // macron below
    default:
        return 0;
    }
}

/// The letter a special-letter command stands for (\o, \ss, \aa, \l, …), or a null string.
QString specialLetter(QStringView name)
{
    struct Entry
    {
        QLatin1StringView name;
        char16_t letter;
    };
    static constexpr Entry table[] = {
        { "o"_L1, u'\u00F8' },
        { "O"_L1, u'\u00D8' },
        { "ss"_L1, u'\u00DF' },
        { "aa"_L1, u'\u00E5' },
        { "AA"_L1, u'\u00C5' },
        { "ae"_L1, u'\u00E6' },
        { "AE"_L1, u'\u00C6' },
        { "oe"_L1, u'\u0153' },
        { "OE"_L1, u'\u0152' },
        { "l"_L1, u'\u0142' },
        { "L"_L1, u'\u0141' },
        { "i"_L1, u'\u0131' },
        { "j"_L1, u'\u0237' },
        { "TH"_L1, u'\u00DE' },
        { "th"_L1, u'\u00FE' },
        { "DH"_L1, u'\u00D0' },
        { "dh"_L1, u'\u00F0' },
        { "NG"_L1, u'\u014A' },
        { "ng"_L1, u'\u014B' },
        { "dj"_L1, u'\u0111' },
        { "DJ"_L1, u'\u0110' },
        { "SS"_L1, u'\u1E9E' },
    };
    for (const Entry &e : table) {
        if (name == e.name)
            return QString(QChar(e.letter));
    }
    return {};
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool decodeMacro(QStringView s, qsizetype &pos, QString &out);

/// Reads the base letter of an accent at `pos`: "{e}", "{\i}", "{\^e}", "e", "\i" (and "{}" as
/// empty). Returns false when the text there is no accent argument.
bool readAccentBase(QStringView s, qsizetype &pos, QString &base)
{
    const qsizetype n = s.size();
    qsizetype p = pos;
    if (p < n && s[p] == u'{') {
        qsizetype close = -1;
        int depth = 0;
        for (qsizetype j = p; j < n && j < p + 16; ++j) {
            if (s[j] == u'{') {
                ++depth;
            } else if (s[j] == u'}' && s[j - 1] != u'\\' && --depth == 0) {
                close = j;
                break;
            }
        }
        if (close < 0)
            return false;
        const QStringView inner = s.sliced(p + 1, close - p - 1).trimmed();
        if (inner.isEmpty()) {
            base.clear();
        } else if (inner.size() == 1 && isAsciiLetter(inner.front())) {
            base = inner.toString();
        } else if (inner == u"\\i" || inner == u"\\j") {
            // The dotless letters take the accent's place as plain i and j.
            base = QString(inner[1]);
        } else {
            // A nested accent, e.g. \~{\^e} for the Vietnamese ễ.
            qsizetype q = 0;
            QString letter;
            if (inner.front() != u'\\' || !decodeMacro(inner, q, letter) || q != inner.size() || letter.size() != 1)
                return false;
            base = letter;
        }
        pos = close + 1;
        return true;
    }
    if (p < n && isAsciiLetter(s[p])) {
        base = QString(s[p]);
        pos = p + 1;
        return true;
    }
    if (p + 1 < n && s[p] == u'\\' && (s[p + 1] == u'i' || s[p + 1] == u'j')
        && (p + 2 >= n || !isAsciiLetter(s[p + 2]))) {
        base = QString(s[p + 1]);
        p += 2;
        if (p + 1 < n && s[p] == u' ' && isAsciiLetter(s[p + 1]))
            ++p; // "Mart\'\i nez": TeX swallows the space after a control word
        pos = p;
        return true;
    }
    return false;
}

QString compose(const QString &base, char16_t mark, QChar accentSymbol)
{
    if (base.isEmpty())
        return QString(accentSymbol);
    return QString(base + QChar(mark)).normalized(QString::NormalizationForm_C);
}

/// Decodes the macro that starts with the backslash at `pos`. On success appends its text to
/// `out`, moves `pos` past it and returns true; otherwise leaves both untouched.
bool decodeMacro(QStringView s, qsizetype &pos, QString &out)
{
    const qsizetype n = s.size();
    if (pos + 1 >= n)
        return false;
    const QChar c = s[pos + 1];

    switch (c.unicode()) {
    case u'&':
    case u'%':
    case u'_':
    case u'#':
    case u'$':
    case u'{':
    case u'}':
        out += c;
        pos += 2;
        return true;
    default:
        break;
    }

    if (const char16_t mark = symbolAccent(c)) {
        qsizetype p = pos + 2;
        QString base;
        if (!readAccentBase(s, p, base))
            return false;
        const bool lone = c == u'~' || c == u'^'; // "\~{}" is how TeX writes a lone tilde
        if (base.isEmpty() && !lone)
            return false;
        out += compose(base, mark, lone ? c : QChar());
        pos = p;
        return true;
    }

    if (!isAsciiLetter(c))
        return false;
    qsizetype end = pos + 1;
    while (end < n && isAsciiLetter(s[end]))
        ++end;
    const QStringView name = s.sliced(pos + 1, end - pos - 1);

    if (const char16_t mark = letterAccent(name)) {
        qsizetype p = end;
        QString base;
        if (p < n && s[p] == u'{') {
            if (!readAccentBase(s, p, base))
                return false;
        } else if (p + 1 < n && s[p] == u' ') {
            ++p; // "\c c": TeX's space after a control word
            if (!readAccentBase(s, p, base) || base.isEmpty())
                return false;
        } else {
            return false;
        }
        if (base.isEmpty())
            return false;
        out += compose(base, mark, QChar());
        pos = p;
        return true;
    }

    const QString letter = specialLetter(name);
    if (letter.isNull())
        return false;
    out += letter;
    qsizetype p = end;
    if (p + 1 < n && s[p] == u'{' && s[p + 1] == u'}')
        p += 2; // "\o{}"
    else if (p + 1 < n && s[p] == u' ' && s[p + 1].isLetter())
        ++p; // "Bj\o rn": TeX swallows the space after a control word
    pos = p;
    return true;
}

/// Index of the '$' that closes math opened at `open` ("$" or "$$"), or -1.
qsizetype mathEnd(QStringView s, qsizetype open)
{
    const qsizetype n = s.size();
    const bool display = open + 1 < n && s[open + 1] == u'$';
    for (qsizetype j = open + (display ? 2 : 1); j < n; ++j) {
        if (s[j] == u'\\') {
            ++j; // skip the escaped character, e.g. \$
            continue;
        }
        if (s[j] == u'$') {
            if (!display)
                return j;
            if (j + 1 < n && s[j + 1] == u'$')
                return j + 1;
        }
    }
    return -1;
}

} // namespace

QString TexDecoder::normalizeWhitespace(QStringView text)
{
    return text.toString().simplified();
}

QString TexDecoder::decode(QStringView tex)
{
    const QString text = normalizeWhitespace(tex);
    const QStringView s(text);
    const qsizetype n = s.size();
    QString out;
    out.reserve(n);

    qsizetype i = 0;
    while (i < n) {
        const QChar ch = s[i];
        if (ch == u'\\') {
            if (decodeMacro(s, i, out))
                continue;
            // Unknown macro: keep it verbatim, name and all, so nothing is lost.
            out += ch;
            ++i;
            if (i < n && isAsciiLetter(s[i])) {
                while (i < n && isAsciiLetter(s[i]))
                    out += s[i++];
            } else if (i < n) {
                out += s[i++];
            }
            continue;
        }
        if (ch == u'$') {
            const qsizetype close = mathEnd(s, i);
            if (close < 0) { // a lone dollar sign, not math
                out += ch;
                ++i;
                continue;
            }
            out += s.sliced(i, close + 1 - i);
            i = close + 1;
            continue;
        }
        if (ch == u'{' && i + 1 < n && s[i + 1] == u'\\') {
            // "{\'e}", "{\o}", "{\v{s}}": a group around one decoded letter loses its braces.
            qsizetype close = -1;
            int depth = 0;
            for (qsizetype j = i; j < n && j < i + 16; ++j) {
                if (s[j] == u'{') {
                    ++depth;
                } else if (s[j] == u'}' && s[j - 1] != u'\\') {
                    if (--depth == 0) {
                        close = j;
                        break;
                    }
                }
            }
            if (close > 0) {
                const QStringView inner = s.sliced(i + 1, close - i - 1);
                qsizetype p = 0;
                QString letter;
                if (decodeMacro(inner, p, letter) && p == inner.size() && !letter.isEmpty() && letter.size() <= 2) {
                    out += letter;
                    i = close + 1;
                    continue;
                }
            }
        }
        out += ch;
        ++i;
    }
    return out;
}

} // namespace PaperSift
