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
    };
}

} // namespace PaperSift::Cli
