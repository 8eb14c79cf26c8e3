#include "pgtestserver.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace PaperSift::Test {

using namespace Qt::StringLiterals;

namespace {

QString fact(const QString &name)
{
    QFile f(qEnvironmentVariable("PAPERSIFT_TEST_PG") + u'/' + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

} // namespace

bool PgTestServer::engineIsPostgres()
{
    return qEnvironmentVariable("PAPERSIFT_TEST_ENGINE") == "postgresql"_L1;
}

bool PgTestServer::available()
{
    return !fact(u"url"_s).isEmpty();
}

QString PgTestServer::socketDir()
{
    return fact(u"dir"_s);
}

int PgTestServer::port()
{
    return fact(u"port"_s).toInt();
}

QString PgTestServer::url(const QString &database, const QString &user)
{
    return u"postgresql://%1@/%2?host=%3&port=%4"_s.arg(user, database, socketDir()).arg(port());
}

QString PgTestServer::tcpUrl(const QString &database, const QString &user)
{
    return u"postgresql://%1@127.0.0.1:%2/%3?sslmode=disable"_s.arg(user).arg(port()).arg(database);
}

bool PgTestServer::run(const QString &database, const QStringList &statements)
{
    static QAtomicInteger<int> counter = 0;
    const QString name = u"pgtestserver-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(socketDir());
        db.setPort(port());
        db.setUserName(u"papersift"_s);
        db.setDatabaseName(database);
        if (!db.open()) {
            qWarning("pgtestserver: cannot connect: %s", qPrintable(db.lastError().text()));
            ok = false;
        }
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (!ok)
                break;
            if (!q.exec(u"SET client_min_messages = warning"_s) || !q.exec(sql)) {
                qWarning("pgtestserver: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString PgTestServer::createDatabase()
{
    const QString name
        = u"t_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    return run(u"postgres"_s, { u"CREATE DATABASE %1 TEMPLATE template0 STRATEGY FILE_COPY"_s.arg(name) }) ? name
                                                                                                           : QString();
}

void PgTestServer::dropDatabase(const QString &name)
{
    run(u"postgres"_s, { u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name) });
}

} // namespace PaperSift::Test
