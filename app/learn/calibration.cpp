#include "calibration.h"

#include <QtGlobal>

#include <cmath>

namespace PaperSift {

std::optional<double> Calibration::precision() const
{
    return picked > 0 ? std::optional<double>(double(pickedLiked) / picked) : std::nullopt;
}

std::optional<double> Calibration::recall() const
{
    return liked > 0 ? std::optional<double>(double(pickedLiked) / liked) : std::nullopt;
}

Calibration Calibration::of(const QList<Point> &points)
{
    Calibration c;
    for (const Point &p : points) {
        if (!std::isfinite(p.score))
            continue;
        // Bin k holds [k, k + 1): a cutoff at k then splits the bins, never one of them.
        Bin &bin = c.bins[size_t(qBound(0, int(std::floor(p.score)), 10))];
        ++bin.rated;
        ++c.rated;
        if (p.liked) {
            ++bin.liked;
            ++c.liked;
        }
        if (p.picked) {
            ++c.picked;
            c.pickedLiked += p.liked ? 1 : 0;
        }
    }
    return c;
}

} // namespace PaperSift
