#pragma once

#include "security/SecretKey.h"
#include "support/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace vangnet {

/// A user's key pair for receiving shared keys (docs/adr/0011-team-keys.md). The secret is
/// derived from the key-encryption key of the user's key slot (Argon2id of the password), so it
/// exists only while the password is at hand and changes with every new slot (a password change
/// or reset); the public key is stored on the user's row.
class UserIdentity {
public:
    /// X25519 key pair from `seed` (crypto_box_seed_keypair); KeySlot derives the seed.
    static UserIdentity fromSeed(const SecretKey &seed);
    const QByteArray &publicKey() const { return m_publicKey; }
    const SecretKey &secretKey() const { return m_secretKey; }

private:
    UserIdentity() = default;
    QByteArray m_publicKey;
    SecretKey m_secretKey;
};

/// Which shared key: a team's ("team.<id>") or the municipality's statistics key
/// ("statistics"), and its version (a rotation makes the next one).
struct KeyReference {
    QString scope;
    int version = 0;

    static QString teamScope(qint64 teamId);
    static QLatin1StringView statisticsScope();
    bool operator==(const KeyReference &) const = default;
    /// "team.3/1": inside sealed values and their associated data.
    QString text() const;
};

/// 32 random bytes shared by a group of users through grants: the team key that seals a team's
/// household fields, or the statistics key whose public half every BSN is also sealed to (for
/// the DDAS delivery). From the seed come a field key ("vangteam", 1) and an X25519 key pair
/// ("vangteam", 2).
class SharedKey {
public:
    SharedKey(KeyReference reference, SecretKey seed);
    static SharedKey generate(KeyReference reference);

    const KeyReference &reference() const { return m_reference; }
    const SecretKey &fieldKey() const { return m_fieldKey; }
    const QByteArray &publicKey() const { return m_publicKey; }
    const SecretKey &boxSecretKey() const { return m_boxSecret; }

    /// The seed sealed to `recipient`'s public key (crypto_box_seal) and bound to the grant's
    /// place: the reference and the user id go, hashed, into the sealed plaintext (sealed boxes
    /// take no associated data), so a grant copied to another user or key reads as damaged.
    QString grantTo(qint64 userId, const QByteArray &recipientPublicKey) const;
    /// Opens a grant made by grantTo() for `userId`; ErrorCode::Corrupt when it does not open.
    static Result<SharedKey> openGrant(const KeyReference &reference, qint64 userId, const QString &grant,
                                       const UserIdentity &identity);

private:
    KeyReference m_reference;
    SecretKey m_seed;
    SecretKey m_fieldKey;
    QByteArray m_publicKey;
    SecretKey m_boxSecret;
};

namespace sealedbox {

/// `plain` sealed to `publicKey` (crypto_box_seal), with the BLAKE2b hash of `binding` inside:
/// base64. Anyone may seal; only the holder of the secret key opens.
QString seal(const QByteArray &plain, const QByteArray &binding, const QByteArray &publicKey);
/// The plaintext, or an empty optional when the box does not open or names another binding.
std::optional<QByteArray> open(const QString &sealed, const QByteArray &binding, const QByteArray &publicKey,
                               const SecretKey &secretKey);

} // namespace sealedbox

} // namespace vangnet
