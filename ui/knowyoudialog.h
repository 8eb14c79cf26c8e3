#pragma once

#include "learn/calibration.h"
#include "learn/learningreport.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;

namespace PaperSift {

class CalibrationChart;
class Library;

/// "How well does the model know you?": for a criteria version and model, how its relevance
/// lines up with the reader's ratings (precision and recall of its picks, a chart of relevance
/// against the share liked), and the same for the reader's own ranking, measured on papers it
/// did not train on.
class KnowYouDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KnowYouDialog(Library &library, QWidget *parent = nullptr);
    ~KnowYouDialog() override;

    /// What the model's part shows (for tests): its calibration for the chosen version and model.
    const Calibration &modelCalibration() const { return m_modelCalibration; }
    /// Whether the measure of the reader's own ranking is still running.
    bool isMeasuring() const { return m_measuring; }
    const Calibration &yoursCalibration() const { return m_yoursCalibration; }
    QComboBox *groupChooser() const { return m_groups; }

private:
    struct Group
    {
        QString criteriaSha;
        QString model;
        QList<Calibration::Point> points;
    };
    void load();
    void showGroup(int index);
    void showYours(const LearningReport &report, const QHash<QString, bool> &liked);
    static QString summary(const Calibration &c, const QString &whose);

    Library &m_library;
    int m_relevanceCutoff = 8;
    int m_noveltyCutoff = 7;
    QList<Group> m_data;
    Calibration m_modelCalibration;
    Calibration m_yoursCalibration;
    bool m_measuring = false;

    QLabel *m_intro = nullptr;
    QComboBox *m_groups = nullptr;
    QLabel *m_modelSummary = nullptr;
    CalibrationChart *m_modelChart = nullptr;
    QLabel *m_yoursSummary = nullptr;
    CalibrationChart *m_yoursChart = nullptr;
};

} // namespace PaperSift
