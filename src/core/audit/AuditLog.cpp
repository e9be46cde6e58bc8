#include "audit/AuditLog.h"

#include "audit/AuditChain.h"
#include "audit/AuditVerifier.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <sodium.h>
#include <spdlog/spdlog.h>

#include <array>
#include <optional>

namespace vangnet {

namespace {

// Column names once: the canonical field order of AuditChain::fields, then the chain columns.
const QString recordColumns = QStringLiteral(
    "id, at, actor_id, actor_name, action, object_type, object_id, result, origin_host, origin_user, reason, detail, "
    "prev_hash, hash, mac, seq");

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
    r.seq = q.value(QStringLiteral("seq")).toLongLong(); // NULL → 0: before the genesis
    if (r.seq != 0)
        r.fields << QString::number(r.seq);
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
    e.seq = q.value(QStringLiteral("seq")).toLongLong();
    return e;
}

QVariant idOrNull(qint64 id)
{
    return id == 0 ? sqlNull() : QVariant(id);
}

/// The first record of the sequenced chain: it names the database with 128 random bits, so a
/// checkpoint of one database is never taken for another's.
AuditEvent genesisEvent()
{
    ensureSodium();
    std::array<unsigned char, 16> id{};
    randombytes_buf(id.data(), id.size());
    AuditEvent e;
    e.actorName = QStringLiteral("vangnet");
    e.action = AuditAction::Genesis;
    e.objectType = QStringLiteral("database");
    e.detail = QStringLiteral("database:")
        + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(id.data()), id.size()).toHex());
    return e;
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

struct AuditLog::Head {
    qint64 seq = 0; ///< already counting the record being appended
    qint64 lastId = 0;
    QString lastHash;
    QString headMac;
    qint64 genesisId = 0;
};

Result<void> AuditLog::start(const SecretKey &dataKey)
{
    return append(genesisEvent(), &dataKey);
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
    Head head;
    {
        auto h = runSql(m_db, QStringLiteral("SELECT seq, last_id, last_hash, head_mac, genesis_id FROM audit_head "
                                             "WHERE id = 1"),
                        {}, "read audit head");
        if (!h)
            return failed(h.error());
        if (!h->next())
            return failed(databaseError(QStringLiteral("audit_head"), "read audit head"));
        head = {h->value(0).toLongLong(), h->value(1).toLongLong(), h->value(2).toString(), h->value(3).toString(),
                h->value(4).toLongLong()};
    }
    std::optional<AuditChain> chain;
    if (dataKey)
        chain.emplace(*dataKey);
    const bool genesis = e.action == AuditAction::Genesis;
    if (genesis && head.genesisId != 0)
        return success(); // started already; the transaction rolls the count back
    if (chain && !genesis && head.genesisId == 0) {
        // A database from before the genesis: the first sealed write starts the sequenced chain,
        // but only after a chain whose head this key sealed.
        auto sealedBefore = legacyHeadSealed(*chain, head);
        if (!sealedBefore)
            return failed(sealedBefore.error());
        if (*sealedBefore) {
            AuditEvent start = genesisEvent();
            start.at = e.at;
            start.origin = e.origin;
            if (auto written = insert(start, &*chain, head); !written)
                return failed(written.error());
            ++head.seq;
        }
    }
    if (auto written = insert(e, chain ? &*chain : nullptr, head); !written)
        return failed(written.error());
    // An anonymous append leaves head_mac as the last session sealed it (see AuditVerifier::finish).
    QString moveHead = QStringLiteral("UPDATE audit_head SET seq = ?, last_id = ?, last_hash = ?, genesis_id = ?");
    QVariantList headValues{head.seq, head.lastId, head.lastHash, idOrNull(head.genesisId)};
    if (chain) {
        moveHead += QStringLiteral(", head_mac = ?");
        headValues << chain->headMac(head.seq, head.lastId, head.lastHash);
    }
    if (auto moved = runSql(m_db, moveHead + QStringLiteral(" WHERE id = 1"), headValues, "move audit head"); !moved)
        return failed(moved.error());
    if (auto committed = tx.commit(); !committed)
        return failed(committed.error());
    return success();
}

