#pragma once

#include "security/SecretKey.h"
#include "security/SharedKey.h"
#include "support/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

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

/// Protected fields at rest (docs/adr/0006-protected-fields.md, docs/adr/0011-team-keys.md): BSNs
/// and free-text notes are stored sealed with XChaCha20-Poly1305, bound to their place, and a BSN
/// also as a keyed BLAKE2b hash, so an exact BSN search needs no decryption. Without a password
/// that opens a key slot, a copied database file reveals none of these fields, and a value moved
/// to another row reads as damaged.
///
/// A cipher works in one of three modes:
/// - **Team**: the fields of the session's team, sealed under that team's key ("v3:", the key's
///   reference in the value and in its associated data). A value of another team or another key
///   version does not open; a value still under the shared key reads as damaged.
/// - **Shared**: under the municipality's data key ("v2:"), as before team keys: the one-time
///   upgrades (binding, converting a team to its own key) and test fixtures that build a session
///   by hand.
/// - **Locked**: no team key (the functioneel beheerder; a member whose team key has not been
///   given to them yet): nothing opens or seals, with the reason; the BSN hash still works.
class FieldCipher {
public:
    enum class Mode { Shared, Team, Locked };

    /// Shared mode. Derives the field key ("vangfld_", subkey 2), the key of the first, unbound
    /// format ("vangfld_", subkey 1) and the BSN hash key ("vangbsnh", subkey 1).
    explicit FieldCipher(const SecretKey &dataKey);
    /// Team mode under `teamKey`; BSNs are also sealed to `statisticsPublicKey` when one is given.
    FieldCipher(const SecretKey &dataKey, const SharedKey &teamKey, QByteArray statisticsPublicKey = {});
    /// Locked mode: open() and seal() refuse with `reason`.
    static FieldCipher locked(const SecretKey &dataKey, const QString &reason);

    Mode mode() const { return m_mode; }
    /// The team key's reference in Team mode.
    const KeyReference &teamKey() const { return m_reference; }
    /// False when this cipher cannot hold the fields of team `teamId`'s households: a Team cipher
    /// of another team. (Shared and Locked ciphers say true: they answer, or refuse, for any team.)
    bool mayOpen(qint64 teamId) const;

    /// "v2:" (Shared) or "v3:<scope>/<version>:" (Team) + base64(nonce || ciphertext); a fresh
    /// random nonce each time, bound to `where`. ErrorCode::PermissionDenied when locked.
    Result<QString> seal(const QString &plain, const SealedField &where) const;
    /// The plain text; ErrorCode::Corrupt (the field error naming `where`) when the value was
    /// altered, moved from another place, or sealed under another database's key;
    /// ErrorCode::PermissionDenied for a value under a key this cipher does not hold (another
    /// team's, or any when locked). An unbound value of the first format ("v1:") is refused too:
    /// it is bound once, by bindUnbound(), then never again.
    Result<QString> open(const QString &sealed, const SealedField &where) const;
    /// Base64 keyed BLAKE2b-256 of a normalised BSN: equal BSNs give equal hashes. Under the
    /// municipality's key in every mode: matching works across teams (and is not secret from
    /// anyone with an account: docs/security.md).
    QString bsnHash(const QString &bsn) const;
    /// The BSN sealed to the statistics key for the DDAS delivery (`where` names the copy's own
    /// column); null when this cipher knows no statistics key.
    QVariant statisticsCopy(const QString &bsn, const SealedField &where) const;

    /// A value of the first, unbound format ("v1:", XSalsa20-Poly1305 without associated data)
    /// re-sealed bound to `where`; used only by the one-time upgrade (protectedfields::bindUnbound).
    Result<QString> rebindUnbound(const QString &sealed, const SealedField &where) const;

    /// The error open() gives for a damaged value at `where` (for the statistics copies, opened elsewhere).
    static Error damaged(const SealedField &where);

    /// True for a value seal() produced in either mode (the legacy plaintext columns never hold one).
    static bool isSealed(const QString &value);
    /// True for a value of the first, unbound format.
    static bool isUnbound(const QString &value);
    /// True for a value under the shared key ("v2:"): not yet converted to a team key.
    static bool isShared(const QString &value);

private:
    Result<QString> sealWith(const SecretKey &key, const QString &prefix, const QString &plain,
                             const QByteArray &ad) const;

    Mode m_mode = Mode::Shared;
    KeyReference m_reference;
    QString m_lockedReason;
    QByteArray m_statisticsPublicKey;
    SecretKey m_fieldKey;
    SecretKey m_unboundKey;
    SecretKey m_hashKey;
};

} // namespace vangnet
