#include "arxivcli.h"

#include "config/settings.h"

#include <QRegularExpression>

namespace PaperSift::Cli {

using namespace Qt::StringLiterals;

namespace {

Result<QUrl> baseUrl(const QString &text, const QString &option)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) || url.host().isEmpty())
        return Error { u"--%1 needs an http:// or https:// address, not \"%2\"."_s.arg(option, text), {} };
    return url;
}

} // namespace

Result<QStringList> parseCategories(const QString &text)
{
    // arXiv names: "cs.LG", "astro-ph.CO", "hep-th", "math", "q-bio.NC".
    static const QRegularExpression valid(u"^[a-z][a-z-]*(\\.[A-Za-z][A-Za-z-]*)?$"_s);
    QStringList categories;
    for (const QString &part : text.split(QRegularExpression(u"[,+\\s]+"_s), Qt::SkipEmptyParts)) {
        if (!valid.match(part).hasMatch())
            return Error { u"\"%1\" is not an arXiv category; write them like cs.LG,cs.AI."_s.arg(part), {} };
        if (!categories.contains(part))
            categories.append(part);
    }
    if (categories.isEmpty())
        return Error { u"No arXiv categories given; name some, e.g. --categories cs.LG,cs.AI."_s, {} };
    return categories;
}

Result<ArxivClientOptions> arxivClientOptions(const QString &rssBaseOverride, const QString &apiBaseOverride)
{
    ArxivClientOptions options = ArxivClientOptions::fromSettings(Settings());
    if (!rssBaseOverride.isEmpty()) {
        auto url = baseUrl(rssBaseOverride, u"rss-base-url"_s);
        if (!url)
            return url.error();
        options.rssBaseUrl = *url;
    }
    if (!apiBaseOverride.isEmpty()) {
        auto url = baseUrl(apiBaseOverride, u"api-base-url"_s);
        if (!url)
            return url.error();
        options.apiBaseUrl = *url;
    }
    return options;
}

void reportArxivProgress(ArxivClient &client, Context &ctx)
{
    if (!ctx.stderrIsTerminal)
        return;
    QTextStream *err = &ctx.err;
    QObject::connect(&client, &ArxivClient::requestStarted, &client, [err](const QUrl &url, int attempt) {
        *err << "fetching " << url.toString();
        if (attempt > 1)
            *err << " (attempt " << attempt << ')';
        *err << "…\n" << Qt::flush;
    });
    QObject::connect(&client, &ArxivClient::retryScheduled, &client,
        [err](const QUrl &, int, qint64 delayMs, const QString &reason) {
            *err << reason << "; trying again in " << QString::number(delayMs / 1000.0, 'f', 1) << " s\n" << Qt::flush;
        });
}

} // namespace PaperSift::Cli
