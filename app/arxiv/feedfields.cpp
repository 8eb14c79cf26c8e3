// The fields of a feed item that need more than the XML layer: the author list (names with their
// affiliations, joined by commas and " and ") and the categories a feed's URL or title names. They
// are FeedParser's (tests call them there); they live here to keep each file about one thing.

#include "feedparser.h"

#include "text/texdecoder.h"

#include <QRegularExpression>

namespace PaperSift {

using namespace Qt::StringLiterals;

QList<FeedParser::AuthorName> FeedParser::splitAuthors(QStringView creators)
{
    const QString text = TexDecoder::normalizeWhitespace(creators);
    const QStringView s(text);

    // Split on commas outside parentheses and braces; affiliations "(Univ. X, Dept. Y)" stay whole.
    QList<QStringView> pieces;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'(' || c == u'{')
            ++depth;
        else if ((c == u')' || c == u'}') && depth > 0)
            --depth;
        else if (depth == 0) {
            if (c == u',') {
                pieces.append(s.sliced(start, i - start));
                start = i + 1;
            } else if (c == u' ' && s.sliced(i).startsWith(" and "_L1)) {
                // "A and B", "…, Marco Pimentel, and Shadab Khan"
                pieces.append(s.sliced(start, i - start));
                start = i + 5;
                i += 4;
            }
        }
    }
    pieces.append(s.sliced(start));

    QList<AuthorName> result;
    for (QStringView piece : pieces) {
        piece = piece.trimmed();
        if (piece.startsWith("and "_L1))
            piece = piece.sliced(4).trimmed();
        if (piece.isEmpty())
            continue;
        AuthorName author;
        QStringList affiliations;
        int level = 0;
        qsizetype groupStart = -1;
        for (qsizetype i = 0; i < piece.size(); ++i) {
            const QChar c = piece[i];
            if (c == u'(') {
                if (level++ == 0) {
                    groupStart = i + 1;
                    continue;
                }
            } else if (c == u')' && level > 0) {
                if (--level == 0) {
                    affiliations.append(piece.sliced(groupStart, i - groupStart).trimmed().toString());
                    continue;
                }
            }
            if (level == 0)
                author.name += c;
        }
        if (level > 0) // unbalanced "(": keep the rest as affiliation text
            affiliations.append(piece.sliced(groupStart).trimmed().toString());
        author.name = author.name.simplified();
        author.affiliation = affiliations.join("; "_L1);
        if (!author.name.isEmpty() || !author.affiliation.isEmpty())
            result.append(author);
    }
    return result;
}

QStringList FeedParser::feedCategories(QStringView linkOrTitle)
{
    static const QRegularExpression category(uR"(^[a-z][a-z\-]*(?:\.[A-Za-z][A-Za-z\-]*)?$)"_s);
    QStringList result;
    const QString text = linkOrTitle.trimmed().toString();
    QString list;
    static const QRegularExpression path(uR"(/(?:rss|atom)/([^/?#\s]+))"_s);
    const auto m = path.match(text);
    if (m.hasMatch()) {
        list = m.captured(1);
    } else {
        const qsizetype updates = text.indexOf(" updates on"_L1);
        if (updates < 0)
            return {};
        list = text.left(updates);
    }
    const QStringList tokens = list.split(QRegularExpression(uR"([+,\s]+)"_s), Qt::SkipEmptyParts);
    for (const QString &t : tokens) {
        if (category.match(t).hasMatch())
            if (!result.contains(t))
                result.append(t);
    }
    return result;
}

} // namespace PaperSift
