#include "rulestore.h"

#include "database.h"
#include "papersearch.h"
#include "sqlsupport.h"

namespace PaperSift {

using namespace Qt::StringLiterals;
using namespace Sql;

QString PaperRule::actionName(Action action)
{
    return action == Action::Keep ? u"keep"_s : u"mute"_s;
}

std::optional<PaperRule::Action> PaperRule::actionFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == "keep"_L1)
        return Action::Keep;
    if (n == "mute"_L1)
        return Action::Mute;
    return std::nullopt;
}

// ---- the query ----------------------------------------------------------------------------

namespace {

/// The words of a query, with "quoted phrases" (and a column prefix before one) kept whole.
QStringList queryWords(const QString &query)
{
    QStringList words;
    QString word;
    bool quoted = false;
    for (const QChar c : query) {
        if (c == u'"')
            quoted = !quoted;
        if (!quoted && (c.isSpace() || c.category() == QChar::Other_Control)) {
            if (!word.isEmpty())
                words.append(std::exchange(word, QString()));
            continue;
        }
        word.append(c);
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

/// The category a cat: or category: word asks for ("" for a bare prefix); nullopt for other words.
std::optional<QString> categoryOf(const QString &word)
{
    for (const auto prefix : { "cat:"_L1, "category:"_L1 }) {
        if (word.startsWith(prefix, Qt::CaseInsensitive))
            return word.mid(prefix.size()).remove(u'"').trimmed();
    }
    return std::nullopt;
}

} // namespace

RuleQuery RuleQuery::parse(const QString &query)
{
    RuleQuery q;
    QStringList text;
    for (const QString &word : queryWords(query)) {
        if (const auto category = categoryOf(word)) {
            if (!category->isEmpty())
                q.categories.append(*category);
        } else {
            text.append(word);
        }
    }
    q.text = text.join(u' ');
    return q;
}

bool RuleQuery::matchesCategories(const QStringList &paperCategories) const
{
    // Every category asked for, as every word is required: cat:cs.LG exactly, cat:cs (or
    // cat:cs.*) any of the archive's.
    for (QString wanted : categories) {
        if (wanted.endsWith(".*"_L1))
            wanted.chop(2);
        const bool archive = !wanted.contains(u'.');
        const bool found = std::any_of(paperCategories.cbegin(), paperCategories.cend(), [&](const QString &c) {
            return c.compare(wanted, Qt::CaseInsensitive) == 0
                || (archive && c.startsWith(wanted + u'.', Qt::CaseInsensitive));
        });
        if (!found)
            return false;
    }
    return true;
}

// ---- the book -----------------------------------------------------------------------------

bool RuleBook::matches(qsizetype rule, const QString &id, const QStringList &categories) const
{
    const Compiled &c = m_compiled.at(rule);
    // Nothing to match by: never every paper.
    return c.matchesSomething && c.ids.contains(id) && c.query.matchesCategories(categories);
}

const PaperRule *RuleBook::keptBy(const QString &id, const QStringList &categories) const
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).action == PaperRule::Action::Keep && matches(i, id, categories))
            return &m_rules.at(i);
    }
    return nullptr;
}

QSet<QString> RuleBook::keptIds() const
{
    QSet<QString> ids;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).action == PaperRule::Action::Keep && m_compiled.at(i).matchesSomething)
            ids.unite(m_compiled.at(i).ids);
    }
    return ids;
}

QSet<QString> RuleBook::mutedIds() const
{
    QSet<QString> ids;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).action == PaperRule::Action::Mute && m_compiled.at(i).matchesSomething)
            ids.unite(m_compiled.at(i).ids);
    }
    return ids.subtract(keptIds());
}

bool RuleBook::isMuted(const QString &id, const QStringList &categories) const
{
    bool muted = false;
    for (qsizetype i = 0; i < m_rules.size() && !muted; ++i)
        muted = m_rules.at(i).action == PaperRule::Action::Mute && matches(i, id, categories);
    return muted && !keptBy(id, categories);
}

// ---- the store ----------------------------------------------------------------------------

RuleStore::RuleStore(Database &db)
    : m_db(db)
{
}

