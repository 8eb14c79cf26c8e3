#include "replyparser.h"

#include "domain/arxivid.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace PaperSift {

using namespace Qt::StringLiterals;

QStringList ParsedReply::leftOutIds() const
{
    QStringList ids;
    ids.reserve(leftOut.size());
    for (const LeftOutPaper &p : leftOut)
        ids.append(p.id);
    return ids;
}

namespace {

constexpr qsizetype SnippetLength = 80;

QString snippet(QStringView text)
{
    const QString s = text.toString().simplified();
    return s.size() > SnippetLength ? s.left(SnippetLength) + u'…' : s;
}

// The index of the brace or bracket that closes the one at `open`, skipping strings; -1 if none.
qsizetype matchingClose(QStringView text, qsizetype open)
{
    const QChar opener = text.at(open);
    const QChar closer = opener == u'{' ? u'}' : u']';
    int depth = 0;
    QChar quote;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == u'\\')
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'"') {
            quote = c;
        } else if (c == opener) {
            ++depth;
        } else if (c == closer) {
            if (--depth == 0)
                return i;
        }
    }
    return -1;
}

// Makes JSON-ish text JSON: drops trailing commas, quotes bare keys, turns 'single-quoted' strings
// into "double-quoted" ones. Text inside double-quoted strings is never touched.
QString repairJson(QStringView text)
{
    QString out;
    out.reserve(text.size() + 16);
    const auto nextNonSpace = [&](qsizetype from) {
        while (from < text.size() && text.at(from).isSpace())
            ++from;
        return from;
    };
    const auto lastNonSpace = [&]() -> QChar {
        for (qsizetype i = out.size() - 1; i >= 0; --i) {
            if (!out.at(i).isSpace())
                return out.at(i);
        }
        return {};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            const qsizetype start = i;
            for (++i; i < text.size() && text.at(i) != u'"'; ++i) {
                if (text.at(i) == u'\\')
                    ++i;
            }
            out += text.mid(start, qMin(i, text.size() - 1) - start + 1);
        } else if (c == u'\'') {
            out += u'"';
            for (++i; i < text.size() && text.at(i) != u'\''; ++i) {
                if (text.at(i) == u'\\' && i + 1 < text.size()) {
                    ++i;
                    if (text.at(i) != u'\'') // \' is no JSON escape; the quote alone is
                        out += u'\\';
                    out += text.at(i);
                } else if (text.at(i) == u'"') {
                    out += "\\\""_L1;
                } else {
                    out += text.at(i);
                }
            }
            out += u'"';
        } else if (c == u',') {
            const qsizetype n = nextNonSpace(i + 1);
            if (n < text.size() && (text.at(n) == u'}' || text.at(n) == u']'))
                continue; // trailing comma
            out += c;
        } else if ((c.isLetter() || c == u'_') && (lastNonSpace() == u'{' || lastNonSpace() == u',')) {
            qsizetype end = i;
            while (end < text.size() && (text.at(end).isLetterOrNumber() || text.at(end) == u'_'))
                ++end;
            const qsizetype colon = nextNonSpace(end);
            if (colon < text.size() && text.at(colon) == u':') {
                out += u'"' + text.mid(i, end - i) + u'"';
                i = end - 1;
            } else {
                out += c;
            }
        } else {
            out += c;
        }
    }
    return out;
}

