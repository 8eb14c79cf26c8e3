#include "pricetable.h"

#include "config/settings.h"
#include "scoring/batching.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

Result<ModelPrice> readPrice(const QString &model, const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    const auto number = [&](QLatin1StringView key) -> std::optional<double> {
        const QJsonValue v = o.value(key);
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0)
            return std::nullopt;
        return v.toDouble();
    };
    const auto input = number("input"_L1);
    const auto output = number("output"_L1);
    if (!value.isObject() || !input || !output)
        return Error { u"The price of '%1' needs \"input\" and \"output\" as numbers of 0 or more "
                       u"(USD per 1M tokens)."_s.arg(model),
            {} };
    std::optional<double> cached = number("cached"_L1);
    if (!cached && o.contains("cached"_L1))
        return Error { u"The cached price of '%1' must be a number of 0 or more."_s.arg(model), {} };
    return ModelPrice { *input, cached.value_or(*input), *output };
}

QJsonObject priceObject(const ModelPrice &p)
{
    return { { u"input"_s, p.input }, { u"cached"_s, p.cached }, { u"output"_s, p.output } };
}

} // namespace

PriceTable PriceTable::builtIn()
{
    QFile f(u":/resources/prices.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {}; // not reachable: the file is compiled in (tst_pricetable checks it)
    Result<PriceTable> table = fromJson(f.readAll());
    return table ? *table : PriceTable();
}

Result<PriceTable> PriceTable::fromJson(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error {
            u"The price table is not valid JSON (%1 at byte %2)."_s.arg(error.errorString()).arg(error.offset), {}
        };
    const QJsonValue models = doc.object().value("models"_L1);
    if (!doc.isObject() || !models.isObject())
        return Error { u"The price table needs a \"models\" object: {\"models\": {\"gpt-4o\": {\"input\": 2.5, "
                       u"\"cached\": 1.25, \"output\": 10}}}."_s,
            {} };
    PriceTable table;
    const QJsonObject o = models.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        Result<ModelPrice> price = readPrice(it.key(), it.value());
        if (!price)
            return price.error();
        table.setPrice(it.key(), *price);
    }
    return table;
}

QByteArray PriceTable::toJson() const
{
    QJsonObject models;
    for (auto it = m_prices.begin(); it != m_prices.end(); ++it)
        models.insert(it.key(), priceObject(it.value()));
    const QJsonObject root { { u"unit"_s, u"USD per 1M tokens"_s }, { u"models"_s, models } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<PriceTable> PriceTable::load(const QString &configDir)
{
    PriceTable table = builtIn();
    QFile f(QDir(configDir).filePath(FileName));
    if (!f.exists())
        return table;
    if (!f.open(QIODevice::ReadOnly))
        return Error { u"Cannot read %1: %2."_s.arg(f.fileName(), f.errorString()), {} };
    Result<PriceTable> user = fromJson(f.readAll());
    if (!user)
        return Error { u"%1 Fix or delete %2 to use the shipped prices."_s.arg(user.error().message, f.fileName()),
            {} };
    for (auto it = user->m_prices.begin(); it != user->m_prices.end(); ++it)
        table.m_prices.insert(it.key(), it.value());
    return table;
}

Result<PriceTable> PriceTable::load()
{
    return load(AppPaths::configDir());
}

Status PriceTable::saveOverrides(const QString &configDir) const
{
    const PriceTable shipped = builtIn();
    PriceTable changed;
    for (auto it = m_prices.begin(); it != m_prices.end(); ++it) {
        const auto s = shipped.m_prices.constFind(it.key());
        if (s == shipped.m_prices.cend() || *s != it.value())
            changed.m_prices.insert(it.key(), it.value());
    }
    if (!QDir().mkpath(configDir))
        return Error { u"Cannot create the folder %1."_s.arg(configDir), {} };
    QSaveFile f(QDir(configDir).filePath(FileName));
    if (!f.open(QIODevice::WriteOnly) || f.write(changed.toJson()) < 0 || !f.commit())
        return Error { u"Cannot write %1: %2."_s.arg(f.fileName(), f.errorString()), {} };
    return success();
}

QStringList PriceTable::models() const
{
    return m_prices.keys();
}

void PriceTable::setPrice(const QString &model, const ModelPrice &price)
{
    m_prices.insert(model.trimmed().toLower(), price);
}

void PriceTable::removePrice(const QString &model)
{
    m_prices.remove(model.trimmed().toLower());
}

QString PriceTable::resolve(const QString &model) const
{
    QString name = model.trimmed().toLower();
    if (name.isEmpty())
        return {};
    if (m_prices.contains(name))
        return name;
    // OpenRouter and other gateways: "openai/gpt-4o", "openrouter/openai/gpt-4o".
    const qsizetype slash = name.lastIndexOf(u'/');
    if (slash >= 0) {
        name = name.mid(slash + 1);
        if (m_prices.contains(name))
            return name;
    }
    // Dated snapshots: "gpt-4o-2024-08-06", "gpt-4-0613". Only the date goes: "gpt-4o-mini" never
    // falls back to "gpt-4o".
    static const QRegularExpression snapshot(uR"(-(?:\d{4}-\d{2}-\d{2}|\d{4})$)"_s);
    const QString base = QString(name).remove(snapshot);
    if (base != name && m_prices.contains(base))
        return base;
    return {};
}

std::optional<ModelPrice> PriceTable::price(const QString &model) const
{
    const QString key = resolve(model);
    if (key.isEmpty())
        return std::nullopt;
    return m_prices.value(key);
}

std::optional<CostBreakdown> PriceTable::costBreakdown(const QString &model, const TokenUsage &usage) const
{
    const std::optional<ModelPrice> p = price(model);
    if (!p)
        return std::nullopt;
    const qint64 prompt = qMax<qint64>(usage.prompt, 0);
    const qint64 cached = qBound<qint64>(0, usage.cached, prompt);
    CostBreakdown c;
    c.prompt = (double(prompt - cached) * p->input + double(cached) * p->cached) / 1e6;
    c.completion = double(qMax<qint64>(usage.completion, 0)) * p->output / 1e6;
    return c;
}

std::optional<double> PriceTable::cost(const QString &model, const TokenUsage &usage) const
{
    const auto c = costBreakdown(model, usage);
    return c ? std::optional<double>(c->total()) : std::nullopt;
}

TokenUsage PriceTable::estimateUsage(const RunEstimateInput &input)
{
    const int requests = Batching::batchCount(input.papers, input.batchSize);
    TokenUsage u;
    u.prompt = qint64(requests) * input.prefixTokens
        + qint64(std::ceil(double(qMax(input.papers, 0)) * input.promptTokensPerPaper));
    u.completion = qint64(std::ceil(double(qMax(input.papers, 0)) * input.completionTokensPerPaper));
    return u;
}

} // namespace PaperSift
