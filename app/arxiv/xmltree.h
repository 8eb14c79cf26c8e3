#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>
#include <QXmlStreamAttributes>

#include <vector>

namespace PaperSift {

/// A small read-only element tree, built in one pass with QXmlStreamReader, that the feed
/// parsers walk. Internal to app/arxiv.
struct XmlNode
{
    QString ns;   ///< namespace URI, empty for none
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

/// Reads the whole input; any XML error (truncation, bad encoding, not XML) gives an Error
/// naming `sourceName`.
Result<XmlNode> readXmlTree(const QByteArray &bytes, const QString &sourceName);

namespace XmlNs {
inline constexpr QStringView Atom = u"http://www.w3.org/2005/Atom";
inline constexpr QStringView Arxiv = u"http://arxiv.org/schemas/atom";
inline constexpr QStringView Dc = u"http://purl.org/dc/elements/1.1/";
inline constexpr QStringView OpenSearch = u"http://a9.com/-/spec/opensearch/1.1/";
inline constexpr QStringView Rss1 = u"http://purl.org/rss/1.0/";
inline constexpr QStringView Rdf = u"http://www.w3.org/1999/02/22-rdf-syntax-ns#";
} // namespace XmlNs

} // namespace PaperSift
