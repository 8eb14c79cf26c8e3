#pragma once

// text/: turning the TeX that arXiv metadata is written in into text for people and for search.
// TexDecoder decodes accents and escapes (stored and searched decoded); renderTexMath renders
// $…$ math and text-mode macros for reading only (exports keep TeX, as the digests do);
// textfold folds accents and case for matching; htmltext strips the HTML of old feeds. Pure
// functions, table-driven tests.

#include <QString>
#include <QStringView>

namespace PaperSift {

/// Turns the TeX that arXiv metadata is written in (accents such as Jo\~ao, {\o}, \v{Z}, escapes
/// such as \&) into Unicode for display and search. Math ($…$) and unknown macros stay verbatim.
class TexDecoder
{
public:
    /// Decodes accents, special letters and escapes, drops grouping braces around a decoded
    /// letter, and collapses whitespace runs (feeds wrap lines) to single spaces.
    static QString decode(QStringView tex);

    /// Collapses every run of whitespace to one space and trims the ends (no TeX decoding).
    static QString normalizeWhitespace(QStringView text);
};

} // namespace PaperSift
