#include "audit/AuditLog.h"

#include "audit/AuditChain.h"
#include "audit/AuditVerifier.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace vangnet {

namespace {

// Column names once: the canonical field order of AuditChain::fields, then the chain columns.
const QString recordColumns = QStringLiteral(
    "id, at, actor_id, actor_name, action, object_type, object_id, result, origin_host, origin_user, reason, detail, "
    "prev_hash, hash, mac");

AuditStoredRecord storedRecord(const QSqlQuery &q)
{
    AuditStoredRecord r;
    r.id = q.value(0).toLongLong();
    for (int i = 0; i < 12; ++i) {
        const QVariant v = q.value(i);
        // NULL ids are hashed as "0" (AuditChain::fields); everything else exactly as stored.
        r.fields << ((i == 2 || i == 6) ? QString::number(v.toLongLong()) : v.toString());
    }
    r.prevHash = q.value(12).toString();
    r.hash = q.value(13).toString();
    r.mac = q.value(14).toString();
    return r;
}

AuditEvent eventOf(const QSqlQuery &q)
{
    AuditEvent e;
    e.id = q.value(0).toLongLong();
    e.at = timestampFromSql(q.value(1));
    e.actorId = q.value(2).toLongLong();
    e.actorName = q.value(3).toString();
    e.action = AuditChain::actionFromKey(q.value(4).toString()).value_or(AuditAction::OpenHousehold);
    e.objectType = q.value(5).toString();
    e.objectId = q.value(6).toLongLong();
    e.result = AuditChain::resultFromKey(q.value(7).toString()).value_or(AuditResult::Failed);
    e.origin = {q.value(8).toString(), q.value(9).toString()};
    e.reason = q.value(10).toString();
    e.detail = q.value(11).toString();
    return e;
}

QVariant idOrNull(qint64 id)
{
    return id == 0 ? sqlNull() : QVariant(id);
}

} // namespace

AuditLog::AuditLog(const Database &db, const Clock &clock, AuditOrigin origin)
    : AuditLog(db.connection(), clock, std::move(origin))
{
}

AuditLog::AuditLog(QSqlDatabase db, const Clock &clock, AuditOrigin origin)
    : m_db(std::move(db)), m_clock(clock), m_origin(std::move(origin))
{
}

Result<void> AuditLog::record(const Session &session, AuditAction action, const QString &objectType, qint64 objectId,
                              AuditResult result, const QString &reason, const QString &detail)
{
    AuditEvent e;
    e.actorId = session.user().id;
    e.actorName = session.user().username;
    e.action = action;
    e.objectType = objectType;
    e.objectId = objectId;
    e.result = result;
    e.reason = reason;
    e.detail = detail;
    return append(std::move(e), &session.dataKey());
}

Error AuditLog::recordDamage(const Session &session, Error error, const QString &objectType, qint64 objectId)
{
    if (error.code != ErrorCode::Corrupt)
        return error;
    QStringList places;
    for (const FieldError &field : std::as_const(error.fields))
        places << field.field;
    spdlog::error("damaged protected field on {} {}: {}", objectType.toStdString(), objectId,
                  places.join(QLatin1Char(',')).toStdString());
    if (auto recorded = record(session, AuditAction::DamagedField, objectType, objectId, AuditResult::Failed, {},
                               places.join(QLatin1Char(',')));
        !recorded)
        return recorded.error();
    return error;
}

Result<void> AuditLog::recordAnonymous(const QString &actorName, AuditAction action, AuditResult result,
                                       const QString &detail)
{
    AuditEvent e;
    e.actorName = actorName.trimmed().left(64); // typed text: bounded, never a password field
    e.action = action;
    e.result = result;
    e.detail = detail;
    return append(std::move(e), nullptr);
}

