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
    };
}

} // namespace PaperSift::Cli
