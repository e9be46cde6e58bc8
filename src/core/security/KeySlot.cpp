#include "security/KeySlot.h"

#include <QCoreApplication>
#include <QStringList>

#include <sodium.h>

namespace vangnet {

namespace {

static_assert(crypto_secretbox_NONCEBYTES == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(crypto_secretbox_MACBYTES == crypto_aead_xchacha20poly1305_ietf_ABYTES);
constexpr qsizetype nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype wrappedBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES + SecretKey::size;

Error sodiumMissing()
{
    return Error{ErrorCode::Io, QCoreApplication::translate("vangnet::KeySlot", "The cryptography library could not be initialised")};
}

Error damaged()
{
    return Error{ErrorCode::Invalid, QCoreApplication::translate("vangnet::KeySlot", "The key slot is damaged")};
}

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

/// The associated data that binds a slot to its user: changing the id breaks authentication.
QByteArray boundTo(qint64 userId)
{
    return QByteArrayLiteral("vangnet key slot for user ") + QByteArray::number(userId);
}

/// Derives the key-encryption key from the password; the password's UTF-8 copy is wiped after.
Result<SecretKey> deriveKek(const QString &password, const QByteArray &salt, quint64 ops, quint64 mem)
{
    if (!ensureSodium())
        return sodiumMissing();
    if (salt.size() != crypto_pwhash_SALTBYTES || ops < crypto_pwhash_OPSLIMIT_MIN || mem < crypto_pwhash_MEMLIMIT_MIN)
        return damaged();
    QByteArray utf8 = password.toUtf8();
    SecretKey kek;
    const int rc = crypto_pwhash(kek.data(), SecretKey::size, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                 bytes(salt), ops, static_cast<size_t>(mem), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (rc != 0)
        return Error{ErrorCode::Io, QCoreApplication::translate("vangnet::KeySlot", "Not enough memory to check the password")};
    return kek;
}

/// A keyed BLAKE2b of a fixed text under the KEK: tells the right password without the data key.
QByteArray checkHash(const SecretKey &kek)
{
    static const QByteArray text = QByteArrayLiteral("vangnet password check");
    QByteArray out(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), static_cast<size_t>(out.size()), bytes(text),
                       static_cast<unsigned long long>(text.size()), kek.data(), SecretKey::size);
    return out;
}

const QChar checkSeparator = QLatin1Char('$');

/// "v1$salt$ops$mem$hash" (base64 salt and hash): self-contained, like a password hash string.
QString makeCheck(const KeySlot &slot, const SecretKey &kek)
{
    return QStringList{QStringLiteral("v1"), QString::fromLatin1(slot.salt.toBase64()), QString::number(slot.opsLimit),
                       QString::number(slot.memLimit), QString::fromLatin1(checkHash(kek).toBase64())}
        .join(checkSeparator);
}

/// The seed of the user's key pair: a subkey of the KEK, so it needs the password too.
UserIdentity identityOf(const SecretKey &kek)
{
    SecretKey seed;
    crypto_kdf_derive_from_key(seed.data(), SecretKey::size, 1, "vangusid", kek.data());
    return UserIdentity::fromSeed(seed);
}

/// A slot with fresh salt and nonce and the KEK for `password`; the caller fills `wrapped`.
Result<std::pair<KeySlot, SecretKey>> freshSlot(const QString &password, KdfLimits limits)
{
    if (!ensureSodium())
        return sodiumMissing();
    KeySlot slot;
    slot.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(slot.salt.data(), static_cast<size_t>(slot.salt.size()));
    slot.opsLimit = limits.opsLimit;
    slot.memLimit = limits.memLimit;
    auto kek = deriveKek(password, slot.salt, slot.opsLimit, slot.memLimit);
    if (!kek)
        return kek.error();
    slot.nonce.resize(nonceBytes);
    randombytes_buf(slot.nonce.data(), static_cast<size_t>(slot.nonce.size()));
    slot.wrapped.resize(wrappedBytes);
    slot.passwordCheck = makeCheck(slot, *kek);
    slot.identityPublicKey = identityOf(*kek).publicKey();
    return std::pair<KeySlot, SecretKey>(std::move(slot), std::move(kek).value());
}

bool openBound(const KeySlot &slot, const SecretKey &kek, qint64 userId, SecretKey &dataKey)
{
    const QByteArray ad = boundTo(userId);
    return crypto_aead_xchacha20poly1305_ietf_decrypt(dataKey.data(), nullptr, nullptr, bytes(slot.wrapped),
                                                      static_cast<unsigned long long>(slot.wrapped.size()), bytes(ad),
                                                      static_cast<unsigned long long>(ad.size()), bytes(slot.nonce),
                                                      kek.data()) == 0;
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

Result<PendingKeySlot> PendingKeySlot::derive(const QString &password, KdfLimits limits)
{
    auto fresh = freshSlot(password, limits);
    if (!fresh)
        return fresh.error();
    return PendingKeySlot(std::move(fresh->first), std::move(fresh->second));
}

UserIdentity PendingKeySlot::identity() const
{
    return identityOf(m_kek);
}

KeySlot PendingKeySlot::seal(const SecretKey &dataKey, qint64 userId) const
{
    KeySlot slot = m_slot;
    slot.form = KeySlot::Form::UserBound;
    slot.userId = userId;
    const QByteArray ad = boundTo(userId);
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(slot.wrapped.data()), nullptr,
                                               dataKey.data(), SecretKey::size, bytes(ad),
                                               static_cast<unsigned long long>(ad.size()), nullptr, bytes(slot.nonce),
                                               m_kek.data());
    return slot;
}

Result<KeySlot> KeySlot::seal(const SecretKey &dataKey, const QString &password, KdfLimits limits, qint64 userId)
{
    auto pending = PendingKeySlot::derive(password, limits);
    if (!pending)
        return pending.error();
    return pending->seal(dataKey, userId);
}

Result<KeySlot> KeySlot::sealUnbound(const SecretKey &dataKey, const QString &password, KdfLimits limits)
{
    auto fresh = freshSlot(password, limits);
    if (!fresh)
        return fresh.error();
    auto &[slot, kek] = *fresh;
    slot.form = Form::Unbound;
    slot.userId = 0;
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(slot.wrapped.data()), dataKey.data(), SecretKey::size,
                          bytes(slot.nonce), kek.data());
    return std::move(slot);
}

bool KeySlot::passwordMatches(const QString &check, const QString &password, KdfLimits limits)
{
    const QStringList parts = check.split(checkSeparator);
    if (parts.size() != 5 || parts.at(0) != QLatin1String("v1")) {
        spendEqualTime(password, limits);
        return false;
    }
    auto kek = deriveKek(password, QByteArray::fromBase64(parts.at(1).toLatin1()), parts.at(2).toULongLong(),
                         parts.at(3).toULongLong());
    if (!kek) {
        spendEqualTime(password, limits);
        return false;
    }
    const QByteArray expected = QByteArray::fromBase64(parts.at(4).toLatin1());
    const QByteArray actual = checkHash(*kek);
    return expected.size() == actual.size() &&
           sodium_memcmp(expected.constData(), actual.constData(), static_cast<size_t>(actual.size())) == 0;
}

void KeySlot::spendEqualTime(const QString &password, KdfLimits limits)
{
    const QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    (void)deriveKek(password, salt, limits.opsLimit, limits.memLimit);
}

Result<SecretKey> KeySlot::open(const QString &password, qint64 rowUserId, std::optional<UserIdentity> *identity) const
{
    if (nonce.size() != nonceBytes || wrapped.size() != wrappedBytes)
        return damaged();
    auto kek = deriveKek(password, salt, opsLimit, memLimit);
    if (!kek)
        return kek.error();
    SecretKey dataKey;
    const auto opened = [&]() -> Result<SecretKey> {
        if (identity)
            identity->emplace(identityOf(*kek));
        return std::move(dataKey);
    };
    if (form == Form::Unbound) {
        if (crypto_secretbox_open_easy(dataKey.data(), bytes(wrapped), static_cast<unsigned long long>(wrapped.size()),
                                       bytes(nonce), kek->data()) == 0)
            return opened();
    } else {
        if (openBound(*this, *kek, rowUserId, dataKey))
            return opened();
        // Opens for the user it names, but it is not on that user's row: copied, not a wrong password.
        if (userId != rowUserId && openBound(*this, *kek, userId, dataKey))
            return Error{ErrorCode::Invalid,
                         QCoreApplication::translate("vangnet::KeySlot",
                                                     "The key slot is damaged: it belongs to another account. Ask the "
                                                     "administrator to reset the password.")};
    }
    return Error{ErrorCode::AuthenticationFailed,
                 QCoreApplication::translate("vangnet::KeySlot", "The password does not open this key slot")};
}

} // namespace vangnet
