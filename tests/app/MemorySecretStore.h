#pragma once

#include "settings/SecretStore.h"

#include <QCoreApplication>
#include <QHash>

namespace vangnet::test {

/// A keychain in memory for the connection tests; `available = false` plays a computer without one.
class MemorySecretStore final : public settings::SecretStore {
public:
    explicit MemorySecretStore(bool isAvailable = true) : m_available(isAvailable) {}

    bool available() override { return m_available; }
    Result<QString> read(const QString &profile) override
    {
        if (!m_available)
            return Error{ErrorCode::Io, QStringLiteral("no keychain")};
        if (!secrets.contains(profile))
            return Error{ErrorCode::NotFound, QStringLiteral("nothing saved")};
        return secrets.value(profile);
    }
    Result<void> write(const QString &profile, const QString &password) override
    {
        if (!m_available)
            return Error{ErrorCode::Io, QStringLiteral("no keychain")};
        secrets.insert(profile, password);
        return success();
    }
    Result<void> remove(const QString &profile) override
    {
        if (!m_available)
            return Error{ErrorCode::Io, QStringLiteral("no keychain")};
        secrets.remove(profile);
        return success();
    }

    QHash<QString, QString> secrets; ///< profile name → password

private:
    bool m_available;
};

} // namespace vangnet::test
