#pragma once

#include <QString>

namespace PaperSift {

/// A criteria text the user scores with. Its SHA-256 is its identity: editing the text makes a
/// new version, and scores made with the old one stay attached to the old hash.
struct Criteria
{
    QString text;

    /// Lower-case hex SHA-256 of the UTF-8 text, line endings normalised to "\n".
    QString sha256() const;
    static QString normalised(const QString &text);
};

} // namespace PaperSift
