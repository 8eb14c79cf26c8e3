#include "feedformats.h"

#include "arxiv/xmlstream.h"
#include "domain/arxivid.h"
#include "text/htmltext.h"
#include "text/texdecoder.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace PaperSift::FeedFormats {

using namespace Qt::StringLiterals;

namespace {

// ---------------------------------------------------------------------------------------------
// Shared helpers

constexpr qsizetype MaxHeaderElements = 1000; // a feed's own fields: title, dates, links

Error feedError(const QString &message, const QString &detail = {})
{
    return Error { message, detail };
}

/// "Mon, 16 Jun 2025 00:00:00 -0400" (RSS) — keeps the offset as written.
QDateTime parseRfc2822(const QString &text)
{
    return QDateTime::fromString(text.trimmed(), Qt::RFC2822Date);
}

/// "2025-06-16T00:00:00-04:00", "2024-02-23T16:08:30.941605+00:00", "2016-05-26T17:59:46Z".
QDateTime parseIso(const QString &text)
{
    const QString t = text.trimmed();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        // More than three fractional digits: drop the excess (Qt reads at most milliseconds).
        static const QRegularExpression frac(uR"((\.\d{3})\d+)"_s);
        QString trimmed = t;
        trimmed.replace(frac, u"\\1"_s);
        dt = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    }
    return dt;
}

/// The calendar day in US Eastern time (arXiv's clock) of an instant.
QDate easternDate(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    static const QTimeZone eastern(QByteArrayLiteral("America/New_York"));
    if (eastern.isValid())
        return instant.toTimeZone(eastern).date();
    return instant.toOffsetFromUtc(-5 * 3600).date();
}

/// Fills the text fields of `paper` from raw TeX: raw kept, decoded and whitespace-normalised copies.
void setTexts(Paper &paper, const QString &titleRaw, const QString &authorsRaw, const QString &abstractRaw)
{
    paper.titleRaw = titleRaw;
    paper.title = TexDecoder::decode(titleRaw);
    paper.abstractRaw = abstractRaw;
    paper.abstract = TexDecoder::decode(abstractRaw);
    paper.authorsRaw = authorsRaw;
    paper.authors.clear();
    paper.affiliations.clear();
    const auto names = FeedParser::splitAuthors(authorsRaw);
    for (const auto &a : names) {
        paper.authors.append(TexDecoder::decode(a.name));
        paper.affiliations.append(TexDecoder::decode(a.affiliation));
    }
}

void appendUnique(QStringList &list, const QString &value)
{
    const QString v = value.trimmed();
    if (!v.isEmpty() && !list.contains(v))
        list.append(v);
}

/// "arXiv:2506.11012v1 Announce Type: new \nAbstract: …" → id, type, and the abstract's offset.
struct DescriptionPrefix
{
    ArxivId id;
    QString announceType;
    qsizetype abstractStart = 0;
};

DescriptionPrefix parseDescriptionPrefix(const QString &description)
{
    static const QRegularExpression re(uR"(^\s*arXiv:(\S+)\s+Announce Type:\s*(\S+)\s*(?:Abstract:[ \t]*)?)"_s);
    DescriptionPrefix prefix;
    const auto m = re.match(description);
    if (m.hasMatch()) {
        prefix.id = ArxivId::parse(m.capturedView(1));
        prefix.announceType = m.captured(2);
        prefix.abstractStart = m.capturedEnd(0);
    }
    return prefix;
}

// The id, version and announce type of a daily-feed item, RSS 2.0 and Atom alike: the item's own
// id element first, else the "arXiv:…vN Announce Type: …" prefix of its text, else its links; the
// arxiv:announce_type element, else the prefix's type. False when no id is found anywhere.
bool identify(Paper &paper, const QString &ownId, const DescriptionPrefix &prefix, const QStringList &links,
    const QString &announceType)
{
    ArxivId id = ArxivId::parse(ownId);
    if (!id.isValid())
        id = prefix.id;
    for (qsizetype i = 0; !id.isValid() && i < links.size(); ++i)
        id = ArxivId::parse(links[i]);
    if (!id.isValid())
        return false;
    paper.id = id.id;
    paper.version = id.version > 0 ? id.version : prefix.id.version;
    paper.announceType = announceTypeFromName(announceType.trimmed().isEmpty() ? prefix.announceType : announceType);
    return true;
}

