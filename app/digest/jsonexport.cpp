#include "jsonexport.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

// A small streaming writer: QJsonObject would sort the keys alphabetically, and the export wants
// them in reading order (id, title, authors, …) and always the same.
class JsonWriter
{
public:
    void beginObject() { begin(true); }
    void beginArray() { begin(false); }
    void end()
    {
        const Level level = m_stack.takeLast();
        if (level.count > 0)
            newline();
        m_out += level.object ? u'}' : u']';
    }

    void key(QLatin1StringView name)
    {
        Level &level = m_stack.last();
        if (level.count++ > 0)
            m_out += u',';
        newline();
        // Keys are this file's own ASCII identifiers: nothing to escape.
        m_out += u'"';
        m_out += name;
        m_out += "\": "_L1;
        m_afterKey = true;
    }

    void string(QStringView s)
    {
        prepareValue();
        appendQuoted(s);
    }
    void stringOrNull(const QString &s)
    {
        if (s.isEmpty())
            null();
        else
            string(s);
    }
    void integer(qint64 v)
    {
        prepareValue();
        m_out += QString::number(v);
    }
    void integer(const std::optional<int> &v)
    {
        if (v)
            integer(qint64(*v));
        else
            null();
    }
    void real(const std::optional<double> &v)
    {
        if (!v || !std::isfinite(*v))
            return null();
        prepareValue();
        m_out += QString::number(*v, 'g', QLocale::FloatingPointShortest);
    }
    void boolean(bool v)
    {
        prepareValue();
        m_out += v ? "true"_L1 : "false"_L1;
    }
    void null()
    {
        prepareValue();
        m_out += "null"_L1;
    }
    void stringList(const QStringList &list)
    {
        beginArray();
        for (const QString &s : list)
            string(s);
        end();
    }
    void dateTime(const QDateTime &dt)
    {
        if (dt.isValid())
            string(dt.toUTC().toString(Qt::ISODate));
        else
            null();
    }
    void date(const QDate &d)
    {
        if (d.isValid())
            string(d.toString(Qt::ISODate));
        else
            null();
    }

    QByteArray finish()
    {
        m_out += u'\n';
        return m_out.toUtf8();
    }

private:
    struct Level
    {
        bool object = false;
        int count = 0;
    };

    void begin(bool object)
    {
        prepareValue();
        m_out += object ? u'{' : u'[';
        m_stack.append(Level { object, 0 });
    }

    void prepareValue()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_stack.isEmpty())
            return;
        if (m_stack.last().count++ > 0)
            m_out += u',';
        newline();
    }

    void newline()
    {
        m_out += u'\n';
        m_out += QString(2 * m_stack.size(), u' ');
    }

    void appendQuoted(QStringView s)
    {
        m_out += u'"';
        for (QChar c : s) {
            switch (c.unicode()) {
            case u'"':
                m_out += "\\\""_L1;
                break;
            case u'\\':
                m_out += "\\\\"_L1;
                break;
            case u'\n':
                m_out += "\\n"_L1;
                break;
            case u'\r':
                m_out += "\\r"_L1;
                break;
            case u'\t':
                m_out += "\\t"_L1;
                break;
            case u'\b':
                m_out += "\\b"_L1;
                break;
            case u'\f':
                m_out += "\\f"_L1;
                break;
            case 0x2028: // valid JSON, but not valid JavaScript source
            case 0x2029:
                m_out += "\\u"_L1 + QString::number(uint(c.unicode()), 16);
                break;
            default:
                if (c.unicode() < 0x20)
                    m_out += "\\u"_L1 + QString::number(uint(c.unicode()), 16).rightJustified(4, u'0');
                else
                    m_out += c;
            }
        }
        m_out += u'"';
    }

    QString m_out;
    QList<Level> m_stack;
    bool m_afterKey = false;
};

void writeScore(JsonWriter &w, const Score &s)
{
    w.beginObject();
    w.key("relevance"_L1);
    w.integer(s.relevance);
    w.key("novelty"_L1);
    w.integer(s.novelty);
    w.key("comment"_L1);
    w.string(s.comment);
    w.key("model"_L1);
    w.string(s.key.model);
    w.key("criteria_sha256"_L1);
    w.string(s.key.criteriaSha256);
    w.key("prompt_version"_L1);
    w.string(s.key.promptVersion);
    w.key("paper_version"_L1);
    w.integer(qint64(s.key.paperVersion));
    w.key("scored_at"_L1);
    w.dateTime(s.scoredAt);
    w.key("unscored_reason"_L1);
    w.stringOrNull(s.unscoredReason);
    w.key("tokens"_L1);
    w.beginObject();
    w.key("prompt"_L1);
    w.integer(s.usage.prompt);
    w.key("cached"_L1);
    w.integer(s.usage.cached);
    w.key("completion"_L1);
    w.integer(s.usage.completion);
    w.end();
    w.end();
}