Result<void> AuditLog::insert(AuditEvent &e, const AuditChain *chain, Head &head)
{
    // Every record written since the sequence numbers exist carries one; a sealed record with a
    // number but no genesis before it is how verify() recognises a wiped log written on.
    e.seq = head.seq;
    // The id is part of the hash. On PostgreSQL the id comes from the sequence first, so the
    // record is written once, whole: a team server grants INSERT on the log and no UPDATE
    // (docs/team-mode.md). SQLite numbers the row on insert and the hash follows.
    const bool numberedFirst = m_db.driverName() == QLatin1String("QPSQL");
    if (numberedFirst) {
        auto next = runSql(m_db, QStringLiteral("SELECT nextval(pg_get_serial_sequence('audit_log', 'id'))"), {},
                           "number audit record");
        if (!next)
            return next.error();
        if (!next->next())
            return databaseError(QStringLiteral("audit_log"), "number audit record");
        e.id = next->value(0).toLongLong();
    }
    const auto sealWith = [&](qint64 id) {
        e.id = id;
        const QString hash = AuditChain::hash(head.lastHash, AuditChain::fields(e));
        return std::pair<QString, QVariant>(hash, chain ? QVariant(chain->mac(hash)) : sqlNull());
    };
    const QVariantList fields{timestampToSql(e.at), idOrNull(e.actorId), e.actorName, auditActionKey(e.action), e.objectType,
                              idOrNull(e.objectId), AuditChain::resultKey(e.result), e.origin.host, e.origin.osUser,
                              e.reason, e.detail, head.lastHash};
    const QString columns = QStringLiteral("at, actor_id, actor_name, action, object_type, object_id, result, origin_host, "
                                           "origin_user, reason, detail, prev_hash, hash, mac, seq");
    QString hash;
    if (numberedFirst) {
        const auto [sealedHash, mac] = sealWith(e.id);
        hash = sealedHash;
        auto inserted = runSql(m_db, QStringLiteral("INSERT INTO audit_log (id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(columns),
                               QVariantList{e.id} + fields + QVariantList{hash, mac, e.seq}, "write audit record");
        if (!inserted)
            return inserted.error();
    } else {
        auto inserted = runSql(m_db, QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                                    "RETURNING id").arg(columns),
                               fields + QVariantList{QString(), sqlNull(), e.seq}, "write audit record");
        if (!inserted)
            return inserted.error();
        if (!inserted->next())
            return databaseError(QStringLiteral("audit_log"), "write audit record");
        const auto [sealedHash, mac] = sealWith(inserted->value(0).toLongLong());
        hash = sealedHash;
        if (auto sealed = runSql(m_db, QStringLiteral("UPDATE audit_log SET hash = ?, mac = ? WHERE id = ?"),
                                 {hash, mac, e.id}, "seal audit record");
            !sealed)
            return sealed.error();
    }
    head.lastId = e.id;
    head.lastHash = hash;
    if (e.action == AuditAction::Genesis)
        head.genesisId = e.id;
    return success();
}

Result<bool> AuditLog::legacyHeadSealed(const AuditChain &chain, const Head &head) const
{
    auto last = runSql(m_db, QStringLiteral("SELECT id, hash, mac, seq FROM audit_log WHERE mac IS NOT NULL ORDER BY id "
                                            "DESC LIMIT 1"),
                       {}, "read audit head");
    if (!last)
        return last.error();
    // Nothing sealed (a log wiped, or refilled without the key), or sealed and numbered without a
    // genesis (written on after a wipe): no old chain for a genesis to follow.
    if (!last->next() || !last->value(3).isNull())
        return false;
    const qint64 sealedId = last->value(0).toLongLong();
    const QString sealedHash = last->value(1).toString();
    if (last->value(2).toString() != chain.mac(sealedHash))
        return false;
    auto tail = runSql(m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE id > ?"), {sealedId}, "read audit head");
    if (!tail)
        return tail.error();
    const qint64 unsealed = tail->next() ? tail->value(0).toLongLong() : 0;
    // head.seq already counts the record being appended.
    return head.headMac == chain.headMac(head.seq - 1 - unsealed, sealedId, sealedHash);
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

Result<AuditVerification> AuditLog::verify(const Session &session, const QList<AuditCheckpoint> &checkpoints) const
{
    if (auto allowed = session.require(Permission::ReviewAudit); !allowed)
        return allowed.error();
    // One transaction, so an append running meanwhile cannot look like a mismatched head.
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    // (Within an outer transaction, e.g. a move to a team server checking before it commits,
    // the outer one has begun already and sees its own rows.)
    if (m_db.driverName() == QLatin1String("QPSQL") && !tx.joined())
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
    // Every checkpoint must be this database's before any is compared: a foreign or forged line
    // says nothing about this log, and a verdict mixing it in would mislead.
    for (const AuditCheckpoint &c : checkpoints)
        if (c.databaseId != result.databaseId || !c.sealedBy(session.dataKey()))
            return Error{ErrorCode::Invalid,
                         QCoreApplication::translate("vangnet::AuditLog",
                                                     "The checkpoint on line %1 (%2) does not belong to this database: "
                                                     "its database id or seal does not match. Nothing was checked.")
                             .arg(c.line)
                             .arg(c.at.toString(Qt::ISODate))};
    for (const AuditCheckpoint &c : checkpoints)
        verifier.compare(c, result);
    spdlog::info("audit log verified: {} records, {} checkpoints, {} problems", result.checked, checkpoints.size(),
                 result.problems.size());
    return result;
}

Result<AuditCheckpoint> AuditLog::checkpoint(const Session &session) const
{
    auto verified = verify(session);
    if (!verified)
        return verified.error();
    // Writing down a tampered head would vouch for it.
    if (!verified->intact())
        return Error{ErrorCode::Conflict,
                     QCoreApplication::translate("vangnet::AuditLog",
                                                 "The audit log is not intact, so no checkpoint was made:\n%1")
                         .arg(verified->problems.join(QLatin1Char('\n')))};
    if (verified->databaseId.isEmpty())
        return Error{ErrorCode::Conflict,
                     QCoreApplication::translate("vangnet::AuditLog",
                                                 "The audit log has no genesis record yet, so no checkpoint was made; "
                                                 "it is written by the next action of a logged-in user.")};
    AuditCheckpoint c;
    c.databaseId = verified->databaseId;
    c.seq = verified->headSeq;
    c.hash = verified->headHash;
    c.at = m_clock.now().toUTC();
    c.seal(session.dataKey());
    return c;
}

} // namespace vangnet
