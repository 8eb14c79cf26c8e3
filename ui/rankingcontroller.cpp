#include "rankingcontroller.h"

#include "library.h"
#include "papertablemodel.h"
#include "scoring/promptbuilder.h"
#include "store/database.h"
#include "threadjob.h"

#include <QLocale>

#include <utility>

namespace PaperSift {

namespace {

struct Trained
{
    Result<TrainingOutcome> outcome = Error {};
    std::shared_ptr<const LearnedModel> model;
};

QString percent(double share)
{
    return QLocale().toString(qRound(share * 100)) + QLatin1Char('%');
}

} // namespace

RankingController::RankingController(Library *library, PaperTableModel *model, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_table(model)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(1500);
    connect(&m_debounce, &QTimer::timeout, this, &RankingController::train);
}

RankingController::~RankingController() = default;

void RankingController::start()
{
    train();
}

void RankingController::ratingsChanged()
{
    m_afterRating = true;
    m_debounce.start();
}

QString RankingController::summary() const
{
    return m_outcome ? describe(*m_outcome) : QString();
}

QString RankingController::describe(const TrainingOutcome &outcome)
{
    if (outcome.missing > 0)
        return tr("Rate %n more papers to get your own ranking (a star or 4–5 is liked, 1–2 or “Not interested” "
                  "disliked; it needs %1 of each).",
            nullptr, outcome.missing)
            .arg(LearnedModel::MinimumPerClass);
    QString text = tr("Trained on %1 liked and %2 disliked papers.")
                       .arg(QLocale().toString(outcome.counts.liked), QLocale().toString(outcome.counts.disliked));
    const LearningReport &r = outcome.report;
    if (r.folds == 0)
        return text + u' ' + tr("Too few ratings yet to measure how well it ranks.");
    text += u' '
        + tr("Of its top picks among your own ratings (held out, %1 folds), %2 are papers you liked; chance is %3.")
              .arg(r.folds)
              .arg(percent(r.learnedPrecision), percent(r.chance()));
    if (r.keywordPrecision)
        text += u' ' + tr("The keyword scorer gets %1.").arg(percent(*r.keywordPrecision));
    return text;
}

void RankingController::train()
{
    if (!m_library->isOpen())
        return;
    if (m_training) {
        m_trainAgain = true;
        return;
    }
    m_training = true;
    // Its own connection in the worker; a read-only library trains in memory only (nothing is
    // stored, the model still ranks).
    auto job = [path = m_library->path(), readOnly = m_library->isReadOnly()]() -> Trained {
        auto db = Database::open(path, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
        if (!db)
            return { db.error(), nullptr };
        const QString criteria = PromptSet::load().criteria;
        if (readOnly) {
            LearningStore store(**db);
            auto rated = store.ratedPapers();
            if (!rated)
                return { rated.error(), nullptr };
            TrainingOutcome outcome;
            for (const RatedPaper &r : *rated)
                (r.liked ? outcome.counts.liked : outcome.counts.disliked) += 1;
            outcome.missing = LearnedModel::ratingsMissing(outcome.counts.liked, outcome.counts.disliked);
            if (outcome.missing > 0)
                return { outcome, nullptr };
            auto model = LearnedModel::train(*rated);
            if (!model)
                return { model.error(), nullptr };
            outcome.report = LearningReport::evaluate(*rated, criteria);
            outcome.trained = true;
            return { outcome, std::make_shared<const LearnedModel>(std::move(*model)) };
        }
        auto outcome = RankingTrainer::train(**db, criteria);
        if (!outcome || outcome->missing > 0)
            return { outcome, nullptr };
        auto stored = LearningStore(**db).ranking();
        if (!stored)
            return { stored.error(), nullptr };
        return { outcome, *stored ? std::make_shared<const LearnedModel>(std::move((*stored)->model)) : nullptr };
    };
    ThreadJob<Trained>::start(this, job, [this](Trained result) {
        m_training = false;
        if (result.outcome) {
            m_outcome = *result.outcome;
            m_model = std::move(result.model);
        } else {
            // Kept as it was: a failed training (a busy database) takes nothing away.
            qWarning("papersift: the ranking could not be trained: %s", qPrintable(result.outcome.errorMessage()));
        }
        emit changed(std::exchange(m_afterRating, false));
        rankRows();
        if (m_trainAgain) {
            m_trainAgain = false;
            m_debounce.start();
        }
    });
}

void RankingController::rankRows()
{
    const int generation = ++m_generation;
    if (!m_model) {
        m_table->setYours({}, {});
        emit rowsRanked();
        return;
    }
    QStringList ids;
    ids.reserve(m_table->rows().size());
    for (const PaperRow &r : m_table->rows())
        ids.append(r.id);
    if (ids.isEmpty()) {
        emit rowsRanked();
        return;
    }
    ++m_ranking;
    auto job = [path = m_library->path(), model = m_model, ids]() -> Result<QHash<QString, double>> {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        if (!db)
            return db.error();
        return LearningStore(**db).yours(*model, ids.size() > 5000 ? QStringList() : ids);
    };
    ThreadJob<Result<QHash<QString, double>>>::start(
        this, job, [this, generation](Result<QHash<QString, double>> yours) {
            --m_ranking;
            if (generation != m_generation)
                return;
            if (!yours) {
                qWarning("papersift: the rows could not be ranked: %s", qPrintable(yours.errorMessage()));
                return;
            }
            m_table->setYours(*yours, summary());
            emit rowsRanked();
        });
}

} // namespace PaperSift
