#pragma once

#include "score.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace PaperSift {

enum class RunStatus { Running, Done, Cancelled, Failed, Interrupted };

QString runStatusName(RunStatus status);
RunStatus runStatusFromName(QStringView name);

/// One daily run (fetch → score → store) as the runs table and the digest header record it.
struct RunSummary
{
    qint64 id = 0;
    QDate day; ///< the feed day
    QStringList categories;
    QString model;
    int totalPapers = 0;    ///< distinct papers in the fetched feeds
    int scannedPapers = 0;  ///< distinct papers that went to scoring
    int relevantPapers = 0; ///< papers in the digest
    TokenUsage tokens;
    std::optional<double> costUsd; ///< empty when the model's price is unknown
    RunStatus status = RunStatus::Running;
    QString error;
    QDateTime started;
    QDateTime finished;
    // What a resume after a crash needs to redo the same run without repeating paid requests.
    QStringList announceTypes; ///< the announce-type filter, e.g. {"new", "cross"}
    QString criteriaSha256;    ///< the criteria the run scores with (Criteria::sha256)
    QString promptVersion;     ///< the prompt template version of the score keys
    QByteArray state;          ///< opaque resume state (JSON) owned by the pipeline; stored as is
};

} // namespace PaperSift
