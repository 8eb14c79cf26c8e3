#include "ratingsfile.h"

#include "domain/arxivid.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

// A file bigger than this is no ratings history; it is refused before it is read whole.
constexpr qsizetype MaxFileBytes = 256 * 1024 * 1024;

int columnOf(const QStringList &header, std::initializer_list<QLatin1StringView> names)
{
    for (const QLatin1StringView name : names)
        for (int i = 0; i < header.size(); ++i)
            if (header[i].compare(name, Qt::CaseInsensitive) == 0)
                return i;
    return -1;
}

QString field(const QStringList &record, int column)
{
    return column >= 0 && column < record.size() ? record[column].trimmed() : QString();
}

// An arXiv id anywhere in a text: a URL, a DOI (10.48550/arXiv.…), Zotero's "arXiv: …" line.
ArxivId findArxivId(const QString &text)
{
    static const QRegularExpression modern(u"(?<!\\d)(\\d{4}\\.\\d{4,5})(v\\d+)?(?!\\d)"_s);
    static const QRegularExpression old(u"\\b([a-z][a-z-]*(\\.[A-Z]{2})?/\\d{7})(v\\d+)?"_s);
    if (text.isEmpty())
        return {};
    if (const ArxivId whole = ArxivId::parse(text); whole.isValid())
        return whole;
    for (const QRegularExpression *re : { &modern, &old })
        if (const auto m = re->match(text); m.hasMatch())
            if (const ArxivId id = ArxivId::parse(m.captured(0)); id.isValid())
                return id;
    return {};
}

// "Lovelace, Ada; Turing, Alan" (Zotero) or "Ada Lovelace, Alan Turing": names as the feeds
// write them, first name first.
QStringList authorsFrom(const QString &text)
{
    QStringList out;
    if (text.contains(u';')) {
        for (const QString &name : text.split(u';', Qt::SkipEmptyParts)) {
            const QStringList parts = name.split(u',');
            out.append(parts.size() == 2 ? (parts[1].trimmed() + u' ' + parts[0].trimmed()) : name.trimmed());
        }
    } else {
        for (const QString &name : text.split(u',', Qt::SkipEmptyParts))
            out.append(name.trimmed());
    }
    out.removeAll(QString());
    return out;
}

struct Verdict
{
    bool ok = false;
    bool liked = true;
    std::optional<int> rating;
};

Verdict verdictFrom(const QString &value, bool booleanColumn)
{
    const QString v = value.trimmed().toLower();
    static const QStringList likes { u"like"_s, u"liked"_s, u"yes"_s, u"true"_s, u"+1"_s, u"up"_s, u"relevant"_s };
    static const QStringList dislikes { u"dislike"_s, u"disliked"_s, u"no"_s, u"false"_s, u"-1"_s, u"down"_s,
        u"irrelevant"_s, u"not interested"_s };
    if (likes.contains(v))
        return { true, true, {} };
    if (dislikes.contains(v))
        return { true, false, {} };
    bool number = false;
    const int n = v.toInt(&number);
    if (!number)
        return {};
    if (booleanColumn && (n == 0 || n == 1))
        return { true, n == 1, {} };
    if (n < 1 || n > 5)
        return {};
    // A 3 says nothing either way: it is kept as a rating but teaches nothing.
    return { true, n >= 4, n };
}

} // namespace

QList<QStringList> RatingsFile::records(const QString &text, QList<int> *lines)
{
    QList<QStringList> out;
    QStringList record;
    QString current;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    const auto endField = [&] {
        record.append(current);
        current.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!(record.size() == 1 && record.first().isEmpty())) { // blank lines are no records
            out.append(record);
            if (lines)
                lines->append(recordLine);
        }
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    current += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                current += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            current += c;
            fieldStarted = true;
        }
    }
    if (!current.isEmpty() || !record.isEmpty())
        endRecord();
    return out;
}

Result<RatingsFile> RatingsFile::parse(const QByteArray &csv)
{
    if (csv.size() > MaxFileBytes)
        return Error { u"The file is %1 MB; a ratings file is a CSV export of at most 256 MB."_s.arg(csv.size() >> 20),
            {} };
    QStringDecoder decode(QStringDecoder::Utf8);
    QString text = decode(csv);
    if (decode.hasError())
        return Error { u"The file is not UTF-8 text. Export it as CSV (UTF-8) and import it again."_s, {} };
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1); // Excel's byte order mark
    QList<int> lines;
    const QList<QStringList> rows = records(text, &lines);
    if (rows.isEmpty())
        return Error { u"The file is empty. It needs a header row (id, rating, title, …) and a row per paper."_s, {} };

    const QStringList header = rows.first();
    const int idColumn = columnOf(header, { "id"_L1, "arxiv_id"_L1, "arxiv id"_L1, "arxiv"_L1, "eprint"_L1 });
    const QList<int> searchColumns { columnOf(header, { "url"_L1 }), columnOf(header, { "link"_L1 }),
        columnOf(header, { "doi"_L1 }), columnOf(header, { "extra"_L1 }) };
    const int likedColumn = columnOf(header, { "liked"_L1, "like"_L1 });
    const int ratingColumn = likedColumn >= 0
        ? likedColumn
        : columnOf(header, { "rating"_L1, "stars"_L1, "label"_L1, "vote"_L1, "score"_L1 });
    const int titleColumn = columnOf(header, { "title"_L1 });
    const int abstractColumn = columnOf(header, { "abstract"_L1, "abstract note"_L1, "summary"_L1 });
    const int authorsColumn = columnOf(header, { "authors"_L1, "author"_L1 });
    const int categoriesColumn = columnOf(header, { "categories"_L1, "category"_L1 });
    bool anySearch = idColumn >= 0 || titleColumn >= 0;
    for (int c : searchColumns)
        anySearch = anySearch || c >= 0;
    if (!anySearch)
        return Error { u"The file's header names no column PaperSift can find papers by. It needs an id (or arxiv_id, "
                       "url, doi) or a title column; the header is: %1"_s.arg(header.join(u", "_s).left(300)),
            {} };

    RatingsFile file;
    file.hasRatingColumn = ratingColumn >= 0;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows[r];
        ImportedRating rating;
        rating.line = lines[r];
        ArxivId id = findArxivId(field(row, idColumn));
        for (int c : searchColumns)
            if (!id.isValid())
                id = findArxivId(field(row, c));
        rating.paper.title = field(row, titleColumn).simplified();
        if (id.isValid()) {
            rating.paper.id = id.id;
        } else if (!rating.paper.title.isEmpty()) {
            rating.paper.id = u"title:"_s
                + QString::fromLatin1(
                    QCryptographicHash::hash(rating.paper.title.toLower().toUtf8(), QCryptographicHash::Sha1)
                        .toHex()
                        .left(16));
        } else {
            file.skippedLines.append(rating.line);
            continue;
        }
        if (file.hasRatingColumn) {
            const Verdict v = verdictFrom(field(row, ratingColumn), ratingColumn == likedColumn);
            if (!v.ok) {
                file.skippedLines.append(rating.line);
                continue;
            }
            rating.liked = v.liked;
            rating.rating = v.rating;
        }
        rating.paper.abstract = field(row, abstractColumn).simplified();
        rating.paper.authors = authorsFrom(field(row, authorsColumn));
        const QString categories = field(row, categoriesColumn);
        rating.paper.categories = categories.split(QRegularExpression(u"[\\s,;]+"_s), Qt::SkipEmptyParts);
        file.ratings.append(std::move(rating));
    }
    return file;
}

} // namespace PaperSift
