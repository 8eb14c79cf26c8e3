#include "pgpassword.h"

#include "databaselocation.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace PaperSift {

using namespace Qt::StringLiterals;

QString PgPassword::accountFor(const DatabaseLocation &location)
{
    return u"postgresql:"_s + location.keychainAccount();
}

std::optional<QString> PgPassword::fromKeychain(const DatabaseLocation &location, int timeoutMs)
{
    if (!QKeychain::isAvailable())
        return std::nullopt;
    // The job deletes itself when it finishes, even after this function gave up waiting.
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(Service));
    job->setKey(accountFor(location));
    QEventLoop loop;
    std::optional<QString> found;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::NoError && !read->textData().isEmpty())
            found = read->textData();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    return found;
}

} // namespace PaperSift
