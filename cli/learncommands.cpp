#include "commands.h"
#include "config/settings.h"
#include "domain/arxivid.h"
#include "exitcodes.h"
#include "learn/ratingsfile.h"
#include "pipeline/rankingtrainer.h"
#include "scoring/promptbuilder.h"
#include "store/database.h"
#include "store/learningstore.h"
#include "store/paperrepository.h"
#include "store/userstatestore.h"

#include <QFile>
#include <QSet>

namespace PaperSift::Cli {

using namespace Qt::StringLiterals;

namespace {

int fail(Context &ctx, const QString &command, int code, const QString &message)
{
    ctx.err << "papersift " << command << ": " << message << '\n';
    return code;
}

int usage(Context &ctx, const QString &command, const QString &message)
{
    ctx.err << "papersift " << command << ": " << message << "\nRun 'papersift " << command
            << " --help' for its arguments.\n";
    return int(ExitUsage);
}

QString percent(double share)
{
    return u"%1%"_s.arg(qRound(share * 100));
}

// One line on the state of the ranking, after a change to the ratings.
void printCounts(Context &ctx, const RatingCounts &counts)
{
    ctx.out << "Your ratings: " << counts.liked << " liked, " << counts.disliked << " disliked.";
    if (const int missing = LearnedModel::ratingsMissing(counts.liked, counts.disliked); missing > 0)
        ctx.out << " Rate " << missing << " more papers to get your own ranking (it needs "
                << LearnedModel::MinimumPerClass << " of each).";
    else
        ctx.out << " The ranking retrains at the next run, or with 'papersift learn'.";
    ctx.out << '\n';
}

void printReport(Context &ctx, const LearningReport &report)
{
    if (report.folds == 0) {
        ctx.out << "Too few ratings to measure how well it ranks yet (it needs " << LearnedModel::MinimumPerClass + 3
                << " of each kind).\n";
        return;
    }
    ctx.out << "Cross-validated on your ratings (" << report.folds << " folds): precision at k "
            << QString::number(report.learnedPrecision, 'f', 2) << " (chance "
            << QString::number(report.chance(), 'f', 2);
    if (report.keywordPrecision)
        ctx.out << ", keyword scorer " << QString::number(*report.keywordPrecision, 'f', 2);
    ctx.out << "). k is the number of liked papers held out: of the top k papers it ranks, "
            << percent(report.learnedPrecision) << " are ones you liked.\n";
    ctx.out << (report.beatsKeywords()
            ? "It ranks better than the keywords: '--scorer auto' uses it when no endpoint is set.\n"
            : "It does not rank better than the keywords yet: '--scorer auto' keeps the keywords. More "
              "ratings help most.\n");
}

std::optional<std::unique_ptr<Database>> openDatabase(Context &ctx, const QString &command)
{
    auto db = Database::open(AppPaths::databaseFile());
    if (!db) {
        fail(ctx, command, int(ExitStorage), db.errorMessage());
        return std::nullopt;
    }
    return std::move(*db);
}

} // namespace

// `papersift rate ID 1..5|like|dislike|clear`: the reader's verdict on one paper, as the window's
// rating keys give it.
Command rateCommand()
{
    Command c;
    c.name = u"rate"_s;
    c.summary = u"Rate a paper for your own ranking: rate ID 1..5|like|dislike|clear"_s;
    c.setup = [](QCommandLineParser &p) {
        p.setApplicationDescription(
            u"Rate a paper of the library, as the window's keys 1–5 and x do. A star or 4–5 counts as liked, 1–2 "
            "as disliked; like is a 5, dislike a 1 (\"Not interested\"), clear removes the rating. Your ranking "
            "(--scorer learned, the Yours column) learns from these.\n\n"
            "Exit codes: 0 done, 2 bad arguments, 6 database error, 7 no such paper in the library."_s);
        p.addPositionalArgument(u"id"_s, u"The arXiv id (2506.11012, arXiv:2506.11012v2 or its URL)."_s);
        p.addPositionalArgument(u"rating"_s, u"1 to 5, like, dislike or clear."_s);
    };
    c.run = [](Context &ctx) {
        const QStringList args = ctx.parser.positionalArguments();
        if (args.size() != 2)
            return usage(ctx, u"rate"_s, u"it takes a paper id and a rating (1..5, like, dislike or clear)."_s);
        const ArxivId id = ArxivId::parse(args[0].trimmed());
        if (!id.isValid())
            return usage(ctx, u"rate"_s, u"\"%1\" is no arXiv id (like 2506.11012)."_s.arg(args[0]));
        const QString value = args[1].trimmed().toLower();
        std::optional<int> rating;
        bool number = false;
        const int n = value.toInt(&number);
        if (number && n >= 1 && n <= 5)
            rating = n;
        else if (value == "like"_L1)
            rating = 5;
        else if (value == "dislike"_L1)
            rating = 1;
        else if (value != "clear"_L1)
            return usage(ctx, u"rate"_s, u"the rating is 1 to 5, like, dislike or clear, not \"%1\"."_s.arg(args[1]));

        auto db = openDatabase(ctx, u"rate"_s);
        if (!db)
            return int(ExitStorage);
        auto paper = PaperRepository(**db).paper(id.id);
        if (!paper)
            return fail(ctx, u"rate"_s, int(ExitStorage), paper.errorMessage());
        if (!*paper)
            return fail(ctx, u"rate"_s, int(ExitInput),
                u"there is no paper %1 in the library. Import or fetch its day first, or bring it with 'papersift "
                "ratings import FILE.csv' (with its title)."_s.arg(id.id));
        if (Status s = UserStateStore(**db).setRating(id.id, rating); !s)
            return fail(ctx, u"rate"_s, int(ExitStorage), s.errorMessage());
        ctx.out << (rating ? u"Rated %1 %2 of 5: \"%3\".\n"_s.arg(id.id).arg(*rating).arg((*paper)->paper.title)
                           : u"Cleared the rating of %1.\n"_s.arg(id.id));
        if (auto counts = LearningStore(**db).ratingCounts(); counts)
            printCounts(ctx, *counts);
        return int(ExitOk);
    };
    return c;
}

// `papersift ratings import FILE.csv`: years of history from Zotero, arxiv-sanity or a spreadsheet.
Command ratingsCommand()
{
    Command c;
    c.name = u"ratings"_s;
    c.summary = u"Bring ratings from a CSV file: ratings import FILE.csv"_s;
    c.setup = [](QCommandLineParser &p) {
        p.setApplicationDescription(
            u"ratings import FILE.csv reads a CSV export (Zotero, arxiv-sanity, a spreadsheet) with a header row. "
            "Papers are found by an id, arxiv_id or eprint column, or an arXiv id in url, link, doi or extra; a "
            "row with only a title still teaches the ranking. The verdict comes from a rating or stars column "
            "(1–5, like, dislike), a liked column (yes/no, 1/0) or a label or vote column; a file without one is "
            "a list of papers you liked (a Zotero library). Papers the library holds get the rating, as 'papersift "
            "rate' gives it; the others are kept with their title, authors and abstract, for learning only.\n\n"
            "Exit codes: 0 done, 2 bad arguments, 6 database error, 7 the file is not a ratings CSV."_s);
        p.addPositionalArgument(u"import"_s, u"The action: import."_s);
        p.addPositionalArgument(u"file"_s, u"The CSV file."_s);
    };
    c.run = [](Context &ctx) {
        const QStringList args = ctx.parser.positionalArguments();
        if (args.size() != 2 || args[0] != "import"_L1)
            return usage(ctx, u"ratings"_s, u"it takes: import FILE.csv"_s);
        QFile in(args[1]);
        if (!in.open(QIODevice::ReadOnly))
            return fail(ctx, u"ratings"_s, int(ExitInput),
                u"cannot read %1: %2. Check the path."_s.arg(args[1], in.errorString()));
        auto file = RatingsFile::parse(in.read(512LL * 1024 * 1024));
        if (!file)
            return fail(ctx, u"ratings"_s, int(ExitInput), u"%1: %2"_s.arg(args[1], file.errorMessage()));
        auto db = openDatabase(ctx, u"ratings"_s);
        if (!db)
            return int(ExitStorage);
        PaperRepository papers(**db);
        UserStateStore states(**db);
        LearningStore learning(**db);
        int inLibrary = 0, outside = 0, neutral = 0, liked = 0, disliked = 0;
        // One transaction: an interrupted import leaves the ratings as they were.
        Database::Transaction transaction(**db);
        if (Status s = transaction.begin(); !s)
            return fail(ctx, u"ratings"_s, int(ExitStorage), s.errorMessage());
        for (const ImportedRating &r : file->ratings) {
            auto stored = papers.paper(r.paper.id);
            if (!stored)
                return fail(ctx, u"ratings"_s, int(ExitStorage), stored.errorMessage());
            Status s = success();
            if (*stored) {
                s = states.setRating(r.paper.id, r.rating.value_or(r.liked ? 5 : 1));
                ++inLibrary;
            } else if (r.rating == 3 || r.paper.title.isEmpty()) {
                ++neutral; // teaches nothing: no verdict, or no text to learn from
                continue;
            } else {
                s = learning.rateOutside(r.paper, r.liked);
                ++outside;
            }
            if (!s)
                return fail(ctx, u"ratings"_s, int(ExitStorage), s.errorMessage());
            if (r.rating != 3)
                (r.liked ? liked : disliked) += 1;
        }
        if (Status s = transaction.commit(); !s)
            return fail(ctx, u"ratings"_s, int(ExitStorage), s.errorMessage());
        ctx.out << "Imported " << (inLibrary + outside) << " ratings from " << args[1] << ": " << liked << " liked, "
                << disliked << " disliked; " << inLibrary << " of papers in the library, " << outside
                << " of papers outside it (kept with their text, for learning).\n";
        if (!file->hasRatingColumn)
            ctx.out << "The file has no rating column: every paper in it counts as liked.\n";
        if (neutral > 0)
            ctx.out
                << neutral
                << " rows of papers outside the library were left out: rated 3, or without a title to learn from.\n";
        if (!file->skippedLines.isEmpty()) {
            QStringList lines;
            for (int line : file->skippedLines.mid(0, 10))
                lines.append(QString::number(line));
            ctx.out << file->skippedLines.size() << " rows were skipped (no arXiv id and no title, or a rating "
                    << "that is not 1–5, like or dislike), at lines " << lines.join(u", "_s)
                    << (file->skippedLines.size() > 10 ? u", …"_s : QString()) << ".\n";
        }
        if (auto counts = learning.ratingCounts(); counts)
            printCounts(ctx, *counts);
        return int(ExitOk);
    };
    return c;
}

// `papersift learn [--report]`: trains the ranking now and says how well it knows the reader.
Command learnCommand()
{
    Command c;
    c.name = u"learn"_s;
    c.summary = u"Train your own ranking on your ratings: learn [--report]"_s;
    c.setup = [](QCommandLineParser &p) {
        p.setApplicationDescription(
            u"Train your personal ranking (the Yours column, --scorer learned) on your ratings, as the window does "
            "after each rating: a linear SVM (liblinear) over the words of title and abstract, the authors and the "
            "categories. --report also prints its precision, cross-validated on your own ratings, beside the "
            "keyword scorer's.\n\n"
            "Exit codes: 0 done, 6 database error, 7 too few ratings to train on."_s);
        p.addOption({ u"report"_s, u"Print how well it ranks your own ratings."_s });
    };
    c.run = [](Context &ctx) {
        auto db = openDatabase(ctx, u"learn"_s);
        if (!db)
            return int(ExitStorage);
        auto outcome = RankingTrainer::train(**db, PromptSet::load().criteria, ctx.parser.isSet(u"report"_s));
        if (!outcome)
            return fail(ctx, u"learn"_s, int(ExitStorage), outcome.errorMessage());
        if (outcome->missing > 0) {
            printCounts(ctx, outcome->counts);
            return int(ExitInput);
        }
        ctx.out << (outcome->unchanged ? "Your ranking is up to date: " : "Trained your ranking: ")
                << outcome->counts.liked << " liked and " << outcome->counts.disliked << " disliked papers";
        if (outcome->trained)
            ctx.out << ", in " << outcome->milliseconds << " ms";
        ctx.out << " (model " << outcome->modelVersion << ").\n";
        if (ctx.parser.isSet(u"report"_s))
            printReport(ctx, outcome->report);
        return int(ExitOk);
    };
    return c;
}

} // namespace PaperSift::Cli
