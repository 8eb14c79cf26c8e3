#pragma once

#include "domain/result.h"
#include "domain/score.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace PaperSift {

class Database;
struct Statement; // sqlsupport.h

/// A criteria text the user scored with, and how much it was used.
struct CriteriaVersion
{
    QString sha256;
    QString text;
    QDateTime created;
    int scoredPapers = 0; ///< distinct papers with a score made with it
    QDateTime lastScored; ///< invalid when never used
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
    /// Every criteria text saved, newest first, with the number of papers scored with it.
    Result<QList<CriteriaVersion>> criteriaVersions() const;

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

    /// The SQL and bindings latestScores() runs; public so a test can ask SQLite for its query
    /// plan (a missing index there is quadratic in the size of the library).
    static Statement latestScoresStatement(const QString &criteriaSha256, const QString &model, const QDate &day);

private:
    Database &m_db;
};

} // namespace PaperSift
