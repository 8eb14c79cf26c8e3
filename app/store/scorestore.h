#pragma once

#include "domain/result.h"
#include "domain/score.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace PaperSift {

class Database;
struct Statement; // sqlsupport.h
namespace Sql {
class Query;
}

/// A criteria text the user scored with, and how much it was used.
struct CriteriaVersion
{
    QString sha256;
    QString text;
    QDateTime created;
    int scoredPapers = 0; ///< distinct papers with a score made with it
    QDateTime lastScored; ///< invalid when never used
    int number = 0; ///< 1 for the first criteria ever saved, 2 for the next…

    /// "v3 · 2 Jun 17:48": how the window names a version (created in local time).
    QString label() const;
};

/// Which scores take part in the one rule for the score that counts (see countingScores()).
struct ScoreChoice
{
    QString currentCriteriaSha256; ///< the criteria in use: their scores beat older versions'
    QString model; ///< only this model's scores; empty: any model
    /// The reader's own ranking's model name (LearnedModel::modelName): other readers' rankings
    /// never count for this one.
    QString learnedModel = QStringLiteral("learned");
};

/// Criteria texts and the scores made with them: the cache that keeps a paper from being paid twice.
class ScoreStore
{
public:
    explicit ScoreStore(Database &db);
    /// The connection it works on (ScoreClaims share it).
    Database &database() const { return m_db; }

    /// Stores a criteria text (once per SHA-256) and returns its SHA-256.
    Result<QString> saveCriteria(const QString &text);
    Result<std::optional<QString>> criteriaText(const QString &sha256) const;
    /// Every criteria text saved, newest first, numbered, with the number of papers scored with
    /// it — or without that count (a pass over every score) when `countPapers` is false.
    Result<QList<CriteriaVersion>> criteriaVersions(bool countPapers = true) const;

    Result<std::optional<Score>> score(const ScoreKey &key) const;
    /// The stored scores (scored or unscored) among these keys.
    Result<QHash<ScoreKey, Score>> scoresFor(const QList<ScoreKey> &keys) const;
    /// The keys that still need scoring: no row, or only an unscored one. Order kept.
    Result<QList<ScoreKey>> missingKeys(const QList<ScoreKey> &keys) const;
    /// Saves scores in one transaction. A scored row is never overwritten (a key is scored once);
    /// an unscored row is replaced by a later attempt. Paper and criteria must be stored first.
    Status saveScores(const QList<Score> &scores, qint64 runId = 0);
    /// Every score of a paper (all versions, criteria and models), newest first.
    Result<QList<Score>> scoresForPaper(const QString &id) const;
    /// Per paper id, its latest score with these criteria (and this model, unless empty): a scored
    /// row before an unscored one, then the highest paper version, then the newest. With a valid
    /// `day`, only the papers that day listed.
    Result<QHash<QString, Score>> latestScores(
        const QString &criteriaSha256, const QString &model, const QDate &day = {}) const;

    /// The score that counts for each paper — the one rule the table, the day counts, the export
    /// picker, the digest and the command line share, written only here: a language model's
    /// verdict before the keyword scorer's; made with the criteria in use before one made with an
    /// older version (a "stale" score, still shown, marked as such); then the highest paper
    /// version and the newest. A paper the title filter dropped has the model's verdict "not
    /// relevant" (no numbers, Score::isJudged()); an attempt that failed never counts. With a
    /// valid `day`, only the papers that day listed.
    Result<QHash<QString, Score>> countingScores(const ScoreChoice &choice, const QDate &day = {}) const;
    /// The same for these papers.
    Result<QHash<QString, Score>> countingScores(const ScoreChoice &choice, const QStringList &ids) const;
    /// The rule's SQL: one row per paper, the score columns of countingScores(), for the papers
    /// `scope` (a condition on s.paper_id, with its bindings) selects; for queries that join it.
    /// `columns` narrows the row to what a reader needs (a subset of scoreColumnNames(), same
    /// names): the rule ranks every score of the library, and each column it carries is sorted along.
    static Statement countingScoresStatement(const ScoreChoice &choice, const QString &scope = {},
        const QVariantList &scopeValues = {}, const QString &columns = scoreColumnNames());
    /// The columns countingScoresStatement() selects, in order, for readers that join it.
    static const QString &scoreColumnNames();

    /// The SQL and bindings latestScores() runs; public so a test can ask SQLite for its query
    /// plan (a missing index there is quadratic in the size of the library).
    static Statement latestScoresStatement(const QString &criteriaSha256, const QString &model, const QDate &day);
    /// A score row as countingScoresStatement() and the other readers select it, from column `first`.
    static Score readScore(const Sql::Query &q, int first = 0);

private:
    Database &m_db;
};

} // namespace PaperSift
