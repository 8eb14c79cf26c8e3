#include "xmltree.h"

#include <QXmlStreamReader>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxDepth = 64; // feeds nest four levels deep; anything far deeper is not a feed

bool matches(const XmlNode &n, QStringView localName, QStringView nsUri)
{
    return n.name == localName && (nsUri.isNull() || n.ns == nsUri);
}

void readElement(QXmlStreamReader &reader, XmlNode &node, int depth)
{
    node.ns = reader.namespaceUri().toString();
    node.name = reader.name().toString();
    node.attributes = reader.attributes();
    if (depth > MaxDepth) {
        reader.raiseError(u"elements nested more than %1 deep"_s.arg(MaxDepth));
        return;
    }
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            node.children.emplace_back();
            readElement(reader, node.children.back(), depth + 1);
            break;
        case QXmlStreamReader::Characters:
            node.text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            return;
        default:
            break;
        }
    }
}

} // namespace

const XmlNode *XmlNode::child(QStringView localName, QStringView nsUri) const
{
    for (const XmlNode &c : children) {
        if (matches(c, localName, nsUri))
            return &c;
    }
    return nullptr;
}

QList<const XmlNode *> XmlNode::childrenNamed(QStringView localName, QStringView nsUri) const
{
    QList<const XmlNode *> result;
    for (const XmlNode &c : children) {
        if (matches(c, localName, nsUri))
            result.append(&c);
    }
    return result;
}

QString XmlNode::childText(QStringView localName, QStringView nsUri) const
{
    const XmlNode *c = child(localName, nsUri);
    return c ? c->text : QString();
}

QString XmlNode::attribute(QStringView attrName) const
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == attrName)
            return a.value().toString();
    }
    return {};
}

Result<XmlNode> readXmlTree(const QByteArray &bytes, const QString &sourceName)
{
    QXmlStreamReader reader(bytes);
    XmlNode root;
    bool haveRoot = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement && !haveRoot) {
            haveRoot = true;
            readElement(reader, root, 0);
        }
    }
    if (reader.hasError() || !haveRoot) {
        const QString why = reader.hasError() ? reader.errorString() : u"no XML element found"_s;
        // UTF-16 without a byte order mark shows as NUL bytes; bytes that are not the declared
        // encoding make the reader complain about "incorrectly encoded content".
        const bool encoding = bytes.left(256).contains('\0') || why.contains("encoded"_L1);
        Error e;
        if (encoding)
            e.message = u"%1 is not a readable arXiv feed: its text encoding is wrong (%2, line %3). arXiv sends "
                        "UTF-8; if the file was saved or converted by another tool, fetch it again from arXiv."_s.arg(
                            sourceName, why, QString::number(reader.lineNumber()));
        else
            e.message = u"%1 is not a readable arXiv feed: the XML is broken (%2, line %3). The download may have "
                        "been cut off or garbled; fetch it again, or if it is a saved file, save it again."_s.arg(
                            sourceName, why, QString::number(reader.lineNumber()));
        e.detail = u"QXmlStreamReader: %1 at line %2, column %3, byte %4 of %5"_s.arg(
            why, QString::number(reader.lineNumber()), QString::number(reader.columnNumber()),
            QString::number(reader.characterOffset()), QString::number(bytes.size()));
        return e;
    }
    return root;
}

} // namespace PaperSift
