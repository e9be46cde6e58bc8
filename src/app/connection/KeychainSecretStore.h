#pragma once

#include "settings/SecretStore.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace QKeychain {
class Job;
}

namespace vangnet {

/// Saved connection passwords in the desktop's keychain through qtkeychain (Secret Service,
/// KWallet, macOS Keychain, Windows Credential Manager; docs/adr/0013-qtkeychain-for-saved-passwords.md).
/// qtkeychain's jobs are asynchronous; each call here runs its job in a local event loop and
/// gives up after `timeoutMs` (a keychain that never answers must not hang the dialog). Never
/// falls back to a plain-text file (qtkeychain's insecureFallback stays off).
class KeychainSecretStore final : public settings::SecretStore {
    Q_DECLARE_TR_FUNCTIONS(vangnet::KeychainSecretStore)
public:
    explicit KeychainSecretStore(int timeoutMs = 20000);

    /// Asks the keychain once (a read of a key that is never written) and remembers the answer.
    bool available() override;
    Result<QString> read(const QString &profile) override;
    Result<void> write(const QString &profile, const QString &password) override;
    Result<void> remove(const QString &profile) override;

private:
    struct Outcome {
        bool answered = false; ///< false: no answer within the timeout
        int error = 0;         ///< QKeychain::Error
        QString errorString;
        QString text; ///< a read's password
    };
    /// Starts `job` and waits for it. The job deletes itself once finished, also when that is
    /// after the timeout, so a late answer touches nothing here.
    Outcome run(QKeychain::Job *job) const;
    Result<void> failure(const Outcome &outcome) const;

    int m_timeoutMs;
    std::optional<bool> m_available;
};

} // namespace vangnet
