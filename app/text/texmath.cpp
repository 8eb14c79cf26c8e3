#include "texmath.h"

#include "texmathparser.h"
#include "texsymbols.h"

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace TexMath {

using namespace TexSymbols;

char32_t codePoint(QStringView s, qsizetype i, qsizetype &len)
{
    if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
        len = 2;
        return QChar::surrogateToUcs4(s[i], s[i + 1]);
    }
    len = 1;
    return s[i].unicode();
}

void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    } else {
        out += QChar(char16_t(c));
    }
}

qsizetype closingBrace(QStringView s, qsizetype open)
{
    int depth = 0;
    for (qsizetype j = open; j < s.size(); ++j) {
        if (s[j] == u'\\')
            ++j;
        else if (s[j] == u'{')
            ++depth;
        else if (s[j] == u'}' && --depth == 0)
            return j;
    }
    return -1;
}

bool isOneSymbol(QStringView t)
{
    if (t.isEmpty())
        return false;
    qsizetype len = 0;
    if (QChar::isMark(codePoint(t, 0, len)))
        return false;
    for (qsizetype i = len; i < t.size(); i += len) {
        if (!QChar::isMark(codePoint(t, i, len)))
            return false;
    }
    return true;
}

bool isParenthesized(QStringView t)
{
    if (t.size() < 2)
        return false;
    // Bars pair with themselves: |x| and ‖w‖ are one group when no other bar of theirs is inside.
    const QChar open = t.front(), close = t.back();
    if ((open == u'|' || open == u'‖') && close == open)
        return !t.sliced(1, t.size() - 2).contains(open);
    static constexpr QStringView opens = u"([{⟨⌊⌈", closes = u")]}⟩⌋⌉";
    const qsizetype kind = opens.indexOf(open);
    if (kind < 0 || close != closes[kind])
        return false;
    int depth = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        depth += t[i] == open ? 1 : t[i] == close ? -1 : 0;
        if (depth == 0)
            return i == t.size() - 1; // "(a)(b)" is two groups
    }
    return false;
}

/// Appends `t` raised (sup) or lowered: as Unicode super/subscript characters when Unicode has one
/// for every character, else as ^x, _ref or ^(…). The fallback is acceptable because Unicode has
/// no subscript b, c, d, f, g, q, w, y, z, no capital subscripts and few script symbols: the
/// plain form with explicit parentheses is how TeX is written in plain text (x^(n+1), x_train),
/// it is unambiguous, and it beats leaving the whole formula raw.
void appendScript(QString &out, QStringView t, bool sup, bool nextIsAlnum)
{
    t = t.trimmed();
    if (t.isEmpty())
        return;
    bool all = true;
    qsizetype len = 0;
    for (qsizetype i = 0; i < t.size() && all; i += len) {
        const char32_t c = codePoint(t, i, len);
        all = (sup ? superscript(c) : subscript(c)) != 0;
    }
    if (all) {
        for (qsizetype i = 0; i < t.size(); i += len) {
            const char32_t c = codePoint(t, i, len);
            appendCodePoint(out, sup ? superscript(c) : subscript(c));
        }
        return;
    }
    out += sup ? u'^' : u'_';
    // A subscript word (x_train, L_CE) reads without parentheses; a superscript word could be a
    // product (e^iπ), so it gets them, as does anything followed by a letter or digit.
    bool word = !sup;
    for (qsizetype i = 0; i < t.size() && word; i += len)
        word = QChar::isLetter(codePoint(t, i, len));
    if ((isOneSymbol(t) || word || isParenthesized(t)) && !nextIsAlnum) {
        out += t;
    } else {
        out += u'(';
        out += t;
        out += u')';
    }
}

