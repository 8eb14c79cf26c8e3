#include "promptbuilder.h"

#include "config/settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

QString normalisedLineEnds(QString text)
{
    text.replace("\r\n"_L1, "\n"_L1);
    text.replace(u'\r', u'\n');
    return text;
}

// Reads a prompt file; a null string when it is missing, unreadable or blank (a blank override
// would silently send an empty prompt, which is never what the user meant).
QString readPromptFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = normalisedLineEnds(QString::fromUtf8(f.readAll()));
    return text.trimmed().isEmpty() ? QString() : text;
}

// Trailing blank lines of a file do not belong in the prompt; leading and inner text is kept as is.
QString withoutTrailingSpace(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return text.left(end);
}

} // namespace

QString PromptSet::builtInText(const QString &fileName)
{
    return readPromptFile(":/prompts/"_L1 + fileName);
}

PromptSet PromptSet::builtIn()
{
    PromptSet p;
    p.system = builtInText(SystemFile);
    p.instructions = builtInText(InstructionsFile);
    p.criteria = builtInText(CriteriaFile);
    p.titleFilter = builtInText(TitleFilterFile);
    return p;
}

PromptSet PromptSet::load(const QString &configDir)
{
    PromptSet p = builtIn();
    const QDir dir(configDir);
    const auto take = [&](const QString &fileName, QString &slot) {
        const QString text = readPromptFile(dir.filePath(fileName));
        if (!text.isNull()) {
            slot = text;
            p.overridden.append(fileName);
        }
    };
    take(SystemFile, p.system);
    take(InstructionsFile, p.instructions);
    take(CriteriaFile, p.criteria);
    take(TitleFilterFile, p.titleFilter);
    return p;
}

PromptSet PromptSet::load()
{
    return load(AppPaths::configDir());
}

QString PromptSet::templateVersion() const
{
    const QString sys = withoutTrailingSpace(system);
    const QString ins = withoutTrailingSpace(instructions);
    if (sys == withoutTrailingSpace(builtInText(SystemFile))
        && ins == withoutTrailingSpace(builtInText(InstructionsFile)))
        return BuiltInVersion;
    const QByteArray hash = QCryptographicHash::hash((sys + u'\0' + ins).toUtf8(), QCryptographicHash::Sha256);
    return BuiltInVersion + u'+' + QString::fromLatin1(hash.toHex().left(8));
}

QString PromptSet::titleFilterVersion() const
{
    const QString sys = withoutTrailingSpace(system);
    const QString filter = withoutTrailingSpace(titleFilter);
    const QString base = u"title-"_s + BuiltInVersion;
    if (sys == withoutTrailingSpace(builtInText(SystemFile))
        && filter == withoutTrailingSpace(builtInText(TitleFilterFile)))
        return base;
    const QByteArray hash = QCryptographicHash::hash((sys + u'\0' + filter).toUtf8(), QCryptographicHash::Sha256);
    return base + u'+' + QString::fromLatin1(hash.toHex().left(8));
}

PromptBuilder::PromptBuilder(PromptSet prompts, ReplyFormat format)
    : m_prompts(std::move(prompts))
    , m_format(format)
{
}

QString PromptBuilder::systemPrompt() const
{
    return withoutTrailingSpace(m_prompts.system);
}

QString PromptBuilder::staticPrefix() const
{
    const QString jsonNote = m_format == ReplyFormat::JsonObject ? "\n\n"_L1 + JsonObjectNote : QString();
    return withoutTrailingSpace(m_prompts.instructions) + jsonNote + "\n\n## Relevant Topics\n\n"_L1
        + withoutTrailingSpace(m_prompts.criteria) + "\n\n## Papers\n\n"_L1;
}

QString PromptBuilder::userPrompt(const QList<Paper> &batch) const
{
    return staticPrefix() + formatPapers(batch);
}

QString PromptBuilder::userPromptTemplate() const
{
    return staticPrefix() + PaperListPlaceholder;
}

QList<ChatMessage> PromptBuilder::messages(const QList<Paper> &batch) const
{
    return { { u"system"_s, systemPrompt() }, { u"user"_s, userPrompt(batch) } };
}

QString PromptBuilder::formatPaper(const Paper &paper)
{
    QString abstract = paper.abstract.trimmed();
    if (abstract.size() > AbstractLimit) {
        qsizetype cut = AbstractLimit;
        if (abstract.at(cut - 1).isHighSurrogate()) // never split a character in two
            --cut;
        abstract.truncate(cut);
    }
    return "ArXiv ID: "_L1 + paper.id + "\nTitle: "_L1 + paper.title.simplified() + "\nAuthors: "_L1
        + paper.authors.join(", "_L1) + "\nAbstract: "_L1 + abstract;
}

QString PromptBuilder::formatPapers(const QList<Paper> &batch)
{
    QStringList blocks;
    blocks.reserve(batch.size());
    for (const Paper &p : batch)
        blocks.append(formatPaper(p));
    return blocks.join("\n\n"_L1);
}

QString PromptBuilder::titleFilterPrefix() const
{
    return "## Relevant Topics\n\n"_L1 + withoutTrailingSpace(m_prompts.criteria) + "\n\n"_L1
        + withoutTrailingSpace(m_prompts.titleFilter) + "\n\n## Papers\n\n"_L1;
}

QString PromptBuilder::titleFilterPrompt(const QList<Paper> &batch) const
{
    QStringList lines;
    lines.reserve(batch.size());
    for (const Paper &p : batch)
        lines.append(formatTitle(p));
    return titleFilterPrefix() + lines.join(u'\n');
}

QList<ChatMessage> PromptBuilder::titleFilterMessages(const QList<Paper> &batch) const
{
    return { { u"system"_s, systemPrompt() }, { u"user"_s, titleFilterPrompt(batch) } };
}

QString PromptBuilder::formatTitle(const Paper &paper)
{
    return paper.id + ": "_L1 + paper.title.simplified();
}

qint64 PromptBuilder::estimateTokens(QStringView text)
{
    return (qint64(text.size()) + 3) / 4;
}

qint64 PromptBuilder::estimatePaperTokens(const Paper &paper)
{
    return estimateTokens(formatPaper(paper)) + 1; // + the blank line that separates it
}

} // namespace PaperSift
