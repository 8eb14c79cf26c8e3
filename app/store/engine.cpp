#include "engine.h"

#include "postgresengine.h"
#include "rowcursor.h"
#include "sqliteengine.h"

namespace PaperSift {

std::unique_ptr<Engine> Engine::forLocation(const DatabaseLocation &location)
{
    if (location.engine() == DatabaseLocation::Engine::Postgres)
        return std::make_unique<PostgresEngine>();
    return std::make_unique<SqliteEngine>();
}

std::unique_ptr<CursorBackend> Engine::cursor(const Database &db) const
{
    return makeQueryCursor(db);
}

} // namespace PaperSift
