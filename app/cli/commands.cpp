#include "commands.h"

namespace PaperSift::Cli {

QList<Command> builtinCommands()
{
    return {
        configCommand(),
        importCommand(),
        runCommand(),
        scoreCommand(),
    };
}

} // namespace PaperSift::Cli
