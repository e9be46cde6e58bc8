#pragma once

#include "support/Result.h"

#include <QString>

namespace vangnet::settings {

/// Where a saved connection's password is kept, by profile name: the desktop's keychain in the
/// application (KeychainSecretStore), memory in tests. Never the settings file
/// (docs/adr/0013-qtkeychain-for-saved-passwords.md). Only profiles with
/// ConnectionProfile::mayRememberPassword() store one.
class SecretStore {
public:
    virtual ~SecretStore() = default;

    /// False where no keychain exists (no Secret Service or KWallet on the session bus): the
    /// password then cannot be remembered and is asked each time.
    virtual bool available() = 0;
    /// The password saved for `profile`; ErrorCode::NotFound when none is.
    virtual Result<QString> read(const QString &profile) = 0;
    virtual Result<void> write(const QString &profile, const QString &password) = 0;
    /// Forgets the password; nothing saved is not an error.
    virtual Result<void> remove(const QString &profile) = 0;
};

} // namespace vangnet::settings
