#pragma once

// cli/: papersift's headless commands (fetch, import, backfill, run, score, export, config), for
// cron and scripts; linked only by the executable. Each command is a Command (name, options,
// run) in its own file; output is English and exit codes are in exitcodes.h. A command does its
// work through app/ exactly as the window does.

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace PaperSift::Cli {

/// Everything a headless command needs: its parsed options and the two output streams.
struct Context
{
    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    bool stderrIsTerminal = false;
};

/// A headless command: `papersift NAME …`.
struct Command
{
    QString name;
    QString summary;
    /// Adds the command's own options and positional arguments to the parser.
    std::function<void(QCommandLineParser &)> setup;
    /// Runs after parsing; returns an ExitCode.
    std::function<int(Context &)> run;
};

const QList<Command> &commands();
const Command *findCommand(const QString &name);

/// Adds --db and --config, which every command and the GUI accept.
void addGlobalOptions(QCommandLineParser &parser);
/// Points AppPaths at the --db / --config given on the command line.
void applyGlobalOptions(const QCommandLineParser &parser);

/// True when argv asks for no window: a command name, --help or --version.
bool isHeadless(int argc, char **argv);

/// Runs a headless invocation (arguments include the program name). Returns the exit code.
int runHeadless(const QStringList &arguments);

} // namespace PaperSift::Cli
