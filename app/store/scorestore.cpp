#include "scorestore.h"

#include "database.h"
#include "domain/criteria.h"
#include "learn/learnedmodel.h"
#include "sqlsupport.h"

#include <algorithm>

namespace PaperSift {

using namespace Qt::StringLiterals;
using namespace Sql;

namespace {

const QString scoreColumns = u"paper_id, paper_version, criteria_sha256, model, prompt_version, relevance, novelty, "
                             "comment, unscored_reason, prompt_tokens, cached_tokens, completion_tokens, scored_at"_s;

} // namespace

ScoreStore::ScoreStore(Database &db)
    : m_db(db)
{
}

const QString &ScoreStore::scoreColumnNames()
{
    return scoreColumns;
}

Score ScoreStore::readScore(const Query &q, int o)
{
    Score s;
    s.key.paperId = q.value(o + 0).toString();
    s.key.paperVersion = q.value(o + 1).toInt();
    s.key.criteriaSha256 = q.value(o + 2).toString();
    s.key.model = q.value(o + 3).toString();
    s.key.promptVersion = q.value(o + 4).toString();
    s.relevance = intFrom(q.value(o + 5));
    s.novelty = intFrom(q.value(o + 6));
    s.comment = q.value(o + 7).toString();
    s.unscoredReason = q.value(o + 8).toString();
    s.usage.prompt = q.value(o + 9).toLongLong();
    s.usage.cached = q.value(o + 10).toLongLong();
    s.usage.completion = q.value(o + 11).toLongLong();
    s.scoredAt = instantFrom(q.value(o + 12));
    return s;
}

QString CriteriaVersion::label() const
{
    const QString when = created.toLocalTime().toString(u"d MMM HH:mm"_s);
    return number > 0 ? u"v%1 · %2"_s.arg(number).arg(when) : when;
}

Statement ScoreStore::countingScoresStatement(
    const ScoreChoice &choice, const QString &scope, const QVariantList &scopeValues, const QString &columns)
{
    // The rule's order, best first: a model over the reader's own ranking over keywords, the
    // criteria in use over older ones, the newest version of the paper, the newest score.
    // Booleans sort false first, in SQLite and PostgreSQL alike. Another reader's ranking never
    // counts.
    QString where = u"(s.relevance IS NOT NULL OR s.unscored_reason = ?) AND (s.model = ? OR (s.model <> 'learned' "
                    "AND s.model NOT LIKE 'learned:%'))"_s;
    QVariantList values { Score::KeywordModel, choice.learnedModel, choice.currentCriteriaSha256,
        Score::TitleFilterReason, choice.learnedModel };
    if (!choice.model.isEmpty()) {
        where += u" AND s.model = ?"_s;
        values.append(choice.model);
    }
    if (!scope.isEmpty()) {
        where += u" AND "_s + scope;
        values += scopeValues;
    }
    return { u"SELECT %1 FROM (SELECT %1, row_number() OVER (PARTITION BY s.paper_id ORDER BY CASE s.model WHEN ? "
             u"THEN 2 WHEN ? "
             "THEN 1 ELSE 0 END, "
             "s.criteria_sha256 <> ?, s.paper_version DESC, s.scored_at DESC, s.id DESC) AS pick FROM scores s "
             "WHERE %2) ranked WHERE pick = 1"_s.arg(columns, where),
        values };
}

Result<QHash<QString, Score>> ScoreStore::countingScores(const ScoreChoice &choice, const QDate &day) const
{
    ScoreChoice mine = choice;
    mine.learnedModel = LearnedModel::modelName(m_db.userName());
    const Statement statement = day.isValid()
        ? countingScoresStatement(
            mine, u"s.paper_id IN (SELECT paper_id FROM listings WHERE day = ?)"_s, { dayString(day) })
        : countingScoresStatement(mine);
    Query q(m_db, statement.sql, u"reading the scores that count"_s);
    if (Status s = q.run(statement.values); !s)
        return s.error();
    QHash<QString, Score> out;
    while (q.next()) {
        Score s = readScore(q);
        out.insert(s.key.paperId, std::move(s));
    }
    return out;
}

Result<QHash<QString, Score>> ScoreStore::countingScores(const ScoreChoice &choice, const QStringList &ids) const
{
    ScoreChoice mine = choice;
    mine.learnedModel = LearnedModel::modelName(m_db.userName());
    const Statement statement
        = countingScoresStatement(mine, u"s.paper_id IN (%1)"_s.arg(m_db.engine().jsonTextList()), { jsonList(ids) });
    Query q(m_db, statement.sql, u"reading the scores that count"_s);
    if (Status s = q.run(statement.values); !s)
        return s.error();
    QHash<QString, Score> out;
    while (q.next()) {
        Score s = readScore(q);
        out.insert(s.key.paperId, std::move(s));
    }
    return out;
}

Result<QString> ScoreStore::saveCriteria(const QString &text)
{
    const Criteria criteria { text };
    const QString sha = criteria.sha256();
    Query q(m_db, u"INSERT INTO criteria (sha256, text, created) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s,
        u"saving the criteria"_s);
    if (Status s = q.run({ sha, Criteria::normalised(text), instantValue(QDateTime::currentDateTimeUtc()) }); !s)
        return s.error();
    return sha;
}

Result<std::optional<QString>> ScoreStore::criteriaText(const QString &sha256) const
{
    Query q(m_db, u"SELECT text FROM criteria WHERE sha256 = ?"_s, u"reading the criteria"_s);
    if (Status s = q.run({ sha256 }); !s)
        return s.error();
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<QList<CriteriaVersion>> ScoreStore::criteriaVersions(bool countPapers) const
{
    Query q(m_db,
        countPapers
            ? u"SELECT c.sha256, c.text, c.created, count(DISTINCT s.paper_id), max(s.scored_at) FROM criteria c "
              "LEFT JOIN scores s ON s.criteria_sha256 = c.sha256 AND s.relevance IS NOT NULL "
              "GROUP BY c.sha256 ORDER BY c.created DESC, c.rowid DESC"_s
            : u"SELECT c.sha256, c.text, c.created, 0, NULL FROM criteria c "
              "ORDER BY c.created DESC, c.rowid DESC"_s,
        u"listing the criteria versions"_s);
    if (Status s = q.run(); !s)
        return s.error();
    QList<CriteriaVersion> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), instantFrom(q.value(2)), q.value(3).toInt(),
            instantFrom(q.value(4)) });
    // Numbered in the order they were saved: the oldest is v1.
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i].number = int(out.size() - i);
    return out;
}

