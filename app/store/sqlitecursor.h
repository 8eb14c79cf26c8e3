#pragma once

#include "rowcursor.h"

namespace PaperSift {

/// The SQLite backend of RowCursor: a statement of its own, prepared on the sqlite3 handle of the
/// thread's Qt connection, stepped with sqlite3_step; text columns are read as the UTF-8 SQLite
/// stores (no UTF-16 conversion inside SQLite, no QVariant). Null when the driver gives no handle.
std::unique_ptr<CursorBackend> makeSqliteCursor(const Database &db);

} // namespace PaperSift
