#include "commands.h"
#include "config/settings.h"
#include "exitcodes.h"

namespace PaperSift::Cli {

using namespace Qt::StringLiterals;

// `papersift config list|get KEY|set KEY VALUE|unset KEY`: settings for cron users, headless.
Command configCommand()
{
    Command c;
    c.name = u"config"_s;
    c.summary = u"List, read or change settings: config list | get KEY | set KEY VALUE | unset KEY"_s;
    c.setup = [](QCommandLineParser &p) {
        p.addPositionalArgument(u"action"_s, u"list, get, set or unset"_s);
        p.addPositionalArgument(u"key"_s, u"a setting, as 'config list' shows it"_s, u"[KEY]"_s);
        p.addPositionalArgument(u"value"_s, u"the new value (for set)"_s, u"[VALUE]"_s);
    };
    c.run = [](Context &ctx) {
        const QStringList args = ctx.parser.positionalArguments();
        const QString action = args.value(0, u"list"_s);
        Settings settings;
        if (action == "list"_L1 && args.size() <= 1) {
            for (const SettingDef &d : Settings::definitions()) {
                const QVariant v = settings.value(d.key);
                ctx.out << d.key << " = " << v.toString() << "\n    " << d.help << '\n';
            }
            ctx.out << "followed authors: " << AppPaths::authorsFile() << " ("
                    << Settings::followedAuthors().size() << " names)\n"
                    << "settings file: " << settings.fileName() << '\n'
                    << "database: " << AppPaths::databaseFile() << '\n';
            return int(ExitOk);
        }
        if (action == "get"_L1 && args.size() == 2) {
            if (!Settings::definition(args[1])) {
                ctx.err << "papersift config: unknown setting '" << args[1]
                        << "'. 'papersift config list' shows every setting.\n";
                return int(ExitUsage);
            }
            ctx.out << settings.value(args[1]).toString() << '\n';
            return int(ExitOk);
        }
        if (action == "set"_L1 && args.size() == 3) {
            const QString error = settings.set(args[1], args[2]);
            if (!error.isEmpty()) {
                ctx.err << "papersift config: " << error << '\n';
                return int(ExitUsage);
            }
            settings.sync();
            if (settings.status() != QSettings::NoError) {
                ctx.err << "papersift config: could not write " << settings.fileName()
                        << ". Check that the folder is writable and the disk is not full.\n";
                return int(ExitStorage);
            }
            return int(ExitOk);
        }
        if (action == "unset"_L1 && args.size() == 2 && Settings::definition(args[1])) {
            settings.reset(args[1]);
            settings.sync();
            return int(ExitOk);
        }
        ctx.err << "papersift config: expected 'list', 'get KEY', 'set KEY VALUE' or 'unset KEY'.\n";
        return int(ExitUsage);
    };
    return c;
}

} // namespace PaperSift::Cli
