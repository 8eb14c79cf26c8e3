#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QTimer;

namespace PaperSift {

class Database;

/// Tells its owner, within moments, which papers another connection stored scores for: on a
/// shared PostgreSQL library through LISTEN/NOTIFY (a trigger announces each stored score), so an
/// open window shows a colleague's scores without polling the table. On SQLite it stays silent:
/// the window re-reads after its own runs. Lives in the thread of the connection it listens on.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    /// Listens on `db` (kept by the caller, and outliving this object).
    explicit ChangeFeed(Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;

    /// Whether this library announces other connections' scores at all.
    bool isLive() const { return m_live; }

signals:
    /// Papers with newly stored scores, each once, gathered over a short moment (a run stores a
    /// batch in one transaction, and the window reads them in one query).
    void scoresStored(const QStringList &paperIds);

private:
    void flush();

    Database &m_db;
    QString m_channel;
    bool m_live = false;
    QSet<QString> m_pending;
    QTimer *m_gather = nullptr;
};

} // namespace PaperSift
