#pragma once

#include "domain/result.h"
#include "engine.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace PaperSift {

class Database;

/// Full-text search over the papers' titles, authors and abstracts, from the words a user types:
/// FTS5 on SQLite, a tsvector with a GIN index on PostgreSQL; the same query language on both.
class PaperSearch
{
public:
    explicit PaperSearch(Database &db);

    /// Ids of the papers matching the user's search text, best match first. The text is plain
    /// words (each a prefix, all required), "quoted phrases", and au:/ti:/abs: column filters; it
    /// never reaches FTS5 as syntax. Accents are ignored ("Joao" finds "João").
    Result<QStringList> search(const QString &userText, int limit = 200) const;
    /// Every id that matches, unordered (for filtering a table that sorts itself).
    Result<QSet<QString>> matchingIds(const QString &userText) const;
    /// The same as the papers' keys (ListedPaper::pk), sorted: what the table's filter uses.
    Result<std::vector<qint64>> matchingKeys(const QString &userText) const;
    /// The user's text as terms: words and phrases, each perhaps limited to a column.
    static QList<SearchTerm> terms(const QString &userText);
    /// The FTS5 MATCH expression (SQLite) for the user's text; empty when it has nothing to search.
    static QString ftsQuery(const QString &userText);

private:
    Database &m_db;
};

} // namespace PaperSift