std::optional<QJsonObject> readObject(QStringView text)
{
    QJsonParseError error {};
    QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        doc = QJsonDocument::fromJson(repairJson(text).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return std::nullopt;
    }
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

// "ARXIVID", "arxiv_id", "ArXiv ID" → "arxivid".
QString keyName(const QString &key)
{
    QString k;
    for (const QChar c : key) {
        if (c.isLetterOrNumber())
            k += c.toLower();
    }
    return k;
}

QJsonValue field(const QJsonObject &o, std::initializer_list<QLatin1StringView> names)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString k = keyName(it.key());
        for (const QLatin1StringView n : names) {
            if (k == n)
                return it.value();
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

// A 1–10 score from a number or a string ("8", "8.0", "8/10"); the error otherwise.
struct ScoreValue
{
    std::optional<int> value;
    QString error;
};

ScoreValue readScore(const QJsonValue &v, QLatin1StringView what)
{
    double d = 0;
    if (v.isUndefined() || v.isNull())
        return { std::nullopt, u"the reply gave no %1 score"_s.arg(what) };
    if (v.isDouble()) {
        d = v.toDouble();
    } else if (v.isString()) {
        static const QRegularExpression number(uR"(^\s*([-+]?\d+(?:\.\d+)?)\s*(?:/\s*10\s*)?$)"_s);
        const auto m = number.match(v.toString());
        if (!m.hasMatch())
            return { std::nullopt, u"%1 '%2' is not a number"_s.arg(what, snippet(v.toString())) };
        d = m.captured(1).toDouble();
    } else {
        return { std::nullopt, u"%1 is not a number"_s.arg(what) };
    }
    if (!std::isfinite(d) || d < 1 || d > 10)
        return { std::nullopt, u"%1 %2 is outside 1–10"_s.arg(what, QString::number(d)) };
    return { static_cast<int>(std::lround(d)), {} };
}

class ScoreCollector
{
public:
    explicit ScoreCollector(const QStringList &batchIds)
        : m_batchIds(batchIds)
    {
        for (const QString &id : batchIds) {
            const ArxivId parsed = ArxivId::parse(id);
            m_byNormalId.insert(parsed.isValid() ? parsed.id : id.trimmed(), id);
        }
    }

    // Walks a parsed object: a score entry, or a wrapper holding entries (JSON mode replies put the
    // list in an object, or key the entries by id).
    void collect(const QJsonObject &o, const QString &idFromKey = {}, int depth = 0)
    {
        if (depth > 4)
            return;
        const QJsonValue idValue = field(o, { "arxivid"_L1, "arxiv"_L1, "id"_L1, "paperid"_L1 });
        const bool looksLikeEntry = !idValue.isUndefined() || !field(o, { "relevance"_L1, "novelty"_L1 }).isUndefined();
        if (looksLikeEntry) {
            addEntry(o, idValue.isUndefined() ? QJsonValue(idFromKey) : idValue);
            return;
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it->isObject()) {
                collect(it->toObject(), it.key(), depth + 1);
            } else if (it->isArray()) {
                const QJsonArray a = it->toArray();
                for (const QJsonValue &e : a) {
                    if (e.isObject())
                        collect(e.toObject(), {}, depth + 1);
                }
            }
        }
    }

    void problem(const QString &p) { m_reply.problems.append(p); }

    ParsedReply finish(const QString &defaultReason)
    {
        for (const QString &id : m_batchIds) {
            if (m_scored.contains(id))
                continue;
            m_reply.leftOut.append({ id, m_rejected.value(id, defaultReason) });
        }
        return std::move(m_reply);
    }

    int entries() const { return m_entries; }

private:
    // The batch id a reply's id value names, or a null string.
    QString batchId(const QJsonValue &v, QString *shown) const
    {
        if (v.isDouble()) {
            // An unquoted id is a JSON number and may have lost trailing zeros (2506.11010 → 2506.1101).
            const double d = v.toDouble();
            *shown = QString::number(d, 'g', 12);
            for (auto it = m_byNormalId.begin(); it != m_byNormalId.end(); ++it) {
                bool ok = false;
                if (it.key().toDouble(&ok) == d && ok)
                    return it.value();
            }
            return {};
        }
        const QString text = v.toString().trimmed();
        *shown = snippet(text);
        const ArxivId parsed = ArxivId::parse(text);
        return m_byNormalId.value(parsed.isValid() ? parsed.id : text);
    }

    void addEntry(const QJsonObject &o, const QJsonValue &idValue)
    {
        ++m_entries;
        QString shown;
        const QString id = batchId(idValue, &shown);
        if (shown.isEmpty()) {
            problem(u"An entry has no ARXIVID; it was ignored."_s);
            return;
        }
        if (id.isEmpty()) {
            problem(u"Ignored '%1': not a paper of this batch."_s.arg(shown));
            return;
        }
        if (m_scored.contains(id)) {
            problem(u"%1 appears more than once; the first score was kept."_s.arg(id));
            return;
        }
        const ScoreValue relevance = readScore(field(o, { "relevance"_L1, "relevancescore"_L1 }), "relevance"_L1);
        const ScoreValue novelty = readScore(field(o, { "novelty"_L1, "noveltyscore"_L1 }), "novelty"_L1);
        if (!relevance.value || !novelty.value) {
            const QString reason = !relevance.error.isEmpty() ? relevance.error : novelty.error;
            if (!m_rejected.contains(id))
                m_rejected.insert(id, reason);
            problem(u"%1: %2."_s.arg(id, reason));
            return;
        }
        const QJsonValue comment = field(o, { "comment"_L1, "comments"_L1, "reason"_L1, "rationale"_L1 });
        QString commentText;
        if (comment.isString())
            commentText = comment.toString().trimmed();
        else if (!comment.isUndefined() && !comment.isNull())
            commentText = QString::fromUtf8(QJsonDocument(QJsonArray { comment }).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1);
        m_scored.insert(id);
        m_reply.scores.append({ id, *relevance.value, *novelty.value, commentText });
    }

    QStringList m_batchIds;
    QHash<QString, QString> m_byNormalId; // normalised id → the caller's id
    QSet<QString> m_scored;
    QHash<QString, QString> m_rejected; // id → why its first entry was unusable
    ParsedReply m_reply;
    int m_entries = 0;
};

// A "|"-separated line without the outer pipes of a Markdown table row.
QStringView pipeRow(QStringView line)
{
    QStringView l = line.trimmed();
    if (l.startsWith(u'|'))
        l = l.mid(1);
    if (l.endsWith(u'|'))
        l.chop(1);
    return l;
}

QStringList pipeCells(QStringView row)
{
    QStringList cells;
    for (const QStringView cell : row.split(u'|'))
        cells.append(cell.trimmed().toString());
    return cells;
}

// The text of a row after its first n separators, as written ("a|b" in a comment stays "a|b").
QString afterPipes(QStringView row, qsizetype n)
{
    qsizetype pos = 0;
    for (qsizetype i = 0; i < n && pos >= 0; ++i)
        pos = row.indexOf(u'|', pos) + 1;
    return pos > 0 ? row.mid(pos).trimmed().toString() : QString();
}

// An id cell as models write it: "2506.11012", "[2506.11012]", "**2506.11012**", "`arXiv:2506.11012v2`",
// "- 2506.11012" (a list item). The bare text is left for ArxivId::parse.
QString idCell(QString cell)
{
    static const QRegularExpression listMark(uR"(^(?:[-*+]\s+|\d+[.)]\s+))"_s);
    cell.remove(listMark);
    static const QRegularExpression decoration(uR"([\[\]*`"'])"_s);
    cell.remove(decoration);
    return cell.trimmed();
}

// Reads the line format of the built-in prompt, one paper per line: ARXIVID|RELEVANCE|NOVELTY|COMMENT.
// A header row naming the columns ("ARXIVID | COMMENT | RELEVANCE | NOVELTY", as in a Markdown
// table) sets their order for the rows below it; a comment may itself hold "|", so the last
// column takes the rest of the line. Lines that are not score rows are returned for the JSON pass.
class LineReader
{
public:
    explicit LineReader(ScoreCollector &collector)
        : m_collector(collector)
    {
    }

    QString read(QStringView reply)
    {
        QString rest;
        for (const QStringView line : reply.split(u'\n')) {
            if (!consume(line)) {
                rest += line;
                rest += u'\n';
            }
        }
        return rest;
    }

private:
    enum Column { Id, Relevance, Novelty, Comment };

    bool consume(QStringView line)
    {
        if (!line.contains(u'|') || line.trimmed().startsWith(u'{'))
            return false;
        const QStringView row = pipeRow(line);
        const QStringList cells = pipeCells(row);
        if (cells.size() < 3)
            return false;
        if (header(cells))
            return true;
        static const QRegularExpression rule(uR"(^:?-{2,}:?$)"_s);
        if (rule.match(cells.first()).hasMatch()) // the |---|---| under a table header
            return true;
        const qsizetype last = std::max({ m_order[Id], m_order[Relevance], m_order[Novelty], m_order[Comment] });
        const QString id = idCell(cells.value(m_order[Id]));
        if (!ArxivId::parse(id).isValid())
            return false;
        QJsonObject entry { { u"arxivid"_s, id }, { u"relevance"_s, cells.value(m_order[Relevance]) },
            { u"novelty"_s, cells.value(m_order[Novelty]) } };
        // The comment runs to the end of the line when it is the last column.
        const QString comment = m_order[Comment] == last ? afterPipes(row, last) : cells.value(m_order[Comment]);
        entry.insert(u"comment"_s, comment);
        m_collector.collect(entry);
        return true;
    }

    bool header(const QStringList &cells)
    {
        std::array<qsizetype, 4> order { -1, -1, -1, -1 };
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QString k = keyName(cells.at(i));
            if (k == "arxivid"_L1 || k == "id"_L1 || k == "arxiv"_L1)
                order[Id] = i;
            else if (k == "relevance"_L1)
                order[Relevance] = i;
            else if (k == "novelty"_L1)
                order[Novelty] = i;
            else if (k == "comment"_L1 || k == "comments"_L1)
                order[Comment] = i;
        }
        if (std::find(order.begin(), order.end(), -1) != order.end())
            return false;
        m_order = order;
        return true;
    }

    ScoreCollector &m_collector;
    std::array<qsizetype, 4> m_order { 0, 1, 2, 3 }; // the built-in prompt's column order
};

} // namespace

