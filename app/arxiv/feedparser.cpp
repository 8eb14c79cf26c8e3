#include "feedparser.h"

#include "arxiv/feedformats.h"
#include "arxiv/xmlstream.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

Result<ParsedFeed> parseAs(QIODevice &device, const QString &source, FeedFormat expected, const FeedLimits &limits)
{
    XmlStream xml(device, source, limits);
    XmlNode root;
    if (!xml.nextChild(root))
        return xml.failed() ? xml.error()
                            : Error { u"%1 is not a readable arXiv feed: it holds no XML element."_s.arg(source), {} };
    if (root.name.compare("html"_L1, Qt::CaseInsensitive) == 0)
        return Error { u"%1 is a web page, not an arXiv feed. arXiv may be down or the address may be wrong; check the "
                       "feed address and try again later."_s.arg(source),
            {} };
    const bool rss = root.name == "rss"_L1;
    const bool rdf = root.is(u"RDF", XmlNs::Rdf);
    const bool atom = root.is(u"feed", XmlNs::Atom);
    const bool fits = expected == FeedFormat::Unknown || (expected == FeedFormat::Rss2 && rss)
        || (expected == FeedFormat::Rdf && rdf)
        || ((expected == FeedFormat::Atom || expected == FeedFormat::ApiAtom) && atom);
    if (!fits)
        return Error { u"%1 is not in the expected feed format (it starts with <%2>)."_s.arg(source, root.name), {} };
    if (rss)
        return FeedFormats::readRss2(xml, root, source, limits);
    if (rdf)
        return FeedFormats::readRdf(xml, root, source, limits);
    if (atom) {
        const std::optional<bool> api = expected == FeedFormat::ApiAtom ? std::optional<bool>(true)
            : expected == FeedFormat::Atom                              ? std::optional<bool>(false)
                                                                        : std::nullopt;
        return FeedFormats::readAtom(xml, root, source, limits, api);
    }
    return Error {
        u"%1 is XML but not an arXiv feed (it starts with <%2>). Import an arXiv RSS, Atom or API file."_s.arg(
            source, root.name),
        {}
    };
}

Result<ParsedFeed> parseBytes(const QByteArray &bytes, const QString &source, FeedFormat expected)
{
    QBuffer buffer; // shares the bytes, copies nothing
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return parseAs(buffer, source, expected, FeedLimits {});
}

} // namespace

Result<ParsedFeed> FeedParser::parse(QIODevice &device, const QString &sourceName, const FeedLimits &limits)
{
    // A file says its size: one too large is refused before a byte is read.
    if (!device.isSequential() && device.size() > limits.maxBytes)
        return Error { u"%1 is %2 MB, larger than the %3 MB PaperSift reads: an arXiv feed or API page is a few MB at "
                       "most. Check that it is the right file."_s.arg(
                           sourceName, QString::number(device.size() >> 20), QString::number(limits.maxBytes >> 20)),
            {} };
    return parseAs(device, sourceName, FeedFormat::Unknown, limits);
}

Result<ParsedFeed> FeedParser::parseFile(const QString &path, const FeedLimits &limits)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error { u"Cannot read %1: there is no such file. Check the path."_s.arg(path), {} };
    if (info.isDir())
        return Error { u"Cannot read %1: it is a folder, not a feed file. Name the saved feed files in it."_s.arg(path),
            {} };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { u"Cannot read %1: %2."_s.arg(path, file.errorString()), {} };
    return parse(file, info.fileName(), limits);
}

Result<ParsedFeed> FeedParser::parse(const QByteArray &bytes, const QString &sourceName)
{
    return parseBytes(bytes, sourceName, FeedFormat::Unknown);
}

Result<ParsedFeed> FeedParser::parseRss2(const QByteArray &bytes, const QString &sourceName)
{
    return parseBytes(bytes, sourceName, FeedFormat::Rss2);
}

Result<ParsedFeed> FeedParser::parseAtom(const QByteArray &bytes, const QString &sourceName)
{
    return parseBytes(bytes, sourceName, FeedFormat::Atom);
}

Result<ParsedFeed> FeedParser::parseRdf(const QByteArray &bytes, const QString &sourceName)
{
    return parseBytes(bytes, sourceName, FeedFormat::Rdf);
}

Result<ParsedFeed> FeedParser::parseApiAtom(const QByteArray &bytes, const QString &sourceName)
{
    return parseBytes(bytes, sourceName, FeedFormat::ApiAtom);
}

FeedFormat FeedParser::detect(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    XmlStream xml(buffer, QString(), FeedLimits {});
    XmlNode node;
    if (!xml.nextChild(node))
        return FeedFormat::Unknown;
    if (node.name == "rss"_L1)
        return FeedFormat::Rss2;
    if (node.is(u"RDF", XmlNs::Rdf))
        return FeedFormat::Rdf;
    if (!node.is(u"feed", XmlNs::Atom))
        return FeedFormat::Unknown;
    // Inside an Atom feed: the API marks itself with OpenSearch totals and /api/ ids.
    while (xml.nextChild(node) && !node.is(u"entry", XmlNs::Atom)) {
        if (node.ns == XmlNs::OpenSearch)
            return FeedFormat::ApiAtom;
        if (!xml.readSubtree(node))
            return FeedFormat::Unknown;
        if (node.name == "id"_L1 && node.text.contains("arxiv.org/api"_L1))
            return FeedFormat::ApiAtom;
    }
    return xml.failed() ? FeedFormat::Unknown : FeedFormat::Atom;
}

} // namespace PaperSift
