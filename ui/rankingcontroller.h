#pragma once

#include "learn/learnedmodel.h"
#include "pipeline/rankingtrainer.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace PaperSift {

class Library;
class PaperTableModel;

/// The reader's own ranking in the window: trains it in a worker thread a moment after the
/// ratings change (debounced: rating ten papers in a row trains once), keeps the model, and fills
/// the table's Yours column for the rows shown, also in a worker. The GUI thread never trains or
/// reads papers for it.
class RankingController : public QObject
{
    Q_OBJECT

public:
    RankingController(Library *library, PaperTableModel *model, QObject *parent = nullptr);
    ~RankingController() override;

    /// Trains (when the ratings changed since the stored model) and ranks the rows shown.
    void start();
    /// There is a ranking to show: the Yours column is available.
    bool isAvailable() const { return m_model != nullptr; }
    /// Waiting for a training or a ranking of the rows to finish (for tests).
    bool isBusy() const { return m_training || m_ranking > 0; }
    /// "Rate 12 more papers to get your own ranking", or what it was trained on and how well it
    /// does; empty before the first answer.
    QString summary() const;
    /// The same words for any state (the Settings page, the tests).
    static QString describe(const TrainingOutcome &outcome);
    /// How long after a rating the training starts.
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }

public slots:
    /// A star or rating was saved: train again soon.
    void ratingsChanged();
    /// The table shows other rows: rank them.
    void rankRows();

signals:
    /// A training finished: availability or summary may have changed. `afterRating`: it followed
    /// the reader's rating (worth telling them), not the window's start.
    void changed(bool afterRating);
    /// The Yours column of the rows shown is filled in.
    void rowsRanked();

private:
    void train();

    Library *m_library;
    PaperTableModel *m_table;
    QTimer m_debounce;
    std::shared_ptr<const LearnedModel> m_model;
    std::optional<TrainingOutcome> m_outcome;
    bool m_training = false;
    bool m_trainAgain = false; ///< ratings changed while training
    bool m_afterRating = false; ///< the training in progress follows a rating
    int m_ranking = 0; ///< rankings in flight
    int m_generation = 0; ///< drops a ranking of rows no longer shown
};

} // namespace PaperSift
