#include "knowyoudialog.h"

#include "calibrationchart.h"
#include "config/settings.h"
#include "library.h"
#include "scoring/promptbuilder.h"
#include "threadjob.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QString percent(double share)
{
    return QLocale().toString(qRound(share * 100)) + u'%';
}

} // namespace

KnowYouDialog::KnowYouDialog(Library &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
{
    setObjectName(u"knowYouDialog"_s);
    setWindowTitle(tr("How Well Does the Model Know You?"));
    const Settings settings;
    m_relevanceCutoff = settings.integer(Settings::RelevanceCutoff);
    m_noveltyCutoff = settings.integer(Settings::NoveltyCutoff);

    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    m_groups = new QComboBox(this);
    m_groups->setObjectName(u"knowYouGroup"_s);
    form->addRow(tr("&Scores of:"), m_groups);
    layout->addLayout(form);
    m_modelSummary = new QLabel(this);
    m_modelSummary->setObjectName(u"modelSummary"_s);
    m_modelSummary->setWordWrap(true);
    layout->addWidget(m_modelSummary);
    m_modelChart = new CalibrationChart(this);
    m_modelChart->setObjectName(u"modelChart"_s);
    m_modelChart->setAxisTitle(tr("The model's relevance · bars: the share of those papers you liked"));
    m_modelChart->setCutoff(m_relevanceCutoff);
    layout->addWidget(m_modelChart, 1);

    layout->addWidget(heading(tr("Your own ranking (Yours)"), this));
    m_yoursSummary = new QLabel(this);
    m_yoursSummary->setObjectName(u"yoursSummary"_s);
    m_yoursSummary->setWordWrap(true);
    layout->addWidget(m_yoursSummary);
    m_yoursChart = new CalibrationChart(this);
    m_yoursChart->setObjectName(u"yoursChart"_s);
    m_yoursChart->setAxisTitle(tr("Yours, on papers it did not train on · bars: the share you liked"));
    m_yoursChart->setCutoff(5);
    layout->addWidget(m_yoursChart, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_groups, &QComboBox::currentIndexChanged, this, &KnowYouDialog::showGroup);

    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 40);
    load();
}

// The measure holds only its own copies; its thread is the dialog's child and is waited for
// there (it finishes in about a second even on thousands of ratings).
KnowYouDialog::~KnowYouDialog() = default;

