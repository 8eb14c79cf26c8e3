#pragma once

#include "cli.h"

namespace PaperSift::Cli {

/// The table of headless commands; each area's command lives in its own file.
QList<Command> builtinCommands();

Command configCommand();
Command importCommand();
Command runCommand();
Command scoreCommand();
Command exportCommand();
Command fetchCommand();
Command backfillCommand();
Command recoverCommand();
Command libraryCommand();
Command rateCommand();
Command ratingsCommand();
Command learnCommand();
Command rulesCommand();

} // namespace PaperSift::Cli
