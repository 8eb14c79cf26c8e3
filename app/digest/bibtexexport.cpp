#include "bibtexexport.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

bool isBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == u'\t' || c == u'\v' || c == u'\f' || c.unicode() == 0x2028
        || c.unicode() == 0x2029;
}

// Lower-case ASCII letters and digits only: accents stripped by decomposition ("Schölkopf" →
// "scholkopf"), a few letters that do not decompose spelled out, anything else a word break.
QString asciiFold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            out += c;
        else if (u == 0x00DF)
            out += "ss"_L1;
        else if (u == 0x00F8)
            out += u'o';
        else if (u == 0x0142)
            out += u'l';
        else if (u == 0x0111)
            out += u'd';
        else if (u == 0x00E6)
            out += "ae"_L1;
        else if (u == 0x0153)
            out += "oe"_L1;
        else if (u == 0x00FE)
            out += "th"_L1;
        else if (u == 0x0131)
            out += u'i';
        else if (!c.isMark()) // accents fall away; any other character separates words
            out += u' ';
    }
    return out;
}

QString lastNameKey(const QStringList &authors)
{
    if (authors.isEmpty())
        return u"anon"_s;
    QString name = authors.first().trimmed();
    // "Last, First" names the family first.
    if (const qsizetype comma = name.indexOf(u','); comma > 0)
        name = name.left(comma);
    // "As-Saquib", "O'Neill" are one word.
    name.remove(u'-').remove(u'\'').remove(u'\u2019');
    const QStringList words = asciiFold(name).split(u' ', Qt::SkipEmptyParts);
    return words.isEmpty() ? u"anon"_s : words.last();
}

QString firstWordKey(const QString &title)
{
    static const QSet<QString> stopWords = {
        u"a"_s,
        u"an"_s,
        u"the"_s,
        u"on"_s,
        u"of"_s,
        u"for"_s,
        u"in"_s,
        u"to"_s,
        u"and"_s,
        u"with"_s,
        u"via"_s,
        u"is"_s,
        u"are"_s,
        u"from"_s,
        u"by"_s,
        u"at"_s,
        u"as"_s,
        u"do"_s,
        u"does"_s,
        u"how"_s,
        u"what"_s,
        u"towards"_s,
        u"toward"_s,
        u"when"_s,
        u"why"_s,
        u"can"_s,
    };
    const QStringList words = asciiFold(title).split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words)
        if (w.size() > 1 && !stopWords.contains(w))
            return w;
    return {};
}

QString suffix(int index)
{
    QString s;
    do {
        s.prepend(QChar(u'a' + index % 26));
        index = index / 26 - 1;
    } while (index >= 0);
    return s;
}

// Paired $…$ is kept as TeX when it cannot break the entry: balanced braces, no specials that
// are errors in math, no escaped closing dollar.
bool isSafeMath(QStringView math)
{
    int depth = 0;
    for (qsizetype i = 0; i < math.size(); ++i) {
        const QChar c = math.at(i);
        if (c == u'\\') {
            ++i; // an escaped character never opens or closes a group
            if (i < math.size() && math.at(i) == u'$')
                return false;
            continue;
        }
        if (c == u'{')
            ++depth;
        else if (c == u'}' && --depth < 0)
            return false;
        else if (c == u'%' || c == u'#' || c == u'&' || isBreak(c))
            return false;
    }
    return depth == 0;
}

void appendEscaped(QString &out, QChar c)
{
    switch (c.unicode()) {
    case u'\\':
        out += "\\textbackslash{}"_L1;
        break;
    case u'~':
        out += "\\textasciitilde{}"_L1;
        break;
    case u'^':
        out += "\\textasciicircum{}"_L1;
        break;
    case u'{':
    case u'}':
    case u'&':
    case u'%':
    case u'#':
    case u'_':
    case u'$':
        out += u'\\';
        out += c;
        break;
    default:
        out += isBreak(c) ? QChar(u' ') : c;
    }
}

// Identifiers (url, doi, eprint) go in as they are: only braces and line breaks, which would end
// or break the field, are dropped.
QString verbatim(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (c != u'{' && c != u'}' && !isBreak(c))
            out += c;
    return out.trimmed();
}

QString authorField(const QStringList &authors)
{
    static const QRegularExpression andWord(u"\\band\\b"_s, QRegularExpression::CaseInsensitiveOption);
    QStringList names;
    for (const QString &a : authors) {
        const QString name = BibtexExport::escape(a.simplified());
        if (name.isEmpty())
            continue;
        // "and" inside a name would split it; a comma would turn it into "Last, First".
        const bool group = name.contains(u',') || name.contains(andWord);
        names.append(group ? u'{' + name + u'}' : name);
    }
    return names.join(" and "_L1);
}

} // namespace

