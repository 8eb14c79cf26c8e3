#include "cli.h"

#include "commands.h"
#include "config/settings.h"
#include "exitcodes.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace PaperSift::Cli {

using namespace Qt::StringLiterals;

namespace {
const QCommandLineOption dbOption(u"db"_s,
                                  u"Use the library at PATH, or the shared one at postgresql://user@host:5432/dbname, "
                                  "instead of the default."_s,
                                  u"PATH"_s);
const QCommandLineOption configOption(u"config"_s, u"Read settings from DIR instead of the default."_s,
                                      u"DIR"_s);

QString usageText()
{
    QString text = u"Usage: papersift [--db PATH|URL] [--config DIR] [COMMAND [OPTIONS]]\n\n"
                   "With no command, PaperSift opens its window.\n\nCommands:\n"_s;
    for (const Command &c : commands())
        text += u"  %1%2\n"_s.arg(c.name, -12).arg(c.summary);
    text += u"\nGlobal options:\n"
            "  --db PATH      use the database at PATH\n"
            "  --db URL       use a shared library: postgresql://user@host:5432/dbname?sslmode=…\n"
            "  --config DIR   read settings from DIR\n"
            "  -h, --help     show this help, or a command's help after its name\n"
            "  -v, --version  show the version\n"_s;
    return text;
}
} // namespace

const QList<Command> &commands()
{
    static const QList<Command> list = builtinCommands();
    return list;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption);
    parser.addOption(configOption);
}

void applyGlobalOptions(const QCommandLineParser &parser)
{
    if (parser.isSet(configOption))
        AppPaths::setConfigDirOverride(parser.value(configOption));
    if (parser.isSet(dbOption))
        AppPaths::setDatabaseOverride(parser.value(dbOption));
}

// The first argument that is neither an option nor an option's value names the command.
static QString commandName(const QStringList &args, qsizetype *index = nullptr)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == "--db"_L1 || a == "--config"_L1) {
            ++i;
            continue;
        }
        if (a.startsWith(u'-'))
            continue;
        if (index)
            *index = i;
        return a;
    }
    return {};
}

bool isHeadless(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == "-h"_L1 || a == "--help"_L1 || a == "-v"_L1 || a == "--version"_L1 || a == "--help-all"_L1)
            return true;
        args.append(a);
    }
    return !commandName(args).isEmpty();
}

int runHeadless(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    qsizetype index = -1;
    const QString name = commandName(arguments, &index);

    if (name.isEmpty()) {
        if (arguments.contains("-v"_L1) || arguments.contains("--version"_L1)) {
            out << "papersift " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        }
        out << usageText();
        return ExitOk;
    }

    const Command *command = findCommand(name);
    if (!command) {
        err << "papersift: unknown command '" << name << "'.\n\n" << usageText();
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(help);
    addGlobalOptions(parser);
    if (command->setup)
        command->setup(parser);

    // Parse the command's arguments with the command name removed, so positionals are its own.
    QStringList commandArgs = arguments;
    commandArgs.removeAt(index);
    if (!parser.parse(commandArgs)) {
        err << "papersift " << name << ": " << parser.errorText() << "\n"
            << "Run 'papersift " << name << " --help' for its options.\n";
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        QString helpText = parser.helpText();
        helpText.replace(QCoreApplication::applicationFilePath(), "papersift "_L1 + name);
        helpText.replace(u"Usage: "_s + arguments.first(), u"Usage: papersift "_s + name);
        out << helpText;
        return ExitOk;
    }
    applyGlobalOptions(parser);

    Context ctx{parser, out, err, static_cast<bool>(::isatty(fileno(stderr)))};
    const int code = command->run(ctx);
    out.flush();
    err.flush();
    return code;
}

} // namespace PaperSift::Cli
