#include "commands.h"

namespace PaperSift::Cli {

QList<Command> builtinCommands()
{
    return {
        configCommand(),
        importCommand(),
    };
}

} // namespace PaperSift::Cli
