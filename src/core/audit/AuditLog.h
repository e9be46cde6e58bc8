#pragma once

#include "audit/AuditCheckpoint.h"
#include "audit/AuditEvent.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace vangnet {

class AuditChain;
class Database;
class SecretKey;
class Session;

/// Filter for the audit viewer and exports.
struct AuditQuery {
    QDateTime from, to;        ///< UTC; invalid = open end
    qint64 actorId = 0;        ///< 0 = everyone
    QString objectType;        ///< with objectId: one object ("who looked at this household")
    qint64 objectId = 0;
    std::optional<AuditAction> action;
    int limit = 10000;
};

/// Problems verify() found; empty means the log is intact.
struct AuditVerification {
    qint64 checked = 0;
    QStringList problems; ///< "record 17 was altered", "a record between 20 and 22 was removed", …
    QStringList notes;    ///< not tampering: e.g. records after the last sealed one, not sealed yet
    QString databaseId;   ///< from the genesis record; empty when there is none
    qint64 headSeq = 0;   ///< seq of the last record, 0 before the genesis
    QString headHash;     ///< hash of the last record
    qint64 unsealed = 0;  ///< records at the end not sealed yet (failed logins since the last sealed write)
    bool intact() const { return problems.isEmpty(); }
};

/// The append-only, tamper-evident audit log. Each record is chained to the one before by a
/// keyed hash (key derived from the database's data key, so it needs a logged-in session to
/// write a sealed record and to verify); see docs/adr/0005-audit-chain.md.
class AuditLog {
public:
    AuditLog(const Database &db, const Clock &clock, AuditOrigin origin = AuditOrigin::current());
    /// For classes that hold only a connection (HouseholdQuery).
    AuditLog(QSqlDatabase db, const Clock &clock, AuditOrigin origin = AuditOrigin::current());

    /// Appends a record for the session's user. Never fails the caller's action silently:
    /// a failure to write the audit record is returned and must stop the action.
    Result<void> record(const Session &session, AuditAction action, const QString &objectType = {}, qint64 objectId = 0,
                        AuditResult result = AuditResult::Success, const QString &reason = {}, const QString &detail = {});
    /// Appends a record when nobody is logged in (failed login): chained, sealed by the next
    /// record written with a session.
    Result<void> recordAnonymous(const QString &actorName, AuditAction action, AuditResult result,
                                 const QString &detail = {});

    /// Permission::ReviewAudit; the viewer and exports.
    Result<QList<AuditEvent>> find(const Session &session, const AuditQuery &query) const;
    /// Every record about one object, oldest first, WITHOUT a permission check: only for a
    /// service that has checked its own permission first (the subject-access export, which
    /// tells a resident who looked at their file). Everyone else uses find().
    Result<QList<AuditEvent>> trail(const QString &objectType, qint64 objectId) const;
    /// When `error` says a protected field did not open (ErrorCode::Corrupt), records that with
    /// the field's place as detail ("persons.bsn_enc#12", no content), so the administrator
    /// finds it in the audit log. Returns `error` itself, or the failure to record it.
    Error recordDamage(const Session &session, Error error, const QString &objectType, qint64 objectId);
    /// Checks the whole chain (Permission::ReviewAudit): altered, removed and inserted records,
    /// a wiped log or removed tail (the seq from the genesis on) and, given checkpoints, a log
    /// rolled back or rewritten since them. A checkpoint not sealed for this database (another
    /// database's, or a forged one) is ErrorCode::Invalid: nothing is checked then.
    Result<AuditVerification> verify(const Session &session, const QList<AuditCheckpoint> &checkpoints = {}) const;
    /// The head as a sealed checkpoint (Permission::ReviewAudit), once the chain verifies:
    /// ErrorCode::Conflict with the problems when it does not, or when it has no genesis yet.
    Result<AuditCheckpoint> checkpoint(const Session &session) const;

    /// Writes the genesis record that starts the sequenced chain, with a new random database id;
    /// nothing when there is one already. For a new database, in the transaction that creates
    /// its first account (the key exists from then on).
    Result<void> start(const SecretKey &dataKey);

private:
    struct Head;
    /// One transaction: lock audit_head first, chain, insert, move the head. dataKey null =
    /// anonymous. A sealed append on a database from before the genesis writes the genesis first.
    Result<void> append(AuditEvent event, const SecretKey *dataKey);
    /// Inserts one record after the head and moves `head` (not the row) to it.
    Result<void> insert(AuditEvent &event, const AuditChain *chain, Head &head);
    /// Whether the chain from before the genesis ends in a head sealed with this key: only then
    /// may a genesis follow it (a log wiped without the key must stay reported as wiped).
    Result<bool> legacyHeadSealed(const AuditChain &chain, const Head &head) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    AuditOrigin m_origin;
};

} // namespace vangnet