void KnowYouDialog::load()
{
    auto scores = m_library.ratedScores();
    auto rated = m_library.ratedPapers();
    if (!scores || !rated) {
        m_intro->setText(
            tr("Your ratings could not be read: %1").arg(scores ? rated.errorMessage() : scores.errorMessage()));
        return;
    }
    int liked = 0;
    QHash<QString, bool> verdicts;
    for (const RatedPaper &r : std::as_const(*rated)) {
        liked += r.liked ? 1 : 0;
        verdicts.insert(r.paper.id, r.liked);
    }
    m_intro->setText(rated->isEmpty()
            ? tr("This is made of your ratings, and you have rated no paper yet: star papers, rate them 1–5 (keys "
                 "1–5) or mark them not interested (x), and come back.")
            : tr("Made of your ratings: %n papers, %1 of them liked (a star or 4–5), the rest disliked (1–2). A "
                 "paper is picked when the digest would list it (relevance ≥ %2, novelty ≥ %3).",
                nullptr, int(rated->size()))
                  .arg(liked)
                  .arg(m_relevanceCutoff)
                  .arg(m_noveltyCutoff));

    // One group per criteria version and model, the most rated first; the learned rankings are
    // the Yours part, not a model's.
    QHash<QString, qsizetype> at;
    for (const auto &[score, isLiked] : std::as_const(*scores)) {
        if (score.isLearned())
            continue;
        const QString key = score.key.criteriaSha256 + u'\x1f' + score.key.model;
        auto it = at.constFind(key);
        if (it == at.constEnd()) {
            it = at.insert(key, m_data.size());
            m_data.append({ score.key.criteriaSha256, score.key.model, {} });
        }
        m_data[*it].points.append(
            { double(*score.relevance), score.passes(m_relevanceCutoff, m_noveltyCutoff), isLiked });
    }
    std::stable_sort(m_data.begin(), m_data.end(), [](const Group &a, const Group &b) {
        return a.points.size() > b.points.size();
    });
    QHash<QString, QString> labels;
    if (auto versions = m_library.criteriaVersions(); versions) {
        for (const CriteriaVersion &v : std::as_const(*versions))
            labels.insert(v.sha256, v.label());
    }
    const QString current = m_library.currentCriteriaSha();
    {
        const QSignalBlocker blocker(m_groups);
        for (const Group &g : std::as_const(m_data)) {
            const QString version = labels.value(g.criteriaSha, tr("an older version"));
            m_groups->addItem(g.criteriaSha == current
                    ? tr("%1 · %2 (the criteria in use) · %n rated", nullptr, int(g.points.size()))
                          .arg(g.model, version)
                    : tr("%1 · %2 · %n rated", nullptr, int(g.points.size())).arg(g.model, version));
        }
    }
    m_groups->setEnabled(!m_data.isEmpty());
    showGroup(m_data.isEmpty() ? -1 : 0);

    // Yours, honestly: each rated paper scored by a ranking trained on the other folds.
    const int missing = LearnedModel::ratingsMissing(liked, int(rated->size()) - liked);
    if (missing > 0) {
        m_yoursSummary->setText(
            tr("Rate %n more papers to get your own ranking (it needs %1 liked and %1 disliked).", nullptr, missing)
                .arg(LearnedModel::MinimumPerClass));
        m_yoursChart->setCalibration({}, 0);
        return;
    }
    m_yoursSummary->setText(tr("Measuring it on papers it did not train on…"));
    m_measuring = true;
    ThreadJob<LearningReport>::start(
        this,
        [papers = *rated, criteria = PromptSet::load().criteria] {
            return LearningReport::evaluate(papers, criteria);
        },
        [this, verdicts](LearningReport report) {
            m_measuring = false;
            showYours(report, verdicts);
        });
}

QString KnowYouDialog::summary(const Calibration &c, const QString &whose)
{
    if (c.rated == 0)
        return tr("None of the papers you rated has a score from %1.").arg(whose);
    QString text = c.picked > 0
        ? tr("Of the %n papers %1 picked that you rated, you liked %2 (precision).", nullptr, c.picked)
              .arg(whose, percent(*c.precision()))
        : tr("%1 picked none of the papers you rated.").arg(whose);
    if (c.recall())
        text += u' '
            + tr("Of the %n papers you liked, it picked %1 (recall).", nullptr, c.liked).arg(percent(*c.recall()));
    return text;
}

void KnowYouDialog::showGroup(int index)
{
    if (index < 0 || index >= m_data.size()) {
        m_modelCalibration = {};
        m_modelSummary->setText(tr("No paper you rated has a score yet: score a day, then rate its papers."));
    } else {
        m_modelCalibration = Calibration::of(m_data.at(index).points);
        m_modelSummary->setText(summary(m_modelCalibration, m_data.at(index).model));
    }
    m_modelChart->setCalibration(m_modelCalibration, 1);
}

void KnowYouDialog::showYours(const LearningReport &report, const QHash<QString, bool> &liked)
{
    if (report.heldOutYours.isEmpty()) {
        m_yoursSummary->setText(tr("Too few ratings to measure it on papers it did not train on yet (it needs %1 of "
                                   "each kind).")
                                    .arg(LearnedModel::MinimumPerClass + 3));
        return;
    }
    QList<Calibration::Point> points;
    for (auto it = report.heldOutYours.cbegin(); it != report.heldOutYours.cend(); ++it)
        points.append({ it.value(), it.value() >= 5, liked.value(it.key()) });
    m_yoursCalibration = Calibration::of(points);
    m_yoursSummary->setText(summary(m_yoursCalibration, tr("Yours")) + u' '
        + tr("Precision at k, cross-validated in %1 folds: %2 (chance %3).")
              .arg(report.folds)
              .arg(QLocale().toString(report.learnedPrecision, 'f', 2), QLocale().toString(report.chance(), 'f', 2)));
    m_yoursChart->setCalibration(m_yoursCalibration, 0);
}

} // namespace PaperSift
