#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace PaperSift::Test {

/// A server on 127.0.0.1 that answers every connection with `head` (status line, headers, the
/// blank line and any start of the body) and then with the chunks `next` makes, for as long as it
/// makes them and the client stays: a feed that never ends, a 300 MB "completion". It keeps at
/// most 1 MB in a socket's buffer, so it costs no memory of its own.
class StreamingServer : public QTcpServer
{
    Q_OBJECT

public:
    QByteArray head;
    /// The next piece of the body, given how much of it was sent; empty ends the answer.
    std::function<QByteArray(qint64 sent)> next;

    explicit StreamingServer(QObject *parent = nullptr);
    bool start(); ///< listens on 127.0.0.1, port chosen by the system
    QUrl url() const; ///< http://127.0.0.1:PORT
    qint64 bytesSent() const { return m_sent; } ///< over every connection
    int connections() const { return m_connections; }

    /// An endless answer: `head`, then `filler` over and over.
    static StreamingServer *endless(const QByteArray &head, const QByteArray &filler, QObject *parent = nullptr);

private:
    qint64 m_sent = 0;
    int m_connections = 0;
};

} // namespace PaperSift::Test
