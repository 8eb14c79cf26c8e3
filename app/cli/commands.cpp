#include "commands.h"

namespace PaperSift::Cli {

QList<Command> builtinCommands()
{
    return {
        configCommand(),
        importCommand(),
        exportCommand(),
    };
}

} // namespace PaperSift::Cli
