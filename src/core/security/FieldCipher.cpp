#include "security/FieldCipher.h"

#include "security/Wipe.h"

#include <QByteArray>
#include <QCoreApplication>

#include <sodium.h>

#include <array>

namespace vangnet {

namespace {

const QLatin1String unboundPrefix("v1:");
const QLatin1String sharedPrefix("v2:");
const QLatin1String teamPrefix("v3:");

Error notDecryptable(const SealedField &where)
{
    return Error{ErrorCode::Corrupt,
                 QCoreApplication::translate("vangnet::FieldCipher",
                                             "A protected field (%1) could not be decrypted: it was altered, moved "
                                             "here from another record, or written under another database's key. "
                                             "Nothing was changed; ask the administrator to check the database.")
                     .arg(where.location()),
                 {FieldError{where.location(),
                             QCoreApplication::translate("vangnet::FieldCipher", "damaged: altered or moved here")}}};
}

/// Readable, but not with the keys this session holds: not damage, so no damage record.
Error notReadable(const SealedField &where, const QString &why)
{
    return Error{ErrorCode::PermissionDenied,
                 QCoreApplication::translate("vangnet::FieldCipher", "A protected field (%1) cannot be opened with "
                                                                     "your keys. %2")
                     .arg(where.location(), why),
                 {FieldError{where.location(), QCoreApplication::translate("vangnet::FieldCipher", "not readable with your keys")}}};
}

/// The place and the key: a value cannot be moved to another row, nor passed off as another key's.
QByteArray teamAssociatedData(const SealedField &where, const KeyReference &key)
{
    return where.associatedData() + '\0' + key.text().toLatin1();
}

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

/// Zeroes and returns the UTF-8 plain text as a QString.
QString takeText(QByteArray &plain)
{
    QString text = QString::fromUtf8(plain);
    sodium_memzero(plain.data(), static_cast<std::size_t>(plain.size()));
    return text;
}

} // namespace

QByteArray SealedField::associatedData() const
{
    QByteArray ad("vangnet-field");
    ad += '\0';
    ad += QByteArray(table.data(), table.size());
    ad += '\0';
    ad += QByteArray(column.data(), column.size());
    ad += '\0';
    ad += QByteArray::number(row);
    return ad;
}

QString SealedField::location() const
{
    return table + QLatin1Char('.') + column + QLatin1Char('#') + QString::number(row);
}

FieldCipher::FieldCipher(const SecretKey &dataKey)
{
    ensureSodium();
    static_assert(SecretKey::size == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    static_assert(SecretKey::size == crypto_secretbox_KEYBYTES);
    crypto_kdf_derive_from_key(m_fieldKey.data(), SecretKey::size, 2, "vangfld_", dataKey.data());
    crypto_kdf_derive_from_key(m_unboundKey.data(), SecretKey::size, 1, "vangfld_", dataKey.data());
    crypto_kdf_derive_from_key(m_hashKey.data(), SecretKey::size, 1, "vangbsnh", dataKey.data());
}

FieldCipher::FieldCipher(const SecretKey &dataKey, const SharedKey &teamKey, QByteArray statisticsPublicKey)
    : FieldCipher(dataKey)
{
    m_mode = Mode::Team;
    m_reference = teamKey.reference();
    m_statisticsPublicKey = std::move(statisticsPublicKey);
    std::copy_n(teamKey.fieldKey().data(), SecretKey::size, m_fieldKey.data());
}

FieldCipher FieldCipher::locked(const SecretKey &dataKey, const QString &reason)
{
    FieldCipher cipher(dataKey);
    cipher.m_mode = Mode::Locked;
    cipher.m_lockedReason = reason;
    sodium_memzero(cipher.m_fieldKey.data(), SecretKey::size);
    return cipher;
}

bool FieldCipher::mayOpen(qint64 teamId) const
{
    return m_mode != Mode::Team || m_reference.scope == KeyReference::teamScope(teamId);
}

Error FieldCipher::damaged(const SealedField &where)
{
    return notDecryptable(where);
}

bool FieldCipher::isSealed(const QString &value)
{
    return value.startsWith(sharedPrefix) || value.startsWith(teamPrefix);
}

bool FieldCipher::isUnbound(const QString &value)
{
    return value.startsWith(unboundPrefix);
}

bool FieldCipher::isShared(const QString &value)
{
    return value.startsWith(sharedPrefix);
}

Result<QString> FieldCipher::sealWith(const SecretKey &key, const QString &prefix, const QString &plain,
                                      const QByteArray &ad) const
{
    QByteArray message = plain.toUtf8();
    constexpr auto nonceSize = static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    QByteArray box(nonceSize + static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES) + message.size(),
                   Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(box.data());
    randombytes_buf(nonce, static_cast<std::size_t>(nonceSize));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + nonceSize, &written, bytes(message),
                                               static_cast<unsigned long long>(message.size()), bytes(ad),
                                               static_cast<unsigned long long>(ad.size()), nullptr, nonce, key.data());
    wipeSecret(message);
    return prefix + QString::fromLatin1(box.toBase64());
}

Result<QString> FieldCipher::seal(const QString &plain, const SealedField &where) const
{
    switch (m_mode) {
    case Mode::Shared:
        return sealWith(m_fieldKey, sharedPrefix, plain, where.associatedData());
    case Mode::Team:
        return sealWith(m_fieldKey, teamPrefix + m_reference.text() + QLatin1Char(':'), plain,
                        teamAssociatedData(where, m_reference));
    case Mode::Locked:
        break;
    }
    return notReadable(where, m_lockedReason);
}

Result<QString> FieldCipher::open(const QString &sealed, const SealedField &where) const
{
    QString body;
    QByteArray ad;
    if (sealed.startsWith(teamPrefix)) {
        const qsizetype colon = sealed.indexOf(QLatin1Char(':'), teamPrefix.size());
        if (colon < 0)
            return notDecryptable(where);
        const QString reference = sealed.mid(teamPrefix.size(), colon - teamPrefix.size());
        if (m_mode == Mode::Locked)
            return notReadable(where, m_lockedReason);
        if (m_mode == Mode::Shared || reference.section(QLatin1Char('/'), 0, 0) != m_reference.scope)
            return notReadable(where, QCoreApplication::translate("vangnet::FieldCipher",
                                                                  "It is sealed with the key of another team."));
        if (reference != m_reference.text()) // a version a rotation retired: no value may remain under it
            return notDecryptable(where);
        body = sealed.mid(colon + 1);
        ad = teamAssociatedData(where, m_reference);
    } else if (sealed.startsWith(sharedPrefix)) {
        if (m_mode == Mode::Locked)
            return notReadable(where, m_lockedReason);
        if (m_mode == Mode::Team) // the team's fields were all converted when its key was made
            return notDecryptable(where);
        body = sealed.mid(sharedPrefix.size());
        ad = where.associatedData();
    } else {
        return notDecryptable(where);
    }
    const QByteArray box = QByteArray::fromBase64(body.toLatin1());
    constexpr auto nonceSize = static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    constexpr auto overhead = nonceSize + static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES);
    if (box.size() < overhead)
        return notDecryptable(where);
    QByteArray plain(box.size() - overhead, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()), &length, nullptr,
                                                   bytes(box) + nonceSize,
                                                   static_cast<unsigned long long>(box.size() - nonceSize), bytes(ad),
                                                   static_cast<unsigned long long>(ad.size()), bytes(box),
                                                   m_fieldKey.data()) != 0)
        return notDecryptable(where);
    return takeText(plain);
}

