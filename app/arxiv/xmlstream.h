#pragma once

#include "arxiv/feedparser.h"
#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>
#include <QXmlStreamAttributes>
#include <QXmlStreamReader>

#include <optional>
#include <vector>

class QIODevice;

namespace PaperSift {

/// A small read-only element: one feed item, one header field. The feed parsers get the input as
/// a sequence of these, never as one tree. Internal to app/arxiv.
struct XmlNode
{
    QString ns; ///< namespace URI, empty for none
    QString name; ///< local name
    QXmlStreamAttributes attributes;
    QString text; ///< character data directly inside this element (children's text excluded)
    std::vector<XmlNode> children;

    /// First child with this local name (and namespace, when given), or nullptr.
    const XmlNode *child(QStringView localName, QStringView nsUri = {}) const;
    /// All children with this local name (and namespace, when given), in document order.
    QList<const XmlNode *> childrenNamed(QStringView localName, QStringView nsUri = {}) const;
    /// Text of the first matching child, or a null string.
    QString childText(QStringView localName, QStringView nsUri = {}) const;
    QString attribute(QStringView name) const;
    bool is(QStringView localName, QStringView nsUri) const { return name == localName && ns == nsUri; }
};

/// Reads XML from a device in chunks, one element at a time, within FeedLimits. It refuses any
/// DOCTYPE (so no entity is ever declared, let alone expanded), a prolog that goes on without an
/// element, an input, a run without markup, a field, the text kept or an element tree past its
/// bound, each with an error naming the input. Memory: one chunk, the token being read, and the
/// element the caller asked for.
///
/// The caller walks the document: nextChild() gives the start of the next element among the
/// children of where it is (the document at first, so the root); then it either reads that
/// element whole with readSubtree() (an item, a header field), or calls nextChild() again to
/// walk into it (the root, RSS's channel). nextChild() returns false at the end of the element
/// it walks, at the end of the document, and on an error (failed()).
class XmlStream
{
public:
    XmlStream(QIODevice &device, QString sourceName, const FeedLimits &limits);

    bool nextChild(XmlNode &start);
    /// The rest of the element nextChild() just started: its text and its children.
    bool readSubtree(XmlNode &element);

    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }
    /// Stops the reading with an error of the caller's (too many entries…).
    void fail(const QString &message, const QString &detail = {});
    /// Where the input is, for an error's detail.
    QString position() const;

private:
    QXmlStreamReader::TokenType next();
    bool feed();
    bool readChildren(XmlNode &node, int depth);
    bool addText(XmlNode &node, QStringView text);
    void failXml();

    QIODevice &m_device;
    QString m_source;
    FeedLimits m_limits;
    QXmlStreamReader m_reader;
    std::optional<Error> m_error;
    QByteArray m_head; ///< the first bytes, to tell an empty, HTML or misencoded input
    qint64 m_bytes = 0; ///< fed to the reader so far
    qint64 m_sinceOpen = 0; ///< bytes since the last '<'
    qint64 m_sinceClose = 0; ///< bytes since the last '>'
    qint64 m_textChars = 0; ///< text kept in subtrees so far
    qint64 m_nodes = 0; ///< elements in the subtree being read
    bool m_sawElement = false;
    bool m_ended = false; ///< the device has no more data
};

namespace XmlNs {
inline constexpr QStringView Atom = u"http://www.w3.org/2005/Atom";
inline constexpr QStringView Arxiv = u"http://arxiv.org/schemas/atom";
inline constexpr QStringView Dc = u"http://purl.org/dc/elements/1.1/";
inline constexpr QStringView OpenSearch = u"http://a9.com/-/spec/opensearch/1.1/";
inline constexpr QStringView Rss1 = u"http://purl.org/rss/1.0/";
inline constexpr QStringView Rdf = u"http://www.w3.org/1999/02/22-rdf-syntax-ns#";
} // namespace XmlNs

} // namespace PaperSift
