#include "texmathparser.h"

namespace PaperSift::TexMath {

using namespace Qt::StringLiterals;
using namespace TexSymbols;

namespace {

/// How many arguments a macro of kind `k` reads (after the optional ones).
int argumentCount(Kind k)
{
    switch (k) {
    case Kind::Alphabet:
    case Kind::Text:
    case Kind::Accent:
    case Kind::Class:
    case Kind::Wrapper:
    case Kind::Sqrt:
    case Kind::Drop:
    case Kind::Unicode:
    case Kind::Pmod:
    case Kind::Arrow:
        return 1;
    case Kind::Frac:
    case Kind::Binom:
    case Kind::Overset:
    case Kind::Underset:
        return 2;
    default:
        return 0;
    }
}

} // namespace

Atom classOf(char32_t c)
{
    switch (c) {
    case U'+':
    case U'-':
    case U'*':
        return Atom::Bin;
    case U'=':
    case U'<':
    case U'>':
    case U':':
        return Atom::Rel;
    case U',':
    case U';':
        return Atom::Punct;
    case U'(':
    case U'[':
        return Atom::Open;
    case U')':
    case U']':
    case U'!':
    case U'?':
        return Atom::Close;
    default:
        return Atom::Ord;
    }
}

bool MathParser::spaceBefore(Atom cls, QStringView text) const
{
    const Atom p = m_prev;
    if (p == Atom::None)
        return false;
    // The thin space around named functions and large operators: n log n, ∑ᵢ xᵢ (also in scripts).
    if ((p == Atom::Op && (cls == Atom::Ord || cls == Atom::Op || cls == Atom::Inner))
        || (cls == Atom::Op && (p == Atom::Ord || p == Atom::Close || p == Atom::Inner)))
        return !m_out.endsWith(u'/'); // but 1/det A: the slash binds them
    if (m_ctx.tight)
        return false;
    if (cls == Atom::Rel)
        return p != Atom::Rel && p != Atom::Open && p != Atom::Punct;
    if (p == Atom::Rel)
        return !m_prefix && cls != Atom::Rel && cls != Atom::Close && cls != Atom::Punct;
    if (cls == Atom::Bin)
        return true;
    if (p == Atom::Bin)
        return cls != Atom::Close && cls != Atom::Punct;
    if (p == Atom::Punct) // 1,000 stays together; x₁, x₂ gets its space, and so does 1, 2
        return cls != Atom::Close && (m_sourceSpace || !m_numberComma || text.isEmpty() || !text.front().isDigit());
    // The thin space around \ldots and \cdots: x₁ ⋯ xₙ.
    if (cls == Atom::Inner)
        return p == Atom::Ord || p == Atom::Close || p == Atom::Inner;
    // Elsewhere, like TeX, no space: the author's spaces in math are not part of the formula.
    return p == Atom::Inner && (cls == Atom::Ord || cls == Atom::Open);
}

void MathParser::put(QStringView text, Atom cls)
{
    if (cls == Atom::Bin
        && (m_prev == Atom::None || m_prev == Atom::Bin || m_prev == Atom::Rel || m_prev == Atom::Open
            || m_prev == Atom::Punct || m_prev == Atom::Op))
        cls = Atom::Ord; // a sign, not an operation: -1, (-x), ≥ -2
    if (m_prev == Atom::Bin && (cls == Atom::Rel || cls == Atom::Close || cls == Atom::Punct)) {
        // Not an operation either ($(a+)$): TeX makes it ordinary, without its space.
        if (m_binSpace >= 0 && m_binSpace < m_out.size() && m_out[m_binSpace] == u' ')
            m_out.remove(m_binSpace, 1);
        m_prev = Atom::Ord;
    }
    m_binSpace = -1;
    if (spaceBefore(cls, text)) {
        if (cls == Atom::Bin)
            m_binSpace = m_out.size();
        space();
    }
    m_numberComma = cls == Atom::Punct && !m_out.isEmpty() && m_out.back().isDigit();
    m_out += text;
    m_prefix = cls == Atom::Rel && m_prev == Atom::None;
    m_prev = cls;
    m_sourceSpace = false;
    ++m_atoms;
}

void MathParser::putChar(char32_t c, Atom cls)
{
    const char32_t s = cls == Atom::Ord ? styled(c, m_ctx.font) : c;
    char16_t buffer[2];
    qsizetype n = 1;
    if (QChar::requiresSurrogates(s)) {
        buffer[0] = QChar::highSurrogate(s);
        buffer[1] = QChar::lowSurrogate(s);
        n = 2;
    } else {
        buffer[0] = char16_t(s);
    }
    put(QStringView(buffer, n), cls);
}

void MathParser::space()
{
    if (!m_out.isEmpty() && !m_out.endsWith(u' '))
        m_out += u' ';
}

void MathParser::skipSpaces()
{
    while (m_i < m_s.size() && m_s[m_i].isSpace())
        ++m_i;
}

/// Reads a macro's argument: a {group}, a control sequence or one character.
bool MathParser::readArg(QStringView &arg)
{
    skipSpaces();
    const qsizetype n = m_s.size();
    if (m_i >= n)
        return false;
    const QChar c = m_s[m_i];
    if (c == u'{') {
        const qsizetype close = closingBrace(m_s, m_i);
        if (close < 0)
            return false;
        arg = m_s.sliced(m_i + 1, close - m_i - 1);
        m_i = close + 1;
        return true;
    }
    if (c == u'}' || c == u'^' || c == u'_' || c == u'&' || c == u'$')
        return false;
    qsizetype end = m_i + 1;
    if (c == u'\\') {
        if (end >= n)
            return false;
        if (isAsciiLetter(m_s[end])) {
            while (end < n && isAsciiLetter(m_s[end]))
                ++end;
        } else {
            ++end;
        }
    } else if (c.isHighSurrogate() && end < n) {
        ++end;
    }
    arg = m_s.sliced(m_i, end - m_i);
    m_i = end;
    return true;
}

bool MathParser::sub(QStringView arg, QString &result, Ctx ctx, Atom *cls) const
{
    ++ctx.depth;
    MathParser p(arg, result, ctx);
    if (!p.run())
        return false;
    if (cls)
        *cls = p.singleAtom();
    return true;
}

/// A group rendered in place, as one ordinary atom (TeX's {…}).
bool MathParser::group(QStringView content, Alphabet font)
{
    put({}, Atom::Ord);
    Ctx ctx = m_ctx;
    ctx.font = font;
    ++ctx.depth;
    MathParser inner(content, m_out, ctx);
    if (!inner.run())
        return false;
    m_sourceSpace = false;
    return true;
}

bool MathParser::script(bool sup)
{
    skipSpaces();
    const bool braced = m_i < m_s.size() && m_s[m_i] == u'{';
    QStringView arg;
    if (!readArg(arg))
        return false;
    if (!braced && arg.size() > 1 && arg.front() == u'\\') {
        // x_\mathrm{L}, 10^\frac12: LaTeX lets a macro with its arguments be the script.
        const MathMacro *m = findMathMacro(arg.sliced(1));
        const qsizetype start = arg.data() - m_s.data();
        for (int k = m ? argumentCount(m->kind) : 0; k > 0; --k) {
            QStringView ignored;
            if (!readArg(ignored))
                return false;
        }
        arg = m_s.sliced(start, m_i - start);
    }
    QString t;
    Ctx ctx = m_ctx;
    ctx.tight = true;
    if (!sub(arg, t, ctx))
        return false;
    appendScript(m_out, t, sup, m_i < m_s.size() && m_s[m_i].isLetterOrNumber());
    m_sourceSpace = false;
    return true;
}

/// True when an ordinary atom follows: then a fraction is parenthesised, (1/2)x and not 1/2x.
bool MathParser::nextIsOrdinary() const
{
    qsizetype j = m_i;
    while (j < m_s.size() && m_s[j].isSpace())
        ++j;
    if (j >= m_s.size())
        return false;
    const QChar c = m_s[j];
    if (c != u'\\')
        return c.isLetterOrNumber() || c == u'(' || c == u'[' || c == u'{' || c == u'^' || c == u'_' || c == u'\'';
    if (j + 1 >= m_s.size())
        return false;
    qsizetype end = j + 1;
    while (end < m_s.size() && isAsciiLetter(m_s[end]))
        ++end;
    const MathMacro *m = findMathMacro(m_s.sliced(j + 1, qMax(end - j - 1, qsizetype(1))));
    if (!m)
        return false;
    if (m->kind == Kind::Symbol)
        return m->atom == Atom::Ord || m->atom == Atom::Op || m->atom == Atom::Open;
    return m->kind != Kind::Space && m->kind != Kind::Ignore && m->kind != Kind::Delimiter && m->kind != Kind::Not;
}

bool MathParser::run()
{
    if (m_ctx.depth > MaxDepth)
        return false;
    const qsizetype n = m_s.size();
    qsizetype after = 0;
    bool binom = false;
    if (const qsizetype split = infixAt(m_s, after, binom); split >= 0) {
        m_i = n;
        return putFraction(m_s.first(split), m_s.sliced(after), binom);
    }
    while (m_i < n) {
        const QChar c = m_s[m_i];
        if (c.isSpace()) {
            ++m_i;
            m_sourceSpace = true;
            continue;
        }
        switch (c.unicode()) {
        case u'{': {
            const qsizetype close = closingBrace(m_s, m_i);
            if (close < 0)
                return false;
            const QStringView content = m_s.sliced(m_i + 1, close - m_i - 1);
            m_i = close + 1;
            if (!group(content, m_ctx.font))
                return false;
            continue;
        }
        case u'^':
        case u'_':
            ++m_i;
            if (!script(c == u'^'))
                return false;
            continue;
        case u'\'': {
            int primes = 0;
            while (m_i < n && m_s[m_i] == u'\'') {
                ++primes;
                ++m_i;
            }
            static constexpr char16_t marks[] = { u'′', u'″', u'‴', u'⁗' };
            m_out += QChar(marks[qMin(primes, 4) - 1]);
            m_sourceSpace = false;
            continue;
        }
        case u'\\':
            if (!macro())
                return false;
            continue;
        case u'~': // a tie: a space
            ++m_i;
            space();
            continue;
        case u'}': // unbalanced
        case u'&': // alignment: an environment, not inline math
        case u'#':
        case u'$':
            return false;
        default:
            break;
        }
        qsizetype len = 0;
        const char32_t cp = codePoint(m_s, m_i, len);
        m_i += len;
        if (QChar::isMark(cp)) { // already-decoded accents belong to the symbol before
            appendCodePoint(m_out, cp);
            continue;
        }
        putChar(cp, classOf(cp));
    }
    if (m_prev == Atom::Bin && m_binSpace >= 0 && m_binSpace < m_out.size() && m_out[m_binSpace] == u' ')
        m_out.remove(m_binSpace, 1); // $2\times$: a trailing operator is ordinary
    return true;
}

bool MathParser::macro()
{
    const qsizetype n = m_s.size();
    const qsizetype start = m_i + 1;
    if (start >= n)
        return false;
    QStringView name;
    if (isAsciiLetter(m_s[start])) {
        m_i = start;
        while (m_i < n && isAsciiLetter(m_s[m_i]))
            ++m_i;
        name = m_s.sliced(start, m_i - start);
        skipSpaces(); // TeX ignores the spaces after a control word: they are not the author's
    } else {
        name = m_s.sliced(start, 1);
        m_i = start + 1;
    }
    const MathMacro *m = findMathMacro(name);
    if (!m)
        return false;
    QStringView arg;
    switch (m->kind) {
    case Kind::Symbol:
        if (m->text.size() == 1)
            putChar(m->text.front(), m->atom);
        else
            put(view(m->text), m->atom);
        return true;
    case Kind::Function:
        put(m->text.empty() ? name : view(m->text), Atom::Op);
        return true;
    case Kind::Alphabet:
        return readArg(arg) && group(arg, Alphabet(m->param));
    case Kind::Switch:
        m_ctx.font = Alphabet(m->param);
        return true;
    case Kind::Text: {
        if (!readArg(arg))
            return false;
        QString text;
        if (m_ctx.depth > MaxDepth || !renderText(arg, text, m_ctx.depth + 1))
            text = arg.toString();
        put(text, Atom::Ord);
        return true;
    }
    case Kind::Accent:
        return accent(m->param);
    case Kind::Class: {
        if (m_i < n && m_s[m_i] == u'*') // \operatorname*
            ++m_i;
        QString t;
        Ctx ctx = m_ctx;
        ctx.font = Alphabet::Plain;
        if (!readArg(arg) || !sub(arg, t, ctx))
            return false;
        put(t, m->atom);
        return true;
    }
    case Kind::Wrapper:
        return readArg(arg) && group(arg, m_ctx.font);
    case Kind::Frac:
        return fraction(false);
    case Kind::Binom:
        return fraction(true);
    case Kind::Enclose:
        return enclose(m->text);
    case Kind::Infix: // found by infixAt() before this
        return false;
    case Kind::Sqrt:
        return root();
    case Kind::Delimiter:
        return delimiter(m->atom);
    case Kind::Space:
        if (!m->text.empty())
            space();
        m_sourceSpace = false;
        return true;
    case Kind::Ignore:
        return true;
    case Kind::Drop:
        if (!readArg(arg))
            return false;
        if (!m->text.empty())
            space();
        return true;
    case Kind::Not:
        return negation();
    case Kind::Overset:
        return overUnder(true);
    case Kind::Underset:
        return overUnder(false);
    case Kind::Unicode:
        return unicode();
    case Kind::Arrow:
        return labelledArrow(m->text);
    case Kind::Pmod: {
        QString t;
        Ctx ctx = m_ctx;
        ctx.tight = true;
        if (!readArg(arg) || !sub(arg, t, ctx))
            return false;
        space();
        putParenthesized(u"(mod "_s + t + u')');
        return true;
    }
    }
    return false;
}

bool renderMath(QStringView content, QString &out, int depth)
{
    QString r;
    r.reserve(content.size());
    MathParser p(content, r, Ctx { Alphabet::Plain, false, depth });
    if (!p.run())
        return false;
    out += r.simplified();
    return true;
}

} // namespace PaperSift::TexMath
