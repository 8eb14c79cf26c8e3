#pragma once

// The paper pane's one score block, as HTML for its QTextBrowser.
//
// One card per paper, for the score that counts (PaperDetails::counting, the app's one rule):
// its numbers and model, then its comment labelled as that model's ("gpt-4o's comment:") or, for
// the offline keyword scorer, as "Keyword matches:". A stale score (made with an older criteria
// version) is greyed in the palette's disabled text colour and says which version made it and
// which one is in use. When an LLM's score counts and the keyword scorer also scored the paper,
// the keyword score is folded into one line of the same card ("▸ Keyword scorer: relevance 6/10")
// that opens on a click: side by side would halve a pane of about 380 px and double the card's
// height, and the keyword score rarely decides anything once a model has judged the paper.
//
// Colours are placeholders the pane replaces with palette colours: @DIM@ (secondary text),
// @RULE@ (the card's border) and @STALE@ (the disabled text colour).

#include "libraryrows.h"

#include <QString>

#include <optional>

namespace PaperSift::ScoreCard {

/// The link that opens and closes the folded keyword score.
inline constexpr auto FoldKeywordUrl = "fold:keyword";

/// "gpt-4o", or "keyword scorer" for the built-in scorer.
QString modelName(const QString &model);
/// The keyword score folded under an LLM's score that counts: the keyword scorer's newest with the
/// criteria in use, else its newest; none when the keyword score is the one that counts.
std::optional<Score> foldedKeywordScore(const PaperDetails &details);
/// The card (or "Not scored yet."), with `keywordOpen` showing the folded keyword score's matches.
QString html(const PaperDetails &details, bool keywordOpen);

} // namespace PaperSift::ScoreCard