QVariant FieldCipher::statisticsCopy(const QString &bsn, const SealedField &where) const
{
    if (m_statisticsPublicKey.isEmpty() || bsn.isEmpty())
        return QVariant();
    return sealedbox::seal(bsn.toLatin1(), where.associatedData(), m_statisticsPublicKey);
}

Result<QString> FieldCipher::rebindUnbound(const QString &sealed, const SealedField &where) const
{
    if (m_mode != Mode::Shared || !isUnbound(sealed)) // only the shared key binds (before any team key)
        return notDecryptable(where);
    const QByteArray box = QByteArray::fromBase64(sealed.mid(unboundPrefix.size()).toLatin1());
    constexpr auto overhead = static_cast<qsizetype>(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES);
    if (box.size() < overhead)
        return notDecryptable(where);
    QByteArray plain(box.size() - overhead, Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), bytes(box) + crypto_secretbox_NONCEBYTES,
                                   static_cast<unsigned long long>(box.size() - static_cast<qsizetype>(crypto_secretbox_NONCEBYTES)),
                                   bytes(box), m_unboundKey.data()) != 0)
        return notDecryptable(where);
    return sealWith(m_fieldKey, sharedPrefix, takeText(plain), where.associatedData());
}

QString FieldCipher::bsnHash(const QString &bsn) const
{
    QByteArray message = bsn.toLatin1();
    std::array<unsigned char, crypto_generichash_BYTES> out{};
    crypto_generichash(out.data(), out.size(), bytes(message), static_cast<unsigned long long>(message.size()),
                       m_hashKey.data(), SecretKey::size);
    wipeSecret(message);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out.data()), static_cast<qsizetype>(out.size())).toBase64());
}

} // namespace vangnet
