#include "streamingserver.h"

#include <QTcpSocket>

#include <memory>

namespace PaperSift::Test {

using namespace Qt::StringLiterals;

StreamingServer::StreamingServer(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *s = nextPendingConnection()) {
            ++m_connections;
            auto sent = std::make_shared<qint64>(0);
            auto started = std::make_shared<bool>(false);
            const auto pump = [this, s, sent] {
                while (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < (1 << 20)) {
                    const QByteArray c = next ? next(*sent) : QByteArray();
                    if (c.isEmpty()) {
                        s->disconnectFromHost();
                        return;
                    }
                    *sent += c.size();
                    m_sent += c.size();
                    s->write(c);
                }
            };
            connect(s, &QTcpSocket::readyRead, s, [s, started, pump, this] {
                s->readAll();
                if (*started)
                    return;
                *started = true;
                s->write(head);
                pump();
            });
            connect(s, &QTcpSocket::bytesWritten, s, pump);
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
}

bool StreamingServer::start()
{
    return listen(QHostAddress::LocalHost);
}

QUrl StreamingServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort()));
}

StreamingServer *StreamingServer::endless(const QByteArray &head, const QByteArray &filler, QObject *parent)
{
    auto *server = new StreamingServer(parent);
    server->head = head;
    server->next = [filler](qint64) {
        return filler.repeated(qMax<qsizetype>(1, (64 << 10) / filler.size()));
    };
    return server;
}

} // namespace PaperSift::Test
