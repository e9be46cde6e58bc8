#pragma once

#include "security/SecretKey.h"
#include "support/Result.h"

#include <QByteArray>
#include <QString>

namespace vangnet {

/// The place a sealed value belongs to: table, column and row. It is the associated data of the
/// value's AEAD, so a ciphertext copied to another row, column or table no longer opens
/// (docs/adr/0006-protected-fields.md, "Bound to their place").
struct SealedField {
    QLatin1StringView table;
    QLatin1StringView column;
    qint64 row = 0;

    /// "vangnet-field\0<table>\0<column>\0<row>": what the AEAD authenticates besides the text.
    QByteArray associatedData() const;
    /// "persons.bsn_enc#12": names the place in messages, audit details and logs (no content).
    QString location() const;
};

/// Protected fields at rest (docs/adr/0006-protected-fields.md): BSNs and free-text notes are
/// stored sealed with XChaCha20-Poly1305 under a key derived from the database's data key and
/// bound to their place, and a BSN also as a keyed BLAKE2b hash, so an exact BSN search needs no
/// decryption. Without a password that opens a key slot, a copied database file reveals none of
/// these fields, and a value moved to another row reads as damaged.
class FieldCipher {
public:
    /// Derives the field key ("vangfld_", subkey 2), the key of the first, unbound format
    /// ("vangfld_", subkey 1) and the BSN hash key ("vangbsnh", subkey 1).
    explicit FieldCipher(const SecretKey &dataKey);

    /// "v2:" + base64(nonce || ciphertext); a fresh random nonce each time, bound to `where`.
    QString seal(const QString &plain, const SealedField &where) const;
    /// The plain text; ErrorCode::Corrupt (the field error naming `where`) when the value was
    /// altered, moved from another place, or sealed under another key. An unbound value of the
    /// first format ("v1:") is refused too: it is bound once, by bindUnbound(), then never again.
    Result<QString> open(const QString &sealed, const SealedField &where) const;
    /// Base64 keyed BLAKE2b-256 of a normalised BSN: equal BSNs give equal hashes.
    QString bsnHash(const QString &bsn) const;

    /// A value of the first, unbound format ("v1:", XSalsa20-Poly1305 without associated data)
    /// re-sealed bound to `where`; used only by the one-time upgrade (protectedfields::bindUnbound).
    Result<QString> rebindUnbound(const QString &sealed, const SealedField &where) const;

    /// True for a value seal() produced (the legacy plaintext columns never hold one).
    static bool isSealed(const QString &value);
    /// True for a value of the first, unbound format.
    static bool isUnbound(const QString &value);

private:
    SecretKey m_fieldKey;
    SecretKey m_unboundKey;
    SecretKey m_hashKey;
};

} // namespace vangnet
