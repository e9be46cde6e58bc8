#pragma once

#include "security/SecretKey.h"
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
/// password (Argon2id + XSalsa20-Poly1305). Opening the slot is also the password check:
/// only the right password yields a key that authenticates the slot.
struct KeySlot {
    QByteArray salt;    ///< crypto_pwhash_SALTBYTES
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    QByteArray nonce;   ///< crypto_secretbox_NONCEBYTES
    QByteArray wrapped; ///< the data key, encrypted and authenticated

    /// Encrypts `dataKey` under `password` with a fresh salt and nonce.
    static Result<KeySlot> seal(const SecretKey &dataKey, const QString &password, KdfLimits limits);
    /// The data key, or ErrorCode::Invalid when the password is wrong or the slot was altered.
    Result<SecretKey> open(const QString &password) const;

    /// Spends the same Argon2id time as open() without a slot, so a login for an unknown user
    /// takes as long as one with a wrong password (no user-name probing by timing).
    static void spendEqualTime(const QString &password, KdfLimits limits);
};

} // namespace vangnet
