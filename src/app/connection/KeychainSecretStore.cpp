#include "connection/KeychainSecretStore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <spdlog/spdlog.h>

namespace vangnet {

namespace {

/// The keychain entries' service name: one entry per profile name under it.
const QString service = QStringLiteral("Vangnet database connections");
/// Read to learn whether a keychain answers at all; never written.
const QString probeKey = QStringLiteral("vangnet-keychain-probe");

template <typename JobType>
JobType *makeJob(const QString &key)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a plain-text file is what the keychain is there to avoid
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(int timeoutMs) : m_timeoutMs(timeoutMs) {}

KeychainSecretStore::Outcome KeychainSecretStore::run(QKeychain::Job *job) const
{
    Outcome outcome;
    QEventLoop loop;
    // The loop is the context: after a timeout it is gone, and so is this connection.
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&outcome, &loop](QKeychain::Job *done) {
        outcome.answered = true;
        outcome.error = done->error();
        outcome.errorString = done->errorString();
        if (const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            outcome.text = read->textData();
        loop.quit();
    });
    QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    if (!outcome.answered)
        spdlog::warn("keychain: no answer within {} ms", m_timeoutMs);
    return outcome;
}

Result<void> KeychainSecretStore::failure(const Outcome &outcome) const
{
    if (!outcome.answered)
        return Error{ErrorCode::Io, tr("The keychain did not answer in time.")};
    if (outcome.error == QKeychain::NoError)
        return success();
    spdlog::warn("keychain: {} ({})", outcome.errorString.toStdString(), outcome.error);
    return Error{ErrorCode::Io, tr("The keychain refused: %1").arg(outcome.errorString)};
}

bool KeychainSecretStore::available()
{
    if (!m_available) {
        const Outcome probe = run(makeJob<QKeychain::ReadPasswordJob>(probeKey));
        m_available = probe.answered && (probe.error == QKeychain::NoError || probe.error == QKeychain::EntryNotFound);
        spdlog::info("keychain {}", *m_available ? "available" : "not available");
    }
    return *m_available;
}

Result<QString> KeychainSecretStore::read(const QString &profile)
{
    const Outcome outcome = run(makeJob<QKeychain::ReadPasswordJob>(profile));
    if (outcome.answered && outcome.error == QKeychain::EntryNotFound)
        return Error{ErrorCode::NotFound, tr("No password is saved for \"%1\".").arg(profile)};
    if (auto failed = failure(outcome); !failed)
        return failed.error();
    return outcome.text;
}

Result<void> KeychainSecretStore::write(const QString &profile, const QString &password)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(profile);
    job->setTextData(password);
    return failure(run(job));
}

Result<void> KeychainSecretStore::remove(const QString &profile)
{
    const Outcome outcome = run(makeJob<QKeychain::DeletePasswordJob>(profile));
    if (outcome.answered && outcome.error == QKeychain::EntryNotFound)
        return success();
    return failure(outcome);
}

} // namespace vangnet
