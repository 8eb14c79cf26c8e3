// How a day's run paces itself (issue #16): the stages overlap, the in-flight limit adapts to a
// server that refuses above N requests at once, adaptive batches pay the prefix once per slot,
// and the title filter's verdicts are stored, so a resume pays for none of them again. Against a
// real SQLite store and the fake OpenAI-compatible server on loopback, replaying the recorded
// day 2025-06-16.
#include "config/settings.h"
#include "domain/criteria.h"
#include "fakellmserver.h"
#include "pipeline/scoringengine.h"
#include "replayday.h"
#include "store/database.h"
#include "store/paperrepository.h"
#include "store/scorestore.h"
#include "testsupport.h"

#include <QTest>

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

class TestRunPace : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ScoreStore> m_scores;
    ReplayDay m_day;
    FakeLlmServer *m_server = nullptr;

    ScoringConfig config() const
    {
        ScoringConfig c;
        c.kind = ScoringConfig::Kind::Llm;
        c.endpoint = EndpointConfig::forPreset(EndpointPreset::Custom, u"gpt-4o"_s);
        c.endpoint.baseUrl = m_server->baseUrl();
        c.endpoint.keyRequired = false;
        c.client.concurrency = 8;
        c.client.backoffBase = std::chrono::milliseconds(10);
        c.prompts = PromptSet::builtIn();
        c.adaptiveBatch = true;
        c.titleFilter = true;
        c.prices = PriceTable::builtIn();
        return c;
    }

    int rows(const QString &where)
    {
        auto r = m_db->exec(u"SELECT COUNT(*) FROM scores WHERE "_s + where);
        return r ? r->value(0).value(0).toInt() : -1;
    }

