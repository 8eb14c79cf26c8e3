#include "commands.h"
#include "config/settings.h"
#include "exitcodes.h"
#include "store/database.h"
#include "store/libraryquery.h"
#include "store/paperrepository.h"
#include "store/rulestore.h"

namespace PaperSift::Cli {

using namespace Qt::StringLiterals;

namespace {

int fail(Context &ctx, int code, const QString &message)
{
    ctx.err << "papersift rules: " << message << '\n';
    return code;
}

int usage(Context &ctx, const QString &message)
{
    ctx.err << "papersift rules: " << message << "\nRun 'papersift rules --help' for its arguments.\n";
    return int(ExitUsage);
}

/// How many papers of the library's newest day each rule matches, so a rule shows its reach
/// before the next run; an empty day when the library holds none.
struct Reach
{
    QDate day;
    QList<int> matches; ///< by rule, as RuleBook::rules() lists them
    int muted = 0; ///< papers of that day the rules hide (keep beats mute)
};

Result<Reach> reachOnNewestDay(Database &db, const RuleBook &book)
{
    Reach reach;
    reach.matches.fill(0, book.rules().size());
    auto days = LibraryQuery(db).days();
    if (!days)
        return days.error();
    if (days->isEmpty())
        return reach;
    reach.day = days->first().day;
    auto papers = PaperRepository(db).papersForDay(reach.day);
    if (!papers)
        return papers.error();
    for (const StoredPaper &sp : std::as_const(*papers)) {
        for (qsizetype i = 0; i < book.rules().size(); ++i)
            reach.matches[i] += book.matches(i, sp.paper.id, sp.paper.categories) ? 1 : 0;
        reach.muted += book.isMuted(sp.paper.id, sp.paper.categories) ? 1 : 0;
    }
    return reach;
}

QString actionText(PaperRule::Action action)
{
    return action == PaperRule::Action::Keep ? u"always keep"_s : u"never show"_s;
}

int list(Context &ctx, Database &db)
{
    auto book = RuleStore(db).book();
    if (!book)
        return fail(ctx, int(ExitStorage), book.errorMessage());
    if (book->isEmpty()) {
        ctx.out << "No rules. Add one: papersift rules add keep 'au:\"Yoshua Bengio\"', or papersift rules add mute "
                   "'cat:cs.CV'.\n";
        return int(ExitOk);
    }
    auto reach = reachOnNewestDay(db, *book);
    if (!reach)
        return fail(ctx, int(ExitStorage), reach.errorMessage());
    for (qsizetype i = 0; i < book->rules().size(); ++i) {
        const PaperRule &r = book->rules().at(i);
        ctx.out << r.id << '\t' << PaperRule::actionName(r.action) << '\t' << r.query;
        if (reach->day.isValid())
            ctx.out << "\t(" << reach->matches.at(i) << " on " << reach->day.toString(Qt::ISODate) << ')';
        ctx.out << '\n';
    }
    if (reach->day.isValid() && reach->muted > 0)
        ctx.out << reach->muted << " papers of " << reach->day.toString(Qt::ISODate)
                << " are hidden by your rules, and are not scored.\n";
    return int(ExitOk);
}

int add(Context &ctx, Database &db, const QStringList &args)
{
    const auto action = PaperRule::actionFromName(args.value(1));
    if (!action)
        return usage(ctx, u"the action is keep or mute, not \"%1\"."_s.arg(args.value(1)));
    const QString query = args.mid(2).join(u' ').simplified();
    if (const QString problem = RuleStore::validate(query); !problem.isEmpty())
        return fail(ctx, int(ExitInput), problem);
    RuleStore store(db);
    auto id = store.add(*action, query);
    if (!id)
        return fail(ctx, int(ExitStorage), id.errorMessage());
    ctx.out << "Rule " << *id << ": " << actionText(*action) << " papers matching " << query;
    if (auto book = store.book(); book) {
        const qsizetype at = std::find_if(book->rules().cbegin(), book->rules().cend(), [&](const PaperRule &r) {
            return r.id == *id;
        }) - book->rules().cbegin();
        if (auto reach = reachOnNewestDay(db, *book); reach && reach->day.isValid() && at < reach->matches.size())
            ctx.out << " (" << reach->matches.at(at) << " on " << reach->day.toString(Qt::ISODate) << ')';
    }
    ctx.out << ".\n";
    if (*action == PaperRule::Action::Mute)
        ctx.out << "They are hidden in the window and left out of digests now, and the next run does not score them.\n";
    return int(ExitOk);
}

int remove(Context &ctx, Database &db, const QStringList &args)
{
    bool number = false;
    const qint64 id = args.value(1).toLongLong(&number);
    if (!number || args.size() != 2)
        return usage(ctx, u"remove takes the rule's number, as 'papersift rules list' shows it."_s);
    auto removed = RuleStore(db).remove(id);
    if (!removed)
        return fail(ctx, int(ExitStorage), removed.errorMessage());
    if (!*removed)
        return fail(ctx, int(ExitInput), u"you have no rule %1; 'papersift rules list' shows yours."_s.arg(id));
    ctx.out << "Removed rule " << id << ".\n";
    return int(ExitOk);
}

} // namespace

// `papersift rules list|add keep|mute QUERY|remove N`: the reader's rules, which cost nothing.
Command rulesCommand()
{
    Command c;
    c.name = u"rules"_s;
    c.summary = u"Always keep or never show papers: rules list|add keep|mute QUERY|remove N"_s;
    c.setup = [](QCommandLineParser &p) {
        p.setApplicationDescription(
            u"Rules in the search box's language: words (each a prefix), \"quoted phrases\", au:, ti:, abs: and "
            "cat: (cat:cs.CV, or cat:cs for every cs category); every part must match. \"keep\" papers are always "
            "in the digest, first, and marked in the window; \"mute\" papers are hidden, never scored and never paid "
            "for, and counted neither as scanned nor as relevant. When both match a paper, keep wins.\n\n"
            "  rules list                 your rules, with how many papers of the newest day each matches\n"
            "  rules add keep|mute QUERY  a new rule\n"
            "  rules remove N             remove rule N\n\n"
            "Exit codes: 0 done, 2 bad arguments, 6 database error, 7 no such rule, or a query that matches "
            "nothing."_s);
        p.addPositionalArgument(u"action"_s, u"list, add or remove."_s);
        p.addPositionalArgument(u"arguments"_s, u"keep|mute QUERY for add, the rule's number for remove."_s);
    };
    c.run = [](Context &ctx) {
        const QStringList args = ctx.parser.positionalArguments();
        const QString action = args.value(0, u"list"_s);
        if (action != "list"_L1 && action != "add"_L1 && action != "remove"_L1)
            return usage(ctx, u"the action is list, add or remove, not \"%1\"."_s.arg(action));
        if (action == "add"_L1 && args.size() < 3)
            return usage(ctx, u"add takes keep or mute and a query, like: add mute cat:cs.CV"_s);
        auto db = Database::open(AppPaths::databaseFile());
        if (!db)
            return fail(ctx, int(ExitStorage), db.errorMessage());
        if (action == "add"_L1)
            return add(ctx, **db, args);
        if (action == "remove"_L1)
            return remove(ctx, **db, args);
        return list(ctx, **db);
    };
    return c;
}

} // namespace PaperSift::Cli
