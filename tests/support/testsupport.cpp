#include "testsupport.h"

#include "config/settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtGlobal>

namespace PaperSift::Test {

using namespace Qt::StringLiterals;

static QString sharedDir()
{
    const QString fromEnv = qEnvironmentVariable("PAPERSIFT_SHARED_DIR");
    const QString dir = fromEnv.isEmpty() ? QStringLiteral(PAPERSIFT_SHARED_DIR) : fromEnv;
    if (!QFileInfo(dir + "/fixtures"_L1).isDir())
        qFatal("The shared fixtures are missing at %s; set PAPERSIFT_SHARED_DIR to the folder that holds "
               "fixtures/ and seeds/.",
               qPrintable(dir));
    return QDir::cleanPath(dir);
}

QString fixturePath(const QString &relative)
{
    const QString p = sharedDir() + "/fixtures/"_L1 + relative;
    if (!QFileInfo::exists(p))
        qFatal("No fixture %s", qPrintable(p));
    return p;
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
    return sharedDir() + "/seeds/"_L1 + name;
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

void isolateFromKeychain()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/papersift-test-bus");
    qunsetenv("PAPERSIFT_API_KEY");
    qunsetenv("OPENAI_API_KEY");
}

} // namespace PaperSift::Test
