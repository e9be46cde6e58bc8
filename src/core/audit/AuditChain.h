#pragma once

#include "audit/AuditEvent.h"
#include "security/SecretKey.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace vangnet {

/// The cryptography of the audit chain (docs/adr/0005-audit-chain.md):
///   hash = BLAKE2b(prev_hash || canonical(record))            — anyone can compute it
///   mac  = BLAKE2b keyed with the audit key (hash)            — only a logged-in user can
/// The audit key is derived from the database's data key, so it is never stored anywhere.
class AuditChain {
public:
    /// Derives the audit key ("vangaudt", subkey 1) from the session's data key.
    explicit AuditChain(const SecretKey &dataKey);

    /// The canonical fields of a record as stored (id, at, actor_id, …, detail, then seq from the
    /// genesis on); NULL ids are "0".
    static QStringList fields(const AuditEvent &event);
    /// Base64 BLAKE2b-256 over the previous hash and every canonical field, length-prefixed.
    static QString hash(const QString &prevHash, const QStringList &fields);
    /// Keyed BLAKE2b over a record's hash ("sealed").
    QString mac(const QString &hash) const;
    /// Keyed BLAKE2b over the head: seq|last_id|last_hash.
    QString headMac(qint64 seq, qint64 lastId, const QString &lastHash) const;

    static QString resultKey(AuditResult result);
    static std::optional<AuditResult> resultFromKey(const QString &key);
    static std::optional<AuditAction> actionFromKey(const QString &key);

private:
    QString keyed(const QByteArray &message) const;

    SecretKey m_key;
};

} // namespace vangnet
