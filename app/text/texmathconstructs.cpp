#include "texmathparser.h"

#include <algorithm>

namespace PaperSift::TexMath {

using namespace Qt::StringLiterals;
using namespace TexSymbols;

namespace {

/// An accent, a prime or a super/subscript: it belongs to the symbol before it.
bool isAttachment(char32_t c)
{
    return QChar::isMark(c) || isScriptChar(c) || c == U'′' || c == U'″' || c == U'‴';
}

/// True when `t` reads as one factor: a number, a symbol, a root of one, or something in brackets
/// or bars, each with its accents, primes and scripts. Anything else is parenthesised in a/b and √.
bool isSingleAtom(QStringView t)
{
    qsizetype end = t.size();
    while (end > 0) {
        const qsizetype w = end >= 2 && t[end - 1].isLowSurrogate() && t[end - 2].isHighSurrogate() ? 2 : 1;
        qsizetype len = 0;
        if (!isAttachment(codePoint(t, end - w, len)))
            break;
        end -= w;
    }
    const QStringView base = t.first(end);
    if (base.isEmpty())
        return false;
    if (isParenthesized(base))
        return true;
    if (base.front() == u'√' || base.front() == u'∛' || base.front() == u'∜')
        return isSingleAtom(base.sliced(1));
    if (base.front().isDigit())
        return std::all_of(base.begin(), base.end(), [](QChar c) {
            return c.isDigit() || c == u'.';
        });
    qsizetype len = 0;
    const char32_t first = codePoint(base, 0, len);
    return len == base.size() && (QChar::isLetter(first) || first == U'∞' || first == U'∂' || first == U'∇');
}

} // namespace

qsizetype infixAt(QStringView s, qsizetype &after, bool &binom)
{
    int depth = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'{') {
            ++depth;
        } else if (s[i] == u'}') {
            --depth;
        } else if (s[i] == u'\\') {
            qsizetype end = i + 1;
            while (end < s.size() && isAsciiLetter(s[end]))
                ++end;
            const QStringView name = s.sliced(i + 1, end - i - 1);
            if (depth == 0 && (name == u"over"_s || name == u"choose"_s)) {
                after = end;
                binom = name == u"choose"_s;
                return i;
            }
            i = qMax(i + 1, end - 1);
        }
    }
    return -1;
}

/// \hat{x}: the mark after the one symbol, or after each letter and digit of a longer argument
/// (\overline{AB} → A̅B̅).
bool MathParser::accent(char16_t mark)
{
    QStringView arg;
    QString t;
    Ctx ctx = m_ctx;
    ctx.tight = true;
    if (!readArg(arg) || !sub(arg, t, ctx))
        return false;
    t = t.trimmed();
    const bool one = isOneSymbol(t);
    QString r;
    bool marked = false;
    qsizetype len = 0;
    for (qsizetype i = 0; i < t.size(); i += len) {
        const char32_t c = codePoint(t, i, len);
        appendCodePoint(r, c);
        if (!one && !QChar::isLetterOrNumber(c))
            continue;
        while (i + len < t.size() && t[i + len].isMark()) // marks already on it come first
            r += t[i + len++];
        r += QChar(mark);
        marked = true;
    }
    if (!marked)
        return false;
    put(r.normalized(QString::NormalizationForm_C), Atom::Ord);
    return true;
}

/// \frac{a}{b} → a/b, (n+1)/2; \binom{n}{k} → (n choose k).
bool MathParser::fraction(bool binom)
{
    QStringView a, b;
    return readArg(a) && readArg(b) && putFraction(a, b, binom);
}

