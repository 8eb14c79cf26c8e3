#pragma once

#include <QList>

#include <array>
#include <optional>
#include <utility>

namespace PaperSift {

/// How well a score knows the reader: for each score from 0 to 10, how many of the papers the
/// reader rated got it and how many of those they liked; and the precision and recall of the
/// score's picks (what the digest would list) against those likes. Fed by the ratings, so it
/// says nothing until there are some.
struct Calibration
{
    struct Bin
    {
        int rated = 0;
        int liked = 0;
        double share() const { return rated > 0 ? double(liked) / rated : 0; }
    };
    /// One rated paper: its score (bin k holds k to k + 1), whether it was picked, whether liked.
    struct Point
    {
        double score = 0;
        bool picked = false;
        bool liked = false;
    };

    std::array<Bin, 11> bins {}; ///< by score, 0–10
    int rated = 0;
    int liked = 0;
    int picked = 0;
    int pickedLiked = 0;

    /// Of the picks the reader rated, the share they liked; empty without rated picks.
    std::optional<double> precision() const;
    /// Of the papers the reader liked, the share it picked; empty without liked papers.
    std::optional<double> recall() const;

    static Calibration of(const QList<Point> &points);
};

} // namespace PaperSift
