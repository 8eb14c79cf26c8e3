#pragma once

#include "domain/paper.h"
#include "domain/score.h"
#include "llm/chatclient.h"
#include "pipeline/circuitbreaker.h"
#include "store/scoreclaims.h"

#include <QEventLoop>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>

namespace PaperSift {

class ScoringEngine;
struct ScoringOutcome;

/// One pass of ScoringEngine against a language model: the title filter and the scoring in one
/// event loop, so the papers a title batch keeps go to scoring as its reply arrives, not after the
/// whole title stage. Title batches go out first; a scoring batch goes out when it is full, or
/// when no title reply can add to it any more; never more requests at once than the chat client's
/// (adaptive) in-flight limit. Each reply is saved as it arrives: scores, the papers the filter
/// dropped, and (under the title key) the papers it kept, so a resume pays for neither again.
class ModelRun : public QObject
{
    Q_OBJECT

public:
    ModelRun(ScoringEngine &engine, ScoringOutcome &outcome, qint64 runId);
    ~ModelRun() override;

    /// Scores `toScore` (straight to scoring) and `toFilter` (titles first); blocking.
    void run(const QList<Paper> &toFilter, const QList<Paper> &toScore);
    /// Aborts the requests in flight (from the engine's cancel(), in this thread).
    void cancel();

    int titleBatchSize() const { return m_titleBatchSize; }
    int batchSize() const { return m_batchSize; }
    int peakInFlight() const { return m_client.peakInFlight(); }
    int lowestConcurrencyLimit() const { return m_client.lowestConcurrencyLimit(); }
    int requeued() const { return m_requeued; } ///< papers a reply left out, sent again

private:
    struct Pending
    {
        Paper paper;
        int attempts = 0;
        QString lastReason;
    };

    bool halted() const;
    bool hasCapacity() const;
    bool titleWorkLeft() const { return !m_titleQueue.empty() || !m_titleInFlight.isEmpty(); }
    void pump();
    bool sendTitleBatch();
    bool sendScoringBatch();
    void claimBatch(QList<Pending> &batch);
    bool overBudget(double estimate);
    void onFinished(const ChatResult &result);
    void onTitleReply(const QList<Paper> &batch, const ChatResult &result);
    void onScoringReply(const QList<Pending> &batch, const ChatResult &result);
    void onRecheck();
    void failed(const LlmError &error);
    void halt();
    void progress();

    ScoringEngine &m_engine;
    ScoringOutcome &m_outcome;
    qint64 m_runId;
    ChatClient m_client;
    CircuitBreaker m_breaker;
    ScoreClaims m_claims;
    QEventLoop m_loop;
    QTimer m_deadlineTimer;
    QTimer m_recheck; ///< looks again at papers another scorer claimed

    int m_titleBatchSize = 1;
    int m_batchSize = 1;
    std::deque<QList<Paper>> m_titleQueue;
    QHash<quint64, QList<Paper>> m_titleInFlight;
    std::deque<Pending> m_queue;
    std::deque<Pending> m_waiting; ///< claimed by another scorer
    QHash<quint64, QList<Pending>> m_inFlight;
    QHash<quint64, double> m_estimates;
    double m_inFlightEstimate = 0;
    int m_papersBilled = 0; ///< papers in answered scoring requests, for the observed cost per paper
    int m_titlesLeft = 0; ///< titles not answered yet, for the progress line
    int m_done = 0;
    int m_requeued = 0;
    bool m_stopping = false;
    bool m_running = false;
    QList<Paper> m_selected; ///< every paper this pass set out to score
    QSet<QString> m_settled; ///< papers with a row saved by this pass
};

} // namespace PaperSift
