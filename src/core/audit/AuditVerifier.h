#pragma once

#include "audit/AuditChain.h"
#include "audit/AuditCheckpoint.h"
#include "audit/AuditLog.h"

#include <QHash>
#include <QStringList>

namespace vangnet {

/// One audit_log row as stored: the canonical fields exactly as read (so a tampered action or
/// result text is hashed as it is), and the chain columns.
struct AuditStoredRecord {
    qint64 id = 0;
    QStringList fields; ///< AuditChain::fields order (seq last, when there is one)
    QString prevHash;
    QString hash;
    QString mac; ///< empty = not sealed (anonymous)
    qint64 seq = 0; ///< 0 = NULL: written before the genesis
};

/// The audit_head row.
struct AuditStoredHead {
    qint64 seq = 0;
    qint64 lastId = 0;
    QString lastHash;
    QString headMac;
};

/// Walks the records in id order and says what was altered, removed or inserted
/// (docs/adr/0005-audit-chain.md). Feed every record with add(), then finish() with the head,
/// then compare() with checkpoints kept outside the database.
class AuditVerifier {
public:
    explicit AuditVerifier(const AuditChain &chain) : m_chain(chain) {}

    void add(const AuditStoredRecord &record);
    AuditVerification finish(const AuditStoredHead &head);
    /// After finish(): a checkpoint (already known to be this database's) whose record is gone
    /// or differs means the log was rolled back or rewritten since.
    void compare(const AuditCheckpoint &checkpoint, AuditVerification &result) const;

private:
    void checkLink(const AuditStoredRecord &record);
    void checkSequence(const AuditStoredRecord &record, bool reported);
    void finishSequence(const AuditStoredHead &head, bool headReported);

    const AuditChain &m_chain;
    AuditVerification m_result;
    QHash<QString, qint64> m_seen; ///< hash → id of every record walked
    qint64 m_prevId = 0;
    QString m_prevHash;
    bool m_prevReported = false;
    bool m_prevSealed = false;
    qint64 m_lastSealedId = 0;
    QString m_lastSealedHash;
    qint64 m_unsealedTail = 0; ///< records after the last sealed one
    qint64 m_firstUnsealedId = 0;
    // The sequenced chain (from the genesis on).
    qint64 m_genesisId = 0;
    qint64 m_prevSeq = 0;
    qint64 m_sealedWithoutGenesis = 0; ///< first sealed record with a seq but no genesis before it
    QHash<qint64, QString> m_hashAt;   ///< seq → hash, for checkpoints
};

} // namespace vangnet
