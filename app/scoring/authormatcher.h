#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace PaperSift {

/// Finds followed authors in a paper's author list. Names match in full, ignoring case, accents,
/// punctuation and middle initials: "Yann LeCun" finds "Yann Lecun", "Geoffrey E. Hinton" finds
/// "Geoffrey Hinton", "Bernhard Schölkopf" finds "Bernhard Scholkopf"; "LeCun" alone finds nobody.
class AuthorMatcher
{
public:
    explicit AuthorMatcher(const QStringList &followedNames = {});

    bool isEmpty() const { return m_followed.isEmpty(); }
    /// The followed names (as the user wrote them) found among `authors`, in the user's order.
    QStringList matches(const QStringList &authors) const;
    bool matchesAny(const QStringList &authors) const { return !matches(authors).isEmpty(); }

    /// The form two names are compared in: folded words, single-letter middle initials dropped.
    static QString comparable(const QString &name);

private:
    struct Followed
    {
        QString name;
        QString key;
    };
    QList<Followed> m_followed;
};

} // namespace PaperSift
