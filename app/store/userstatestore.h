#pragma once

#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace PaperSift {

class Database;

/// What the reader did with a paper.
struct UserState
{
    QString paperId;
    bool read = false;
    bool starred = false;
    std::optional<int> rating; ///< 1–5
    QString note;
    QDateTime updated; ///< invalid when the reader never touched the paper
};

/// A colleague's note on a paper, in a shared library.
struct LabNote
{
    QString reader; ///< the database user who wrote it
    QString note;
    QDateTime updated;
};

/// The reader's own marks on papers (read, starred, rating, note), one statement per change, kept
/// per database user (Database::userName()): on a shared library each reader has their own.
class UserStateStore
{
public:
    explicit UserStateStore(Database &db);

    Status setRead(const QString &id, bool read);
    Status setStarred(const QString &id, bool starred);
    Status setRating(const QString &id, std::optional<int> rating);
    Status setNote(const QString &id, const QString &note);
    /// The reader's state of a paper; a default state when never touched.
    Result<UserState> userState(const QString &id) const;
    /// The states of the papers a day listed, by paper id (untouched papers are absent).
    Result<QHash<QString, UserState>> userStatesForDay(const QDate &day) const;
    /// Marks every paper a day listed as read (or unread). Returns how many papers that was.
    Result<int> setDayRead(const QDate &day, bool read);
    Result<QStringList> starredIds() const;
    /// How many of the library's readers starred each paper (this one too); papers nobody
    /// starred are absent. On a shared library, "show lab stars" shows these.
    Result<QHash<QString, int>> labStarCounts() const;
    /// The other readers' notes on a paper, newest first (none on a library of one reader).
    Result<QList<LabNote>> labNotes(const QString &id) const;

private:
    Status setUserField(const QString &id, const QString &column, const QVariant &value);

    Database &m_db;
};

} // namespace PaperSift
