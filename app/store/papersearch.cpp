#include "papersearch.h"

#include "database.h"
#include "rowcursor.h"
#include "sqliteengine.h"
#include "sqlsupport.h"

#include <limits>

#include <algorithm>
#include <utility>

namespace PaperSift {

using namespace Qt::StringLiterals;
using namespace Sql;

PaperSearch::PaperSearch(Database &db)
    : m_db(db)
{
}

QList<SearchTerm> PaperSearch::terms(const QString &userText)
{
    // Split into words and "quoted phrases"; a word may carry a column prefix (au:, ti:, abs:).
    QList<SearchTerm> terms;
    // Control characters (a NUL pasted from a PDF, a tab) separate words like spaces: FTS5 would
    // otherwise get them inside a quoted term (found by fuzz_query).
    QString cleaned = userText;
    for (QChar &c : cleaned) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    const QString text = cleaned.simplified();
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        QString column;
        static const QList<std::pair<QString, QString>> prefixes = {
            { u"au:"_s, u"authors"_s },
            { u"author:"_s, u"authors"_s },
            { u"ti:"_s, u"title"_s },
            { u"title:"_s, u"title"_s },
            { u"abs:"_s, u"abstract"_s },
            { u"abstract:"_s, u"abstract"_s },
        };
        for (const auto &[prefix, name] : prefixes) {
            if (QStringView(text).mid(i).startsWith(prefix, Qt::CaseInsensitive)) {
                column = name;
                i += prefix.size();
                break;
            }
        }
        QString word;
        bool phrase = false;
        if (i < text.size() && text.at(i) == u'"') {
            phrase = true;
            const qsizetype close = text.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? text.size() : close;
            word = text.mid(i + 1, end - i - 1);
            i = end + 1;
        } else {
            const qsizetype space = text.indexOf(u' ', i);
            const qsizetype end = space < 0 ? text.size() : space;
            word = text.mid(i, end - i);
            i = end;
        }
        word.remove(u'"');
        // Only letters and digits are tokens; a term without any would be an empty phrase.
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) {
                return c.isLetterOrNumber();
            }))
            continue;
        terms.append({ column, word, phrase });
    }
    return terms;
}

QString PaperSearch::ftsQuery(const QString &userText)
{
    return SqliteEngine().searchExpression(terms(userText));
}

Result<QStringList> PaperSearch::search(const QString &userText, int limit) const
{
    const Statement search
        = m_db.engine().rankedSearch(terms(userText), limit > 0 ? limit : std::numeric_limits<int>::max());
    if (search.sql.isEmpty())
        return QStringList();
    Query q(m_db, search.sql, u"searching"_s);
    if (Status s = q.run(search.values); !s)
        return s.error();
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

Result<QSet<QString>> PaperSearch::matchingIds(const QString &userText) const
{
    const Statement search = m_db.engine().matchingSearch(terms(userText));
    if (search.sql.isEmpty())
        return QSet<QString>();
    Query q(m_db, search.sql, u"searching"_s);
    if (Status s = q.run(search.values); !s)
        return s.error();
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

Result<std::vector<qint64>> PaperSearch::matchingKeys(const QString &userText) const
{
    const Statement search = m_db.engine().matchingKeysSearch(terms(userText));
    if (search.sql.isEmpty())
        return std::vector<qint64>();
    RowCursor q(m_db, search.sql, u"searching"_s);
    if (Status s = q.run(search.values); !s)
        return s.error();
    std::vector<qint64> keys;
    while (q.next())
        keys.push_back(q.integer(0));
    if (Status s = q.finished(); !s)
        return s.error();
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace PaperSift
