#pragma once

#include "arxiv/arxivclient.h"
#include "cli.h"
#include "domain/result.h"

#include <QStringList>

namespace PaperSift::Cli {

/// The --categories list ("cs.LG,cs.AI" or "cs.LG+cs.AI"), checked for arXiv's category syntax.
Result<QStringList> parseCategories(const QString &text);

/// The arXiv client options from the settings, with a --rss-base-url / --api-base-url override
/// applied when given (either may be empty). An override that is not an http(s) URL is an Error.
Result<ArxivClientOptions> arxivClientOptions(const QString &rssBaseOverride, const QString &apiBaseOverride);

/// Tells the user on stderr which request goes out and why a retry waits, when stderr is a
/// terminal (cron mail stays free of progress lines).
void reportArxivProgress(ArxivClient &client, Context &ctx);

} // namespace PaperSift::Cli