Result<std::optional<Score>> ScoreStore::score(const ScoreKey &key) const
{
    auto found = scoresFor({ key });
    if (!found)
        return found.error();
    if (auto it = found->constFind(key); it != found->cend())
        return std::optional<Score>(*it);
    return std::optional<Score>();
}

Result<QHash<ScoreKey, Score>> ScoreStore::scoresFor(const QList<ScoreKey> &keys) const
{
    Query q(m_db,
        u"SELECT %1 FROM scores WHERE paper_id = ? AND paper_version = ? AND criteria_sha256 = ? AND model = ? "
        "AND prompt_version = ?"_s.arg(scoreColumns),
        u"reading scores"_s);
    QHash<ScoreKey, Score> out;
    for (const ScoreKey &k : keys) {
        if (Status s = q.run({ k.paperId, k.paperVersion, k.criteriaSha256, k.model, k.promptVersion }); !s)
            return s.error();
        if (q.next())
            out.insert(k, readScore(q));
    }
    return out;
}

Result<QList<ScoreKey>> ScoreStore::missingKeys(const QList<ScoreKey> &keys) const
{
    auto found = scoresFor(keys);
    if (!found)
        return found.error();
    QList<ScoreKey> missing;
    for (const ScoreKey &k : keys) {
        const auto it = found->constFind(k);
        if (it == found->cend() || !it->isScored())
            missing.append(k);
    }
    return missing;
}

