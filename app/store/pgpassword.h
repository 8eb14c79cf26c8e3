#pragma once

#include <QString>

#include <optional>

namespace PaperSift {

class DatabaseLocation;

/// The password of a PostgreSQL library from the system keychain (QtKeychain), for a server that
/// asks for one that neither ~/.pgpass nor PGPASSWORD gave (libpq reads those two itself). The
/// password is held only long enough to connect: never in settings, logs, errors or the window.
class PgPassword
{
public:
    static constexpr const char *Service = "PaperSift";

    /// The keychain account of a library: "postgresql:user@host:port/dbname".
    static QString accountFor(const DatabaseLocation &location);
    /// Reads it, waiting at most `timeoutMs` in a local event loop; empty when there is none or
    /// no keychain answers.
    static std::optional<QString> fromKeychain(const DatabaseLocation &location, int timeoutMs = 5000);
};

} // namespace PaperSift