private slots:
    void initTestCase() { m_day = ReplayDay::load(u"2025-06-16"_s); }

    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        auto db = Database::open(AppPaths::databaseFile());
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        m_scores = std::make_unique<ScoreStore>(*m_db);
        QVERIFY(PaperRepository(*m_db).upsertPapers(m_day.papers));
        m_server = new FakeLlmServer(this);
        QVERIFY(m_server->start());
    }

    void cleanup()
    {
        delete m_server;
        m_scores.reset();
        m_db.reset();
        m_sandbox.reset();
    }

    void keptPapersAreScoredBeforeTheLastTitleBatchAnswers()
    {
        // Two requests in flight, so the titles take several rounds; the last title batch answers
        // late. Its kept papers go on, but the others' must not wait for it.
        const auto replay = replayHandler(m_day, TitleReplay::KeepAll, 0, *m_server);
        int titles = 0;
        m_server->setHandler([&](const FakeLlmRequest &r) {
            FakeLlmResponse response = replay(r);
            if (isTitleRequest(r) && ++titles == 4)
                response.delayMs = 2000;
            return response;
        });
        ScoringConfig c = config();
        c.client.concurrency = 2;
        c.adaptiveBatch = false;
        c.titleBatchSize = 80; // 318 titles: 4 title batches
        c.batchSize = 40;
        ScoringEngine engine(*m_scores, c);
        const ScoringOutcome outcome = engine.score(m_day.papers, 0);
        QCOMPARE(outcome.scored, 318);
        QCOMPARE(outcome.unscored, 0);

        qint64 lastTitleAnswered = -1;
        qint64 firstScoringSent = -1;
        for (const FakeLlmRequest &r : m_server->requests()) {
            if (isTitleRequest(r))
                lastTitleAnswered = qMax(lastTitleAnswered, m_server->respondedAtMs(r.index));
            else if (firstScoringSent < 0)
                firstScoringSent = r.receivedMs;
        }
        QCOMPARE(titles, 4);
        QVERIFY(firstScoringSent >= 0);
        QVERIFY2(firstScoringSent < lastTitleAnswered,
            qPrintable(u"first abstract request at %1 ms, last title answer at %2 ms"_s.arg(firstScoringSent)
                           .arg(lastTitleAnswered)));
        QVERIFY(m_server->maxInFlight() <= 2);
    }

    void aRateLimitedServerIsFollowedAndNothingIsLost()
    {
        // The server answers 429 (Retry-After 50 ms) to any request above 3 in flight.
        constexpr int limit = 3;
        const auto replay = replayHandler(m_day, TitleReplay::KeepAll, 40, *m_server);
        int refused = 0;
        QList<int> acceptedAt; // requests in flight when an accepted one arrived
        m_server->setHandler([&](const FakeLlmRequest &r) {
            if (m_server->inFlight() > limit) {
                ++refused;
                return FakeLlmResponse::fixture(u"error_429_rate_limit_exceeded_tokens.json"_s, 429)
                    .withHeader("retry-after-ms", "50");
            }
            acceptedAt.append(m_server->inFlight());
            return replay(r);
        });
        ScoringConfig c = config();
        c.titleFilter = false;
        c.adaptiveBatch = false;
        c.batchSize = 4; // 80 requests: enough to converge
        c.client.maxAttempts = 6;
        ScoringEngine engine(*m_scores, c);
        const ScoringOutcome outcome = engine.score(m_day.papers, 0);
        QCOMPARE(outcome.scored, 318);
        QCOMPARE(outcome.unscored, 0);
        QVERIFY(!outcome.tripped);
        QCOMPARE(rows(u"relevance IS NOT NULL"_s), 318);
        QVERIFY(refused > 0);
        QVERIFY2(engine.lastStats().lowestConcurrencyLimit <= limit,
            qPrintable(QString::number(engine.lastStats().lowestConcurrencyLimit)));
        // Converged: few refusals for the 80 requests, and the later half ran near the limit.
        qInfo("%d requests refused, %lld accepted", refused, static_cast<long long>(acceptedAt.size()));
        QVERIFY2(refused < 24, qPrintable(QString::number(refused))); // 12 here, alone or beside two busy cores
        double later = 0;
        const qsizetype half = acceptedAt.size() / 2;
        for (qsizetype i = half; i < acceptedAt.size(); ++i)
            later += acceptedAt[i];
        later /= double(acceptedAt.size() - half);
        QVERIFY2(later >= limit / 2.0 && later <= limit, qPrintable(QString::number(later)));
    }

    void adaptiveBatchesFillTheSlotsOnce()
    {
        m_server->setHandler(replayHandler(m_day, TitleReplay::KeepAll, 0, *m_server));
        ScoringEngine engine(*m_scores, config());
        const ScoringOutcome outcome = engine.score(m_day.papers, 0);
        QCOMPARE(outcome.scored, 318);
        // ⌈318 / 2⌉ = 159 titles and ⌈318 / 8⌉ = 40 abstracts a request: 2 + 8 requests, where
        // batches of 32 and 5 took 10 + 64.
        QCOMPARE(engine.lastStats().titleBatchSize, 159);
        QCOMPARE(engine.lastStats().batchSize, 40);
        QCOMPARE(m_server->requestCount(), 10);
        // The prefix is cached once a request with it came before (1,024 tokens or more).
        QVERIFY(outcome.tokens.cached > 0);
    }

    void titleVerdictsAreStoredAndAResumePaysForNone()
    {
        // The first run stops (cancelled) after the title stage answered and one scoring reply:
        // the kept papers' verdicts are stored under the title key, the drops under the score key.
        m_server->setHandler(replayHandler(m_day, TitleReplay::KeepSeed, 0, *m_server));
        ScoringConfig c = config();
        c.client.concurrency = 2;
        c.batchSize = 5;
        c.adaptiveBatch = false; // 26 kept papers: 6 scoring requests, 2 at a time
        {
            ScoringEngine engine(*m_scores, c);
            connect(m_server, &FakeLlmServer::requestReceived, &engine, [&](int) {
                // Once every title batch has answered and the third scoring request came.
                int titlesAnswered = 0;
                int scoring = 0;
                for (const FakeLlmRequest &r : m_server->requests()) {
                    if (isTitleRequest(r))
                        titlesAnswered += m_server->respondedAtMs(r.index) >= 0 ? 1 : 0;
                    else
                        ++scoring;
                }
                if (titlesAnswered == 10 && scoring == 3)
                    engine.cancel();
            });
            const ScoringOutcome first = engine.score(m_day.papers, 0);
            QVERIFY(first.cancelled);
            QCOMPARE(first.filteredOut, 318 - 26);
            QVERIFY(first.scored < 26);
        }
        const QString titleVersion = PromptSet::builtIn().titleFilterVersion();
        QCOMPARE(
            rows(u"prompt_version = '%1' AND unscored_reason = '%2'"_s.arg(titleVersion, Score::TitleFilterKeptReason)),
            26);
        QCOMPARE(rows(u"unscored_reason = '%1'"_s.arg(Score::TitleFilterReason)), 318 - 26);
        // A kept verdict never counts as a score.
        auto counting = m_scores->countingScores({ Criteria { c.prompts.criteria }.sha256(), u"gpt-4o"_s });
        QVERIFY(counting);
        for (const Score &s : std::as_const(*counting))
            QVERIFY(s.unscoredReason != Score::TitleFilterKeptReason);

        // The resume sends no title request: only the kept papers not scored yet.
        const int before = m_server->requestCount();
        ScoringEngine again(*m_scores, c);
        const ScoringOutcome second = again.score(m_day.papers, 0);
        QCOMPARE(second.filteredOut, 318 - 26);
        QCOMPARE(second.cached + second.scored, 26);
        QVERIFY(second.scored > 0);
        for (int i = before; i < m_server->requestCount(); ++i)
            QVERIFY(!isTitleRequest(m_server->requests().at(i)));
    }
};

QTEST_GUILESS_MAIN(TestRunPace)
#include "tst_runpace.moc"
