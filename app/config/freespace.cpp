#include "freespace.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

namespace PaperSift::FreeSpace {

using namespace Qt::StringLiterals;

qint64 available(const QString &path)
{
    // The file may not exist yet (a new digest, a database being created): ask for its folder,
    // climbing to the nearest one that exists.
    QFileInfo info(path);
    QString dir = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    while (!dir.isEmpty() && !QFileInfo::exists(dir)) {
        const QString up = QFileInfo(dir).absolutePath();
        if (up == dir)
            break;
        dir = up;
    }
    const QStorageInfo storage(dir);
    if (!storage.isValid() || !storage.isReady())
        return -1;
    return storage.bytesAvailable();
}

std::optional<qint64> fullDisk(const QString &path, qint64 needed)
{
    const qint64 free = available(path);
    if (free < 0 || free >= FullBelowBytes + needed)
        return std::nullopt;
    return free;
}

QString fullDiskMessage(const QString &path, qint64 needed)
{
    const auto free = fullDisk(path, needed);
    if (!free)
        return {};
    return u"The disk holding %1 is full (%2 free). Free some space and try again."_s.arg(
        QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), QLocale::c().formattedDataSize(*free));
}

} // namespace PaperSift::FreeSpace
