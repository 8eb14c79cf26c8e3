#include "scoring/pricetable.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

TokenUsage usage(qint64 prompt, qint64 cached, qint64 completion)
{
    TokenUsage u;
    u.prompt = prompt;
    u.cached = cached;
    u.completion = completion;
    return u;
}

} // namespace

class TestPriceTable : public QObject
{
    Q_OBJECT

private slots:
    void shippedRows_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<double>("input");
        QTest::addColumn<double>("cached");
        QTest::addColumn<double>("output");
        QTest::newRow("gpt-4o") << u"gpt-4o"_s << 2.50 << 1.25 << 10.00;
        QTest::newRow("gpt-4o-mini") << u"gpt-4o-mini"_s << 0.15 << 0.075 << 0.60;
        QTest::newRow("gpt-4.1") << u"gpt-4.1"_s << 2.00 << 0.50 << 8.00;
        QTest::newRow("gpt-4.1-mini") << u"gpt-4.1-mini"_s << 0.40 << 0.10 << 1.60;
    }

    void shippedRows()
    {
        QFETCH(QString, model);
        QFETCH(double, input);
        QFETCH(double, cached);
        QFETCH(double, output);
        const auto p = PriceTable::builtIn().price(model);
        QVERIFY(p.has_value());
        QCOMPARE(p->input, input);
        QCOMPARE(p->cached, cached);
        QCOMPARE(p->output, output);
    }

    void shippedFileIsValid()
    {
        QFile f(Test::sourcePath(u"resources/prices.json"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Result<PriceTable> table = PriceTable::fromJson(f.readAll());
        QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
        QCOMPARE(table->models(), PriceTable::builtIn().models());
        QVERIFY(table->models().size() >= 10);
    }

    void unknownModelHasUnknownCost()
    {
        const PriceTable t = PriceTable::builtIn();
        QVERIFY(!t.price(u"llama3.1:8b"_s).has_value());
        QVERIFY(!t.cost(u"llama3.1:8b"_s, usage(1000, 0, 100)).has_value());
        QVERIFY(!t.costBreakdown(u"my-finetune"_s, usage(1000, 0, 100)).has_value());
        QVERIFY(!t.cost(QString(), usage(1, 0, 1)).has_value());
        QVERIFY(!PriceTable().cost(u"gpt-4o"_s, usage(1, 0, 1)).has_value());
    }

    void nameMatching_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("resolved");
        QTest::newRow("exact") << u"gpt-4o"_s << u"gpt-4o"_s;
        QTest::newRow("case and space") << u" GPT-4o "_s << u"gpt-4o"_s;
        QTest::newRow("dated snapshot") << u"gpt-4o-2024-08-06"_s << u"gpt-4o"_s;
        QTest::newRow("mini snapshot") << u"gpt-4o-mini-2024-07-18"_s << u"gpt-4o-mini"_s;
        QTest::newRow("4.1 snapshot") << u"gpt-4.1-2025-04-14"_s << u"gpt-4.1"_s;
        QTest::newRow("snapshot with its own price") << u"gpt-4o-2024-05-13"_s << u"gpt-4o-2024-05-13"_s;
        QTest::newRow("openrouter") << u"openai/gpt-4o"_s << u"gpt-4o"_s;
        QTest::newRow("openrouter snapshot") << u"openai/gpt-4.1-mini-2025-04-14"_s << u"gpt-4.1-mini"_s;
        QTest::newRow("mini is not gpt-4o") << u"gpt-4o-mini-search"_s << QString();
        QTest::newRow("no prefix guessing") << u"gpt-4o-audio-preview"_s << QString();
        QTest::newRow("unknown") << u"qwen2.5:7b"_s << QString();
    }

    void nameMatching()
    {
        QFETCH(QString, name);
        QFETCH(QString, resolved);
        QCOMPARE(PriceTable::builtIn().resolve(name), resolved);
    }

    void costWithCachedTokens()
    {
        const PriceTable t = PriceTable::builtIn();
        // gpt-4o: 1M prompt tokens of which 400k cached, 100k completion.
        const auto c = t.costBreakdown(u"gpt-4o-2024-08-06"_s, usage(1'000'000, 400'000, 100'000));
        QVERIFY(c.has_value());
        QCOMPARE(c->prompt, 600'000 * 2.50 / 1e6 + 400'000 * 1.25 / 1e6); // 1.5 + 0.5
        QCOMPARE(c->completion, 1.0);
        QCOMPARE(c->total(), 3.0);
        QCOMPARE(*t.cost(u"gpt-4o"_s, usage(1'000'000, 400'000, 100'000)), 3.0);
        // No cache hits: all at the input price.
        QCOMPARE(*t.cost(u"gpt-4o-mini"_s, usage(2'000'000, 0, 1'000'000)), 0.30 + 0.60);
        // A provider reporting more cached than prompt tokens is clamped, not billed negative.
        QCOMPARE(t.costBreakdown(u"gpt-4.1"_s, usage(1000, 5000, 0))->prompt, 1000 * 0.50 / 1e6);
        // Zero tokens cost zero, for a known model.
        QCOMPARE(*t.cost(u"gpt-4.1-mini"_s, TokenUsage()), 0.0);
    }

    void userOverrideFile()
    {
        Test::Sandbox sandbox;
        writeFile(sandbox.configDir() + "/prices.json"_L1, R"({"models": {
            "gpt-4o": {"input": 2.0, "cached": 1.0, "output": 8.0},
            "llama3.1:8b": {"input": 0, "output": 0},
            "my-model": {"input": 1.0, "output": 2.0}
        }})");
        const Result<PriceTable> t = PriceTable::load();
        QVERIFY2(t.ok(), qPrintable(t.errorMessage()));
        QCOMPARE(t->price(u"gpt-4o"_s)->input, 2.0);
        QCOMPARE(t->price(u"gpt-4o-2024-08-06"_s)->output, 8.0);
        QCOMPARE(*t->cost(u"llama3.1:8b"_s, usage(1000, 0, 1000)), 0.0); // local: known to be free
        QCOMPARE(t->price(u"my-model"_s)->cached, 1.0); // cached defaults to input
        QCOMPARE(t->price(u"gpt-4.1"_s)->input, 2.00); // untouched rows stay
    }

    void brokenUserFileIsAnError()
    {
        Test::Sandbox sandbox;
        writeFile(sandbox.configDir() + "/prices.json"_L1, R"({"models": {"gpt-4o": {"input": "cheap"}}})");
        Result<PriceTable> t = PriceTable::load();
        QVERIFY(!t.ok());
        QVERIFY2(t.errorMessage().contains("gpt-4o"_L1), qPrintable(t.errorMessage()));
        QVERIFY2(t.errorMessage().contains("prices.json"_L1), qPrintable(t.errorMessage()));

        writeFile(sandbox.configDir() + "/prices.json"_L1, "{not json");
        t = PriceTable::load();
        QVERIFY(!t.ok());
        QVERIFY2(t.errorMessage().contains("not valid JSON"_L1), qPrintable(t.errorMessage()));

        writeFile(sandbox.configDir() + "/prices.json"_L1, R"({"models": {"x": {"input": -1, "output": 1}}})");
        QVERIFY(!PriceTable::load().ok());
    }

    void saveWritesOnlyChangesAndLoadsBack()
    {
        Test::Sandbox sandbox;
        PriceTable t = PriceTable::builtIn();
        t.setPrice(u"gpt-4o-mini"_s, { 0.10, 0.05, 0.40 });
        t.setPrice(u"Local-Model"_s, { 0, 0, 0 });
        const Status saved = t.saveOverrides(sandbox.configDir());
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));

        QFile f(sandbox.configDir() + "/prices.json"_L1);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject models = QJsonDocument::fromJson(f.readAll()).object().value("models"_L1).toObject();
        QCOMPARE(models.keys(), (QStringList { u"gpt-4o-mini"_s, u"local-model"_s }));

        const Result<PriceTable> back = PriceTable::load(sandbox.configDir());
        QVERIFY(back.ok());
        QCOMPARE(*back->price(u"gpt-4o-mini"_s), (ModelPrice { 0.10, 0.05, 0.40 }));
        QCOMPARE(*back->price(u"local-model"_s), (ModelPrice { 0, 0, 0 }));
        QCOMPARE(*back->price(u"gpt-4o"_s), *PriceTable::builtIn().price(u"gpt-4o"_s));
        QCOMPARE(back->models(), t.models());
    }

    void estimateBeforeARun()
    {
        RunEstimateInput in;
        in.papers = 318;
        in.batchSize = 5;
        in.promptTokensPerPaper = 300;
        in.prefixTokens = 1500;
        in.completionTokensPerPaper = 80;
        const TokenUsage u = PriceTable::estimateUsage(in);
        QCOMPARE(u.prompt, 64 * 1500 + 318 * 300);
        QCOMPARE(u.cached, 0);
        QCOMPARE(u.completion, 318 * 80);
        const double cost = *PriceTable::builtIn().cost(u"gpt-4o"_s, u);
        QCOMPARE(cost, (64.0 * 1500 + 318 * 300) * 2.50 / 1e6 + 318.0 * 80 * 10.00 / 1e6);
        QCOMPARE(PriceTable::estimateUsage(RunEstimateInput {}), TokenUsage());
    }
};

QTEST_GUILESS_MAIN(TestPriceTable)
#include "tst_pricetable.moc"
