#include "calibrationchart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace PaperSift {

using namespace Qt::StringLiterals;

CalibrationChart::CalibrationChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CalibrationChart::setCalibration(const Calibration &calibration, int first)
{
    m_calibration = calibration;
    m_first = qBound(0, first, 10);
    // What the chart says, for a screen reader: each bar's share and count.
    QStringList bars;
    for (int s = m_first; s <= 10; ++s) {
        const Calibration::Bin &bin = m_calibration.bins[size_t(s)];
        if (bin.rated > 0)
            bars.append(tr("%1: %2% of %3 liked").arg(s).arg(qRound(bin.share() * 100)).arg(bin.rated));
    }
    setAccessibleDescription(bars.join(u"; "_s));
    update();
}

void CalibrationChart::setCutoff(double cutoff)
{
    m_cutoff = cutoff;
    update();
}

void CalibrationChart::setAxisTitle(const QString &title)
{
    m_axisTitle = title;
    update();
}

QSize CalibrationChart::sizeHint() const
{
    return { fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 12 };
}

QSize CalibrationChart::minimumSizeHint() const
{
    return { fontMetrics().averageCharWidth() * 40, fontMetrics().height() * 8 };
}

void CalibrationChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int left = fm.horizontalAdvance(u"100%"_s) + line / 2;
    const QRect plot = rect().adjusted(left, line + line / 2, -line / 2, -2 * line - line / 4);
    if (plot.width() < 20 || plot.height() < 20)
        return;

    QColor grid = pal.color(QPalette::WindowText);
    grid.setAlphaF(0.18f);
    QColor secondary = pal.color(QPalette::WindowText);
    secondary.setAlphaF(0.65f);
    // The share liked: 0, 50 and 100%.
    for (const int percent : { 0, 50, 100 }) {
        const int y = plot.bottom() - plot.height() * percent / 100;
        p.setPen(QPen(grid, 1));
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(secondary);
        p.drawText(QRect(0, y - line / 2, left - line / 4, line), Qt::AlignRight | Qt::AlignVCenter,
            QLocale().toString(percent) + u'%');
    }

    const int count = 11 - m_first;
    const double slot = double(plot.width()) / count;
    const double barWidth = slot * 0.62;
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    const QFontMetrics smallFm(small);
    for (int i = 0; i < count; ++i) {
        const int score = m_first + i;
        const Calibration::Bin &bin = m_calibration.bins[size_t(score)];
        const double x = plot.left() + slot * i + (slot - barWidth) / 2;
        const bool picked = m_cutoff >= 0 && score >= m_cutoff;
        if (bin.rated > 0) {
            const double h = std::max(2.0, plot.height() * bin.share());
            QColor fill = pal.color(QPalette::Highlight);
            if (!picked)
                fill.setAlphaF(0.55f);
            QPainterPath bar;
            bar.addRoundedRect(QRectF(x, plot.bottom() - h, barWidth, h), 2, 2);
            p.fillPath(bar, fill);
            p.setFont(small);
            p.setPen(secondary);
            p.drawText(
                QRectF(x - slot, plot.bottom() - h - smallFm.height() - 1, barWidth + 2 * slot, smallFm.height()),
                Qt::AlignHCenter | Qt::AlignBottom, tr("n=%1").arg(bin.rated));
            p.setFont(font());
        }
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(
            QRectF(plot.left() + slot * i, plot.bottom() + 2, slot, line), Qt::AlignCenter, QString::number(score));
    }
    if (m_cutoff >= m_first && m_cutoff <= 10) {
        const double x = plot.left() + slot * (m_cutoff - m_first);
        QPen pen(pal.color(QPalette::Link), 1.5, Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(x, plot.top() - line / 2), QPointF(x, plot.bottom()));
        p.drawText(QRectF(x + 4, plot.top() - line - line / 4, plot.right() - x, line),
            Qt::AlignLeft | Qt::AlignVCenter, tr("picked →"));
    }
    p.setPen(secondary);
    p.drawText(QRect(plot.left(), plot.bottom() + line + 2, plot.width(), line), Qt::AlignCenter, m_axisTitle);
}

} // namespace PaperSift
