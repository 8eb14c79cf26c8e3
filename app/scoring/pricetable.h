#pragma once

#include "domain/result.h"
#include "domain/score.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace PaperSift {

/// What a model costs, in USD per 1M tokens.
struct ModelPrice
{
    double input = 0; ///< prompt tokens not served from the cache
    double cached = 0; ///< prompt tokens served from the provider's prefix cache
    double output = 0; ///< completion tokens

    friend bool operator==(const ModelPrice &, const ModelPrice &) = default;
};

/// A cost split as the digest shows it, in USD.
struct CostBreakdown
{
    double prompt = 0; ///< cached and uncached prompt tokens
    double completion = 0;
    double total() const { return prompt + completion; }
};

/// What a run is expected to take, before it starts (for the budget check).
struct RunEstimateInput
{
    int papers = 0;
    int batchSize = 1;
    double promptTokensPerPaper = 0; ///< e.g. PromptBuilder::estimatePaperTokens averaged
    qint64 prefixTokens = 0; ///< system prompt + static prefix, sent with every request
    /// One reply line: the id, two scores and at most a one-sentence comment (~30 tokens; an
    /// edited prompt asking for JSONL adds ~15), with headroom.
    double completionTokensPerPaper = 50;
};

/// Model prices: the table shipped in resources/prices.json, overridden and extended by the
/// user's prices.json in the config dir. Model names resolve exactly first, then without a
/// provider prefix ("openai/gpt-4o"), then without a dated snapshot suffix ("gpt-4o-2024-08-06",
/// "gpt-4-0613"). An unknown model has an unknown cost: nullopt, never zero.
class PriceTable
{
public:
    static inline const QString FileName = QStringLiteral("prices.json");

    /// The shipped table.
    static PriceTable builtIn();
    /// The shipped table with the user's prices.json (in `configDir`) applied on top. A broken user
    /// file is an error naming the file and the problem; the caller may fall back to builtIn().
    static Result<PriceTable> load(const QString &configDir);
    static Result<PriceTable> load(); ///< load(AppPaths::configDir())
    /// Reads {"models": {"name": {"input": …, "cached": …, "output": …}}}. "cached" may be left out
    /// (then it is the input price). Negative or missing input/output prices are errors.
    static Result<PriceTable> fromJson(const QByteArray &json);
    QByteArray toJson() const;

    /// Writes the entries that differ from the shipped table to `configDir`/prices.json, so later
    /// releases can still update the prices the user did not touch.
    Status saveOverrides(const QString &configDir) const;

    bool isEmpty() const { return m_prices.isEmpty(); }
    QStringList models() const; ///< table names, sorted
    void setPrice(const QString &model, const ModelPrice &price);
    void removePrice(const QString &model);

    /// The table entry a model name resolves to, or an empty string.
    QString resolve(const QString &model) const;
    std::optional<ModelPrice> price(const QString &model) const;

    /// Cost of `usage`: cached prompt tokens at the cached price, the other prompt tokens at the
    /// input price, completion tokens at the output price. nullopt for an unknown model.
    std::optional<CostBreakdown> costBreakdown(const QString &model, const TokenUsage &usage) const;
    std::optional<double> cost(const QString &model, const TokenUsage &usage) const;

    /// Tokens a run will take: per request the prefix, per paper its prompt tokens and its line of
    /// reply. Assumes no cache hits, so it errs on the expensive side.
    static TokenUsage estimateUsage(const RunEstimateInput &input);

private:
    QMap<QString, ModelPrice> m_prices; // key: lower-case model name
};

} // namespace PaperSift
