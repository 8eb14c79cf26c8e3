#pragma once

#include <QString>

namespace PaperSift {

/// Renders the inline math of a title or abstract for reading: inside each $…$, Greek letters,
/// common symbols and simple super/subscripts become Unicode. A $…$ span with anything else
/// (an unknown macro, a fraction) is left verbatim, delimiters included: nothing is dropped.
QString renderTexMath(const QString &text);

} // namespace PaperSift
