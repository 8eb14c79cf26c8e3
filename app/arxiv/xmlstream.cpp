#include "xmlstream.h"

#include <QIODevice>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 ChunkBytes = 64 * 1024;
constexpr qsizetype HeadBytes = 2048;

bool matches(const XmlNode &n, QStringView localName, QStringView nsUri)
{
    return n.name == localName && (nsUri.isNull() || n.ns == nsUri);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', bytes % (1024 * 1024) ? 1 : 0);
}

bool isBlank(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    }
    return true;
}

bool looksLikeHtml(const QByteArray &head)
{
    const QByteArray h = head.toLower();
    return h.contains("<!doctype html") || h.contains("<html");
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

XmlStream::XmlStream(QIODevice &device, QString sourceName, const FeedLimits &limits)
    : m_device(device)
    , m_source(std::move(sourceName))
    , m_limits(limits)
{
}

QString XmlStream::position() const
{
    return u"line %1, column %2, byte %3"_s.arg(QString::number(m_reader.lineNumber()),
        QString::number(m_reader.columnNumber()), QString::number(m_reader.characterOffset()));
}

void XmlStream::fail(const QString &message, const QString &detail)
{
    if (!m_error)
        m_error = Error { message, detail.isEmpty() ? position() : detail };
}

void XmlStream::failXml()
{
    const QString why = m_reader.errorString();
    // UTF-16 without a byte order mark shows as NUL bytes; bytes that are not the declared
    // encoding make the reader complain about "incorrectly encoded content".
    const bool encoding = m_head.left(256).contains('\0') || why.contains("encoded"_L1);
    const QString line = QString::number(m_reader.lineNumber());
    if (encoding)
        fail(u"%1 is not a readable arXiv feed: its text encoding is wrong (%2, line %3). arXiv sends UTF-8; if the "
             "file was saved or converted by another tool, fetch it again from arXiv."_s.arg(m_source, why, line),
            u"QXmlStreamReader: %1 at %2 of %3 bytes read"_s.arg(why, position(), QString::number(m_bytes)));
    else
        fail(u"%1 is not a readable arXiv feed: the XML is broken (%2, line %3). The download may have been cut off "
             "or garbled; fetch it again, or if it is a saved file, save it again."_s.arg(m_source, why, line),
            u"QXmlStreamReader: %1 at %2 of %3 bytes read"_s.arg(why, position(), QString::number(m_bytes)));
}

bool XmlStream::feed()
{
    if (m_ended || m_error)
        return false;
    QByteArray data = m_device.read(ChunkBytes);
    // The first bytes decide whether this is a feed at all, before the XML reader sees them: an
    // HTML page's <!DOCTYPE html> is a web page, not a declaration to refuse.
    while (!data.isEmpty() && m_head.size() < HeadBytes && data.size() < HeadBytes) {
        const QByteArray more = m_device.read(HeadBytes - data.size());
        if (more.isEmpty())
            break;
        data += more;
    }
    if (data.isEmpty()) {
        m_ended = true;
        if (!m_sawElement && isBlank(m_head))
            fail(u"%1 is empty: arXiv sent no data. Try again later, or check the address."_s.arg(m_source));
        return false;
    }
    if (m_head.size() < HeadBytes) {
        const bool first = m_head.isEmpty();
        m_head += data.left(HeadBytes - m_head.size());
        if (first && looksLikeHtml(m_head)) {
            fail(u"%1 is a web page, not an arXiv feed. arXiv may be down or the address may be wrong; check the feed "
                 "address and try again later."_s.arg(m_source),
                QString::fromUtf8(m_head.left(200)));
            return false;
        }
    }
    m_bytes += data.size();
    if (m_bytes > m_limits.maxBytes) {
        fail(u"%1 is larger than %2 MB: an arXiv feed or API page is a few MB at most. PaperSift stopped reading "
             "it; check the address or the file."_s.arg(m_source, megabytes(m_limits.maxBytes)));
        return false;
    }
    if (!m_sawElement && m_bytes > m_limits.maxPrologBytes) {
        fail(isBlank(m_head) && isBlank(data)
                ? u"%1 holds nothing but blank space: it is not an arXiv feed."_s.arg(m_source)
                : u"%1 has no XML element in its first %2 kB: it is not an arXiv feed."_s.arg(
                    m_source, QString::number(m_limits.maxPrologBytes / 1024)));
        return false;
    }
    // A token the reader would have to hold whole: a start tag, text or CDATA of megabytes.
    const qsizetype open = data.lastIndexOf('<');
    const qsizetype close = data.lastIndexOf('>');
    m_sinceOpen = open < 0 ? m_sinceOpen + data.size() : data.size() - open - 1;
    m_sinceClose = close < 0 ? m_sinceClose + data.size() : data.size() - close - 1;
    if (std::max(m_sinceOpen, m_sinceClose) > m_limits.maxRunBytes) {
        fail(u"%1 runs on for more than %2 MB without markup: it is not an arXiv feed, or it is damaged."_s.arg(
            m_source, megabytes(m_limits.maxRunBytes)));
        return false;
    }
    m_reader.addData(data);
    return true;
}

QXmlStreamReader::TokenType XmlStream::next()
{
    for (;;) {
        if (m_error)
            return QXmlStreamReader::Invalid;
        const QXmlStreamReader::TokenType token = m_reader.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
            // arXiv never declares a DOCTYPE; one is how entity bombs get in. Refused before any
            // entity it declares is used.
            fail(u"%1 declares a DOCTYPE (%2): arXiv never sends one, and PaperSift refuses it because its entities "
                 "could expand a small file into gigabytes."_s.arg(m_source, m_reader.dtdName().toString()));
            return QXmlStreamReader::Invalid;
        case QXmlStreamReader::EntityReference:
            fail(u"%1 uses an entity (&%2;) that no arXiv feed uses."_s.arg(m_source, m_reader.name().toString()));
            return QXmlStreamReader::Invalid;
        case QXmlStreamReader::StartElement:
            m_sawElement = true;
            return token;
        case QXmlStreamReader::Invalid:
            if (m_reader.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
                failXml();
                return token;
            }
            if (!feed()) {
                if (!m_error)
                    failXml(); // cut off
                return QXmlStreamReader::Invalid;
            }
            continue;
        default:
            return token;
        }
    }
}