bool inFeedCategories(const QString &category, const QStringList &feedCategories)
{
    for (const QString &feedCat : feedCategories) {
        // A feed for an archive ("math") lists its subject classes ("math.CO") as its own.
        if (category == feedCat || category.startsWith(feedCat + u'.'))
            return true;
    }
    return false;
}

QString missingIdMessage(const QString &source, qsizetype index)
{
    return u"%1 is not a usable arXiv feed: entry %2 carries no arXiv identifier. The file may have been "
           "edited or come from another service; fetch it again from arXiv."_s.arg(source, QString::number(index + 1));
}

/// The papers of a feed as its items come, one at a time, within the entry limit.
struct Collector
{
    XmlStream &xml;
    const QString &source;
    const FeedLimits &limits;
    ParsedFeed feed;

    /// Adds a converted item; false (and the stream stopped) on an error or past the limit.
    bool add(Result<Paper> paper)
    {
        if (!paper) {
            xml.fail(paper.error().message, paper.error().detail);
            return false;
        }
        if (feed.papers.size() >= limits.maxEntries) {
            xml.fail(u"%1 has more than %2 entries: an arXiv daily feed has a few thousand at most, an API page "
                     "2,000. PaperSift stopped reading it."_s.arg(source, QString::number(limits.maxEntries)));
            return false;
        }
        feed.papers.append(std::move(paper).value());
        return true;
    }
    qsizetype index() const { return feed.papers.size(); }
};

/// Walks the children of the element the stream is in: each item (itemName in itemNs) is read
/// whole and handed to onItem, one at a time; any other element is read whole into `header` (a
/// feed's own title, dates and links: small). False on an error.
template<typename OnItem>
bool walk(XmlStream &xml, XmlNode &header, QStringView itemName, QStringView itemNs, OnItem onItem)
{
    XmlNode child;
    while (xml.nextChild(child)) {
        const bool isItem = child.is(itemName, itemNs);
        if (!xml.readSubtree(child))
            return false;
        if (isItem) {
            if (!onItem(child))
                return false;
        } else if (qsizetype(header.children.size()) < MaxHeaderElements) {
            header.children.push_back(std::move(child));
        }
    }
    return !xml.failed();
}

// ---------------------------------------------------------------------------------------------
// RSS 2.0 (rss.arxiv.org)

Result<Paper> rss2Item(const XmlNode &item, qsizetype index, const QString &source)
{
    Paper paper;
    const QString description = item.childText(u"description");
    const DescriptionPrefix prefix = parseDescriptionPrefix(description);
    if (!identify(paper, item.childText(u"guid"), prefix, { item.childText(u"link") },
            item.childText(u"announce_type", XmlNs::Arxiv)))
        return feedError(missingIdMessage(source, index));

    setTexts(paper, item.childText(u"title"), item.childText(u"creator", XmlNs::Dc),
        description.mid(prefix.abstractStart).trimmed());
    for (const XmlNode *cat : item.childrenNamed(u"category"))
        appendUnique(paper.categories, cat->text);
    if (!paper.categories.isEmpty()) // arXiv lists the primary category first
        paper.primaryCategory = paper.categories.first();
    paper.doi = item.childText(u"DOI", XmlNs::Arxiv).trimmed();
    paper.journalRef = TexDecoder::decode(item.childText(u"journal_reference", XmlNs::Arxiv));
    // Items carry a pubDate only since August 2024; the channel's day replaces it when known.
    paper.announced = parseRfc2822(item.childText(u"pubDate")).date();
    return paper;
}

// ---------------------------------------------------------------------------------------------
// RSS 1.0 / RDF (arXiv before 2024)

