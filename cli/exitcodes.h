#pragma once

namespace PaperSift {

/// Exit codes of the headless commands, distinct so cron wrappers can tell failures apart.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,   ///< anything not listed below
    ExitUsage = 2,     ///< bad command line
    ExitNetwork = 3,   ///< arXiv (or the network) unreachable or answering errors
    ExitEndpoint = 4,  ///< the scoring endpoint refused or failed (quota, auth, model)
    ExitBudget = 5,    ///< the run stopped at its budget; what was scored is kept
    ExitStorage = 6,   ///< the database or a file could not be read or written
    ExitInput = 7,     ///< an input file is not a feed PaperSift understands
    ExitBusy = 8,      ///< another PaperSift run holds the lock
    ExitCancelled = 9, ///< interrupted by the user (SIGINT/SIGTERM); resumable
    ExitMissing = 10,  ///< a day that should have papers produced none (arXiv late, or an empty feed)
};

} // namespace PaperSift
