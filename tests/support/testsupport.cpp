#include "testsupport.h"

#include "scoring/promptbuilder.h"

#include "config/settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtGlobal>

namespace PaperSift::Test {

using namespace Qt::StringLiterals;

QString fixturePath(const QString &relative)
{
    const QString p = QStringLiteral(PAPERSIFT_SOURCE_DIR) + "/tests/fixtures/"_L1 + relative;
    if (!QFileInfo::exists(p))
        qFatal("No fixture %s (tests/fixtures/SOURCES.md lists them)", qPrintable(p));
    return QDir::cleanPath(p);
}

QByteArray readFixture(const QString &relative)
{
    QFile f(fixturePath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("Cannot read fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

QString seedPath(const QString &name)
{
    return fixturePath("digests/"_L1 + name);
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(PAPERSIFT_SOURCE_DIR) + u'/' + relative;
}

QString replyFormatBlock(const QString &text)
{
    const qsizetype from = text.indexOf(u"## Instructions"_s);
    const qsizetype to = text.indexOf(u"## Scoring Criteria"_s);
    return from < 0 || to < from ? QString() : text.mid(from, to - from);
}

QString withBuiltInReplyFormat(const QString &quotedSeedPrompt)
{
    const QString theirs = replyFormatBlock(quotedSeedPrompt);
    if (!theirs.contains(u"JSONL"_s))
        qFatal("The seed's prompt has no JSONL reply-format paragraph");
    // Quoted as the digest quotes: "> " before every line, blank ones too; the block ends just
    // before the next heading's "## ", after the quote of the blank line above it.
    const QString ours = replyFormatBlock(PromptSet::builtInText(PromptSet::InstructionsFile))
                             .trimmed()
                             .split(u'\n')
                             .join(u"\n> "_s)
        + u"\n> \n> "_s;
    QString out = quotedSeedPrompt;
    return out.replace(theirs, ours);
}

Sandbox::Sandbox()
{
    AppPaths::setConfigDirOverride(configDir());
    AppPaths::setDatabaseOverride(databaseFile());
}

QString Sandbox::configDir() const
{
    return m_dir.path() + "/config"_L1;
}

QString Sandbox::databaseFile() const
{
    return m_dir.path() + "/data/papersift.sqlite"_L1;
}

QString Sandbox::path(const QString &name) const
{
    return m_dir.path() + u'/' + name;
}

} // namespace PaperSift::Test