bool XmlStream::nextChild(XmlNode &start)
{
    for (;;) {
        switch (next()) {
        case QXmlStreamReader::StartElement:
            start = XmlNode {};
            start.ns = m_reader.namespaceUri().toString();
            start.name = m_reader.name().toString();
            start.attributes = m_reader.attributes();
            return true;
        case QXmlStreamReader::EndElement:
        case QXmlStreamReader::EndDocument:
        case QXmlStreamReader::Invalid:
            return false;
        default:
            break; // text and whitespace between elements, comments, processing instructions
        }
    }
}

bool XmlStream::readSubtree(XmlNode &element)
{
    m_nodes = 0;
    return readChildren(element, 1);
}

bool XmlStream::addText(XmlNode &node, QStringView text)
{
    m_textChars += text.size();
    if (node.text.size() + text.size() > m_limits.maxFieldChars) {
        fail(u"%1 has a field longer than %2 characters (<%3>, line %4): an arXiv field is a few thousand. The "
             "file may be damaged or not come from arXiv."_s.arg(
                 m_source, QString::number(m_limits.maxFieldChars), node.name, QString::number(m_reader.lineNumber())));
        return false;
    }
    if (m_textChars > m_limits.maxTextChars) {
        fail(u"%1 holds more than %2 million characters of text, more than any arXiv feed. PaperSift stopped "
             "reading it."_s.arg(m_source, QString::number(m_limits.maxTextChars / 1000000)));
        return false;
    }
    node.text += text;
    return true;
}

bool XmlStream::readChildren(XmlNode &node, int depth)
{
    if (depth > m_limits.maxDepth) {
        fail(u"%1 is not a readable arXiv feed: its elements nest more than %2 deep (line %3)."_s.arg(
            m_source, QString::number(m_limits.maxDepth), QString::number(m_reader.lineNumber())));
        return false;
    }
    for (;;) {
        switch (next()) {
        case QXmlStreamReader::StartElement: {
            if (++m_nodes > m_limits.maxSubtreeElements) {
                fail(u"%1 has more than %2 elements inside one <%3> (line %4): it is not an arXiv feed."_s.arg(m_source,
                    QString::number(m_limits.maxSubtreeElements), node.name, QString::number(m_reader.lineNumber())));
                return false;
            }
            XmlNode &child = node.children.emplace_back();
            child.ns = m_reader.namespaceUri().toString();
            child.name = m_reader.name().toString();
            child.attributes = m_reader.attributes();
            if (!readChildren(child, depth + 1))
                return false;
            break;
        }
        case QXmlStreamReader::Characters:
            if (!addText(node, m_reader.text()))
                return false;
            break;
        case QXmlStreamReader::EndElement:
            return true;
        case QXmlStreamReader::EndDocument:
        case QXmlStreamReader::Invalid:
            return false;
        default:
            break;
        }
    }
}

} // namespace PaperSift
