#pragma once

#include "security/SecretKey.h"
#include "security/SharedKey.h"
#include "support/Result.h"

#include <QByteArray>
#include <QString>

namespace vangnet {

/// Cost of deriving a key from a password with Argon2id. The product uses libsodium's
/// "moderate" preset (≈1.3 s and 256 MiB on a 2-core machine); tests pass cheaper limits.
/// The limits are stored in each key slot, so a slot always opens with the limits it was made with.
struct KdfLimits {
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    static KdfLimits moderate();
    static KdfLimits minimumForTests();
};

/// A user's copy of the database's data key, encrypted with a key derived from the user's
/// password (Argon2id). Opening the slot is also the password check: only the right password
/// yields a key that authenticates the slot.
///
/// Slots are bound to their user (docs/adr/0004-libsodium-key-slots.md, "Revised"): the data key
/// is wrapped with XChaCha20-Poly1305 whose associated data names the user id, so a slot copied
/// onto another user's row does not open there. Slots made before that (XSalsa20-Poly1305,
/// unbound) still open; AuthService seals them again in the bound form at the next login.
struct KeySlot {
    enum class Form {
        Unbound,  ///< crypto_secretbox, from before slots were bound to their user
        UserBound ///< crypto_aead_xchacha20poly1305_ietf, associated data = the user id
    };

    Form form = Form::UserBound;
    qint64 userId = 0;  ///< the user the slot was sealed for (UserBound); 0 for Unbound
    QByteArray salt;    ///< crypto_pwhash_SALTBYTES
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    QByteArray nonce;   ///< 24 bytes in both forms
    QByteArray wrapped; ///< the data key, encrypted and authenticated
    /// Made by seal() from the same Argon2id key: checks the password without holding the data
    /// key, so an account whose slot was revoked (disabled) can still be told apart from a wrong
    /// password. Stored apart from the slot; empty for slots read back from storage.
    QString passwordCheck;
    /// The public half of the user's key pair (UserIdentity), derived from the same Argon2id key:
    /// stored on the user's row by UserRepository::saveKeySlot, so colleagues can grant shared
    /// keys to it. Made by seal(); empty for slots read back from storage.
    QByteArray identityPublicKey;

    /// Encrypts `dataKey` under `password` for user `userId`, with a fresh salt and nonce.
    static Result<KeySlot> seal(const SecretKey &dataKey, const QString &password, KdfLimits limits, qint64 userId);
    /// The old, unbound form. Only tests make it (to prove such slots still open and are re-sealed).
    static Result<KeySlot> sealUnbound(const SecretKey &dataKey, const QString &password, KdfLimits limits);

    /// The data key of the slot stored on the row of `rowUserId`.
    /// ErrorCode::AuthenticationFailed when the password does not open the slot (or the slot was
    /// altered); ErrorCode::Invalid when the slot is damaged: malformed, or sealed for another user
    /// (told only to the password that opens it for that user, so a wrong password learns nothing).
    /// With `identity`, the user's key pair is derived from the same Argon2id key as well.
    Result<SecretKey> open(const QString &password, qint64 rowUserId,
                           std::optional<UserIdentity> *identity = nullptr) const;

    /// True when `password` is the one `check` (KeySlot::passwordCheck) was made with; an empty
    /// or malformed check gives false after spending the same Argon2id time.
    static bool passwordMatches(const QString &check, const QString &password, KdfLimits limits);

    /// Spends the same Argon2id time as open() without a slot, so a login for an unknown user
    /// takes as long as one with a wrong password (no user-name probing by timing).
    static void spendEqualTime(const QString &password, KdfLimits limits);
};

/// The slow half of KeySlot::seal(): fresh salt and nonce and the Argon2id key, made before the
/// user id is known (before the transaction that inserts the user). The key is wiped with it.
class PendingKeySlot {
public:
    static Result<PendingKeySlot> derive(const QString &password, KdfLimits limits);
    /// Wraps `dataKey` for `userId` (fast).
    KeySlot seal(const SecretKey &dataKey, qint64 userId) const;
    /// The key pair that goes with this slot (KeySlot::identityPublicKey).
    UserIdentity identity() const;

private:
    PendingKeySlot(KeySlot slot, SecretKey kek) : m_slot(std::move(slot)), m_kek(std::move(kek)) {}
    KeySlot m_slot;
    SecretKey m_kek;
};

} // namespace vangnet
