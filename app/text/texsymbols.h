#pragma once

// The tables behind renderTexMath (texmath.cpp): what each macro stands for in math mode and in
// text mode, the Unicode math alphabets (\mathbb, \mathcal, …), and the characters Unicode has as
// superscripts and subscripts. Data only; the rules that use it live in texmath.cpp.

#include <QStringView>

#include <string_view>

namespace PaperSift::TexSymbols {

/// TeX's atom classes (The TeXbook, chapter 17): they decide the spacing between neighbours.
enum class Atom : quint8 { None, Ord, Op, Bin, Rel, Open, Close, Punct, Inner };

/// The Unicode math alphabets (U+1D400 block, holes filled from Letterlike Symbols).
enum class Alphabet : quint8 { Plain, Bold, Italic, BoldItalic, Script, Fraktur, DoubleStruck, Sans, SansBold, Mono };

/// What a math-mode macro does; texmath.cpp has one rule per kind.
enum class Kind : quint8 {
    Symbol, ///< `text` as one atom of class `atom`
    Function, ///< \log: `text` (or the name) upright, an Op atom
    Alphabet, ///< \mathbb R, \mathcal{O}: the argument in Alphabet `param`
    Switch, ///< {\bf x}, {\cal O}: Alphabet `param` to the end of the group
    Text, ///< \text{…}, \textbf{…}: the argument in text mode
    Accent, ///< \hat x: the combining mark `param` after each letter of the argument
    Class, ///< \mathrel{…}, \operatorname{…}: the argument as one atom of class `atom`
    Wrapper, ///< \smash{…}, \boxed{…}: the argument as it is
    Frac, ///< \frac{a}{b}: a/b
    Binom, ///< \binom{n}{k}: (n choose k)
    Sqrt, ///< \sqrt[n]{x}: √x, ∛x, ⁿ√x
    Delimiter, ///< \left, \right, \big…: the next delimiter, of class `atom` (None: its own class)
    Space, ///< \quad, \,: `text` (a space or nothing)
    Ignore, ///< \displaystyle, \limits: nothing
    Drop, ///< \phantom{…}, \color{…}, \hspace{…}: `text` instead of the argument
    Not, ///< \not: the next symbol, negated
    Overset, ///< \overset{a}{b}, \stackrel: b with a above (as an accent or a superscript)
    Underset, ///< \underset{a}{b}: b with a below, as a subscript
    Unicode, ///< \unicode{x2013} (MathJax): that code point
    Pmod, ///< \pmod{n}: (mod n)
    Enclose, ///< \ket{ψ}, \norm{x}: the argument between the two characters of `text`
    Arrow, ///< \xrightarrow[b]{a}: the arrow `text` with a as superscript and b as subscript
    Infix, ///< {a \over b}, {n \choose k}: the list around it as a fraction
};

/// One math-mode macro: `name` without the backslash.
struct MathMacro
{
    std::string_view name;
    std::u16string_view text;
    Kind kind = Kind::Symbol;
    Atom atom = Atom::Ord;
    char16_t param = 0;
};

/// The math-mode macro called `name` ("alpha", "mathbb", ","), or nullptr.
const MathMacro *findMathMacro(QStringView name);
/// How many math-mode macros the table knows.
qsizetype mathMacroCount();

/// What a text-mode macro (outside $…$) does.
enum class TextKind : quint8 {
    Symbol, ///< `text`
    Wrapper, ///< \textbf{…}, \emph{…}: the argument, rendered
    Switch, ///< {\bf …}, {\em …}: nothing (a font or size change)
    Math, ///< \ensuremath{…}: the argument in math mode
    Superscript, ///< \textsuperscript{…}
    Subscript, ///< \textsubscript{…}
    Url, ///< \url{…}: the argument verbatim
    Href, ///< \href{url}{text}: the text
};

struct TextMacro
{
    std::string_view name;
    std::u16string_view text;
    TextKind kind = TextKind::Symbol;
};

/// The text-mode macro called `name`, or nullptr.
const TextMacro *findTextMacro(QStringView name);
/// How many text-mode macros the table knows.
qsizetype textMacroCount();

/// `c` in alphabet `a` (𝐱 for x in Bold, ℝ for R in DoubleStruck); `c` itself when there is none.
char32_t styled(char32_t c, Alphabet a);
/// The superscript form of `c` (² for 2, ᵅ for α, ′ for ′), or 0 when Unicode has none.
char32_t superscript(char32_t c);
/// The subscript form of `c` (₂ for 2, ᵢ for i), or 0 when Unicode has none.
char32_t subscript(char32_t c);
/// True for what superscript() and subscript() return: such a character belongs to the one before.
bool isScriptChar(char32_t c);
/// The negated relation (≠ for =, ∉ for ∈, ⊈ for ⊆), or 0 when Unicode has no precomposed one.
char16_t negated(char16_t c);
/// The combining mark that a symbol stands for as an accent (U+0303 for ∼ in \overset{\sim}{O}), or 0.
char16_t accentMark(char32_t c);

} // namespace PaperSift::TexSymbols