QString BibtexExport::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    const QStringView v(text);
    for (qsizetype i = 0; i < v.size();) {
        const QChar c = v.at(i);
        if (c == u'$') {
            const qsizetype close = v.indexOf(u'$', i + 1);
            if (close > i + 1 && isSafeMath(v.sliced(i + 1, close - i - 1))) {
                out += v.sliced(i, close - i + 1);
                i = close + 1;
                continue;
            }
        }
        appendEscaped(out, c);
        ++i;
    }
    return out.simplified();
}

int BibtexExport::year(const Paper &paper)
{
    static const QRegularExpression newStyle(u"^(\\d\\d)(\\d\\d)\\.\\d{4,5}$"_s);
    static const QRegularExpression oldStyle(u"^[a-zA-Z.-]+/(\\d\\d)\\d{5}$"_s);
    if (const auto m = newStyle.match(paper.id); m.hasMatch())
        return 2000 + m.captured(1).toInt();
    if (const auto m = oldStyle.match(paper.id); m.hasMatch()) {
        const int yy = m.captured(1).toInt();
        return yy >= 91 ? 1900 + yy : 2000 + yy;
    }
    if (paper.published.isValid())
        return paper.published.date().year();
    if (paper.announced.isValid())
        return paper.announced.year();
    return 0;
}

QStringList BibtexExport::citationKeys(const QList<Paper> &papers)
{
    QStringList keys;
    keys.reserve(papers.size());
    QHash<QString, QList<qsizetype>> byBase;
    for (qsizetype i = 0; i < papers.size(); ++i) {
        const Paper &p = papers.at(i);
        const int y = year(p);
        const QString base = lastNameKey(p.authors) + (y > 0 ? QString::number(y) : QString()) + firstWordKey(p.title);
        keys.append(base);
        byBase[base].append(i);
    }
    for (auto it = byBase.cbegin(); it != byBase.cend(); ++it) {
        QList<qsizetype> group = it.value();
        if (group.size() < 2)
            continue;
        std::sort(group.begin(), group.end(), [&papers](qsizetype a, qsizetype b) {
            const QString &ia = papers.at(a).id, &ib = papers.at(b).id;
            return ia != ib ? ia < ib : a < b;
        });
        for (qsizetype k = 0; k < group.size(); ++k)
            keys[group.at(k)] = it.key() + suffix(int(k));
    }
    // A suffixed key could still equal another paper's plain key ("li2025deep" + "a" against
    // "li2025deepa"): number the later one.
    QSet<QString> used;
    for (QString &key : keys) {
        const QString base = key;
        for (int n = 2; used.contains(key); ++n)
            key = base + QString::number(n);
        used.insert(key);
    }
    return keys;
}

QByteArray BibtexExport::render(const QList<Paper> &papers)
{
    const QStringList keys = citationKeys(papers);
    QStringList entries;
    entries.reserve(papers.size());
    for (qsizetype i = 0; i < papers.size(); ++i) {
        const Paper &p = papers.at(i);
        QList<std::pair<QLatin1StringView, QString>> fields;
        fields.append({ "title"_L1, escape(p.title) });
        if (!p.authors.isEmpty())
            fields.append({ "author"_L1, authorField(p.authors) });
        if (const int y = year(p); y > 0)
            fields.append({ "year"_L1, QString::number(y) });
        fields.append({ "eprint"_L1, verbatim(p.id) });
        fields.append({ "archivePrefix"_L1, u"arXiv"_s });
        const QString primary = !p.primaryCategory.isEmpty()
            ? p.primaryCategory
            : (p.categories.isEmpty() ? QString() : p.categories.first());
        if (!primary.isEmpty())
            fields.append({ "primaryClass"_L1, verbatim(primary) });
        fields.append({ "url"_L1, verbatim(p.absUrl()) });
        if (!p.doi.trimmed().isEmpty())
            fields.append({ "doi"_L1, verbatim(p.doi) });
        if (!p.journalRef.trimmed().isEmpty())
            fields.append({ "note"_L1, escape(p.journalRef) });

        QString e = "@misc{"_L1 + keys.at(i) + u',';
        for (qsizetype f = 0; f < fields.size(); ++f) {
            e += "\n  "_L1 + fields.at(f).first + " = {"_L1 + fields.at(f).second + u'}';
            if (f + 1 < fields.size())
                e += u',';
        }
        e += "\n}"_L1;
        entries.append(e);
    }
    if (entries.isEmpty())
        return {};
    return (entries.join("\n\n"_L1) + u'\n').toUtf8();
}

} // namespace PaperSift
