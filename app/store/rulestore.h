#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace PaperSift {

class Database;

/// One of the reader's rules: papers that match its query are always kept (listed first in the
/// digest, marked in the table) or never shown (hidden from the day, never scored, never paid for).
struct PaperRule
{
    enum class Action { Keep, Mute };

    qint64 id = 0;
    Action action = Action::Keep;
    /// In the search box's language: words (each a prefix), "phrases", au:/ti:/abs: and cat:.
    QString query;
    QDateTime created;

    static QString actionName(Action action); ///< "keep", "mute"
    static std::optional<Action> actionFromName(const QString &name);
};

/// A rule's query, split into what full-text search answers and the categories it asks for.
struct RuleQuery
{
    QString text; ///< for PaperSearch; empty when the rule names only categories
    QStringList categories; ///< cat:cs.LG (exactly, any case), cat:cs (every cs.*)

    static RuleQuery parse(const QString &query);
    bool isEmpty() const { return text.trimmed().isEmpty() && categories.isEmpty(); }
    bool matchesCategories(const QStringList &paperCategories) const;
};

/// The rules with the papers each matches, ready to ask about any paper: keep beats mute, so a
/// broad "never show" never hides a paper the reader asked to keep.
class RuleBook
{
public:
    bool isEmpty() const { return m_rules.isEmpty(); }
    const QList<PaperRule> &rules() const { return m_rules; }

    /// The first "always keep" rule the paper matches, or nullptr.
    const PaperRule *keptBy(const QString &id, const QStringList &categories) const;
    /// True when a "never show" rule matches it and no "always keep" rule does.
    bool isMuted(const QString &id, const QStringList &categories) const;
    /// Whether this rule (by index in rules()) matches the paper.
    bool matches(qsizetype rule, const QString &id, const QStringList &categories) const;
    /// Every paper of the library that isMuted(), and every one a rule keeps, when the book was
    /// made: for counting whole days without reading their papers.
    QSet<QString> mutedIds() const;
    QSet<QString> keptIds() const;

private:
    friend class RuleStore;
    struct Compiled
    {
        RuleQuery query;
        bool matchesSomething = false; ///< it has words or categories to match by
        QSet<QString> ids; ///< every paper of the library it matches (search ∩ categories)
    };
    QList<PaperRule> m_rules;
    QList<Compiled> m_compiled;
};

/// The reader's rules, per database user (row-level security on PostgreSQL).
class RuleStore
{
public:
    explicit RuleStore(Database &db);

    /// Oldest first.
    Result<QList<PaperRule>> rules() const;
    /// Adds a rule; an identical one (same action and query) is not added twice. Returns its id.
    Result<qint64> add(PaperRule::Action action, const QString &query);
    /// False when the reader has no rule with that id.
    Result<bool> remove(qint64 id);
    /// Every rule with the papers of the library it matches, through the same search as the
    /// window's search box, so a rule matches what typing it there would find.
    Result<RuleBook> book() const;
    /// The same for rules that need not be stored (a rule being typed, to count its matches).
    Result<RuleBook> compile(const QList<PaperRule> &rules) const;

    /// Empty when the query can be a rule, else what is wrong with it, said so a person can fix it.
    static QString validate(const QString &query);

private:
    /// Ids of the papers listed in a category (cs.LG), or in any of an archive's (cs).
    Result<QSet<QString>> idsInCategory(const QString &category) const;

    Database &m_db;
};

} // namespace PaperSift
