#include "commands.h"

namespace PaperSift::Cli {

QList<Command> builtinCommands()
{
    return {
        configCommand(),
    };
}

} // namespace PaperSift::Cli
