#include "testsupport.h"

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
