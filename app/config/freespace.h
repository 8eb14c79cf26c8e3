#pragma once

#include <QString>

#include <optional>

namespace PaperSift {

/// What a failed write says when the disk is the reason. Neither SQLite (an I/O error, for a WAL
/// write) nor QSaveFile ("Unknown error", for a failed flush) says "the disk is full" every time it
/// is, so the filesystem holding the file is asked how much room it has left.
namespace FreeSpace {

/// Below this a filesystem counts as full: SQLite needs pages for its journal, a digest a few kB.
inline constexpr qint64 FullBelowBytes = 1 << 20;

/// Bytes free to this user on the filesystem holding `path` (a file, or the folder it would go
/// in); -1 when that cannot be told.
qint64 available(const QString &path);

/// The bytes free on the filesystem holding `path` when that is too little to write `needed` more
/// (under FullBelowBytes + needed); nullopt when there is room, or when it cannot be told.
std::optional<qint64> fullDisk(const QString &path, qint64 needed = 0);

/// "The disk holding /home/ada/papers.sqlite is full (12 KiB free). Free some space and try again."
/// when fullDisk(), else an empty string. English, for the core and the command line; the window
/// words its own with tr().
QString fullDiskMessage(const QString &path, qint64 needed = 0);

} // namespace FreeSpace

} // namespace PaperSift
