#include "storage/HistorySchema.h"

namespace vangnet::schema {

/// What the rules read that a caseworker or an import changes later, kept change by change with
/// the day each change took effect (valid_from), who made it and when:
/// - status_history: the work status of a signal, a discharge notice or a case (exactly one of
///   the three ids), old and new. A case's closed_on alone would not do: reopening clears it, so
///   a case closed and reopened would look open all along;
/// - basic_condition_history: a row of a case's checklist before and after (old_* NULL: the row
///   did not exist yet);
/// - discharge_notice_history (migration 11) already kept what a notice said before each
///   re-delivery, supersession and lifecycle change: it gets the day the change took effect,
///   for rows kept before this step the day they were written.
/// Each history row goes with its signal, notice or case (ON DELETE CASCADE): a purge or a
/// withdrawn import leaves none behind. A database that held signals, notices or cases when this
/// step ran notes when it did (schema_meta status_history_since): earlier changes were not kept.
Migration statusHistory()
{
    return {17, QStringLiteral("status history"), {
        QStringLiteral(R"(CREATE TABLE status_history (
            id {id},
            signal_id {bigint} NULL REFERENCES signals (id) ON DELETE CASCADE,
            discharge_id {bigint} NULL REFERENCES discharge_notices (id) ON DELETE CASCADE,
            case_id {bigint} NULL REFERENCES cases (id) ON DELETE CASCADE,
            old_status TEXT NOT NULL,
            new_status TEXT NOT NULL,
            valid_from TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            CHECK ((CASE WHEN signal_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN discharge_id IS NULL THEN 0 ELSE 1 END)
                   + (CASE WHEN case_id IS NULL THEN 0 ELSE 1 END) = 1)))"),
        QStringLiteral("CREATE INDEX status_history_valid ON status_history (valid_from)"),
        QStringLiteral("CREATE INDEX status_history_signal ON status_history (signal_id)"),
        QStringLiteral("CREATE INDEX status_history_discharge ON status_history (discharge_id)"),
        QStringLiteral("CREATE INDEX status_history_case ON status_history (case_id)"),
        QStringLiteral(R"(CREATE TABLE basic_condition_history (
            id {id},
            case_id {bigint} NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            condition_key TEXT NOT NULL,
            old_state TEXT NULL,
            old_source TEXT NULL,
            old_since TEXT NULL,
            new_state TEXT NOT NULL,
            new_source TEXT NOT NULL,
            new_since TEXT NULL,
            valid_from TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX condition_history_valid ON basic_condition_history (valid_from)"),
        QStringLiteral("CREATE INDEX condition_history_case ON basic_condition_history (case_id, condition_key)"),
        QStringLiteral("ALTER TABLE discharge_notice_history ADD COLUMN valid_from TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE discharge_notice_history SET valid_from = SUBSTR(changed_at, 1, 10)"),
        QStringLiteral("CREATE INDEX discharge_history_valid ON discharge_notice_history (valid_from)"),
        QStringLiteral("INSERT INTO schema_meta (key, value) SELECT 'status_history_since', {utc_now} "
                       "WHERE EXISTS (SELECT 1 FROM signals) OR EXISTS (SELECT 1 FROM discharge_notices) "
                       "OR EXISTS (SELECT 1 FROM cases)"),
    }};
}

} // namespace vangnet::schema
