#pragma once

#include "learn/calibration.h"

#include <QWidget>

namespace PaperSift {

/// A bar chart of a Calibration: for each score (x), the share of the rated papers with that
/// score that the reader liked (y), with how many papers each bar stands on. Painted from the
/// palette, so it follows light and dark.
class CalibrationChart : public QWidget
{
    Q_OBJECT

public:
    explicit CalibrationChart(QWidget *parent = nullptr);

    /// The bars to draw: scores `first`..10 (the model's relevance starts at 1, Yours at 0).
    void setCalibration(const Calibration &calibration, int first);
    /// The cutoff, drawn as a line: papers at or right of it are the picks.
    void setCutoff(double cutoff);
    void setAxisTitle(const QString &title);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Calibration m_calibration;
    int m_first = 0;
    double m_cutoff = -1;
    QString m_axisTitle;
};

} // namespace PaperSift
