#pragma once

#include "security/SharedKey.h"
#include "support/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace vangnet {

/// A version of a shared key as stored: its reference and public half (the secret is only in grants).
struct StoredKey {
    KeyReference reference;
    QByteArray publicKey;
};

/// The shared keys (team keys, the statistics key) and their grants, and the users' public keys
/// (docs/adr/0011-team-keys.md). Columns named once, read by name.
class KeyRepository {
public:
    explicit KeyRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The newest version of `scope` that no rotation retired; empty when the scope has no key yet.
    Result<std::optional<StoredKey>> current(const QString &scope) const;
    /// Every scope with a current key ("team.3", "statistics").
    Result<QList<StoredKey>> allCurrent() const;
    /// Adds a key version; ErrorCode::Conflict when that version exists (a concurrent login made it).
    Result<void> insert(const StoredKey &key, qint64 createdBy, const QDateTime &at);
    /// Marks a version retired and deletes its grants.
    Result<void> retire(const KeyReference &key, const QDateTime &at);

    /// The grant of `key` to `userId`, sealed to the user's public key; empty when there is none.
    Result<std::optional<QString>> grant(const KeyReference &key, qint64 userId) const;
    /// The users holding a grant of `key`.
    Result<QList<qint64>> holders(const KeyReference &key) const;
    Result<void> insertGrant(const KeyReference &key, qint64 userId, const QString &sealedKey, const QDateTime &at);
    /// Deletes every grant of `userId` (disabled, password reset or changed): the number deleted.
    Result<int> deleteGrantsOf(qint64 userId);

    /// users.public_key of every user that has one.
    Result<QHash<qint64, QByteArray>> publicKeys() const;
    Result<void> setPublicKey(qint64 userId, const QByteArray &publicKey);

private:
    QSqlDatabase m_db;
};

} // namespace vangnet
