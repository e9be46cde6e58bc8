#pragma once

#include "security/SecretKey.h"
#include "support/Result.h"

#include <QString>

namespace vangnet {

/// Protected fields at rest (docs/adr/0006-protected-fields.md): BSNs and free-text notes are
/// stored sealed with XSalsa20-Poly1305 under a key derived from the database's data key, and
/// a BSN also as a keyed BLAKE2b hash, so an exact BSN search needs no decryption. Without a
/// password that opens a key slot, a copied database file reveals none of these fields.
class FieldCipher {
public:
    /// Derives the field key ("vangfld_", subkey 1) and the BSN hash key ("vangbsnh", subkey 1).
    explicit FieldCipher(const SecretKey &dataKey);

    /// "v1:" + base64(nonce || ciphertext); a fresh random nonce each time.
    QString seal(const QString &plain) const;
    /// The plain text; ErrorCode::Corrupt when the value was altered or sealed under another key.
    Result<QString> open(const QString &sealed) const;
    /// Base64 keyed BLAKE2b-256 of a normalised BSN: equal BSNs give equal hashes.
    QString bsnHash(const QString &bsn) const;

    /// True for a value seal() produced (the legacy plaintext columns never hold one).
    static bool isSealed(const QString &value);

private:
    SecretKey m_fieldKey;
    SecretKey m_hashKey;
};

} // namespace vangnet
