#pragma once

// The four formats FeedParser reads, as streams: each reader walks the document XmlStream hands
// it, converts each item as it comes and keeps only the paper. Internal to app/arxiv.

#include "arxiv/feedparser.h"

namespace PaperSift {

class XmlStream;
struct XmlNode;

namespace FeedFormats {

/// `root` is the document element nextChild() just gave; each reader walks into it.
Result<ParsedFeed> readRss2(XmlStream &xml, const XmlNode &root, const QString &source, const FeedLimits &limits);
Result<ParsedFeed> readRdf(XmlStream &xml, const XmlNode &root, const QString &source, const FeedLimits &limits);
/// An Atom feed: rss.arxiv.org's, or an API page (`api`: true, false, or nullopt to tell from the
/// feed's header before its first entry: OpenSearch totals, an /api/ id, an "arXiv Query" title).
Result<ParsedFeed> readAtom(
    XmlStream &xml, const XmlNode &root, const QString &source, const FeedLimits &limits, std::optional<bool> api);

} // namespace FeedFormats
} // namespace PaperSift
