#pragma once

#include <QString>
#include <QStringList>

namespace PaperSift {

/// The reader's rated papers as examples in the criteria: a "Papers I found relevant" and a
/// "Papers I found irrelevant" section of titles. They are part of the criteria text, so a new
/// set of examples is a new criteria version, cached and versioned like any edit; they change
/// only when the reader asks (the criteria editor's Update Examples), never with each rating.
class RatedExamples
{
public:
    static inline const QString RelevantHeading = QStringLiteral("## Papers I found relevant");
    static inline const QString IrrelevantHeading = QStringLiteral("## Papers I found irrelevant");

    /// The criteria with their example sections replaced by these titles (newest first, at most
    /// `limit` of each); the rest of the text is left as it is. Without titles of a kind, that
    /// section is removed.
    static QString apply(
        const QString &criteria, const QStringList &relevant, const QStringList &irrelevant, int limit);
    /// The criteria without the example sections.
    static QString strip(const QString &criteria);
};

} // namespace PaperSift
