#include "markdowndigest.h"

#include <QStringList>

#include <charconv>
#include <cmath>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

bool isLineBreak(QChar c)
{
    switch (c.unicode()) {
    case u'\n':
    case u'\r':
    case u'\t':
    case u'\v':
    case u'\f':
    case 0x0085:
    case 0x2028:
    case 0x2029:
        return true;
    default:
        return false;
    }
}

bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x21 && u <= 0x2F) || (u >= 0x3A && u <= 0x40) || (u >= 0x5B && u <= 0x60) || (u >= 0x7B && u <= 0x7E);
}

bool opensHtml(QStringView text, qsizetype i)
{
    if (i + 1 >= text.size())
        return false;
    const QChar next = text.at(i + 1);
    return (next.isLetter() && next.unicode() < 0x80) || next == u'/' || next == u'!' || next == u'?';
}

// The text on one line: a run of blanks that holds a line break becomes one space (none at
// either end), so a field can never start a new Markdown block.
QString oneLine(const QString &text)
{
    bool hasBreak = false;
    for (QChar c : text)
        if (isLineBreak(c)) {
            hasBreak = true;
            break;
        }
    if (!hasBreak)
        return text;
    QString out;
    out.reserve(text.size());
    const QStringView v(text);
    for (qsizetype i = 0; i < v.size();) {
        qsizetype j = i;
        bool breakInRun = false;
        while (j < v.size() && (v.at(j).isSpace() || isLineBreak(v.at(j)))) {
            breakInRun = breakInRun || isLineBreak(v.at(j));
            ++j;
        }
        if (j > i) {
            if (!breakInRun)
                out += v.sliced(i, j - i);
            else if (!out.isEmpty() && j < v.size())
                out += u' ';
            i = j;
        } else {
            out += v.at(i++);
        }
    }
    return out;
}

// Python's str(round(x, 2)) for the magnitudes a cost has: the value rounded to two decimals
// (exactly, ties to even, as both CPython and std::to_chars do on the binary value), then
// printed shortest, which drops trailing zeros but keeps one decimal ("0.1", "0.0", "12.0").
QString pythonRound2(double value)
{
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, 2);
    QString s = QString::fromLatin1(buf, res.ptr - buf);
    while (s.endsWith(u'0') && s.at(s.size() - 2) != u'.')
        s.chop(1);
    return s;
}

qsizetype displayWidth(const QString &s)
{
    qsizetype n = 0;
    for (QChar c : s)
        if (!c.isLowSurrogate())
            ++n;
    return n;
}

QString padRight(const QString &s, qsizetype width)
{
    const qsizetype w = displayWidth(s);
    return w >= width ? s : s + QString(width - w, u' ');
}

QString authorsLine(const QStringList &authors)
{
    QStringList escaped;
    escaped.reserve(authors.size());
    for (const QString &a : authors)
        escaped.append(MarkdownDigest::escapeInline(a));
    return escaped.join(", "_L1);
}

QString stripTrailingBreaks(QString text)
{
    text.replace("\r\n"_L1, "\n"_L1);
    text.replace(u'\r', u'\n');
    while (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

QString tocEntry(int n, const Paper &paper)
{
    const QString num = QString::number(n);
    return num + ". ["_L1 + MarkdownDigest::escapeInline(paper.title) + "](#user-content-link"_L1 + num
        + ")\n**Authors:** "_L1 + authorsLine(paper.authors);
}

QString paperSection(int n, const DigestEntry &entry)
{
    const Paper &p = entry.paper;
    const QString num = QString::number(n);
    QString s;
    s.reserve(p.abstract.size() + 1024);
    s += "## "_L1 + num + ". ["_L1 + MarkdownDigest::escapeInline(p.title) + "]("_L1 + p.absUrl() + ") <a id=\"link"_L1
        + num + "\"></a>\n\n"_L1;
    s += "**ArXiv ID:** "_L1 + MarkdownDigest::escapeInline(p.id) + "\n\n"_L1;
    s += "**Authors:** "_L1 + authorsLine(p.authors) + "\n\n"_L1;
    s += "**Abstract:** "_L1 + MarkdownDigest::escapeParagraph(p.abstract) + "\n\n"_L1;
    if (entry.followedAuthorMatch) {
        // As the old tool wrote it: the comment, its blank line, and no score lines.
        s += "**Comment:** Author match\n\n"_L1;
        return s;
    }
    QString comment = entry.score ? MarkdownDigest::escapeParagraph(entry.score->comment) : QString();
    if (!entry.keptByRule.isEmpty()) {
        // Kept by the reader's rule: said first, in the comment, and the scores as usual.
        const QString rule
            = u"Kept by your rule \u201c"_s + MarkdownDigest::escapeParagraph(entry.keptByRule) + u"\u201d."_s;
        comment = comment.isEmpty() ? rule : rule + u' ' + comment;
    }
    if (!comment.isEmpty())
        s += "**Comment:** "_L1 + comment + "\n\n"_L1;
    const auto scoreText = [](const std::optional<int> &v) {
        return v ? QString::number(*v) : u"n/a"_s;
    };
    s += "**Relevance:** "_L1 + scoreText(entry.score ? entry.score->relevance : std::nullopt);
    s += "\n**Novelty:** "_L1 + scoreText(entry.score ? entry.score->novelty : std::nullopt);
    return s;
}

} // namespace

QString MarkdownDigest::unscoredLine(const DigestInput &input)
{
    QString line = "Unscored: "_L1 + QString::number(input.unscoredPapers);
    if (!input.unscoredReason.isEmpty())
        line += " ("_L1 + escapeParagraph(input.unscoredReason) + u')';
    return line + u" — run `papersift score --date "_s + input.day.toString(Qt::ISODate) + "` to finish"_L1;
}

QString MarkdownDigest::formatCost(std::optional<double> usd)
{
    if (!usd || !std::isfinite(*usd))
        return u"n/a"_s;
    return u'$' + pythonRound2(*usd);
}

QString MarkdownDigest::tokenCostTable(const DigestInput &input)
{
    std::optional<double> totalCost;
    if (input.promptCostUsd && input.completionCostUsd)
        totalCost = *input.promptCostUsd + *input.completionCostUsd;

    const QStringList headers
        = { "*["_L1 + escapeInline(input.model) + "]*"_L1, u"Prompt"_s, u"Completion"_s, u"Total"_s };
    const QList<QStringList> rows = {
        { u"**Token**"_s, QString::number(input.tokens.prompt), QString::number(input.tokens.completion),
            QString::number(input.tokens.total()) },
        { u"**Cost**"_s, formatCost(input.promptCostUsd), formatCost(input.completionCostUsd), formatCost(totalCost) },
    };

    // tabulate: a column is as wide as its widest cell, and at least its header plus 2.
    QList<qsizetype> widths;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        qsizetype w = displayWidth(headers.at(c)) + 2;
        for (const QStringList &row : rows)
            w = std::max(w, displayWidth(row.at(c)));
        widths.append(w);
    }
    const auto line = [&widths](const QStringList &cells) {
        QString l = u"|"_s;
        for (qsizetype c = 0; c < cells.size(); ++c)
            l += u' ' + padRight(cells.at(c), widths.at(c)) + " |"_L1;
        return l;
    };
    QStringList lines;
    lines.append(line(headers));
    QString separator = u"|"_s;
    for (qsizetype w : widths)
        separator += u':' + QString(w, u'-') + ":|"_L1;
    lines.append(separator);
    for (const QStringList &row : rows)
        lines.append(line(row));
    return lines.join(u'\n');
}