namespace {

/// True when `c` holds a plain word of three letters or more (not a macro name, not in braces):
/// prose caught between two dollars ("5 per hour ("), which math does not have.
bool hasPlainWord(QStringView c)
{
    int depth = 0;
    for (qsizetype i = 0; i < c.size(); ++i) {
        if (c[i] == u'\\') {
            if (i + 1 < c.size() && !isAsciiLetter(c[i + 1]))
                ++i; // a control symbol, \% or \{
            while (i + 1 < c.size() && isAsciiLetter(c[i + 1]))
                ++i; // a macro name
        } else if (c[i] == u'{') {
            ++depth;
        } else if (c[i] == u'}') {
            --depth;
        } else if (depth == 0 && isAsciiLetter(c[i])) {
            qsizetype end = i;
            while (end < c.size() && isAsciiLetter(c[end]))
                ++end;
            if (end - i >= 3)
                return true;
            i = end - 1;
        }
    }
    return false;
}

/// The end (one past the closing delimiter) of the math span that opens at s[i] with $, $$, \(
/// or \[, and its content; -1 when s[i] opens none. For a single $ the rules of texmath.h apply:
/// TeX authors write $n$-gram and $\alpha$; "$5 and $10" and "$HOME and $PATH" are not math.
qsizetype mathSpanAt(QStringView s, qsizetype i, QStringView &content)
{
    const qsizetype n = s.size();
    if (s[i] == u'\\') {
        const QChar closer = s[i + 1] == u'(' ? u')' : u']';
        for (qsizetype j = i + 2; j + 1 < n; ++j) {
            if (s[j] != u'\\')
                continue;
            if (s[j + 1] == closer) {
                content = s.sliced(i + 2, j - i - 2);
                return content.trimmed().isEmpty() ? -1 : j + 2;
            }
            ++j;
        }
        return -1;
    }
    if (i + 1 < n && s[i + 1] == u'$') {
        for (qsizetype j = i + 2; j < n; ++j) {
            if (s[j] == u'\\') {
                ++j;
            } else if (s[j] == u'$') {
                if (j + 1 >= n || s[j + 1] != u'$')
                    return -1;
                content = s.sliced(i + 2, j - i - 2);
                return content.trimmed().isEmpty() ? -1 : j + 2;
            }
        }
        return -1;
    }
    qsizetype j = i + 1;
    while (j < n && s[j] != u'$')
        j += s[j] == u'\\' ? 2 : 1;
    if (j >= n)
        return -1;
    content = s.sliced(i + 1, j - i - 1);
    const QStringView trimmed = content.trimmed();
    if (trimmed.isEmpty())
        return -1;
    if (j + 1 < n && s[j + 1].isDigit()) // "$5-$10": the next amount, never what follows math
        return -1;
    if (content.back().isSpace() && !content.front().isSpace()) // "$5 and $x$": $ x $ is symmetric
        return -1;
    if ((trimmed.front().isDigit() || content.front().isSpace()) && hasPlainWord(trimmed))
        return -1; // "$5 per hour ($", "$ b and $"
    if (trimmed.front().isDigit() && (trimmed.back() == u'(' || trimmed.back() == u'['))
        return -1; // "$100M ($\approx$": an amount, then an aside that opens with math
    return j + 1;
}

/// True when the ~ at s[i] is TeX's tie (Fig.~3, et~al.~\cite) rather than a tilde of plain text:
/// "~10%" and "3~5%" (a range) keep theirs, and so do URLs.
bool isTie(QStringView s, qsizetype i)
{
    if (i == 0 || i + 1 >= s.size())
        return false;
    const QChar p = s[i - 1], q = s[i + 1];
    if (q.isSpace() || q == u'~' || !(p.isLetter() || p == u'.' || p == u',' || (p.isDigit() && q.isLetter())))
        return false;
    qsizetype w = i;
    while (w > 0 && !s[w - 1].isSpace())
        --w;
    const QStringView word = s.sliced(w, i - w);
    return !word.contains(u"://"_s) && !word.startsWith(u"www."_s);
}

/// Reads the braced argument at s[pos] (after spaces) into `arg`; the position after it, or -1.
qsizetype bracedArg(QStringView s, qsizetype pos, QStringView &arg)
{
    while (pos < s.size() && s[pos].isSpace())
        ++pos;
    if (pos >= s.size() || s[pos] != u'{')
        return -1;
    const qsizetype close = closingBrace(s, pos);
    if (close < 0)
        return -1;
    arg = s.sliced(pos + 1, close - pos - 1);
    return close + 1;
}

} // namespace

