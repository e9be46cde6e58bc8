#include "audit/AuditSequenceSchema.h"

namespace vangnet::schema {

/// - audit_log.seq: the record's place in the chain, 1 … n without gaps from the genesis record
///   on, covered by the record's hash. NULL in records written before the genesis (every record
///   of a database from before this step): they keep their old check.
/// - audit_head.genesis_id: the genesis record (action "genesis", detail "database:<id>"). The
///   genesis needs the audit key, which no migration holds: on a database that already has
///   users it is written by the first logged-in action after this step, and only when the
///   existing chain ends in a valid sealed head (AuditLog::append); on a new database by the
///   creation of its first administrator (or the demo generator).
/// - The unique index lets a checkpoint's seq be looked up and keeps two records off one seq.
Migration auditSequence()
{
    return {22, QStringLiteral("audit sequence and genesis"), {
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN seq {bigint} NULL"),
        QStringLiteral("ALTER TABLE audit_head ADD COLUMN genesis_id {bigint} NULL"),
        QStringLiteral("CREATE UNIQUE INDEX audit_log_seq ON audit_log (seq)"),
    }};
}

} // namespace vangnet::schema
