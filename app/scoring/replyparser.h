#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace PaperSift {

/// One paper's score as a reply gave it.
struct ParsedScore
{
    QString id; ///< the batch's id for the paper (as the caller passed it)
    int relevance = 0; ///< 1–10
    int novelty = 0; ///< 1–10
    QString comment;

    friend bool operator==(const ParsedScore &, const ParsedScore &) = default;
};

/// A paper of the batch that the reply gave no usable score for, and why.
struct LeftOutPaper
{
    QString id;
    QString reason;
};

/// What a scoring reply said about its batch.
struct ParsedReply
{
    QList<ParsedScore> scores; ///< one per scored batch paper, in the reply's order (lines before JSON)
    QList<LeftOutPaper> leftOut; ///< batch papers without a usable score, in batch order
    QStringList problems; ///< ignored ids, unreadable entries, duplicates: worth a log line

    QStringList leftOutIds() const;
};

/// What a title pre-filter reply said.
struct TitleFilterReply
{
    bool ok = false; ///< false when the reply held no list: keep every paper of the batch
    QStringList drop; ///< batch ids to drop, in batch order
    QStringList problems;
};

/// Reads model replies. Pure: text in, values out.
///
/// Scoring replies are lines of ARXIVID|RELEVANCE|NOVELTY|COMMENT (the built-in prompt: half the
/// output tokens of JSONL) or JSONL of {ARXIVID, COMMENT, RELEVANCE, NOVELTY} (gpt_paper_assistant's
/// prompt, and edited copies of it). Models wrap and bend both: Markdown tables with a header row
/// in any column order, list marks, bold or bracketed ids; code fences, a JSON array, an object
/// holding the list (JSON mode), trailing commas, bare or single-quoted keys, keys in any case,
/// "arXiv:" prefixes and vN suffixes, numbers as strings, prose around it all. Those are read. Scores outside 1–10 are rejected (the paper counts as left
/// out, with the reason); ids not in the batch (hallucinated or injected by an abstract) are
/// ignored; when an id comes twice the first usable score wins.
class ReplyParser
{
public:
    static ParsedReply parse(QStringView reply, const QStringList &batchIds);

    /// Reads a title-filter reply: a JSON array of ids to drop (quoted or not), prose around it
    /// allowed. Ids not in the batch are ignored.
    static TitleFilterReply parseTitleFilter(QStringView reply, const QStringList &batchIds);
};

} // namespace PaperSift
