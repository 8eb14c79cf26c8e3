#pragma once

#include "domain/result.h"

#include <QMap>
#include <QString>

namespace PaperSift {

/// Where a library lives: an SQLite file, or a PostgreSQL database named by a URL
/// (`postgresql://user@host:5432/dbname?sslmode=verify-full&sslrootcert=/path/ca.pem`).
/// A password never travels in a location: libpq finds it in ~/.pgpass or PGPASSWORD, and
/// PgPassword in the keychain, so no settings file, log or window ever holds one.
class DatabaseLocation
{
public:
    enum class Engine { Sqlite, Postgres };

    /// A path or a postgresql:// (postgres://) URL; an error says what is wrong with the URL.
    static Result<DatabaseLocation> parse(const QString &text);
    /// Whether `text` names a PostgreSQL database (a URL), not a file.
    static bool isServerUrl(const QString &text);

    Engine engine() const { return m_engine; }
    /// The file (SQLite) or the URL as given, without a password; what open() takes again.
    QString text() const { return m_text; }
    /// What messages show: the native file path, or the URL (there is no secret in it).
    QString shown() const;

    // PostgreSQL only.
    QString host() const { return m_host; } ///< a name, an address, or a socket folder (starts with '/')
    int port() const { return m_port; } ///< -1: libpq's default
    QString databaseName() const { return m_database; }
    QString userName() const { return m_user; }
    /// libpq connection parameters passed through (sslmode, sslrootcert, sslcert, sslkey,
    /// connect_timeout, application_name, target_session_attrs).
    QMap<QString, QString> parameters() const { return m_parameters; }
    /// The keychain account of this database's password: "user@host:port/dbname".
    QString keychainAccount() const;

private:
    Engine m_engine = Engine::Sqlite;
    QString m_text;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QMap<QString, QString> m_parameters;
};

} // namespace PaperSift
