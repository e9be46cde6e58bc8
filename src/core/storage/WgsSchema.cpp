#include "storage/WgsSchema.h"

namespace vangnet::schema {

/// A case gets a type beside its origin (docs/cases.md "Case types"): what it is decides which
/// clocks run. A hulpvraag records its aanmelding (request_on, and the crisis intervention that
/// makes the 3-working-day term run), its eerste gesprek and its beschikking (decision_on was
/// there; decision says toelating or afwijzing). Existing cases: a discharge case is aftercare;
/// a case from a flag or a signal is an early-signal case; a case opened by hand was a request
/// at the desk (aanmelding = the day it was opened) unless it has signals, then it is outreach
/// on them. No eerste gesprek is carried over: a reached contact attempt was not one.
/// clock_options holds the clock settings that are a choice rather than a number of days.
Migration helpRequests()
{
    return {19, QStringLiteral("case types and help requests"), {
        QStringLiteral("ALTER TABLE cases ADD COLUMN case_type TEXT NOT NULL DEFAULT 'vroegsignaal' "
                       "CHECK (case_type IN ('vroegsignaal', 'hulpvraag', 'nazorg'))"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN request_on TEXT NULL"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN request_crisis TEXT NULL CHECK (request_crisis IN "
                       "('ontruiming', 'afsluiting_energie', 'afsluiting_water', 'opzegging_zorgverzekering'))"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN first_conversation_on TEXT NULL"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN decision TEXT NULL CHECK (decision IN ('toelating', 'afwijzing'))"),
        QStringLiteral("UPDATE cases SET case_type = 'nazorg' WHERE origin = 'discharge'"),
        QStringLiteral("UPDATE cases SET case_type = 'hulpvraag', request_on = opened_on WHERE origin = 'manual' "
                       "AND NOT EXISTS (SELECT 1 FROM case_signals cs WHERE cs.case_id = cases.id)"),
        QStringLiteral("CREATE INDEX cases_open_requests ON cases (household_id) "
                       "WHERE case_type = 'hulpvraag' AND status <> 'afgesloten'"),
        QStringLiteral(R"(CREATE TABLE clock_options (
            option_key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at TEXT NULL,
            updated_by TEXT NULL))"),
        QStringLiteral("INSERT INTO clock_options (option_key, value) VALUES ('contact_offer_start', "
                       "'later_of_signal_and_import')"),
    }};
}

} // namespace vangnet::schema