Status ScoreStore::saveScores(const QList<Score> &scores, qint64 runId)
{
    for (const Score &s : scores) {
        auto outOfRange = [](const std::optional<int> &v) {
            return v && (*v < 1 || *v > 10);
        };
        if (outOfRange(s.relevance) || outOfRange(s.novelty))
            return Error { u"The score of %1 is out of range (relevance %2, novelty %3; both must be 1–10)."_s.arg(
                               s.key.paperId, s.relevance ? QString::number(*s.relevance) : u"–"_s,
                               s.novelty ? QString::number(*s.novelty) : u"–"_s),
                {} };
        if (s.key.paperId.isEmpty() || s.key.criteriaSha256.isEmpty() || s.key.model.isEmpty())
            return Error { u"A score needs a paper id, a criteria hash and a model."_s, s.key.paperId };
    }
    Database::Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    // Only an unscored row may be replaced: a key is scored once, and a failed retry must never
    // erase a score that was paid for.
    Query q(m_db,
        u"INSERT INTO scores (%1, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (paper_id, paper_version, criteria_sha256, model, prompt_version) DO UPDATE SET "
        "relevance = excluded.relevance, novelty = excluded.novelty, comment = excluded.comment, "
        "unscored_reason = excluded.unscored_reason, prompt_tokens = excluded.prompt_tokens, "
        "cached_tokens = excluded.cached_tokens, completion_tokens = excluded.completion_tokens, "
        "run_id = excluded.run_id, scored_at = excluded.scored_at WHERE scores.relevance IS NULL"_s.arg(scoreColumns),
        u"saving scores"_s);
    // A stored key needs no claim any more: whoever claimed it, it is paid for.
    Query unclaim(m_db,
        u"DELETE FROM score_claims WHERE paper_id = ? AND paper_version = ? AND criteria_sha256 = ? "
        "AND model = ? AND prompt_version = ?"_s,
        u"saving scores"_s);
    // In key order, as ScoreClaims::claim takes the same rows, so the two never deadlock.
    QList<const Score *> ordered;
    ordered.reserve(scores.size());
    for (const Score &s : scores)
        ordered.append(&s);
    std::sort(ordered.begin(), ordered.end(), [](const Score *a, const Score *b) { return a->key < b->key; });
    for (const Score *score : std::as_const(ordered)) {
        const Score &s = *score;
        if (Status done = unclaim.run(
                { s.key.paperId, s.key.paperVersion, s.key.criteriaSha256, s.key.model, s.key.promptVersion });
            !done)
            return done;
        const Status saved = q.run({ s.key.paperId, s.key.paperVersion, s.key.criteriaSha256, s.key.model,
            s.key.promptVersion, optionalInt(s.relevance), optionalInt(s.novelty), s.comment,
            s.isScored() ? QString() : s.unscoredReason, s.usage.prompt, s.usage.cached, s.usage.completion,
            instantValue(s.scoredAt.isValid() ? s.scoredAt : QDateTime::currentDateTimeUtc()),
            runId > 0 ? QVariant(runId) : QVariant(QMetaType::fromType<qint64>()) });
        if (!saved) {
            if (q.violatedConstraint())
                return Error {
                    u"Cannot save the score of %1: the paper, its criteria or its run is not in the database. "
                    "Store the paper and save the criteria first."_s.arg(s.key.paperId),
                    saved.error().detail
                };
            return saved;
        }
    }
    return tx.commit();
}

Result<QList<Score>> ScoreStore::scoresForPaper(const QString &id) const
{
    Query q(m_db, u"SELECT %1 FROM scores WHERE paper_id = ? ORDER BY scored_at DESC, id DESC"_s.arg(scoreColumns),
        u"reading a paper's scores"_s);
    if (Status s = q.run({ id }); !s)
        return s.error();
    QList<Score> out;
    while (q.next())
        out.append(readScore(q));
    return out;
}

Statement ScoreStore::latestScoresStatement(const QString &criteriaSha256, const QString &model, const QDate &day)
{
    QString sql = u"SELECT %1 FROM scores s WHERE s.criteria_sha256 = ?"_s.arg(scoreColumns);
    QVariantList values { criteriaSha256 };
    if (!model.isEmpty()) {
        sql += u" AND s.model = ?"_s;
        values.append(model);
    }
    if (day.isValid()) {
        sql += u" AND s.paper_id IN (SELECT paper_id FROM listings WHERE day = ?)"_s;
        values.append(dayString(day));
    }
    sql += u" ORDER BY s.paper_id, s.relevance IS NOT NULL, s.paper_version, s.scored_at, s.id"_s;
    return { sql, values };
}

Result<QHash<QString, Score>> ScoreStore::latestScores(
    const QString &criteriaSha256, const QString &model, const QDate &day) const
{
    const Statement statement = latestScoresStatement(criteriaSha256, model, day);
    Query q(m_db, statement.sql, u"reading scores"_s);
    if (Status s = q.run(statement.values); !s)
        return s.error();
    QHash<QString, Score> out;
    while (q.next()) {
        Score s = readScore(q);
        out.insert(s.key.paperId, std::move(s)); // later rows rank higher
    }
    return out;
}

} // namespace PaperSift
