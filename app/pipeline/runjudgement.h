#pragma once

#include "pipeline/dailyrun.h"

#include <QCoreApplication>
#include <QDate>

#include <chrono>

namespace PaperSift {

struct ScoringConfig;
struct ScoringOutcome;

/// The end of a run's scoring, judged: its verdict, its failure (the exit code) and a message
/// that names the endpoint and says what to do. Apart from DailyRun so the wording of every
/// outcome is in one place.
class RunJudgement
{
    Q_DECLARE_TR_FUNCTIONS(PaperSift::RunJudgement)

public:
    struct Input
    {
        const ScoringOutcome &outcome;
        const ScoringConfig &config;
        QDate day;
        std::chrono::seconds deadline { 0 };
        bool cancelled = false; ///< the run was cancelled from outside the engine
    };

    /// Fills result.verdict, failure, message and unscoredReason; counts are already in result.
    static void judge(const Input &input, RunResult &result);

    /// "papersift score --date 2025-06-16": the command that finishes a day.
    static QString resumeCommand(QDate day);
};

} // namespace PaperSift