/// The paper of an RDF item; its announce type is New or Replace until the feed's categories
/// (in its channel) tell a cross-list.
Result<Paper> rdfItem(const XmlNode &item, qsizetype index, const QString &source)
{
    // "Title. (arXiv:2312.11276v2 [cs.CL] UPDATED)": arXiv appended the period, the id, the primary
    // category and, for replacements, UPDATED.
    static const QRegularExpression titleRe(uR"(^(.*?)\.?\s*\(arXiv:(\S+?)\s+\[([^\]]*)\](?:\s+(UPDATED))?\)\s*$)"_s,
        QRegularExpression::DotMatchesEverythingOption);
    Paper paper;
    QString title = item.childText(u"title", XmlNs::Rss1);
    const auto m = titleRe.match(title);
    ArxivId id;
    bool updated = false;
    if (m.hasMatch()) {
        id = ArxivId::parse(m.capturedView(2));
        const QStringList cats = m.captured(3).split(u' ', Qt::SkipEmptyParts);
        for (const QString &c : cats)
            appendUnique(paper.categories, c);
        updated = m.hasCaptured(4);
        title = m.captured(1);
    }
    if (!id.isValid())
        id = ArxivId::parse(item.attribute(u"about"));
    if (!id.isValid())
        id = ArxivId::parse(item.childText(u"link", XmlNs::Rss1));
    if (!id.isValid())
        return feedError(missingIdMessage(source, index));
    paper.id = id.id;
    paper.version = id.version;
    if (!paper.categories.isEmpty())
        paper.primaryCategory = paper.categories.first();
    paper.announceType = updated ? AnnounceType::Replace : AnnounceType::New;
    const QString creators = TexDecoder::normalizeWhitespace(stripHtml(item.childText(u"creator", XmlNs::Dc)));
    setTexts(paper, title.trimmed(), creators, stripHtml(item.childText(u"description", XmlNs::Rss1)).trimmed());
    return paper;
}

// ---------------------------------------------------------------------------------------------
// Atom: rss.arxiv.org/atom and export.arxiv.org/api

bool isApiFeed(const XmlNode &root)
{
    for (const XmlNode &c : root.children) {
        if (c.ns == XmlNs::OpenSearch)
            return true;
    }
    const QString id = root.childText(u"id", XmlNs::Atom);
    if (id.contains("arxiv.org/api"_L1))
        return true;
    const QString title = root.childText(u"title", XmlNs::Atom).trimmed();
    return title.startsWith("arXiv Query"_L1, Qt::CaseInsensitive)
        || title.startsWith("arXiv Search Results"_L1, Qt::CaseInsensitive);
}

/// An rss.arxiv.org Atom entry; `published` gets the announcement it carries.
Result<Paper> atomEntry(const XmlNode &entry, qsizetype index, const QString &source, QDateTime &published)
{
    Paper paper;
    const QString summary = entry.childText(u"summary", XmlNs::Atom);
    const DescriptionPrefix prefix = parseDescriptionPrefix(summary);
    QStringList links;
    for (const XmlNode *link : entry.childrenNamed(u"link", XmlNs::Atom))
        links.append(link->attribute(u"href"));
    if (!identify(
            paper, entry.childText(u"id", XmlNs::Atom), prefix, links, entry.childText(u"announce_type", XmlNs::Arxiv)))
        return feedError(missingIdMessage(source, index));

    setTexts(paper, entry.childText(u"title", XmlNs::Atom), entry.childText(u"creator", XmlNs::Dc),
        summary.mid(prefix.abstractStart).trimmed());
    for (const XmlNode *cat : entry.childrenNamed(u"category", XmlNs::Atom))
        appendUnique(paper.categories, cat->attribute(u"term"));
    if (!paper.categories.isEmpty())
        paper.primaryCategory = paper.categories.first();
    paper.doi = entry.childText(u"DOI", XmlNs::Arxiv).trimmed();
    paper.journalRef = TexDecoder::decode(entry.childText(u"journal_reference", XmlNs::Arxiv));
    // <published> is the announcement (midnight US Eastern, offset as written).
    published = parseIso(entry.childText(u"published", XmlNs::Atom));
    return paper;
}

