#pragma once

#include "domain/result.h"
#include "papertablemodel.h"
#include "paperview.h"
#include "sidebar.h"

#include <QDate>
#include <QObject>

#include <functional>
#include <memory>

namespace PaperSift {

class Database;
class PaperStore;

/// The window's access to the database, on the GUI thread: a read-only connection for queries
/// and a read-write one for the reader's own small writes (star, read, note). Bulk writes happen
/// in the run's worker thread, never here.
class Library : public QObject
{
    Q_OBJECT

public:
    explicit Library(QObject *parent = nullptr);
    ~Library() override;

    /// Opens (creating and migrating when needed) the database at AppPaths::databaseFile().
    Status open();
    bool isOpen() const { return m_reader != nullptr; }
    QString path() const;

    /// The criteria in use (user's criteria.md, else the built-in one) and its SHA-256.
    QString currentCriteriaSha() const { return m_criteriaSha; }
    void reloadCriteria();

    Result<QList<DayInfo>> days() const;
    /// The rows of a feed day (announce types from settings), with scores for the current criteria.
    Result<QList<PaperRow>> rowsForDay(QDate day) const;
    /// The rows of every day in the library, each paper once (its latest day's listing), as a
    /// job for another thread (seconds at 200,000 papers): it opens its own read-only connection
    /// there and shares nothing with this object.
    std::function<Result<QList<PaperRow>>()> allDaysJob() const;
    /// Every starred paper, across days.
    Result<QList<PaperRow>> starredRows() const;
    Result<PaperDetails> details(const QString &id) const;
    Result<QSet<QString>> search(const QString &text) const;
    Result<int> paperCount() const;

    Status setStarred(const QString &id, bool starred);
    Status setRead(const QString &id, bool read);
    Status setNote(const QString &id, const QString &note);

    PaperStore *reader() const { return m_readStore.get(); }
    /// The store for the reader's own small writes (criteria versions, star, read, note).
    PaperStore *writer() const { return m_writeStore.get(); }

signals:
    /// A write kept failing (not just busy) and was given up: say so to the user.
    void writeFailed(const QString &message);

private:
    /// Runs a small write now, or, when the run's worker holds the write lock, again shortly:
    /// the GUI thread never waits on the database.
    Status write(std::function<Status(PaperStore &)> op);
    void retryWrites();

    /// Table rows for these papers (marking those a followed author wrote).
    static QList<PaperRow> rowsFor(const QList<struct ListedPaper> &papers, const QStringList &followedAuthors);

    std::unique_ptr<Database> m_reader;
    std::unique_ptr<Database> m_writer;
    std::unique_ptr<PaperStore> m_readStore;
    std::unique_ptr<PaperStore> m_writeStore;
    QList<std::pair<std::function<Status(PaperStore &)>, int>> m_pendingWrites;
    class QTimer *m_retryTimer = nullptr;
    QString m_criteriaSha;
    QStringList m_followed;
};

} // namespace PaperSift
