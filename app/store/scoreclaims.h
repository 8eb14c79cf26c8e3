#pragma once

#include "domain/result.h"
#include "domain/score.h"

#include <QList>
#include <QString>

namespace PaperSift {

class Database;

/// Who is scoring which key right now, so that two scorers on one library (two machines of a lab,
/// or a cron job and a window) never pay for the same paper. A scorer claims a batch's keys just
/// before it sends the batch; a claim is a row per key, taken with INSERT … ON CONFLICT, that
/// lasts until it expires (by the database's clock) or the score is stored (ScoreStore::saveScores
/// drops it). A crashed scorer's claims simply expire, and the next scorer takes them over.
class ScoreClaims
{
public:
    /// Claims for `holder` (one per scoring pass, see newHolder()), valid `expirySeconds` each.
    ScoreClaims(Database &db, QString holder, int expirySeconds);

    /// A holder name no other scorer uses: host, process and a random part.
    static QString newHolder();

    /// Claims what it can of `keys`: free keys, expired claims and this holder's own (renewed).
    /// Returns the keys this holder now holds, in the order given; the others are someone else's.
    Result<QList<ScoreKey>> claim(const QList<ScoreKey> &keys);
    /// Gives up this holder's remaining claims (what it did not score: cancel, budget, failure).
    Status releaseAll();

    QString holder() const { return m_holder; }

private:
    Database &m_db;
    QString m_holder;
    int m_expirySeconds;
};

} // namespace PaperSift
