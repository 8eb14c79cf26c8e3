#pragma once

#include "digest.h"

#include <QByteArray>
#include <QList>

namespace PaperSift {

/// JSON export: one object per paper with every field, its score and (when given) the user's
/// state. Keys always come in the same order, text is UTF-8, output ends with a newline.
class JsonExport
{
public:
    /// A JSON array of paper objects, in the given order (e.g. the starred papers).
    static QByteArray render(const QList<DigestEntry> &entries);

    /// A day's digest as one object: day, model, tokens, cost, counts, cutoffs and "papers",
    /// the papers selectEntries() keeps, in digest order.
    static QByteArray render(const DigestInput &input);
};

} // namespace PaperSift
