#include "security/SharedKey.h"

#include "security/Wipe.h"

#include <QCoreApplication>

#include <sodium.h>

namespace vangnet {

namespace {

static_assert(SecretKey::size == crypto_box_SECRETKEYBYTES);
static_assert(SecretKey::size == crypto_box_SEEDBYTES);
constexpr qsizetype bindingBytes = crypto_generichash_BYTES;

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

QByteArray keyPair(const SecretKey &seed, SecretKey &secret)
{
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secret.data(), seed.data());
    return publicKey;
}

QByteArray bindingHash(const QByteArray &binding)
{
    QByteArray out(bindingBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), static_cast<std::size_t>(out.size()), bytes(binding),
                       static_cast<unsigned long long>(binding.size()), nullptr, 0);
    return out;
}

QByteArray grantBinding(const KeyReference &reference, qint64 userId)
{
    return QByteArray("vangnet key grant") + '\0' + reference.text().toLatin1() + '\0' + QByteArray::number(userId);
}

} // namespace

UserIdentity UserIdentity::fromSeed(const SecretKey &seed)
{
    ensureSodium();
    UserIdentity identity;
    identity.m_publicKey = keyPair(seed, identity.m_secretKey);
    return identity;
}

QString KeyReference::teamScope(qint64 teamId)
{
    return QStringLiteral("team.%1").arg(teamId);
}

QLatin1StringView KeyReference::statisticsScope()
{
    return QLatin1StringView("statistics");
}

QString KeyReference::text() const
{
    return scope + QLatin1Char('/') + QString::number(version);
}

SharedKey::SharedKey(KeyReference reference, SecretKey seed) : m_reference(std::move(reference)), m_seed(std::move(seed))
{
    ensureSodium();
    crypto_kdf_derive_from_key(m_fieldKey.data(), SecretKey::size, 1, "vangteam", m_seed.data());
    SecretKey boxSeed;
    crypto_kdf_derive_from_key(boxSeed.data(), SecretKey::size, 2, "vangteam", m_seed.data());
    m_publicKey = keyPair(boxSeed, m_boxSecret);
}

SharedKey SharedKey::generate(KeyReference reference)
{
    return SharedKey(std::move(reference), SecretKey::random());
}

QString SharedKey::grantTo(qint64 userId, const QByteArray &recipientPublicKey) const
{
    QByteArray seed(reinterpret_cast<const char *>(m_seed.data()), SecretKey::size);
    ScopedWipe wipe(seed);
    return sealedbox::seal(seed, grantBinding(m_reference, userId), recipientPublicKey);
}

Result<SharedKey> SharedKey::openGrant(const KeyReference &reference, qint64 userId, const QString &grant,
                                       const UserIdentity &identity)
{
    auto seed = sealedbox::open(grant, grantBinding(reference, userId), identity.publicKey(), identity.secretKey());
    if (!seed || seed->size() != static_cast<qsizetype>(SecretKey::size)) {
        if (seed)
            wipeSecret(*seed);
        return Error{ErrorCode::Corrupt,
                     QCoreApplication::translate("vangnet::SharedKey",
                                                 "The key %1 given to this account does not open: it was made for "
                                                 "another account or password, or altered.")
                         .arg(reference.text())};
    }
    SecretKey key;
    std::copy_n(reinterpret_cast<const unsigned char *>(seed->constData()), SecretKey::size, key.data());
    wipeSecret(*seed);
    return SharedKey(reference, std::move(key));
}

namespace sealedbox {

QString seal(const QByteArray &plain, const QByteArray &binding, const QByteArray &publicKey)
{
    ensureSodium();
    QByteArray message = bindingHash(binding) + plain;
    ScopedWipe wipe(message);
    QByteArray box(message.size() + static_cast<qsizetype>(crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(box.data()), bytes(message),
                    static_cast<unsigned long long>(message.size()), bytes(publicKey));
    return QString::fromLatin1(box.toBase64());
}

std::optional<QByteArray> open(const QString &sealed, const QByteArray &binding, const QByteArray &publicKey,
                               const SecretKey &secretKey)
{
    ensureSodium();
    const QByteArray box = QByteArray::fromBase64(sealed.toLatin1());
    if (box.size() < static_cast<qsizetype>(crypto_box_SEALBYTES) + bindingBytes
        || publicKey.size() != static_cast<qsizetype>(crypto_box_PUBLICKEYBYTES))
        return std::nullopt;
    QByteArray message(box.size() - static_cast<qsizetype>(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(message.data()), bytes(box),
                             static_cast<unsigned long long>(box.size()), bytes(publicKey), secretKey.data()) != 0)
        return std::nullopt;
    const QByteArray expected = bindingHash(binding);
    if (sodium_memcmp(message.constData(), expected.constData(), static_cast<std::size_t>(bindingBytes)) != 0) {
        wipeSecret(message);
        return std::nullopt;
    }
    QByteArray plain = message.mid(bindingBytes);
    wipeSecret(message);
    return plain;
}

} // namespace sealedbox

} // namespace vangnet
