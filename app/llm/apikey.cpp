#include "apikey.h"

#include "llm/endpoint.h"
#include "llm/llmerror.h"

#include <QEventLoop>
#include <QObject>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace PaperSift {

using namespace Qt::StringLiterals;

ApiKeyStore::ApiKeyStore(QString service)
    : m_service(std::move(service))
{
}

std::optional<ApiKey> ApiKeyStore::fromEnvironment(const EndpointConfig &endpoint)
{
    const QString own = qEnvironmentVariable("PAPERSIFT_API_KEY").trimmed();
    if (!own.isEmpty())
        return ApiKey { own, ApiKeySource::EnvPaperSift };
    const bool isOpenAI = endpoint.preset == EndpointPreset::OpenAI
        || endpoint.baseUrl.host().compare("api.openai.com"_L1, Qt::CaseInsensitive) == 0;
    const QString openai = qEnvironmentVariable("OPENAI_API_KEY").trimmed();
    if (isOpenAI && !openai.isEmpty())
        return ApiKey { openai, ApiKeySource::EnvOpenAI };
    return std::nullopt;
}

QString ApiKeyStore::accountFor(const EndpointConfig &endpoint)
{
    return EndpointConfig::presetInfo(endpoint.preset).id;
}

static QString keychainProblem(QKeychain::Error error, const QString &errorString)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return u"no system keychain is available (%1)"_s.arg(errorString);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return u"the keychain refused access (%1)"_s.arg(errorString);
    default:
        return u"the keychain failed (%1)"_s.arg(errorString);
    }
}

void ApiKeyStore::read(const QString &account, const QObject *context, KeyCallback done) const
{
    if (!QKeychain::isAvailable()) {
        done(Error { u"No API key stored: no system keychain is available (no Secret Service or KWallet)."_s, {} });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done), account](QKeychain::Job *j) {
        auto *rj = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (rj->error() == QKeychain::NoError && !rj->textData().trimmed().isEmpty()) {
            done(ApiKey { rj->textData().trimmed(), ApiKeySource::Keychain });
            return;
        }
        if (rj->error() == QKeychain::NoError || rj->error() == QKeychain::EntryNotFound) {
            done(Error { u"No API key stored for “%1” in the keychain."_s.arg(account), {} });
            return;
        }
        done(Error { u"No API key could be read: %1."_s.arg(keychainProblem(rj->error(), rj->errorString())), {} });
    });
    job->start();
}

void ApiKeyStore::lookup(const EndpointConfig &endpoint, const QObject *context, KeyCallback done) const
{
    if (std::optional<ApiKey> env = fromEnvironment(endpoint)) {
        done(*env);
        return;
    }
    const bool required = endpoint.keyRequired;
    const QString who = endpoint.providerName();
    read(accountFor(endpoint), context, [done = std::move(done), required, who](const Result<ApiKey> &key) {
        if (key || !required) {
            done(key ? key : Result<ApiKey>(ApiKey {}));
            return;
        }
        done(Error { u"No API key for %1: enter one in Settings (it is kept in the system keychain) or set "
                     "PAPERSIFT_API_KEY."_s.arg(who),
            key.error().message });
    });
}

void ApiKeyStore::write(
    const QString &account, const QString &secret, const QObject *context, StatusCallback done) const
{
    if (!QKeychain::isAvailable()) {
        done(Error { u"The key was not saved: no system keychain is available. Set PAPERSIFT_API_KEY in the "
                     "environment instead."_s,
            {} });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy
    job->setKey(account);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done), secret](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            done(success());
            return;
        }
        done(Error { u"The key was not saved: %1. Set PAPERSIFT_API_KEY in the environment instead."_s.arg(
                         scrubSecrets(keychainProblem(j->error(), j->errorString()), secret)),
            {} });
    });
    job->start();
}

void ApiKeyStore::remove(const QString &account, const QObject *context, StatusCallback done) const
{
    if (!QKeychain::isAvailable()) {
        done(Error { u"The key was not deleted: no system keychain is available."_s, {} });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
            done(success());
            return;
        }
        done(Error { u"The key was not deleted: %1."_s.arg(keychainProblem(j->error(), j->errorString())), {} });
    });
    job->start();
}

Result<ApiKey> ApiKeyStore::lookupBlocking(const EndpointConfig &endpoint, int timeoutMs) const
{
    if (std::optional<ApiKey> env = fromEnvironment(endpoint))
        return *env;
    std::optional<Result<ApiKey>> answer;
    QEventLoop loop;
    // The loop is the context: if the keychain answers after the timeout, nobody is called.
    lookup(endpoint, &loop, [&answer, &loop](const Result<ApiKey> &key) {
        answer = key;
        loop.quit();
    });
    if (!answer) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (answer)
        return *answer;
    if (!endpoint.keyRequired)
        return ApiKey {};
    return Error { u"No API key for %1: the system keychain did not answer within %2 s. Set PAPERSIFT_API_KEY."_s.arg(
                       endpoint.providerName(), QString::number(timeoutMs / 1000)),
        {} };
}

} // namespace PaperSift
