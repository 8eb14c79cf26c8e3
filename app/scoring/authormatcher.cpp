#include "authormatcher.h"

#include "text/textfold.h"

namespace PaperSift {

using namespace Qt::StringLiterals;

AuthorMatcher::AuthorMatcher(const QStringList &followedNames)
{
    for (const QString &name : followedNames) {
        const QString key = comparable(name);
        if (!key.isEmpty())
            m_followed.append({ name.trimmed(), key });
    }
}

QString AuthorMatcher::comparable(const QString &name)
{
    QStringList words = foldForMatching(name).split(u' ', Qt::SkipEmptyParts);
    // "Geoffrey E. Hinton" and "Geoffrey Hinton" are one person; the first and last words stay, so
    // "J. Smith" keeps its initial and does not match every Smith.
    for (qsizetype i = words.size() - 2; i >= 1; --i) {
        if (words.at(i).size() == 1)
            words.removeAt(i);
    }
    return words.join(u' ');
}

QStringList AuthorMatcher::matches(const QStringList &authors) const
{
    QStringList found;
    if (m_followed.isEmpty())
        return found;
    QStringList keys;
    keys.reserve(authors.size());
    for (const QString &a : authors)
        keys.append(comparable(a));
    for (const Followed &f : m_followed) {
        if (keys.contains(f.key))
            found.append(f.name);
    }
    return found;
}

} // namespace PaperSift
