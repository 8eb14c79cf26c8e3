// 500 papers against the fake endpoint with 1 s latency per request, batch 5, concurrency 8:
// wall time against the bound (100 requests / 8 × 1 s ≈ 12.5 s), prompt tokens per paper, and
// the share of each prompt that is the static (cacheable) prefix.
#include "benchsupport.h"
#include "config/settings.h"
#include "fakellmserver.h"
#include "pipeline/scoringengine.h"
#include "store/database.h"
#include "store/paperrepository.h"
#include "store/scorestore.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cmath>

using namespace PaperSift;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Test::Sandbox sandbox;
    auto db = Database::open(AppPaths::databaseFile());
    if (!db)
        return 1;
    ScoreStore scores(**db);
    QList<Paper> papers;
    for (int i = 0; i < 500; ++i) {
        Paper p;
        p.id = u"2506.%1"_s.arg(20000 + i);
        p.version = 1;
        p.title = u"On the sparse structure of mixture-of-experts layers, part %1"_s.arg(i);
        p.authors = {u"Ada Lovelace"_s, u"Alan Turing"_s, u"Grace Hopper"_s};
        p.abstract = QString(u"We study how quantization and pruning interact with routing in large models. "_s).repeated(12);
        papers.append(p);
    }
    if (!PaperRepository(**db).upsertPapers(papers))
        return 1;

    Test::FakeLlmServer server;
    if (!server.start())
        return 1;
    qint64 promptChars = 0;
    server.setHandler([&promptChars](const Test::FakeLlmRequest &r) {
        promptChars += r.lastUserMessage().size();
        auto response = Test::FakeLlmServer::scorePapers()(r);
        response.delayMs = 1000;
        return response;
    });

    ScoringConfig config;
    config.kind = ScoringConfig::Kind::Llm;
    config.endpoint = EndpointConfig::forPreset(EndpointPreset::Custom, u"gpt-4o"_s);
    config.endpoint.baseUrl = server.baseUrl();
    config.endpoint.keyRequired = false;
    config.client.concurrency = 8;
    config.prompts = PromptSet::builtIn();
    config.batchSize = 5;
    config.prices = PriceTable::builtIn();

    ScoringEngine engine(scores, config);
    QElapsedTimer timer;
    timer.start();
    const ScoringOutcome outcome = engine.score(papers, 0);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double bound = std::ceil(500.0 / 5.0 / 8.0) * 1.0;
    Bench::report(u"scoring_500_papers_wall"_s, seconds, u"s"_s);
    Bench::report(u"scoring_bound"_s, bound, u"s"_s);
    Bench::report(u"scoring_efficiency"_s, 100.0 * bound / seconds, u"%"_s);
    Bench::report(u"scoring_requests"_s, outcome.requests, u"requests"_s);
    Bench::report(u"scoring_max_in_flight"_s, server.maxInFlight(), u"requests"_s);

    const PromptBuilder builder(config.prompts);
    const double prefix = double(builder.systemPrompt().size() + builder.staticPrefix().size());
    const double perRequest = prefix + double(promptChars) / outcome.requests;
    Bench::report(u"scoring_prompt_tokens_per_paper_estimate"_s, (perRequest / 4.0) / 5.0, u"tokens (chars/4)"_s);
    Bench::report(u"scoring_static_prefix_share"_s, 100.0 * prefix / perRequest, u"%"_s);
    return outcome.scored == 500 ? 0 : 1;
}