QString MarkdownDigest::escapeInline(const QString &text)
{
    const QString line = oneLine(text);
    QString out;
    out.reserve(line.size() + 8);
    const QStringView v(line);
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        switch (c.unicode()) {
        case u'[':
        case u']':
        case u'*':
        case u'<':
        case u'|':
        case u'`':
            out += u'\\';
            out += c;
            break;
        case u'\\':
            // Only a backslash before punctuation (or at the end, before our "]") is an escape.
            out += (i + 1 == v.size() || isAsciiPunctuation(v.at(i + 1))) ? "\\\\"_L1 : "\\"_L1;
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString MarkdownDigest::escapeParagraph(const QString &text)
{
    const QString line = oneLine(text);
    QString out;
    out.reserve(line.size() + 8);
    const QStringView v(line);
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        if (c == u'<' && opensHtml(v, i))
            out += "&lt;"_L1;
        else
            out += c;
    }
    return out;
}

QString MarkdownDigest::quote(const QString &text)
{
    const QStringList lines = stripTrailingBreaks(text).split(u'\n');
    QString out;
    out.reserve(text.size() + 2 * lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out += u'\n';
        out += "> "_L1 + lines.at(i);
    }
    return out;
}

QByteArray MarkdownDigest::render(const DigestInput &input)
{
    const QList<DigestEntry> entries = selectEntries(input);

    QStringList toc;
    QStringList sections;
    toc.reserve(entries.size());
    sections.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        toc.append(tocEntry(int(i + 1), entries.at(i).paper));
        sections.append(paperSection(int(i + 1), entries.at(i)));
    }

    // The old tool joined these blocks with one blank line, and wrote no final newline.
    QStringList blocks = {
        "# Personalized Daily ArXiv Papers "_L1 + input.day.toString(Qt::ISODate),
        tokenCostTable(input),
        "Total arXiv papers: "_L1 + QString::number(input.totalPapers),
        "Total scanned papers: "_L1 + QString::number(input.scannedPapers),
        "Total relevant papers: "_L1 + QString::number(entries.size()),
    };
    // A day that is not finished says so under the counts; a finished one keeps the old format.
    if (input.unscoredPapers > 0)
        blocks.append(unscoredLine(input));
    if (input.recovered)
        blocks.append(u"Recovered: this day was rebuilt from the arXiv API (its feed was never fetched); "
                      "cross-lists may be incomplete."_s);
    blocks += QStringList {
        u"**Table of contents with paper titles:**"_s,
        toc.join("\n\n"_L1),
        u"---"_s,
        sections.join("\n\n---\n\n"_L1),
        u"---"_s,
        u"# Paper Selection Prompt"_s,
    };
    // A day scored with an older criteria version shows that version's prompt, and says so.
    if (!input.staleCriteriaVersion.isEmpty())
        blocks.append(u"Scored with criteria %1; the criteria in use now are %2."_s.arg(
            input.staleCriteriaVersion, input.currentCriteriaVersion));
    blocks += QStringList {
        u"## System Prompt"_s,
        quote(input.systemPrompt),
        u"## User Prompt"_s,
        quote(input.userPromptTemplate),
    };
    return blocks.join("\n\n"_L1).toUtf8();
}

} // namespace PaperSift
