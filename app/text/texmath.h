#pragma once

// DESIGN — TeX in titles and abstracts, rendered for reading.
//
// arXiv metadata is TeX. TexDecoder (texdecoder.h) runs when a feed is parsed and decodes what
// is plainly text (accents such as Jo\~ao, escapes such as \&), leaving math and other macros as
// written. renderTexMath runs only where a person reads: on the decoded title and abstract in the
// paper pane (ui/paperview.cpp), and it is made for the paper table's titles too, all rendered
// when the table loads (hence the speed budget below). Stored text, search, the exports and the
// digest keep the TeX verbatim (the seeds do too): TeX is the lossless form, and a rendering can
// always be redone from it, while Unicode math cannot be turned back into TeX.
//
// What is rendered. Math in $…$, $$…$$, \(…\) and \[…\] becomes Unicode: Greek letters,
// operators, relations, arrows and delimiters; named functions (log, max) upright; \mathbb,
// \mathcal, \mathbf, \mathfrak, \boldsymbol… as Mathematical Alphanumeric Symbols (𝔼, 𝒪, 𝐱);
// super/subscripts as Unicode super/subscript characters when Unicode has all of them, else as
// x^(…) / x_(…); \frac as a/b, \sqrt as √, accents as combining marks, \text{…} as text. Spaces
// follow TeX's atom classes (a ≤ b, n log n, -1), and the author's own spaces in math count no
// more than in TeX. Outside math, the text-mode macros of titles (\textbf{C}ityGPT, \emph, \url,
// \href) and TeX's tie ~ (a no-break space).
//
// What is not. Anything the tables do not know: a paper's own macros (\model), environments
// (matrices, cases, aligned), alignment (&). There is no layout: a fraction is a/b, not stacked.
//
// Never drop meaning: a math span with anything unknown in it (a macro, an unbalanced brace)
// stays exactly as written, delimiters included; an unknown text macro stays as written. A `$`
// that does not open math (prices: "$5 and $10", "$5-$10") is left alone: a $…$ span must close
// in the same text, hold more than spaces, not be followed by a digit, not end in a space unless
// it also starts with one (TeX authors write $x$ and $ x $), hold no plain words when it starts
// with a digit or a space, and not be an amount before an aside ("$100M ($"). $$…$$, \(…\) and
// \[…\] are explicit and need only content.
//
// Fast: a text without '$', '\' and '~' is returned as it is after one scan, and text that
// renders to itself allocates nothing; the tables are sorted at compile time (texsymbols.cpp).

#include <QList>
#include <QString>
#include <QStringView>

namespace PaperSift {

/// The title or abstract `text` with its TeX rendered as Unicode for reading (see above).
QString renderTexMath(const QString &text);

/// One math span of a text, as renderTexMath finds it.
struct TexMathSpan
{
    qsizetype start = 0; ///< index of the opening delimiter
    qsizetype length = 0; ///< delimiters included
    QString rendered; ///< what it renders to; null when it stays verbatim
};

/// The math spans of `text` and their renderings, to measure coverage (bench_texmath, tst_texmath).
QList<TexMathSpan> texMathSpans(QStringView text);

} // namespace PaperSift
