#include "security/FieldCipher.h"

#include "security/Wipe.h"

#include <QByteArray>
#include <QCoreApplication>

#include <sodium.h>

#include <array>

namespace vangnet {

namespace {

const QLatin1String sealedPrefix("v2:");
const QLatin1String unboundPrefix("v1:");

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

bool FieldCipher::isSealed(const QString &value)
{
    return value.startsWith(sealedPrefix);
}

bool FieldCipher::isUnbound(const QString &value)
{
    return value.startsWith(unboundPrefix);
}

QString FieldCipher::seal(const QString &plain, const SealedField &where) const
{
    QByteArray message = plain.toUtf8();
    const QByteArray ad = where.associatedData();
    constexpr auto nonceSize = static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    QByteArray box(nonceSize + static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES) + message.size(),
                   Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(box.data());
    randombytes_buf(nonce, static_cast<std::size_t>(nonceSize));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + nonceSize, &written, bytes(message),
                                               static_cast<unsigned long long>(message.size()), bytes(ad),
                                               static_cast<unsigned long long>(ad.size()), nullptr, nonce,
                                               m_fieldKey.data());
    wipeSecret(message);
    return sealedPrefix + QString::fromLatin1(box.toBase64());
}

Result<QString> FieldCipher::open(const QString &sealed, const SealedField &where) const
{
    if (!isSealed(sealed))
        return notDecryptable(where);
    const QByteArray box = QByteArray::fromBase64(sealed.mid(sealedPrefix.size()).toLatin1());
    constexpr auto nonceSize = static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    constexpr auto overhead = nonceSize + static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES);
    if (box.size() < overhead)
        return notDecryptable(where);
    const QByteArray ad = where.associatedData();
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

Result<QString> FieldCipher::rebindUnbound(const QString &sealed, const SealedField &where) const
{
    if (!isUnbound(sealed))
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
    return seal(takeText(plain), where);
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