QString RuleStore::validate(const QString &query)
{
    const QStringList words = queryWords(query);
    for (const QString &word : words) {
        if (const auto category = categoryOf(word); category && category->isEmpty())
            return u"\"%1\" names no category: write it like cat:cs.LG, or cat:cs for every cs category."_s.arg(word);
    }
    const RuleQuery q = RuleQuery::parse(query);
    if (q.categories.isEmpty() && PaperSearch::terms(q.text).isEmpty())
        return u"A rule needs something to match: words, a \"quoted phrase\", au:Name, ti:word, abs:word or "
               "cat:cs.LG."_s;
    return {};
}

Result<QList<PaperRule>> RuleStore::rules() const
{
    Query q(
        m_db, u"SELECT id, action, query, created FROM rules WHERE db_user = ? ORDER BY id"_s, u"reading your rules"_s);
    if (Status s = q.run({ m_db.userName() }); !s)
        return s.error();
    QList<PaperRule> out;
    while (q.next()) {
        PaperRule r;
        r.id = q.value(0).toLongLong();
        r.action = PaperRule::actionFromName(q.value(1).toString()).value_or(PaperRule::Action::Keep);
        r.query = q.value(2).toString();
        r.created = instantFrom(q.value(3));
        out.append(std::move(r));
    }
    return out;
}

Result<qint64> RuleStore::add(PaperRule::Action action, const QString &query)
{
    const QString text = query.simplified();
    if (const QString problem = validate(text); !problem.isEmpty())
        return Error { problem, {} };
    Query insert(m_db,
        u"INSERT INTO rules (db_user, action, query, created) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
        u"saving a rule"_s);
    if (Status s = insert.run(
            { m_db.userName(), PaperRule::actionName(action), text, instantValue(QDateTime::currentDateTimeUtc()) });
        !s)
        return s.error();
    Query id(m_db, u"SELECT id FROM rules WHERE db_user = ? AND action = ? AND query = ?"_s, u"saving a rule"_s);
    if (Status s = id.run({ m_db.userName(), PaperRule::actionName(action), text }); !s)
        return s.error();
    if (!id.next())
        return Error { u"The rule was not saved. Try again."_s, {} };
    return id.value(0).toLongLong();
}

Result<bool> RuleStore::remove(qint64 id)
{
    Query q(m_db, u"DELETE FROM rules WHERE db_user = ? AND id = ?"_s, u"removing a rule"_s);
    if (Status s = q.run({ m_db.userName(), id }); !s)
        return s.error();
    return q.rowsAffected() > 0;
}

Result<QSet<QString>> RuleStore::idsInCategory(const QString &category) const
{
    // The column holds the categories space-separated ("eess.IV cs.CV cs.LG"); the same test as
    // RuleQuery::matchesCategories, in SQL, on both engines.
    QString wanted = category.toLower();
    if (wanted.endsWith(".*"_L1))
        wanted.chop(2);
    wanted.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    const bool archive = !wanted.contains(u'.');
    // An archive matches itself (quant-ph) and its categories (cs.LG for cs).
    Query q(m_db,
        u"SELECT id FROM papers WHERE ' ' || lower(categories) || ' ' LIKE ? ESCAPE '\\' "
        "OR ' ' || lower(categories) || ' ' LIKE ? ESCAPE '\\'"_s,
        u"finding papers by category"_s);
    const QString exact = u"% "_s + wanted + u" %"_s;
    if (Status s = q.run({ exact, archive ? u"% "_s + wanted + u".%"_s : exact }); !s)
        return s.error();
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

Result<RuleBook> RuleStore::book() const
{
    auto list = rules();
    if (!list)
        return list.error();
    return compile(*list);
}

Result<RuleBook> RuleStore::compile(const QList<PaperRule> &rules) const
{
    RuleBook book;
    const PaperSearch search(m_db);
    for (const PaperRule &rule : rules) {
        RuleBook::Compiled c;
        c.query = RuleQuery::parse(rule.query);
        const bool searchesText = !PaperSearch::terms(c.query.text).isEmpty();
        c.matchesSomething = searchesText || !c.query.categories.isEmpty();
        std::optional<QSet<QString>> ids;
        if (searchesText) {
            auto found = search.matchingIds(c.query.text);
            if (!found)
                return found.error();
            ids = std::move(*found);
        }
        for (const QString &category : std::as_const(c.query.categories)) {
            auto listed = idsInCategory(category);
            if (!listed)
                return listed.error();
            if (ids)
                ids->intersect(*listed);
            else
                ids = std::move(*listed);
        }
        c.ids = ids.value_or(QSet<QString>());
        book.m_rules.append(rule);
        book.m_compiled.append(std::move(c));
    }
    return book;
}

} // namespace PaperSift
