#pragma once

#include <QString>
#include <QStringView>

namespace PaperSift {

/// Text folded for matching: lower case, accents removed ("Schölkopf" → "scholkopf", "Łukasz" →
/// "lukasz"), every run of characters that is not a letter or digit turned into one space, and one
/// space at each end, so " word " finds whole words only.
QString foldForMatching(QStringView text);

} // namespace PaperSift
