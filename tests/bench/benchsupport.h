#pragma once

// Helpers for the benchmarks: wall time and peak resident memory, printed in one format that
// `make bench` output can be read by (and grepped for) — "BENCH name: value unit".

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <sys/resource.h>

namespace PaperSift::Bench {

/// Peak resident set size of this process so far, in MiB.
inline double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

/// Resident memory now (VmRSS), and the part of it that is the process's own (RssAnon: heap and
/// stacks, not mapped files), from /proc/self/status; -1 where that file is missing.
inline double statusMiB(const char *field)
{
    FILE *f = std::fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    double kib = -1;
    const size_t n = std::strlen(field);
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, field, n) == 0 && line[n] == ':') {
            kib = std::atof(line + n + 1);
            break;
        }
    }
    std::fclose(f);
    return kib < 0 ? -1 : kib / 1024.0;
}

inline void report(const QString &name, double value, const QString &unit)
{
    QTextStream(stdout) << "BENCH " << name << ": " << QString::number(value, 'f', 2) << ' ' << unit << Qt::endl;
}

} // namespace PaperSift::Bench
