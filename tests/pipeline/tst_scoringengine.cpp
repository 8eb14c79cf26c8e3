// The scoring engine against a real SQLite store and the fake OpenAI-compatible server on loopback.
#include "config/settings.h"
#include "domain/criteria.h"
#include "fakellmserver.h"
#include "pipeline/scoringengine.h"
#include "store/database.h"
#include "store/paperrepository.h"
#include "store/scorestore.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QTest>

using namespace PaperSift;
using namespace PaperSift::Test;
using namespace Qt::StringLiterals;

class TestScoringEngine : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ScoreStore> m_scores;
    QList<Paper> m_papers;
    FakeLlmServer *m_server = nullptr;

    static QList<Paper> makePapers(int n)
    {
        QList<Paper> papers;
        for (int i = 0; i < n; ++i) {
            Paper p;
            p.id = u"2506.%1"_s.arg(10000 + i);
            p.version = 1;
            p.title = u"Sparse mixture of experts study %1"_s.arg(i);
            p.authors = {u"Ada Lovelace"_s, u"Alan Turing"_s};
            p.abstract = u"We study quantization and pruning of transformers, number %1."_s.arg(i);
            p.categories = {u"cs.LG"_s};
            p.primaryCategory = u"cs.LG"_s;
            papers.append(p);
        }
        return papers;
    }

    ScoringConfig llmConfig() const
    {
        ScoringConfig c;
        c.kind = ScoringConfig::Kind::Llm;
        c.endpoint = EndpointConfig::forPreset(EndpointPreset::Custom, u"gpt-4o"_s);
        c.endpoint.baseUrl = m_server->baseUrl();
        c.endpoint.keyRequired = false;
        c.client.concurrency = 3;
        c.client.backoffBase = std::chrono::milliseconds(10);
        c.client.maxAttempts = 2;
        c.prompts = PromptSet::builtIn();
        c.batchSize = 5;
        c.leftOutRetries = 2;
        c.prices = PriceTable::builtIn();
        return c;
    }

    int storedScores(bool scored)
    {
        auto rows = m_db->exec(scored ? u"SELECT COUNT(*) FROM scores WHERE relevance IS NOT NULL"_s
                                      : u"SELECT COUNT(*) FROM scores WHERE relevance IS NULL"_s);
        return rows ? rows->value(0).value(0).toInt() : -1;
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        auto db = Database::open(AppPaths::databaseFile());
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        m_scores = std::make_unique<ScoreStore>(*m_db);
        m_papers = makePapers(23);
        QVERIFY(PaperRepository(*m_db).upsertPapers(m_papers));
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

    void scoresEveryPaperWithinTheConcurrencyLimitAndNeverTwice()
    {
        m_server->setHandler([](const FakeLlmRequest &r) {
            FakeLlmResponse response = FakeLlmServer::scorePapers()(r);
            response.delayMs = 30;
            return response;
        });
        QList<ScoringProgress> progress;
        {
            ScoringEngine engine(*m_scores, llmConfig());
            engine.setProgressCallback([&](const ScoringProgress &p) { progress.append(p); });
            const ScoringOutcome outcome = engine.score(m_papers, 0);
            QCOMPARE(outcome.scored, 23);
            QCOMPARE(outcome.unscored, 0);
            QCOMPARE(outcome.cached, 0);
            QCOMPARE(outcome.requests, 5); // ⌈23 / 5⌉
            QVERIFY(outcome.tokens.prompt > 0);
            QVERIFY(outcome.costUsd.has_value() && *outcome.costUsd > 0);
        }
        QCOMPARE(m_server->requestCount(), 5);
        QVERIFY2(m_server->maxInFlight() <= 3, qPrintable(QString::number(m_server->maxInFlight())));
        QVERIFY(m_server->maxInFlight() >= 2); // it did work in parallel
        QCOMPARE(storedScores(true), 23);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().done, 23);
        QCOMPARE(progress.last().total, 23);

        // The same key again: nothing is sent.
        ScoringEngine again(*m_scores, llmConfig());
        const ScoringOutcome second = again.score(m_papers, 0);
        QCOMPARE(second.cached, 23);
        QCOMPARE(second.scored, 0);
        QCOMPARE(m_server->requestCount(), 5);

        // Edited criteria make a new key: scored again, the old scores stay.
        ScoringConfig edited = llmConfig();
        edited.prompts.criteria += u"\n- Relevant: state space models\n"_s;
        ScoringEngine third(*m_scores, edited);
        QCOMPARE(third.score(m_papers, 0).scored, 23);
        QCOMPARE(storedScores(true), 46);
    }

    // JSON mode, as OpenAI checks it: response_format json_object is refused (400) unless a
    // message says "JSON". The built-in instructions ask for lines, so the prompt says it then.
    void jsonModeSaysJsonAndItsObjectIsRead()
    {
        int refused = 0;
        m_server->setHandler([&refused](const FakeLlmRequest &r) {
            const bool jsonMode = r.json.value("response_format"_L1).toObject().value("type"_L1).toString()
                == "json_object"_L1;
            const QString body = QString::fromUtf8(QJsonDocument(r.messages).toJson());
            if (jsonMode && !body.contains("json"_L1, Qt::CaseInsensitive)) {
                ++refused;
                return FakeLlmResponse::json(400,
                    "{\"error\": {\"message\": \"'messages' must contain the word 'json' in some form, to use "
                    "'response_format' of type 'json_object'.\", \"type\": \"invalid_request_error\"}}");
            }
            QJsonArray papers;
            for (const QString &id : r.arxivIds())
                papers.append(QJsonObject { { "ARXIVID"_L1, id }, { "RELEVANCE"_L1, 7 }, { "NOVELTY"_L1, 5 },
                    { "COMMENT"_L1, u"Matches criterion 2."_s } });
            return FakeLlmResponse::completion(
                QString::fromUtf8(QJsonDocument(QJsonObject { { "papers"_L1, papers } }).toJson(QJsonDocument::Compact)));
        });
        ScoringConfig config = llmConfig();
        config.client.jsonMode = true;
        ScoringEngine engine(*m_scores, config);
        const ScoringOutcome outcome = engine.score(m_papers, 0);
        QCOMPARE(refused, 0);
        QCOMPARE(outcome.scored, int(m_papers.size()));
        QVERIFY(m_server->requests().first().lastUserMessage().contains(PromptBuilder::JsonObjectNote));
    }

    void leftOutPapersAreRetriedThenKeptAsUnscored()
    {
        const QString stubborn = m_papers[7].id;
        // Every reply leaves out one paper, and the first reply is garbage.
        m_server->setHandler([stubborn](const FakeLlmRequest &r) {
            if (r.index == 0)
                return FakeLlmResponse::completion(u"I'm sorry, here are my thoughts: none."_s);
            QString content;
            for (const QString &id : r.arxivIds()) {
                if (id == stubborn)
                    continue;
                content += u"{\"ARXIVID\": \"arXiv:%1v1\", \"COMMENT\": \"ok\", \"RELEVANCE\": \"8\", \"NOVELTY\": 7}\n"_s.arg(id);
            }
            // A hallucinated id, ignored.
            content += u"{\"ARXIVID\": \"9999.99999\", \"COMMENT\": \"x\", \"RELEVANCE\": 10, \"NOVELTY\": 10}\n"_s;
            return FakeLlmResponse::completion(content);
        });
        ScoringEngine engine(*m_scores, llmConfig());
        const ScoringOutcome outcome = engine.score(m_papers, 0);
        QCOMPARE(outcome.scored, 22);
        QCOMPARE(outcome.unscored, 1);
        QCOMPARE(outcome.scored + outcome.unscored, 23); // no paper lost
        QCOMPARE(storedScores(true), 22);
        QCOMPARE(storedScores(false), 1);
        auto s = m_scores->scoresForPaper(stubborn);
        QVERIFY(s && s->size() == 1);
        QVERIFY(!s->first().isScored());
        QVERIFY(!s->first().unscoredReason.isEmpty());
        QVERIFY(!m_scores->scoresForPaper(u"9999.99999"_s).value().size());
        // The stubborn paper went out once and was retried leftOutRetries (2) times; the garbage
        // batch's papers were sent twice; the others once.
        const auto timesSent = [this](const QString &id) {
            int n = 0;
            for (const FakeLlmRequest &r : m_server->requests())
                n += r.arxivIds().contains(id) ? 1 : 0;
            return n;
        };
        QCOMPARE(timesSent(stubborn), 3);
        const QStringList firstBatch = m_server->requests().first().arxivIds();
        QCOMPARE(firstBatch.size(), 5);
        for (const QString &id : firstBatch)
            QCOMPARE(timesSent(id), 2);
        QCOMPARE(timesSent(m_papers.last().id), 1);

        // A later run tries the unscored paper again (and only it).
        const int before = m_server->requestCount();
        ScoringEngine again(*m_scores, llmConfig());
        const ScoringOutcome second = again.score(m_papers, 0);
        QCOMPARE(second.cached, 22);
        QCOMPARE(m_server->requestCount() - before, 3); // first try + 2 retries
    }

    void budgetStopsCleanlyAndTheNextRunGoesOn()
    {
        // Expensive answers: 200k prompt tokens at gpt-4o prices = $0.50 a request.
        m_server->setHandler([](const FakeLlmRequest &r) {
            FakeLlmResponse response = FakeLlmServer::scorePapers()(r);
            QJsonObject body = QJsonDocument::fromJson(response.body).object();
            body[u"usage"_s] = QJsonObject{{u"prompt_tokens"_s, 200000}, {u"completion_tokens"_s, 100}};
            response.body = QJsonDocument(body).toJson();
            return response;
        });
        ScoringConfig config = llmConfig();
        config.client.concurrency = 1;
        config.budgetUsd = 1.2;
        ScoringEngine engine(*m_scores, config);
        const ScoringOutcome outcome = engine.score(m_papers, 0);
        QVERIFY(outcome.budgetReached);
        // The prompt looks cheap, but each answer bills $0.50: after two, the observed cost says a
        // third would pass $1.20.
        QCOMPARE(outcome.requests, 2);
        QCOMPARE(outcome.scored, 10);
        QVERIFY(*outcome.costUsd <= 1.2);
        QCOMPARE(storedScores(true), 10); // everything scored is kept

        config.budgetUsd.reset();
        ScoringEngine rest(*m_scores, config);
        const ScoringOutcome second = rest.score(m_papers, 0);
        QCOMPARE(second.cached, 10);
        QCOMPARE(second.scored, 13);
        QCOMPARE(m_server->requestCount(), 5);
    }

    void quotaErrorStopsWithTheProvidersMessage()
    {
        m_server->setHandler([](const FakeLlmRequest &) {
            return FakeLlmResponse::fixture(u"error_429_insufficient_quota.json"_s, 429);
        });
        ScoringEngine engine(*m_scores, llmConfig());
        const ScoringOutcome outcome = engine.score(m_papers, 0);
        QVERIFY(outcome.fatal.has_value());
        QCOMPARE(outcome.fatal->kind, LlmErrorKind::Quota);
        QVERIFY(outcome.fatal->message.contains(u"quota"_s, Qt::CaseInsensitive));
        QVERIFY2(m_server->requestCount() <= 3, qPrintable(QString::number(m_server->requestCount()))); // no retries
        QCOMPARE(outcome.scored, 0);
        QCOMPARE(storedScores(true), 0);
    }

    void deadEndpointTripsTheBreaker_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("reason");
        QTest::newRow("429") << 429 << readFixture(u"openai/error_429_rate_limit_exceeded_tokens.json"_s)
                             << QByteArray("application/json") << u"the endpoint answered HTTP 429"_s;
        QTest::newRow("502") << 502 << QByteArray("<html><body>502 Bad Gateway</body></html>")
                             << QByteArray("text/html") << u"the endpoint answered HTTP 502"_s;
        QTest::newRow("html 200") << 200 << QByteArray("<!DOCTYPE html><html><body>Welcome</body></html>")
                                  << QByteArray("text/html")
                                  << u"the endpoint answered HTTP 200 without a usable reply"_s;
        QTest::newRow("no choices") << 200 << QByteArray(R"({"id":"c","object":"chat.completion","choices":[]})")
                                    << QByteArray("application/json")
                                    << u"the endpoint answered HTTP 200 without a usable reply"_s;
    }

    void deadEndpointTripsTheBreaker()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, reason);
        m_server->setHandler([=](const FakeLlmRequest &) {
            return FakeLlmResponse::json(status, body).withHeader("Content-Type", contentType);
        });
        const ScoringConfig config = llmConfig(); // 2 attempts a request: the breaker opens at 4 in a row
        {
            ScoringEngine engine(*m_scores, config);
            const ScoringOutcome outcome = engine.score(m_papers, 0);
            QVERIFY(outcome.tripped.has_value());
            QVERIFY(!outcome.fatal);
            QCOMPARE(outcome.tripped->why, u"4 requests in a row failed"_s);
            QCOMPARE(outcome.scored, 0);
            QCOMPARE(outcome.unscored, 23); // every paper is stored as unscored, with why
            QVERIFY2(m_server->requestCount() <= 4 + config.client.concurrency,
                qPrintable(QString::number(m_server->requestCount())));
        }
        QCOMPARE(storedScores(false), 23);
        QCOMPARE(m_scores->scoresForPaper(m_papers[0].id)->first().unscoredReason, reason);

        // The endpoint is back: the next run scores them all.
        m_server->setHandler(FakeLlmServer::scorePapers());
        ScoringEngine again(*m_scores, config);
        const ScoringOutcome second = again.score(m_papers, 0);
        QVERIFY(!second.tripped);
        QCOMPARE(second.scored, 23);
        QCOMPARE(storedScores(true), 23);
    }

    void aSlowButWorkingEndpointDoesNotTripTheBreaker()
    {
        // Three attempts in four fail (75 %, under the 80 % of the default policy): each request
        // gets through on its fourth attempt of five.
        m_server->setHandler([](const FakeLlmRequest &r) {
            if (r.index % 4 != 3)
                return FakeLlmResponse::json(503, R"({"error":{"message":"busy"}})");
            return FakeLlmServer::scorePapers()(r);
        });
        ScoringConfig config = llmConfig();
        config.client.concurrency = 1;
        config.client.maxAttempts = 5;
        ScoringEngine engine(*m_scores, config);
        const ScoringOutcome outcome = engine.score(m_papers, 0);
        QVERIFY(!outcome.tripped);
        QCOMPARE(outcome.scored, 23);
    }

    void aStallingEndpointEndsAtTheDeadline()
    {
        m_server->setHandler([](const FakeLlmRequest &) {
            return FakeLlmResponse::stall();
        });
        ScoringConfig config = llmConfig();
        config.client.timeout = std::chrono::minutes(10); // the deadline, not the timeout, ends it
        ScoringEngine engine(*m_scores, config);
        QElapsedTimer clock;
        clock.start();
        const ScoringOutcome outcome = engine.score(m_papers, 0, QDeadlineTimer(300));
        QVERIFY(outcome.deadlineReached);
        QVERIFY(!outcome.cancelled);
        QCOMPARE(outcome.unscored, 23);
        QVERIFY2(clock.elapsed() < 60000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_scores->scoresForPaper(m_papers[0].id)->first().unscoredReason,
            u"the run reached its deadline before the endpoint answered"_s);
        QTRY_COMPARE(m_server->inFlight(), 0); // every request was abandoned
    }

    void cancelKeepsWhatWasScored()
    {
        m_server->setHandler([](const FakeLlmRequest &r) {
            FakeLlmResponse response = FakeLlmServer::scorePapers()(r);
            response.delayMs = r.index < 2 ? 10 : 5000;
            return response;
        });
        ScoringConfig config = llmConfig();
        config.client.concurrency = 2;
        ScoringEngine engine(*m_scores, config);
        engine.setProgressCallback([&engine](const ScoringProgress &p) {
            if (p.done >= 10)
                engine.cancel();
        });
        const ScoringOutcome outcome = engine.score(m_papers, 0);
        QVERIFY(outcome.cancelled);
        QCOMPARE(outcome.scored, 10);
        QCOMPARE(storedScores(true), 10);
        QCOMPARE(storedScores(false), 0); // cancelled papers are not marked unscored
    }

    void titleFilterDropsOnceAndIsNotPaidAgain()
    {
        const QString dropped = m_papers[3].id;
        m_server->setHandler([dropped](const FakeLlmRequest &r) {
            if (r.lastUserMessage().contains(u"[PAPER LIST HERE]"_s) || r.arxivIds().size() > 5) {
                // The title filter batch (all 23 titles): drop one.
                return FakeLlmResponse::completion(u"[\"%1\"]"_s.arg(dropped));
            }
            return FakeLlmServer::scorePapers()(r);
        });
        ScoringConfig config = llmConfig();
        config.titleFilter = true;
        ScoringEngine engine(*m_scores, config);
        const ScoringOutcome outcome = engine.score(m_papers, 0);
        QCOMPARE(outcome.filteredOut, 1);
        QCOMPARE(outcome.scored, 22);
        QCOMPARE(outcome.scanned(), 22);
        const int requests = m_server->requestCount();
        ScoringEngine again(*m_scores, config);
        const ScoringOutcome second = again.score(m_papers, 0);
        QCOMPARE(second.filteredOut, 1);
        QCOMPARE(second.cached, 22);
        QCOMPARE(m_server->requestCount(), requests);
    }

    void keywordScorerWorksOfflineAndCaches()
    {
        ScoringConfig config;
        config.kind = ScoringConfig::Kind::Keyword;
        config.prompts = PromptSet::builtIn();
        ScoringEngine engine(*m_scores, config);
        const ScoringOutcome outcome = engine.score(m_papers, 0);
        QCOMPARE(outcome.scored, 23);
        QCOMPARE(m_server->requestCount(), 0);
        auto scores = m_scores->scoresForPaper(m_papers[0].id);
        QVERIFY(scores && scores->size() == 1);
        QCOMPARE(scores->first().key.model, u"keyword"_s);
        QVERIFY(!scores->first().novelty.has_value());
        QVERIFY(*scores->first().relevance >= 7); // "mixture of experts", quantization, pruning
        QVERIFY(scores->first().comment.contains(u"quantization"_s, Qt::CaseInsensitive));
        ScoringEngine again(*m_scores, config);
        QCOMPARE(again.score(m_papers, 0).cached, 23);
    }
};

QTEST_GUILESS_MAIN(TestScoringEngine)
#include "tst_scoringengine.moc"
