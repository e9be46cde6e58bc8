#include "security/FieldCipher.h"

#include "security/Wipe.h"

#include <QByteArray>
#include <QCoreApplication>

#include <sodium.h>

#include <array>

namespace vangnet {

namespace {

const QLatin1String sealedPrefix("v1:");

Error notDecryptable()
{
    return Error{ErrorCode::Corrupt,
                 QCoreApplication::translate("vangnet::FieldCipher",
                                             "A protected field (BSN or note) could not be decrypted: it was altered, "
                                             "or it was written under another database's key.")};
}

} // namespace

FieldCipher::FieldCipher(const SecretKey &dataKey)
{
    ensureSodium();
    static_assert(SecretKey::size == crypto_secretbox_KEYBYTES);
    crypto_kdf_derive_from_key(m_fieldKey.data(), SecretKey::size, 1, "vangfld_", dataKey.data());
    crypto_kdf_derive_from_key(m_hashKey.data(), SecretKey::size, 1, "vangbsnh", dataKey.data());
}

bool FieldCipher::isSealed(const QString &value)
{
    return value.startsWith(sealedPrefix);
}

QString FieldCipher::seal(const QString &plain) const
{
    QByteArray message = plain.toUtf8();
    QByteArray box(static_cast<qsizetype>(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + message.size(),
                   Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(box.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char *>(message.constData()),
                          static_cast<unsigned long long>(message.size()), nonce, m_fieldKey.data());
    wipeSecret(message);
    return sealedPrefix + QString::fromLatin1(box.toBase64());
}

Result<QString> FieldCipher::open(const QString &sealed) const
{
    if (!isSealed(sealed))
        return notDecryptable();
    const QByteArray box = QByteArray::fromBase64(sealed.mid(sealedPrefix.size()).toLatin1());
    constexpr auto overhead = static_cast<qsizetype>(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES);
    if (box.size() < overhead)
        return notDecryptable();
    const auto *nonce = reinterpret_cast<const unsigned char *>(box.constData());
    QByteArray plain(box.size() - overhead, Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
                                   static_cast<unsigned long long>(box.size() - static_cast<qsizetype>(crypto_secretbox_NONCEBYTES)),
                                   nonce, m_fieldKey.data()) != 0)
        return notDecryptable();
    QString text = QString::fromUtf8(plain);
    sodium_memzero(plain.data(), static_cast<std::size_t>(plain.size()));
    return text;
}

QString FieldCipher::bsnHash(const QString &bsn) const
{
    QByteArray message = bsn.toLatin1();
    std::array<unsigned char, crypto_generichash_BYTES> out{};
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char *>(message.constData()),
                       static_cast<unsigned long long>(message.size()), m_hashKey.data(), SecretKey::size);
    wipeSecret(message);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out.data()), static_cast<qsizetype>(out.size())).toBase64());
}

} // namespace vangnet