Result<void> AuditLog::append(AuditEvent e, const SecretKey *dataKey)
{
    e.at = m_clock.now().toUTC();
    e.origin = m_origin;
    auto failed = [](const Error &error) {
        spdlog::error("audit record could not be written");
        return Result<void>(error);
    };
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return failed(begun.error());
    // First a write: both engines then hold the log's write lock before anything is read, so two
    // writers queue here instead of deadlocking on a read-to-write upgrade (SQLite) or forking
    // the chain (PostgreSQL).
    if (auto locked = runSql(m_db, QStringLiteral("UPDATE audit_head SET seq = seq + 1 WHERE id = 1"), {},
                             "lock audit log");
        !locked)
        return failed(locked.error());
    qint64 seq = 0;
    QString prevHash;
    {
        auto head = runSql(m_db, QStringLiteral("SELECT seq, last_hash FROM audit_head WHERE id = 1"), {},
                           "read audit head");
        if (!head)
            return failed(head.error());
        if (!head->next())
            return failed(databaseError(QStringLiteral("audit_head"), "read audit head"));
        seq = head->value(0).toLongLong();
        prevHash = head->value(1).toString();
    }
    {
        auto inserted = runSql(m_db, QStringLiteral(
            "INSERT INTO audit_log (at, actor_id, actor_name, action, object_type, object_id, result, origin_host, "
            "origin_user, reason, detail, prev_hash, hash, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id"),
            {timestampToSql(e.at), idOrNull(e.actorId), e.actorName, auditActionKey(e.action), e.objectType,
             idOrNull(e.objectId), AuditChain::resultKey(e.result), e.origin.host, e.origin.osUser, e.reason, e.detail,
             prevHash, QString(), sqlNull()},
            "write audit record");
        if (!inserted)
            return failed(inserted.error());
        if (!inserted->next())
            return failed(databaseError(QStringLiteral("audit_log"), "write audit record"));
        e.id = inserted->value(0).toLongLong();
    }
    // The id is part of the hash, so the hash is written once the row has its id.
    const QString hash = AuditChain::hash(prevHash, AuditChain::fields(e));
    QVariant mac = sqlNull();
    QVariant headMac;
    if (dataKey) {
        const AuditChain chain(*dataKey);
        mac = chain.mac(hash);
        headMac = chain.headMac(seq, e.id, hash);
    }
    if (auto sealed = runSql(m_db, QStringLiteral("UPDATE audit_log SET hash = ?, mac = ? WHERE id = ?"),
                             {hash, mac, e.id}, "seal audit record");
        !sealed)
        return failed(sealed.error());
    // An anonymous append leaves head_mac as the last session sealed it (see AuditVerifier::finish).
    const QString moveHead = dataKey
        ? QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ?, head_mac = ? WHERE id = 1")
        : QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1");
    QVariantList headValues{e.id, hash};
    if (dataKey)
        headValues << headMac;
    if (auto moved = runSql(m_db, moveHead, headValues, "move audit head"); !moved)
        return failed(moved.error());
    if (auto committed = tx.commit(); !committed)
        return failed(committed.error());
    return success();
}

Result<QList<AuditEvent>> AuditLog::find(const Session &session, const AuditQuery &query) const
{
    if (auto allowed = session.require(Permission::ReviewAudit); !allowed)
        return allowed.error();
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList values;
    if (query.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << timestampToSql(query.from);
    }
    if (query.to.isValid()) {
        where << QStringLiteral("at <= ?");
        values << timestampToSql(query.to);
    }
    if (query.actorId != 0) {
        where << QStringLiteral("actor_id = ?");
        values << query.actorId;
    }
    if (!query.objectType.isEmpty()) {
        where << QStringLiteral("object_type = ?");
        values << query.objectType;
        if (query.objectId != 0) {
            where << QStringLiteral("object_id = ?");
            values << query.objectId;
        }
    }
    if (query.action) {
        where << QStringLiteral("action = ?");
        values << auditActionKey(*query.action);
    }
    values << (query.limit > 0 ? query.limit : 10000);
    auto q = runSql(m_db, QStringLiteral("SELECT ") + recordColumns + QStringLiteral(" FROM audit_log WHERE ")
                        + where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY id DESC LIMIT ?"),
                    values, "read audit log");
    if (!q)
        return q.error();
    QList<AuditEvent> events;
    while (q->next())
        events << eventOf(*q);
    return events;
}

Result<QList<AuditEvent>> AuditLog::trail(const QString &objectType, qint64 objectId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT ") + recordColumns
                        + QStringLiteral(" FROM audit_log WHERE object_type = ? AND object_id = ? ORDER BY id"),
                    {objectType, objectId}, "read audit trail");
    if (!q)
        return q.error();
    QList<AuditEvent> events;
    while (q->next())
        events << eventOf(*q);
    return events;
}

Result<AuditVerification> AuditLog::verify(const Session &session) const
{
    if (auto allowed = session.require(Permission::ReviewAudit); !allowed)
        return allowed.error();
    // One transaction, so an append running meanwhile cannot look like a mismatched head.
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    if (m_db.driverName() == QLatin1String("QPSQL"))
        if (auto snapshot = runSql(m_db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"), {},
                                   "verify audit log");
            !snapshot)
            return snapshot.error();
    const AuditChain chain(session.dataKey());
    AuditVerifier verifier(chain);
    AuditStoredHead head;
    {
        auto h = runSql(m_db, QStringLiteral("SELECT seq, last_id, last_hash, head_mac FROM audit_head WHERE id = 1"), {},
                        "verify audit log");
        if (!h)
            return h.error();
        if (h->next())
            head = {h->value(0).toLongLong(), h->value(1).toLongLong(), h->value(2).toString(), h->value(3).toString()};
    }
    auto q = runSql(m_db, QStringLiteral("SELECT ") + recordColumns + QStringLiteral(" FROM audit_log ORDER BY id"), {},
                    "verify audit log");
    if (!q)
        return q.error();
    while (q->next())
        verifier.add(storedRecord(*q));
    AuditVerification result = verifier.finish(head);
    spdlog::info("audit log verified: {} records, {} problems", result.checked, result.problems.size());
    return result;
}

} // namespace vangnet