bool MathParser::putFraction(QStringView a, QStringView b, bool binom)
{
    QString num, den;
    Ctx ctx = m_ctx;
    ctx.tight = true; // TeX sets an inline fraction's parts in script style: (n+1)/2
    if (!sub(a, num, ctx) || !sub(b, den, ctx))
        return false;
    num = num.trimmed();
    den = den.trimmed();
    QString r;
    if (binom) {
        r = u"("_s + num + u" choose "_s + den + u')';
    } else {
        const auto part = [](const QString &t) {
            return isSingleAtom(t) ? t : u"("_s + t + u')';
        };
        r = part(num) + u'/' + part(den);
        // Next to another factor it is one too: (1/2)x, x(a/b), log(1/δ).
        if (m_prev != Atom::Ord && m_prev != Atom::Close && m_prev != Atom::Op && !nextIsOrdinary()) {
            put(r, Atom::Ord);
            return true;
        }
        r = u'(' + r + u')';
    }
    putParenthesized(r);
    return true;
}

/// \ket{ψ} → |ψ⟩, \norm{x} → ‖x‖: the argument between two delimiters.
bool MathParser::enclose(std::u16string_view delimiters)
{
    QStringView arg;
    QString t;
    if (!readArg(arg) || !sub(arg, t, m_ctx))
        return false;
    put(QString(QChar(delimiters[0]) + t.trimmed() + QChar(delimiters[1])), Atom::Ord);
    return true;
}

/// \sqrt{x} → √x, √(x+y); \sqrt[3]{x} → ∛x; \sqrt[n]{x} → ⁿ√x.
bool MathParser::readOptional(QStringView &opt)
{
    skipSpaces();
    if (m_i >= m_s.size() || m_s[m_i] != u'[')
        return true;
    int depth = 0;
    for (qsizetype j = m_i + 1; j < m_s.size(); ++j) {
        if (m_s[j] == u'\\') {
            ++j;
        } else if (m_s[j] == u'{') {
            ++depth;
        } else if (m_s[j] == u'}') {
            --depth;
        } else if (m_s[j] == u']' && depth == 0) {
            opt = m_s.sliced(m_i + 1, j - m_i - 1);
            m_i = j + 1;
            return true;
        }
    }
    return false;
}

bool MathParser::root()
{
    Ctx ctx = m_ctx;
    ctx.tight = true;
    QStringView opt;
    QString index;
    if (!readOptional(opt) || (!opt.isNull() && !sub(opt, index, ctx)))
        return false;
    index = index.trimmed();
    QStringView arg;
    QString t;
    if (!readArg(arg) || !sub(arg, t, ctx))
        return false;
    t = t.trimmed();
    QString r;
    if (index.isEmpty() || index == u"2"_s) {
        r = u"√"_s;
    } else if (index == u"3"_s) {
        r = u"∛"_s;
    } else if (index == u"4"_s) {
        r = u"∜"_s;
    } else {
        appendScript(r, index, true, false);
        if (r.startsWith(u'^')) // no superscript form: keep the TeX
            return false;
        r += u'√';
    }
    r += isSingleAtom(t) ? t : u"("_s + t + u')';
    put(r, Atom::Ord);
    return true;
}

/// \left( \right\} \big| : the delimiter without its size; \left. is nothing.
bool MathParser::delimiter(Atom cls)
{
    skipSpaces();
    if (m_i >= m_s.size())
        return false;
    const QChar c = m_s[m_i];
    QStringView text;
    Atom natural = Atom::Ord;
    if (c == u'\\') {
        qsizetype end = m_i + 1;
        while (end < m_s.size() && isAsciiLetter(m_s[end]))
            ++end;
        const qsizetype len = qMax(end - m_i - 1, qsizetype(1));
        const MathMacro *m = findMathMacro(m_s.sliced(m_i + 1, qMin(len, m_s.size() - m_i - 1)));
        if (!m || m->kind != Kind::Symbol)
            return false;
        text = view(m->text);
        static constexpr QStringView bars = u"|‖↑↓⇑⇓↕⧵";
        if (m->atom != Atom::Open && m->atom != Atom::Close && !(text.size() == 1 && bars.contains(text.front())))
            return false;
        natural = m->atom;
        m_i += 1 + len;
    } else {
        static constexpr QStringView chars = u"()[]|/.<>";
        if (!chars.contains(c))
            return false;
        ++m_i;
        static constexpr char16_t angles[] = { u'⟨', u'⟩' };
        text = c == u'.' ? QStringView()
            : c == u'<'  ? QStringView(angles, 1)
            : c == u'>'  ? QStringView(angles + 1, 1)
                         : m_s.sliced(m_i - 1, 1);
        natural = c == u'<' ? Atom::Open : c == u'>' ? Atom::Close : classOf(c.unicode());
    }
    if (!text.isEmpty())
        put(text, cls == Atom::None ? natural : cls);
    return true;
}

