#pragma once

#include <QString>
#include <QStringList>

namespace PaperSift::Test {

/// The PostgreSQL server the harness started for the suites (tests/support/pgserver.sh, a ctest
/// fixture): PAPERSIFT_TEST_PG names its folder of facts (url, dir, port). A suite that runs on
/// PostgreSQL makes a database of its own for each test and drops it after.
class PgTestServer
{
public:
    /// Whether this suite runs on PostgreSQL (PAPERSIFT_TEST_ENGINE=postgresql).
    static bool engineIsPostgres();
    /// Whether the server is there (PAPERSIFT_TEST_PG is set and names a running server).
    static bool available();
    static QString socketDir();
    static int port();

    /// The URL of a database as the server's superuser (over the Unix socket, no password).
    static QString url(const QString &database, const QString &user = QStringLiteral("papersift"));
    /// The same over TCP on 127.0.0.1 (the server asks for a password there).
    static QString tcpUrl(const QString &database, const QString &user);

    /// Makes a new empty database with a name no other test uses; empty on failure.
    static QString createDatabase();
    static void dropDatabase(const QString &name);
    /// Runs statements as the superuser in `database`; false (and a warning) when one fails.
    static bool run(const QString &database, const QStringList &statements);
};

} // namespace PaperSift::Test