ParsedReply ReplyParser::parse(QStringView replyText, const QStringList &batchIds)
{
    ScoreCollector collector(batchIds);
    if (replyText.trimmed().isEmpty())
        return collector.finish(u"the reply was empty"_s);

    // Score lines first; what is left is read as JSON (JSONL, as gpt_paper_assistant's prompt and
    // an edited prompts/instructions.md may ask for). So a "{" in a line's comment is never taken
    // for a broken JSON object.
    const QString rest = LineReader(collector).read(replyText);
    const QStringView reply(rest);

    // Every balanced {…} is a candidate, wherever it stands: JSONL lines, array elements, a
    // pretty-printed object across lines, or JSON inside prose and code fences. A candidate that
    // does not parse is skipped by one character only, so a stray "{" in prose cannot swallow the
    // entries after it.
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = reply.indexOf(u'{', pos);
        if (open < 0)
            break;
        const qsizetype close = matchingClose(reply, open);
        if (close < 0) {
            // An unclosed object, e.g. a reply cut off by max_completion_tokens.
            collector.problem(u"Unreadable reply text: %1"_s.arg(snippet(reply.mid(open))));
            pos = open + 1;
            continue;
        }
        const auto object = readObject(reply.mid(open, close - open + 1));
        if (!object) {
            const qsizetype inner = reply.indexOf(u'{', open + 1);
            if (inner < 0 || inner > close)
                collector.problem(u"Unreadable reply text: %1"_s.arg(snippet(reply.mid(open, close - open + 1))));
            pos = open + 1;
            continue;
        }
        collector.collect(*object);
        pos = close + 1;
    }
    if (collector.entries() == 0)
        return collector.finish(u"the reply held no readable scores"_s);
    return collector.finish(u"the reply did not score it"_s);
}

