#pragma once

#include "digest.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace PaperSift {

/// The day's Markdown digest, byte for byte in the layout of the gpt_paper_assistant digests
/// (tests/fixtures/digests/digest-2025-06-16.md), written as UTF-8. Same input, same bytes.
class MarkdownDigest
{
public:
    /// The whole digest: title, token/cost table, counts, table of contents, one section per
    /// selected paper (see selectEntries()), and the prompt section.
    static QByteArray render(const DigestInput &input);

    /// The token/cost table headed by "*[model]*", padded as Python's tabulate (github format)
    /// padded it, with centred columns.
    static QString tokenCostTable(const DigestInput &input);

    /// "Unscored: 318 (the endpoint answered HTTP 429) — run `papersift score --date 2025-06-16` to
    /// finish": the line under the counts of a day with unscored papers.
    static QString unscoredLine(const DigestInput &input);

    /// A cost as the old tool printed it: "$" + Python's str(round(usd, 2)), e.g. "$0.1",
    /// "$0.05", "$12.0"; "n/a" when the price is unknown.
    static QString formatCost(std::optional<double> usd);

    /// Text for a link label, a heading or an author list: one line, with the characters that
    /// would change the Markdown structure ([ ] * < | ` and a backslash before punctuation)
    /// escaped. Ordinary titles come out unchanged.
    static QString escapeInline(const QString &text);

    /// Text for a paragraph (abstract, comment): one line; only what could open an HTML tag is
    /// escaped, so "[12]" or "(<10%)" stay as they are.
    static QString escapeParagraph(const QString &text);

    /// Every line of a prompt prefixed with "> " (empty lines become "> ").
    static QString quote(const QString &text);
};

} // namespace PaperSift
