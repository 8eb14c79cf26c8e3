#include "commands.h"
#include "exitcodes.h"
#include "store/database.h"
#include "store/librarycopy.h"
#include "store/librarylock.h"

namespace PaperSift::Cli {

using namespace Qt::StringLiterals;

// `papersift library copy --from A --to B`: moves a library between SQLite files and PostgreSQL
// databases (either way), with its scores, criteria versions and the reader's own marks. Run it
// again after an interruption to finish; the counts are checked at the end.
Command libraryCommand()
{
    Command c;
    c.name = u"library"_s;
    c.summary = u"Manage libraries: library copy --from PATH|URL --to PATH|URL"_s;
    c.setup = [](QCommandLineParser &p) {
        p.addPositionalArgument(u"action"_s, u"copy: copy a library into another (resumable)"_s, u"copy"_s);
        p.addOption({ u"from"_s, u"The library to copy: a file, or postgresql://user@host:5432/dbname."_s, u"FROM"_s });
        p.addOption({ u"to"_s, u"The library to copy into (created and migrated when needed)."_s, u"TO"_s });
    };
    c.run = [](Context &ctx) {
        const QStringList args = ctx.parser.positionalArguments();
        if (args != QStringList { u"copy"_s }) {
            ctx.err << "papersift library: say what to do: library copy --from A --to B.\n";
            return int(ExitUsage);
        }
        const QString from = ctx.parser.value(u"from"_s);
        const QString to = ctx.parser.value(u"to"_s);
        if (from.isEmpty() || to.isEmpty()) {
            ctx.err << "papersift library copy: name both libraries: --from A --to B.\n";
            return int(ExitUsage);
        }
        auto source = Database::open(from, Database::Mode::ReadOnly);
        if (!source) {
            ctx.err << "papersift library copy: " << source.errorMessage() << '\n';
            return int(ExitStorage);
        }
        if (DatabaseLocation::parse(to) && DatabaseLocation::parse(to)->text() == (*source)->path()) {
            ctx.err << "papersift library copy: --from and --to are the same library.\n";
            return int(ExitUsage);
        }
        // The destination to itself: no run writes into it while the copy does.
        auto lock = LibraryLock::acquire(to, LibraryLock::Mode::Exclusive);
        if (!lock) {
            ctx.err << "papersift library copy: " << lock.errorMessage() << '\n';
            return int(ExitBusy);
        }
        auto destination = Database::open(to);
        if (!destination) {
            ctx.err << "papersift library copy: " << destination.errorMessage() << '\n';
            return int(ExitStorage);
        }
        LibraryCopy copy(**source, **destination);
        if (ctx.stderrIsTerminal) {
            copy.setProgressCallback([&ctx](const QString &table, qint64 done, qint64 total) {
                ctx.err << "\r" << table << ": " << done << " of " << total << "   " << Qt::flush;
            });
        }
        auto counts = copy.run();
        if (ctx.stderrIsTerminal)
            ctx.err << '\n';
        if (!counts) {
            ctx.err << "papersift library copy: " << counts.errorMessage() << '\n';
            return int(ExitStorage);
        }
        ctx.out << "Copied " << (*source)->location().shown() << " into " << (*destination)->location().shown()
                << ":\n";
        for (const TableCount &t : std::as_const(*counts))
            ctx.out << "  " << t.table << ": " << t.source << " rows (" << t.destination << " there)\n";
        ctx.out << "Counts verified.\n";
        return int(ExitOk);
    };
    return c;
}

} // namespace PaperSift::Cli