bool renderText(QStringView s, QString &out, int depth)
{
    const qsizetype n = s.size();
    qsizetype copied = 0;
    bool changed = false;
    // Copies the unchanged text before `from`; the first time, makes room for the rest.
    const auto flush = [&](qsizetype from) {
        if (!changed)
            out.reserve(out.size() + n + 16);
        changed = true;
        out += s.sliced(copied, from - copied);
    };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s[i];
        if (c == u'~') {
            if (isTie(s, i)) {
                flush(i);
                out += QChar(0x00A0);
                copied = i + 1;
            }
            ++i;
            continue;
        }
        if (c != u'$' && c != u'\\') {
            ++i;
            continue;
        }
        if (c == u'$' || (i + 1 < n && (s[i + 1] == u'(' || s[i + 1] == u'['))) {
            QStringView content;
            const qsizetype end = mathSpanAt(s, i, content);
            if (end < 0) { // "$$" that opens nothing is two dollars, not an opening one
                i += c == u'$' && (i + 1 >= n || s[i + 1] != u'$') ? 1 : 2;
                continue;
            }
            QString math;
            if (depth <= MaxDepth && renderMath(content, math, depth)) {
                flush(i);
                out += math;
                copied = end;
            } // else the whole span stays as written
            i = end;
            continue;
        }
        // A text-mode macro: \textbf{…}, \url{…}, \%, {\bf …}; unknown ones stay as written.
        const qsizetype nameStart = i + 1;
        if (nameStart >= n) {
            ++i;
            continue;
        }
        const bool word = isAsciiLetter(s[nameStart]);
        qsizetype pos = nameStart + 1;
        while (word && pos < n && isAsciiLetter(s[pos]))
            ++pos;
        const TextMacro *m = depth <= MaxDepth ? findTextMacro(s.sliced(nameStart, pos - nameStart)) : nullptr;
        if (!m) {
            i = pos;
            continue;
        }
        if (m->kind != TextKind::Symbol && i > copied && s[i - 1] == u'{' && (i < 2 || s[i - 2] != u'\\')) {
            // {\bf CityGPT}, {\href{…}{page}}: the group around the macro is TeX's, not the text's.
            if (const qsizetype close = closingBrace(s, i - 1); close > 0) {
                flush(i - 1);
                const QStringView inner = s.sliced(i, close - i);
                if (!renderText(inner, out, depth + 1))
                    out += inner;
                copied = i = close + 1;
                continue;
            }
        }
        if (m->kind == TextKind::Symbol || m->kind == TextKind::Switch) {
            flush(i);
            out += view(m->text);
            if (m->kind == TextKind::Switch) {
                while (pos < n && s[pos].isSpace())
                    ++pos;
            } else if (word && s.sliced(pos).startsWith(u"{}"_s)) {
                pos += 2; // \LaTeX{}
            }
            copied = i = pos;
            continue;
        }
        QStringView arg, second;
        const qsizetype after = bracedArg(s, pos, arg);
        const qsizetype end = m->kind == TextKind::Href && after > 0 ? bracedArg(s, after, second) : after;
        QString math;
        if (end < 0 || (m->kind == TextKind::Math && !renderMath(arg, math, depth + 1))) {
            i = pos; // no argument, or math that does not render: as written
            continue;
        }
        flush(i);
        switch (m->kind) {
        case TextKind::Wrapper:
            if (!renderText(arg, out, depth + 1))
                out += arg;
            break;
        case TextKind::Math:
            out += math;
            break;
        case TextKind::Superscript:
        case TextKind::Subscript: {
            QString t;
            if (!renderText(arg, t, depth + 1))
                t = arg.toString();
            appendScript(out, t, m->kind == TextKind::Superscript, end < n && s[end].isLetterOrNumber());
            break;
        }
        case TextKind::Url:
            out += arg;
            break;
        case TextKind::Href: // the link text; the URL when there is none
            if (second.trimmed().isEmpty())
                out += arg;
            else if (!renderText(second, out, depth + 1))
                out += second;
            break;
        case TextKind::Symbol:
        case TextKind::Switch:
            break;
        }
        copied = i = end;
    }
    if (!changed)
        return false;
    out += s.sliced(copied);
    return true;
}

} // namespace TexMath

using namespace TexMath;

QString renderTexMath(const QString &text)
{
    // The common case, a title without TeX: one scan, no allocation.
    const QChar *p = text.constData();
    const QChar *const e = p + text.size();
    while (p != e && *p != u'$' && *p != u'\\' && *p != u'~')
        ++p;
    if (p == e)
        return text;
    QString out;
    return renderText(text, out, 0) ? out : text;
}

QList<TexMathSpan> texMathSpans(QStringView text)
{
    QList<TexMathSpan> spans;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c != u'$' && c != u'\\')
            continue;
        if (c == u'\\' && (i + 1 >= n || (text[i + 1] != u'(' && text[i + 1] != u'['))) {
            ++i; // an escape or a macro name: \$ opens nothing
            continue;
        }
        QStringView content;
        const qsizetype end = mathSpanAt(text, i, content);
        if (end < 0) {
            i += c == u'$' && (i + 1 >= n || text[i + 1] != u'$') ? 0 : 1;
            continue;
        }
        TexMathSpan span { i, end - i, {} };
        QString rendered;
        if (renderMath(content, rendered, 0))
            span.rendered = rendered.isNull() ? u""_s : rendered;
        spans.append(span);
        i = end - 1;
    }
    return spans;
}

} // namespace PaperSift