Result<Paper> apiEntry(const XmlNode &entry, qsizetype index, const QString &source)
{
    const QString idText = entry.childText(u"id", XmlNs::Atom).trimmed();
    // A rejected query comes back (with HTTP 400) as a feed whose only entry is the error.
    if (idText.contains("arxiv.org/api/errors"_L1)) {
        const QString why = TexDecoder::normalizeWhitespace(entry.childText(u"summary", XmlNs::Atom));
        return feedError(u"arXiv rejected the query for %1: %2. Check the arXiv ids or the search terms."_s.arg(
                             source, why.isEmpty() ? u"unknown error"_s : why),
            idText);
    }
    const ArxivId id = ArxivId::parse(idText);
    if (!id.isValid())
        return feedError(missingIdMessage(source, index));

    Paper paper;
    paper.id = id.id;
    paper.version = id.version;
    QStringList names;
    QStringList affiliations;
    for (const XmlNode *author : entry.childrenNamed(u"author", XmlNs::Atom)) {
        names.append(TexDecoder::normalizeWhitespace(author->childText(u"name", XmlNs::Atom)));
        QStringList affs;
        for (const XmlNode *aff : author->childrenNamed(u"affiliation", XmlNs::Arxiv))
            affs.append(TexDecoder::normalizeWhitespace(aff->text));
        affiliations.append(affs.join("; "_L1));
    }
    setTexts(
        paper, entry.childText(u"title", XmlNs::Atom), QString(), entry.childText(u"summary", XmlNs::Atom).trimmed());
    // Names come one per element, so they are not split on commas (a name may hold one).
    paper.authorsRaw = names.join(", "_L1);
    for (qsizetype i = 0; i < names.size(); ++i) {
        paper.authors.append(TexDecoder::decode(names[i]));
        paper.affiliations.append(TexDecoder::decode(affiliations[i]));
    }

    if (const XmlNode *primary = entry.child(u"primary_category", XmlNs::Arxiv))
        paper.primaryCategory = primary->attribute(u"term").trimmed();
    appendUnique(paper.categories, paper.primaryCategory);
    for (const XmlNode *cat : entry.childrenNamed(u"category", XmlNs::Atom))
        appendUnique(paper.categories, cat->attribute(u"term"));
    if (paper.primaryCategory.isEmpty() && !paper.categories.isEmpty())
        paper.primaryCategory = paper.categories.first();

    paper.comments = TexDecoder::decode(entry.childText(u"comment", XmlNs::Arxiv));
    paper.journalRef = TexDecoder::decode(entry.childText(u"journal_ref", XmlNs::Arxiv));
    paper.doi = entry.childText(u"doi", XmlNs::Arxiv).trimmed();
    if (paper.doi.isEmpty()) {
        for (const XmlNode *link : entry.childrenNamed(u"link", XmlNs::Atom)) {
            static const QRegularExpression doiUrl(uR"(^https?://(?:dx\.)?doi\.org/(.+)$)"_s);
            const auto m = doiUrl.match(link->attribute(u"href"));
            if (link->attribute(u"title") == "doi"_L1 && m.hasMatch())
                paper.doi = m.captured(1);
        }
    }
    paper.published = parseIso(entry.childText(u"published", XmlNs::Atom));
    paper.updated = parseIso(entry.childText(u"updated", XmlNs::Atom));
    return paper;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// The readers

Result<ParsedFeed> readRss2(XmlStream &xml, const XmlNode &, const QString &source, const FeedLimits &limits)
{
    Collector items { xml, source, limits, {} };
    XmlNode channel;
    bool sawChannel = false;
    XmlNode child;
    while (xml.nextChild(child)) {
        if (child.name != "channel"_L1 || sawChannel) {
            if (!xml.readSubtree(child)) // not part of a feed: read past it
                break;
            continue;
        }
        sawChannel = true;
        channel = child;
        if (!walk(xml, channel, u"item", u"", [&](const XmlNode &item) {
                return items.add(rss2Item(item, items.index(), source));
            }))
            break;
    }
    if (xml.failed())
        return xml.error();
    if (!sawChannel)
        return feedError(
            u"%1 is an RSS file without a channel, not an arXiv feed. Check the address or file."_s.arg(source));

    ParsedFeed &feed = items.feed;
    FeedInfo &info = feed.info;
    info.format = FeedFormat::Rss2;
    info.title = TexDecoder::normalizeWhitespace(channel.childText(u"title"));
    // rss.arxiv.org answers an unknown category with a feed that carries the error as its description.
    if (info.title.startsWith("Feed error"_L1) && feed.papers.isEmpty()) {
        const QString why = TexDecoder::normalizeWhitespace(channel.childText(u"description"));
        return feedError(u"arXiv could not serve %1: %2. Check the category names in the feed address."_s.arg(
                             source, why.isEmpty() ? info.title : why),
            info.title);
    }
    info.categories = FeedParser::feedCategories(channel.childText(u"link"));
    if (info.categories.isEmpty())
        info.categories = FeedParser::feedCategories(info.title);
    const QDateTime pubDate = parseRfc2822(channel.childText(u"pubDate"));
    info.lastBuildDate = parseRfc2822(channel.childText(u"lastBuildDate"));
    // The feed day is the date of the channel's pubDate as arXiv wrote it (US Eastern midnight).
    info.feedDay = pubDate.isValid() ? pubDate.date() : easternDate(info.lastBuildDate);
    for (Paper &p : feed.papers) {
        if (info.feedDay.isValid())
            p.announced = info.feedDay;
    }
    if (!info.feedDay.isValid() && !feed.papers.isEmpty())
        info.feedDay = feed.papers.first().announced;
    return std::move(feed);
}

Result<ParsedFeed> readRdf(XmlStream &xml, const XmlNode &, const QString &source, const FeedLimits &limits)
{
    Collector items { xml, source, limits, {} };
    XmlNode header;
    walk(xml, header, u"item", XmlNs::Rss1, [&](const XmlNode &item) {
        return items.add(rdfItem(item, items.index(), source));
    });
    if (xml.failed())
        return xml.error();
    const XmlNode *channel = header.child(u"channel", XmlNs::Rss1);
    if (!channel)
        return feedError(
            u"%1 is an RDF file without a channel, not an arXiv feed. Check the address or file."_s.arg(source));

    ParsedFeed &feed = items.feed;
    FeedInfo &info = feed.info;
    info.format = FeedFormat::Rdf;
    info.title = TexDecoder::normalizeWhitespace(channel->childText(u"title", XmlNs::Rss1));
    info.categories = FeedParser::feedCategories(info.title);
    // dc:date is when the listing was mailed ("2023-12-19T20:30:00-05:00"); its date as written is
    // the day the old tools filed the feed under.
    const QDateTime date = parseIso(channel->childText(u"date", XmlNs::Dc));
    info.feedDay = date.date();
    info.lastBuildDate = date;
    for (Paper &p : feed.papers) {
        // A listing whose primary category is not the feed's own is a cross-list.
        const bool cross = !p.primaryCategory.isEmpty() && !info.categories.isEmpty()
            && !inFeedCategories(p.primaryCategory, info.categories);
        if (cross)
            p.announceType = p.announceType == AnnounceType::Replace ? AnnounceType::ReplaceCross : AnnounceType::Cross;
        p.announced = info.feedDay;
    }
    return std::move(feed);
}

Result<ParsedFeed> readAtom(
    XmlStream &xml, const XmlNode &, const QString &source, const FeedLimits &limits, std::optional<bool> api)
{
    Collector items { xml, source, limits, {} };
    XmlNode header;
    QDate firstPublished;
    walk(xml, header, u"entry", XmlNs::Atom, [&](const XmlNode &entry) {
        // What the feed is shows in its header, before its first entry.
        if (!api)
            api = isApiFeed(header);
        if (*api)
            return items.add(apiEntry(entry, items.index(), source));
        QDateTime published;
        Result<Paper> paper = atomEntry(entry, items.index(), source, published);
        if (!firstPublished.isValid() && published.isValid())
            firstPublished = published.date();
        return items.add(std::move(paper));
    });
    if (xml.failed())
        return xml.error();
    if (!api)
        api = isApiFeed(header);

    ParsedFeed &feed = items.feed;
    FeedInfo &info = feed.info;
    info.title = TexDecoder::normalizeWhitespace(header.childText(u"title", XmlNs::Atom));
    info.lastBuildDate = parseIso(header.childText(u"updated", XmlNs::Atom));
    if (*api) {
        info.format = FeedFormat::ApiAtom;
        auto number = [&](QStringView name, int fallback) {
            bool ok = false;
            const int v = header.childText(name, XmlNs::OpenSearch).trimmed().toInt(&ok);
            return ok ? v : fallback;
        };
        info.totalResults = number(u"totalResults", -1);
        info.startIndex = number(u"startIndex", 0);
        info.itemsPerPage = number(u"itemsPerPage", 0);
        return std::move(feed);
    }
    info.format = FeedFormat::Atom;
    for (const XmlNode *link : header.childrenNamed(u"link", XmlNs::Atom)) {
        if (info.categories.isEmpty())
            info.categories = FeedParser::feedCategories(link->attribute(u"href"));
    }
    if (info.categories.isEmpty())
        info.categories = FeedParser::feedCategories(header.childText(u"id", XmlNs::Atom));
    if (info.categories.isEmpty())
        info.categories = FeedParser::feedCategories(info.title);
    // The Atom feed has no channel pubDate: take the entries' announcement date, or for an empty
    // feed the day (US Eastern) on which arXiv built it.
    info.feedDay = firstPublished.isValid() ? firstPublished : easternDate(info.lastBuildDate);
    for (Paper &p : feed.papers)
        p.announced = info.feedDay;
    return std::move(feed);
}

} // namespace PaperSift::FeedFormats
