// How big the scoring prompts of a real day are, and how much of each is the cacheable prefix.
// The day: the cs.LG and cs.AI feeds of 2025-06-16 (fetched 2025-06-17), announce types new and
// cross, each paper once. Token counts are estimates, characters / 4 (PromptBuilder::estimateTokens);
// the endpoint's `usage` is the real count.

#include "arxiv/feedparser.h"
#include "benchsupport.h"
#include "scoring/batching.h"
#include "scoring/keywordscorer.h"
#include "scoring/pricetable.h"
#include "scoring/promptbuilder.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QTextStream>

#include <algorithm>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

QList<Paper> realDay()
{
    QList<Paper> papers;
    QSet<QString> seen;
    for (const QString &file :
        { u"arxiv/rss2_daily_cs-lg_fetched-2025-06-17.xml"_s, u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s }) {
        const Result<ParsedFeed> feed = FeedParser::parse(Test::readFixture(file), file);
        if (!feed)
            qFatal("%s: %s", qPrintable(file), qPrintable(feed.errorMessage()));
        for (const Paper &p : feed->papers) {
            if (p.announceType != AnnounceType::New && p.announceType != AnnounceType::Cross)
                continue;
            if (!seen.contains(p.id)) {
                seen.insert(p.id);
                papers.append(p);
            }
        }
    }
    return papers;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    const QList<Paper> papers = realDay();
    const PromptBuilder builder;
    const qint64 systemTokens = PromptBuilder::estimateTokens(builder.systemPrompt());
    const qint64 prefixTokens = systemTokens + PromptBuilder::estimateTokens(builder.staticPrefix());

    qint64 paperTokens = 0;
    qsizetype cutAbstracts = 0;
    for (const Paper &p : papers) {
        paperTokens += PromptBuilder::estimatePaperTokens(p);
        cutAbstracts += p.abstract.trimmed().size() > PromptBuilder::AbstractLimit ? 1 : 0;
    }
    out << "Token counts are estimates: characters / 4." << Qt::endl;
    Bench::report(u"prompt.papers"_s, double(papers.size()), u"papers (cs.LG + cs.AI, new + cross, distinct)"_s);
    Bench::report(u"prompt.abstracts_cut"_s, double(cutAbstracts), u"papers over 4000 characters"_s);
    Bench::report(u"prompt.tokens_per_paper"_s, double(paperTokens) / double(papers.size()), u"tokens"_s);
    Bench::report(u"prompt.static_prefix"_s, double(prefixTokens), u"tokens (system + instructions + criteria)"_s);

    const PriceTable prices = PriceTable::builtIn();
    for (const int batchSize : { 5, 20, Batching::adaptiveBatchSize(5, int(papers.size()), 32) }) {
        const QList<QList<Paper>> batches = Batching::split(papers, batchSize);
        double shareSum = 0;
        double shareMin = 1;
        TokenUsage noCache;
        TokenUsage prefixCached;
        for (const QList<Paper> &batch : batches) {
            qint64 tokens = 0;
            for (const ChatMessage &m : builder.messages(batch))
                tokens += PromptBuilder::estimateTokens(m.content);
            const double share = double(prefixTokens) / double(tokens);
            shareSum += share;
            shareMin = std::min(shareMin, share);
            noCache.prompt += tokens;
            prefixCached.prompt += tokens;
        }
        // After the first request the provider can serve the prefix from its cache.
        prefixCached.cached = qint64(batches.size() - 1) * prefixTokens;
        noCache.completion = prefixCached.completion = qint64(papers.size()) * 80;

        const QString tag = u"prompt.batch%1."_s.arg(batchSize);
        Bench::report(tag + "requests"_L1, double(batches.size()), u"requests"_s);
        Bench::report(tag + "tokens_per_request"_L1, double(noCache.prompt) / double(batches.size()), u"tokens"_s);
        Bench::report(tag + "tokens_per_paper"_L1, double(noCache.prompt) / double(papers.size()),
            u"prompt tokens per paper, prefix included"_s);
        Bench::report(tag + "static_share"_L1, 100.0 * shareSum / double(batches.size()),
            u"% of each prompt is the static prefix (mean)"_s);
        Bench::report(tag + "static_share_min"_L1, 100.0 * shareMin, u"% (smallest)"_s);
        for (const QString &model : { u"gpt-4o"_s, u"gpt-4o-mini"_s }) {
            Bench::report(tag + model + ".cost_no_cache"_L1, *prices.cost(model, noCache),
                u"USD (80 completion tokens per paper)"_s);
            Bench::report(tag + model + ".cost_prefix_cached"_L1, *prices.cost(model, prefixCached), u"USD"_s);
        }
    }

    // The offline scorer on the same day.
    const KeywordScorer scorer(builder.prompts().criteria);
    QElapsedTimer timer;
    timer.start();
    int histogram[11] = {};
    for (const Paper &p : papers)
        ++histogram[*scorer.score(p).relevance];
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    Bench::report(u"keyword.ms_per_paper"_s, ms / double(papers.size()), u"ms"_s);
    QStringList counts;
    for (int r = 1; r <= 10; ++r)
        counts.append(u"%1:%2"_s.arg(r).arg(histogram[r]));
    out << "keyword relevance histogram (relevance:papers): " << counts.join(u' ') << Qt::endl;
    return 0;
}
