#include "ratedexamples.h"

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

bool isExampleHeading(const QString &line)
{
    const QString l = line.trimmed();
    return l.compare(RatedExamples::RelevantHeading, Qt::CaseInsensitive) == 0
        || l.compare(RatedExamples::IrrelevantHeading, Qt::CaseInsensitive) == 0;
}

QString section(const QString &heading, const QStringList &titles, int limit)
{
    QString s = heading + u"\n"_s;
    for (const QString &title : titles.mid(0, limit))
        s += u"- "_s + title.simplified() + u'\n';
    return s;
}

} // namespace

QString RatedExamples::strip(const QString &criteria)
{
    // A section runs from its heading to the next heading of any level, or the end.
    QStringList kept;
    bool inExamples = false;
    for (const QString &line : criteria.split(u'\n')) {
        if (line.startsWith(u'#'))
            inExamples = isExampleHeading(line);
        if (!inExamples)
            kept.append(line);
    }
    QString text = kept.join(u'\n');
    while (text.endsWith(u"\n\n"_s))
        text.chop(1);
    return text;
}

QString RatedExamples::apply(
    const QString &criteria, const QStringList &relevant, const QStringList &irrelevant, int limit)
{
    QString text = strip(criteria);
    if (limit <= 0 || (relevant.isEmpty() && irrelevant.isEmpty()))
        return text;
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        text += u'\n';
    if (!relevant.isEmpty())
        text += u'\n' + section(RelevantHeading, relevant, limit);
    if (!irrelevant.isEmpty())
        text += u'\n' + section(IrrelevantHeading, irrelevant, limit);
    return text;
}

} // namespace PaperSift
