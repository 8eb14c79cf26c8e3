#pragma once

// Helpers for the benchmarks: wall time and peak resident memory, printed in one format that
// `make bench` output can be read by (and grepped for) — "BENCH name: value unit".

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <sys/resource.h>

namespace PaperSift::Bench {

/// Peak resident set size of this process so far, in MiB.
inline double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

inline void report(const QString &name, double value, const QString &unit)
{
    QTextStream(stdout) << "BENCH " << name << ": " << QString::number(value, 'f', 2) << ' ' << unit << Qt::endl;
}

} // namespace PaperSift::Bench
