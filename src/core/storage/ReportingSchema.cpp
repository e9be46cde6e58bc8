#include "storage/ReportingSchema.h"

namespace vangnet::schema {

/// The dashboard counts by the day something happened in a week: flags raised, first contact
/// attempts, cases closed, placements made. Without these indexes each figure reads its whole
/// table (300,000 flags in a large city). The organisation settings are key/value rows (the
/// municipality's name, its logo as base64), so the reports of every workstation in team mode
/// carry the same heading.
Migration reporting()
{
    return {16, QStringLiteral("dashboard indexes and organisation settings"), {
        QStringLiteral("CREATE INDEX flags_raised ON flags (raised_on, household_id)"),
        QStringLiteral("CREATE INDEX contact_attempts_date ON contact_attempts (attempt_date, case_id)"),
        QStringLiteral("CREATE INDEX cases_closed ON cases (closed_on) WHERE closed_on IS NOT NULL"),
        QStringLiteral("CREATE INDEX place_placements_placed ON place_placements (placed_on)"),
        QStringLiteral(R"(CREATE TABLE organisation_settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL))"),
    }};
}

} // namespace vangnet::schema
