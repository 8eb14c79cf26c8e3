#include "commands.h"

namespace PaperSift::Cli {

QList<Command> builtinCommands()
{
    return {
        configCommand(),
        importCommand(),
        runCommand(),
        scoreCommand(),
        exportCommand(),
        fetchCommand(),
        backfillCommand(),
        recoverCommand(),
        libraryCommand(),
        rateCommand(),
        ratingsCommand(),
        learnCommand(),
        rulesCommand(),
    };
}

} // namespace PaperSift::Cli
