#pragma once

// The internals of renderTexMath (texmath.h): texmath.cpp renders text mode, finds the math and
// writes scripts; MathParser renders math mode, its spacing and dispatch in texmathparser.cpp and
// its constructs (fractions, roots, accents, delimiters…) in texmathconstructs.cpp.

#include "texsymbols.h"

#include <QString>
#include <QStringView>

#include <string_view>

namespace PaperSift::TexMath {

using TexSymbols::Alphabet;
using TexSymbols::Atom;

/// Arguments nested deeper than this are not rendered (the span stays verbatim): no input can
/// exhaust the stack.
constexpr int MaxDepth = 24;

inline bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

inline QStringView view(std::u16string_view t)
{
    return QStringView(t.data(), qsizetype(t.size()));
}

/// The code point at s[i]; `len` is its length in UTF-16 units.
char32_t codePoint(QStringView s, qsizetype i, qsizetype &len);
/// Appends `c` as one or two UTF-16 units.
void appendCodePoint(QString &out, char32_t c);
/// Index of the '}' closing the group opened at s[open], skipping escaped braces; -1 if none.
qsizetype closingBrace(QStringView s, qsizetype open);
/// One base character followed only by combining marks ("x", "𝒪", "x̂").
bool isOneSymbol(QStringView t);
/// One bracketed group as a whole: "(…)", "[…]", "|…|", "‖…‖", not "(a)(b)".
bool isParenthesized(QStringView t);
/// Appends `t` raised (sup) or lowered: Unicode super/subscripts when Unicode has them all.
void appendScript(QString &out, QStringView t, bool sup, bool nextIsAlnum);

/// Renders the inside of one math span into `out`; false when it cannot (it then stays verbatim).
bool renderMath(QStringView content, QString &out, int depth);
/// Renders text-mode `s` into `out`; false, appending nothing, when it reads the same rendered.
bool renderText(QStringView s, QString &out, int depth);

/// Layout context of a math list.
struct Ctx
{
    Alphabet font = Alphabet::Plain;
    bool tight = false; ///< script style (scripts, fractions): no spaces around operators
    int depth = 0;
};

/// The class an ordinary character has in TeX's math mode.
Atom classOf(char32_t c);
/// Where plain TeX's infix \over or \choose splits `s` at brace level 0, or -1; `after` is where
/// the denominator starts and `binom` tells \choose.
qsizetype infixAt(QStringView s, qsizetype &after, bool &binom);

/// Renders one math list (a formula, a group, an argument) into `out`, with TeX's spacing
/// between atoms; run() fails on anything it does not know, and the caller keeps the TeX.
class MathParser
{
public:
    MathParser(QStringView s, QString &out, Ctx ctx)
        : m_s(s)
        , m_out(out)
        , m_ctx(ctx)
    {
    }

    bool run();
    /// The class of the list when it is one atom (\overset{a}{=} is a relation), else Ord.
    Atom singleAtom() const { return m_atoms == 1 ? m_prev : Atom::Ord; }

private:
    bool spaceBefore(Atom cls, QStringView text) const;
    void put(QStringView text, Atom cls);
    void putChar(char32_t c, Atom cls);
    /// "(…)": spaced like a parenthesis on each side, log(1/δ) and not log (1/δ).
    void putParenthesized(const QString &text)
    {
        put(text, Atom::Open);
        m_prev = Atom::Close;
    }
    void space();
    void skipSpaces();
    bool readArg(QStringView &arg);
    /// Reads an optional [argument]: true and `opt` null when there is none, false when unclosed.
    bool readOptional(QStringView &opt);
    bool sub(QStringView arg, QString &result, Ctx ctx, Atom *cls = nullptr) const;
    bool group(QStringView content, Alphabet font);
    bool script(bool sup);
    bool nextIsOrdinary() const;
    bool macro();
    bool accent(char16_t mark);
    bool fraction(bool binom);
    bool putFraction(QStringView a, QStringView b, bool binom);
    bool enclose(std::u16string_view delimiters);
    bool root();
    bool delimiter(Atom cls);
    bool negation();
    bool overUnder(bool over);
    bool unicode();
    bool labelledArrow(std::u16string_view arrow);

    QStringView m_s;
    qsizetype m_i = 0;
    QString &m_out;
    Ctx m_ctx;
    Atom m_prev = Atom::None;
    bool m_prefix = false; ///< the last atom is a relation that opens the list ($\sim 10$)
    bool m_sourceSpace = false; ///< the author left a space since the last atom (1, 2 and 1,2)
    bool m_numberComma = false; ///< the last atom is punctuation after a digit (1,000)
    qsizetype m_binSpace = -1; ///< where a space went in before the last Bin atom
    int m_atoms = 0;
};

} // namespace PaperSift::TexMath