TitleFilterReply ReplyParser::parseTitleFilter(QStringView reply, const QStringList &batchIds)
{
    TitleFilterReply result;
    QHash<QString, QString> byNormalId;
    for (const QString &id : batchIds) {
        const ArxivId parsed = ArxivId::parse(id);
        byNormalId.insert(parsed.isValid() ? parsed.id : id.trimmed(), id);
    }

    // The last bracketed list wins: models that think aloud first tend to end with the answer.
    // Ids are read with the arXiv id pattern, not as JSON, so [2506.11010] (a number to JSON) and
    // [2506.11010v1, arXiv:2506.11011] both work.
    static const QRegularExpression idPattern(
        uR"((?:^|[^0-9A-Za-z.\-])(\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?(?![0-9]))"_s);
    QStringView list;
    bool found = false;
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = reply.indexOf(u'[', pos);
        if (open < 0)
            break;
        const qsizetype close = matchingClose(reply, open);
        if (close < 0)
            break;
        const QStringView candidate = reply.mid(open + 1, close - open - 1);
        const bool hasIds = idPattern.matchView(candidate).hasMatch();
        const bool empty = candidate.trimmed().isEmpty();
        if (hasIds || empty) {
            list = candidate;
            found = true;
        }
        pos = close + 1;
    }
    if (!found) {
        result.problems.append(u"The title filter reply held no list of ids: %1"_s.arg(snippet(reply)));
        return result;
    }
    result.ok = true;
    QSet<QString> drop;
    auto it = idPattern.globalMatchView(list);
    while (it.hasNext()) {
        const QString id = it.next().captured(1);
        const QString batchId = byNormalId.value(id);
        if (batchId.isEmpty())
            result.problems.append(u"Ignored '%1': not a paper of this batch."_s.arg(id));
        else
            drop.insert(batchId);
    }
    for (const QString &id : batchIds) {
        if (drop.contains(id))
            result.drop.append(id);
    }
    return result;
}

} // namespace PaperSift
