#include "audit/AuditChain.h"

#include "storage/SqlStatement.h"

#include <QtEndian>

#include <sodium.h>

#include <array>

namespace vangnet {

namespace {

constexpr std::size_t hashBytes = 32;

/// Length-prefixed fields: no separator can be smuggled in to make two records encode alike.
void appendField(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::array<char, 4> length{};
    qToBigEndian(static_cast<quint32>(utf8.size()), length.data());
    out.append(length.data(), static_cast<qsizetype>(length.size()));
    out.append(utf8);
}

QString toBase64(const unsigned char *bytes, std::size_t size)
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(size)).toBase64());
}

} // namespace

AuditChain::AuditChain(const SecretKey &dataKey)
{
    ensureSodium();
    crypto_kdf_derive_from_key(m_key.data(), SecretKey::size, 1, "vangaudt", dataKey.data());
}

QStringList AuditChain::fields(const AuditEvent &e)
{
    QStringList out{QString::number(e.id), timestampToSql(e.at), QString::number(e.actorId), e.actorName,
                    auditActionKey(e.action), e.objectType, QString::number(e.objectId), resultKey(e.result),
                    e.origin.host, e.origin.osUser, e.reason, e.detail};
    // Records from before the genesis have no seq and keep their old encoding (and hash).
    if (e.seq != 0)
        out << QString::number(e.seq);
    return out;
}

QString AuditChain::hash(const QString &prevHash, const QStringList &fields)
{
    ensureSodium();
    QByteArray message;
    appendField(message, prevHash);
    for (const QString &field : fields)
        appendField(message, field);
    std::array<unsigned char, hashBytes> out{};
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char *>(message.constData()),
                       static_cast<unsigned long long>(message.size()), nullptr, 0);
    return toBase64(out.data(), out.size());
}

QString AuditChain::keyed(const QByteArray &message) const
{
    std::array<unsigned char, hashBytes> out{};
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char *>(message.constData()),
                       static_cast<unsigned long long>(message.size()), m_key.data(), SecretKey::size);
    return toBase64(out.data(), out.size());
}

QString AuditChain::mac(const QString &hash) const
{
    return keyed(hash.toLatin1());
}

QString AuditChain::headMac(qint64 seq, qint64 lastId, const QString &lastHash) const
{
    return keyed(QStringLiteral("%1|%2|%3").arg(seq).arg(lastId).arg(lastHash).toLatin1());
}

QString AuditChain::resultKey(AuditResult result)
{
    switch (result) {
    case AuditResult::Success: return QStringLiteral("success");
    case AuditResult::Denied: return QStringLiteral("denied");
    case AuditResult::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("unknown");
}

std::optional<AuditResult> AuditChain::resultFromKey(const QString &key)
{
    for (AuditResult r : {AuditResult::Success, AuditResult::Denied, AuditResult::Failed})
        if (resultKey(r) == key)
            return r;
    return std::nullopt;
}

std::optional<AuditAction> AuditChain::actionFromKey(const QString &key)
{
    for (int i = 0; i <= static_cast<int>(lastAuditAction); ++i)
        if (auditActionKey(static_cast<AuditAction>(i)) == key)
            return static_cast<AuditAction>(i);
    return std::nullopt;
}

} // namespace vangnet
