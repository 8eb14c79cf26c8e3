#include "changefeed.h"

#include "database.h"

#include <QSqlDriver>
#include <QTimer>

namespace PaperSift {

namespace {
// Long enough to gather a batch's notifications, short enough to stay well under a second.
constexpr int gatherMs = 100;
} // namespace

ChangeFeed::ChangeFeed(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_channel(db.engine().scoresChannel())
{
    m_gather = new QTimer(this);
    m_gather->setSingleShot(true);
    m_gather->setInterval(gatherMs);
    connect(m_gather, &QTimer::timeout, this, &ChangeFeed::flush);
    if (m_channel.isEmpty())
        return;
    QSqlDriver *driver = m_db.connection().driver();
    if (!driver->hasFeature(QSqlDriver::EventNotifications) || !driver->subscribeToNotification(m_channel))
        return;
    m_live = true;
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
            if (name != m_channel)
                return;
            m_pending.insert(payload.toString());
            if (!m_gather->isActive())
                m_gather->start();
        });
}

ChangeFeed::~ChangeFeed()
{
    if (m_live)
        m_db.connection().driver()->unsubscribeFromNotification(m_channel);
}

void ChangeFeed::flush()
{
    if (m_pending.isEmpty())
        return;
    QStringList ids(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    ids.sort();
    emit scoresStored(ids);
}

} // namespace PaperSift