/// \not= → ≠, \not\in → ∉; a relation without a precomposed negation gets U+0338.
bool MathParser::negation()
{
    skipSpaces();
    QStringView arg;
    if (m_i >= m_s.size() || m_s[m_i] == u'{' || !readArg(arg))
        return false;
    QString base;
    Atom cls = Atom::Rel;
    if (arg.front() == u'\\') {
        const MathMacro *m = findMathMacro(arg.sliced(1));
        if (!m || m->kind != Kind::Symbol)
            return false;
        base = view(m->text).toString();
        cls = m->atom;
    } else {
        base = arg.toString();
        cls = classOf(arg.front().unicode());
    }
    const char16_t neg = base.size() == 1 ? negated(base.front().unicode()) : 0;
    put(neg ? QString(QChar(neg)) : base + QChar(0x0338), cls);
    return true;
}

/// \overset{\sim}{O} → Õ (an accent); \stackrel{\text{def}}{=} → =ᵈᵉᶠ; \underset{x}{\min} → minₓ.
bool MathParser::overUnder(bool over)
{
    QStringView top, base;
    QString t, b;
    Ctx ctx = m_ctx;
    ctx.tight = true;
    Atom cls = Atom::Ord;
    if (!readArg(top) || !readArg(base) || !sub(top, t, ctx) || !sub(base, b, m_ctx, &cls))
        return false;
    t = t.trimmed();
    b = b.trimmed();
    qsizetype len = 0;
    const char16_t mark = over && isOneSymbol(t) ? accentMark(codePoint(t, 0, len)) : 0;
    if (mark && isOneSymbol(b)) {
        put(QString(b + QChar(mark)).normalized(QString::NormalizationForm_C), cls);
        return true;
    }
    put(b, cls);
    appendScript(m_out, t, over, m_i < m_s.size() && m_s[m_i].isLetterOrNumber());
    return true;
}

/// \xrightarrow[below]{above} → the arrow with its labels as scripts: →ᶠ.
bool MathParser::labelledArrow(std::u16string_view arrow)
{
    Ctx ctx = m_ctx;
    ctx.tight = true;
    QStringView opt, arg;
    QString below, above;
    if (!readOptional(opt) || !readArg(arg) || (!opt.isNull() && !sub(opt, below, ctx)) || !sub(arg, above, ctx))
        return false;
    put(view(arrow), Atom::Rel);
    appendScript(m_out, above, true, false);
    appendScript(m_out, below, false, m_i < m_s.size() && m_s[m_i].isLetterOrNumber());
    return true;
}

/// MathJax's \unicode{x2013} (hex) or \unicode{8211} (decimal).
bool MathParser::unicode()
{
    QStringView arg;
    if (!readArg(arg))
        return false;
    arg = arg.trimmed();
    bool ok = false;
    uint cp = 0;
    if (arg.startsWith(u'x') || arg.startsWith(u'X'))
        cp = arg.sliced(1).toUInt(&ok, 16);
    else if (arg.startsWith(u"0x"))
        cp = arg.sliced(2).toUInt(&ok, 16);
    else
        cp = arg.toUInt(&ok, 10);
    if (!ok || cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp > 0x10FFFF || QChar::isSurrogate(cp))
        return false;
    putChar(char32_t(cp), Atom::Ord);
    return true;
}

} // namespace PaperSift::TexMath
