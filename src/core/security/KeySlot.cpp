#include "security/KeySlot.h"

#include <QCoreApplication>

#include <sodium.h>

namespace vangnet {

namespace {

/// Derives the key-encryption key from the password; the password's UTF-8 copy is wiped after.
Result<SecretKey> deriveKek(const QString &password, const QByteArray &salt, quint64 ops, quint64 mem)
{
    if (!ensureSodium())
        return Error{ErrorCode::Io, QCoreApplication::translate("vangnet::KeySlot", "The cryptography library could not be initialised")};
    if (salt.size() != crypto_pwhash_SALTBYTES || ops < crypto_pwhash_OPSLIMIT_MIN || mem < crypto_pwhash_MEMLIMIT_MIN)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vangnet::KeySlot", "The key slot is damaged")};
    QByteArray utf8 = password.toUtf8();
    SecretKey kek;
    const int rc = crypto_pwhash(kek.data(), SecretKey::size, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                 reinterpret_cast<const unsigned char *>(salt.constData()), ops, static_cast<size_t>(mem),
                                 crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (rc != 0)
        return Error{ErrorCode::Io, QCoreApplication::translate("vangnet::KeySlot", "Not enough memory to check the password")};
    return kek;
}

} // namespace

KdfLimits KdfLimits::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfLimits KdfLimits::minimumForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

Result<KeySlot> KeySlot::seal(const SecretKey &dataKey, const QString &password, KdfLimits limits)
{
    if (!ensureSodium())
        return Error{ErrorCode::Io, QCoreApplication::translate("vangnet::KeySlot", "The cryptography library could not be initialised")};
    KeySlot slot;
    slot.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(slot.salt.data(), static_cast<size_t>(slot.salt.size()));
    slot.opsLimit = limits.opsLimit;
    slot.memLimit = limits.memLimit;
    auto kek = deriveKek(password, slot.salt, slot.opsLimit, slot.memLimit);
    if (!kek)
        return kek.error();
    slot.nonce.resize(crypto_secretbox_NONCEBYTES);
    randombytes_buf(slot.nonce.data(), static_cast<size_t>(slot.nonce.size()));
    slot.wrapped.resize(static_cast<qsizetype>(crypto_secretbox_MACBYTES + SecretKey::size));
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(slot.wrapped.data()), dataKey.data(), SecretKey::size,
                          reinterpret_cast<const unsigned char *>(slot.nonce.constData()), kek->data());
    return slot;
}

void KeySlot::spendEqualTime(const QString &password, KdfLimits limits)
{
    const QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    (void)deriveKek(password, salt, limits.opsLimit, limits.memLimit);
}

Result<SecretKey> KeySlot::open(const QString &password) const
{
    if (nonce.size() != crypto_secretbox_NONCEBYTES ||
        wrapped.size() != static_cast<qsizetype>(crypto_secretbox_MACBYTES + SecretKey::size))
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vangnet::KeySlot", "The key slot is damaged")};
    auto kek = deriveKek(password, salt, opsLimit, memLimit);
    if (!kek)
        return kek.error();
    SecretKey dataKey;
    if (crypto_secretbox_open_easy(dataKey.data(), reinterpret_cast<const unsigned char *>(wrapped.constData()),
                                   static_cast<unsigned long long>(wrapped.size()),
                                   reinterpret_cast<const unsigned char *>(nonce.constData()), kek->data()) != 0)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vangnet::KeySlot", "The password does not open this key slot")};
    return dataKey;
}

} // namespace vangnet
