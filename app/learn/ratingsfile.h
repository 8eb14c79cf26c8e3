#pragma once

#include "domain/paper.h"
#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace PaperSift {

/// One row of a ratings file: a paper (its id, and what text the file gave) and the reader's
/// verdict on it.
struct ImportedRating
{
    Paper paper; ///< id always set; title, authors, abstract when the file has them
    std::optional<int> rating; ///< 1–5 when the file rated on that scale
    bool liked = true;
    int line = 0; ///< where the row starts in the file, 1-based
};

/// What a ratings file held.
struct RatingsFile
{
    QList<ImportedRating> ratings;
    QList<int> skippedLines; ///< rows with neither an arXiv id nor a title, or an unreadable rating
    bool hasRatingColumn = false; ///< false: every row counts as liked (a saved-papers export)

    /// Reads a CSV export (RFC 4180: quoted fields may hold commas, quotes and line breaks) with
    /// a header row, from Zotero, arxiv-sanity or a spreadsheet. Columns are found by their
    /// names, in any order and case:
    /// - the arXiv id: id, arxiv_id, arxiv, eprint; or found in url, link, doi, extra
    ///   ("https://arxiv.org/abs/2506.11012v2", "10.48550/arXiv.2506.11012", "arXiv: 2506.11012");
    /// - the verdict: rating or stars (1–5, or like/dislike), liked (yes/no, true/false, 1/0),
    ///   label or vote (like/dislike, +1/-1); without one, every row is a liked paper;
    /// - the text: title; abstract, abstract note or summary; author(s) ("Last, First; …" or
    ///   "First Last, …").
    /// A row without an arXiv id but with a title still teaches the ranking (an id "title:…").
    static Result<RatingsFile> parse(const QByteArray &csv);
    /// The fields of each record of a CSV text.
    static QList<QStringList> records(const QString &text, QList<int> *lines = nullptr);
};

} // namespace PaperSift