void writeEntry(JsonWriter &w, const DigestEntry &e)
{
    const Paper &p = e.paper;
    w.beginObject();
    w.key("id"_L1);
    w.string(p.id);
    w.key("version"_L1);
    w.integer(qint64(p.version));
    w.key("title"_L1);
    w.string(p.title);
    w.key("authors"_L1);
    w.stringList(p.authors);
    w.key("affiliations"_L1);
    w.stringList(p.affiliations);
    w.key("abstract"_L1);
    w.string(p.abstract);
    w.key("categories"_L1);
    w.stringList(p.categories);
    w.key("primary_category"_L1);
    w.stringOrNull(p.primaryCategory);
    w.key("comments"_L1);
    w.stringOrNull(p.comments);
    w.key("journal_ref"_L1);
    w.stringOrNull(p.journalRef);
    w.key("doi"_L1);
    w.stringOrNull(p.doi);
    w.key("announced"_L1);
    w.date(p.announced);
    w.key("announce_type"_L1);
    w.stringOrNull(announceTypeName(p.announceType));
    w.key("published"_L1);
    w.dateTime(p.published);
    w.key("updated"_L1);
    w.dateTime(p.updated);
    w.key("abs_url"_L1);
    w.string(p.absUrl());
    w.key("pdf_url"_L1);
    w.string(p.pdfUrl());
    w.key("followed_author"_L1);
    w.boolean(e.followedAuthorMatch);
    w.key("kept_by_rule"_L1);
    w.stringOrNull(e.keptByRule);
    w.key("score"_L1);
    if (e.score)
        writeScore(w, *e.score);
    else
        w.null();
    w.key("yours"_L1);
    w.real(e.yours ? std::optional<double>(std::round(*e.yours * 100) / 100) : std::nullopt);
    if (e.userState) {
        w.key("user_state"_L1);
        w.beginObject();
        w.key("read"_L1);
        w.boolean(e.userState->read);
        w.key("starred"_L1);
        w.boolean(e.userState->starred);
        w.key("rating"_L1);
        w.integer(e.userState->rating);
        w.key("note"_L1);
        w.string(e.userState->note);
        w.end();
    }
    w.end();
}

} // namespace

QByteArray JsonExport::render(const QList<DigestEntry> &entries)
{
    JsonWriter w;
    w.beginArray();
    for (const DigestEntry &e : entries)
        writeEntry(w, e);
    w.end();
    return w.finish();
}

QByteArray JsonExport::render(const DigestInput &input)
{
    const QList<DigestEntry> entries = selectEntries(input);
    std::optional<double> totalCost;
    if (input.promptCostUsd && input.completionCostUsd)
        totalCost = *input.promptCostUsd + *input.completionCostUsd;

    JsonWriter w;
    w.beginObject();
    w.key("day"_L1);
    w.date(input.day);
    w.key("model"_L1);
    w.string(input.model);
    w.key("tokens"_L1);
    w.beginObject();
    w.key("prompt"_L1);
    w.integer(input.tokens.prompt);
    w.key("cached"_L1);
    w.integer(input.tokens.cached);
    w.key("completion"_L1);
    w.integer(input.tokens.completion);
    w.key("total"_L1);
    w.integer(input.tokens.total());
    w.end();
    w.key("cost_usd"_L1);
    w.beginObject();
    w.key("prompt"_L1);
    w.real(input.promptCostUsd);
    w.key("completion"_L1);
    w.real(input.completionCostUsd);
    w.key("total"_L1);
    w.real(totalCost);
    w.end();
    w.key("total_papers"_L1);
    w.integer(qint64(input.totalPapers));
    w.key("scanned_papers"_L1);
    w.integer(qint64(input.scannedPapers));
    w.key("relevant_papers"_L1);
    w.integer(qint64(entries.size()));
    w.key("unscored_papers"_L1);
    w.integer(qint64(input.unscoredPapers));
    w.key("unscored_reason"_L1);
    w.stringOrNull(input.unscoredReason);
    w.key("relevance_cutoff"_L1);
    w.integer(qint64(input.relevanceCutoff));
    w.key("novelty_cutoff"_L1);
    w.integer(qint64(input.noveltyCutoff));
    w.key("papers"_L1);
    w.beginArray();
    for (const DigestEntry &e : entries)
        writeEntry(w, e);
    w.end();
    w.end();
    return w.finish();
}

} // namespace PaperSift
