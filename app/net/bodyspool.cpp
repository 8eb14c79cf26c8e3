#include "bodyspool.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

namespace PaperSift {

using namespace Qt::StringLiterals;

BodySpool::BodySpool(qint64 cap, qint64 memoryLimit)
    : m_cap(cap)
    , m_memoryLimit(memoryLimit)
{
}

BodySpool::~BodySpool() = default;

bool BodySpool::append(QByteArrayView data)
{
    if (!m_error.isEmpty())
        return false;
    m_size += data.size();
    if (m_size > m_cap) {
        m_error = u"the body is larger than %1 bytes"_s.arg(m_cap);
        return false;
    }
    if (!m_file && m_memory.size() + data.size() <= m_memoryLimit) {
        m_memory.append(data);
        return true;
    }
    if (!m_file) {
        m_file = std::make_unique<QTemporaryFile>(QDir::tempPath() + u"/papersift-body-XXXXXX"_s);
        if (!m_file->open() || m_file->write(m_memory) != m_memory.size()) {
            m_error = u"cannot write a temporary file in %1: %2"_s.arg(QDir::tempPath(), m_file->errorString());
            return false;
        }
        m_memory = QByteArray();
    }
    if (m_file->write(data.data(), data.size()) != data.size()) {
        m_error = u"cannot write the temporary file %1: %2"_s.arg(m_file->fileName(), m_file->errorString());
        return false;
    }
    return true;
}

std::unique_ptr<QIODevice> BodySpool::open() const
{
    if (m_file) {
        m_file->flush();
        auto file = std::make_unique<QFile>(m_file->fileName());
        file->open(QIODevice::ReadOnly);
        return file;
    }
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(m_memory);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

QByteArray BodySpool::read(qint64 max) const
{
    if (!m_file)
        return max < 0 ? m_memory : m_memory.left(max);
    const auto device = open();
    return max < 0 ? device->readAll() : device->read(max);
}

} // namespace PaperSift
