#include "commands.h"

namespace PaperSift::Cli {

QList<Command> builtinCommands()
{
    return {
        configCommand(),
        importCommand(),
        fetchCommand(),
        backfillCommand(),
    };
}

} // namespace PaperSift::Cli
