#include "storage/ClosingSchema.h"

namespace vangnet::schema {

/// The reason keys are plain: they are no personal data, and the team lead counts them. The
/// sealed free text (cases.internal_reason_enc) stays where it is, optional.
/// signals.ddas_status_set = 1: decided for this signal by the caseworker; closing or reopening
/// the case leaves its reported status alone.
Migration closingReasons()
{
    return {20, QStringLiteral("closing reasons and per-signal reported status"), {
        QStringLiteral("ALTER TABLE cases ADD COLUMN reason_key TEXT NULL"),
        QStringLiteral("ALTER TABLE signals ADD COLUMN ddas_status_on TEXT NULL"),
        QStringLiteral("ALTER TABLE signals ADD COLUMN ddas_status_set INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE signals ADD COLUMN reason_key TEXT NULL"),
        // Closed cases of the past had their signals' status decided on the closing day.
        QStringLiteral("UPDATE signals SET ddas_status_on = (SELECT MAX(c.closed_on) FROM cases c "
                       "JOIN case_signals cs ON cs.case_id = c.id WHERE cs.signal_id = signals.id "
                       "AND c.status = 'afgesloten') WHERE status = 'afgesloten'"),
        QStringLiteral("CREATE INDEX cases_reason ON cases (reason_key) WHERE reason_key IS NOT NULL"),
    }};
}

} // namespace vangnet::schema
