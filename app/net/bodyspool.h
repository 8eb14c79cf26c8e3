#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>

#include <memory>

class QTemporaryFile;

namespace PaperSift {

/// A response body as it arrives: kept in memory while small, moved to a temporary file past
/// `memoryLimit`, refused past `cap`. A body of any length then costs at most `memoryLimit` bytes
/// of memory, and a parser reads it back as a stream (open()).
class BodySpool
{
public:
    explicit BodySpool(qint64 cap, qint64 memoryLimit = 1 << 20);
    ~BodySpool();
    BodySpool(const BodySpool &) = delete;
    BodySpool &operator=(const BodySpool &) = delete;

    /// Adds what arrived. False once the body is past the cap, or when the temporary file cannot
    /// be written (error() says which); the transfer should stop then.
    bool append(QByteArrayView data);

    qint64 size() const { return m_size; }
    qint64 cap() const { return m_cap; }
    bool overCap() const { return m_size > m_cap; }
    bool inFile() const { return m_file != nullptr; }
    QString error() const { return m_error; }

    /// A device that reads the body from its start (the spool must outlive it).
    std::unique_ptr<QIODevice> open() const;
    /// At most `max` bytes from the start, all of them when `max` is negative.
    QByteArray read(qint64 max = -1) const;

private:
    qint64 m_cap;
    qint64 m_memoryLimit;
    qint64 m_size = 0;
    QByteArray m_memory;
    std::unique_ptr<QTemporaryFile> m_file;
    QString m_error;
};

} // namespace PaperSift
