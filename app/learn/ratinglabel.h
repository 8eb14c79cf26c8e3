#pragma once

#include <optional>

namespace PaperSift {

/// What a reader's marks on a paper say to the personal ranking: a star or a rating of 4–5 is
/// liked, a rating of 1–2 ("Not interested" is a 1) is disliked, a 3 or nothing says nothing. A
/// star wins over a low rating: starring is the later, stronger act.
enum class RatingLabel { None, Liked, Disliked };

inline RatingLabel ratingLabel(bool starred, std::optional<int> rating)
{
    if (starred || (rating && *rating >= 4))
        return RatingLabel::Liked;
    if (rating && *rating <= 2)
        return RatingLabel::Disliked;
    return RatingLabel::None;
}

} // namespace PaperSift
