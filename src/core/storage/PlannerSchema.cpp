#include "storage/PlannerSchema.h"

namespace vangnet::schema {

/// The place inventory for the housing planner (docs/planner.md, "Place inventory"): the
/// supported-housing places the providers report, keyed by their own plek_id so that a provider's
/// list can be imported again and again. Places hold no personal data. The CHECKs repeat the
/// vocabularies of places/PlaceKeys so that nothing but the keys can be stored.
Migration placeInventory()
{
    return {13, QStringLiteral("place inventory"), {
        QStringLiteral(R"(CREATE TABLE places (
            id {id},
            plek_id TEXT NOT NULL UNIQUE,
            aanbieder TEXT NOT NULL,
            locatie TEXT NOT NULL DEFAULT '',
            wijk TEXT NOT NULL DEFAULT '',
            woonvorm TEXT NOT NULL CHECK (woonvorm IN ('housing_first', 'begeleid_wonen', 'beschermd_wonen',
                                                       'jongeren', 'gezinsplek', 'skaeve_huse', 'overig')),
            capaciteit INTEGER NOT NULL CHECK (capaciteit >= 1),
            beschikbaar_vanaf TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'vrij' CHECK (status IN ('vrij', 'gereserveerd', 'bezet', 'buiten_gebruik')),
            min_leeftijd INTEGER NULL CHECK (min_leeftijd >= 0),
            max_leeftijd INTEGER NULL CHECK (max_leeftijd >= 0),
            max_personen INTEGER NULL CHECK (max_personen >= 1),
            rolstoel INTEGER NOT NULL DEFAULT 0 CHECK (rolstoel IN (0, 1)),
            huisdieren INTEGER NOT NULL DEFAULT 0 CHECK (huisdieren IN (0, 1)),
            begeleiding TEXT NOT NULL CHECK (begeleiding IN ('licht', 'midden', 'intensief')),
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            CHECK (min_leeftijd IS NULL OR max_leeftijd IS NULL OR min_leeftijd <= max_leeftijd)))"),
        QStringLiteral("CREATE INDEX places_woonvorm ON places (woonvorm, status)"),
    }};
}

/// The housing need (woonvraag) of a household for the planner (docs/planner.md, "Housing need"):
/// one current need per household, so a re-import replaces it. The applicant is kept as a person
/// id and set to NULL when that person is removed: the need stays, and the caseworker names a new
/// applicant. woonvormen and wijken are comma-separated lists (empty = any), since the planner
/// only ever reads them whole.
Migration housingNeeds()
{
    return {14, QStringLiteral("housing needs"), {
        QStringLiteral(R"(CREATE TABLE housing_needs (
            id {id},
            household_id {bigint} NOT NULL UNIQUE REFERENCES households (id) ON DELETE CASCADE,
            applicant_id {bigint} NULL REFERENCES persons (id) ON DELETE SET NULL,
            persons INTEGER NOT NULL CHECK (persons >= 1),
            wheelchair INTEGER NOT NULL DEFAULT 0 CHECK (wheelchair IN (0, 1)),
            pet INTEGER NOT NULL DEFAULT 0 CHECK (pet IN (0, 1)),
            care TEXT NOT NULL CHECK (care IN ('licht', 'midden', 'intensief')),
            woonvormen TEXT NOT NULL DEFAULT '',
            wijken TEXT NOT NULL DEFAULT '',
            available_from TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL))"),
    }};
}

/// Plan runs and what follows from them (docs/planner.md, "Plan runs and the workflow").
///  - housing_needs.registered_on: the day the household first asked; kept when the need is
///    recorded again, so waiting time is not reset by a correction. Existing needs get the day
///    they were last recorded, the best that is known.
///  - plan_runs: one row per run, with the inputs snapshot (the instance file, so any run can
///    be checked by another solver) and the result as `plan --json` prints it.
///  - plan_entries: per run, one row per candidate: the proposed place (NULL = not placed), the
///    greedy baseline's place, the reason when not placed, and the proposal's workflow status
///    voorgesteld → goedgekeurd → aangeboden → geaccepteerd | afgewezen → geplaatst; vervallen when
///    a later run replaces a proposal nobody approved. niet_geplaatst for a candidate without one.
///  - plan_pins, plan_exclusions: what staff fixed or ruled out for later runs; a declined offer
///    adds an exclusion (source afgewezen).
///  - place_placements: a household living in a place; while ended_on is NULL it takes one of the
///    place's capacity.
Migration planRuns()
{
    return {15, QStringLiteral("plan runs and placements"), {
        QStringLiteral("ALTER TABLE housing_needs ADD COLUMN registered_on TEXT NULL"),
        QStringLiteral("UPDATE housing_needs SET registered_on = substr(updated_at, 1, 10)"),
        QStringLiteral(R"(CREATE TABLE plan_runs (
            id {id},
            as_of TEXT NOT NULL,
            horizon_days INTEGER NOT NULL CHECK (horizon_days >= 0),
            run_at TEXT NOT NULL,
            run_by TEXT NOT NULL,
            candidates INTEGER NOT NULL,
            places INTEGER NOT NULL,
            instance TEXT NOT NULL,
            result TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE plan_entries (
            id {id},
            run_id {bigint} NOT NULL REFERENCES plan_runs (id) ON DELETE CASCADE,
            household_id {bigint} NOT NULL REFERENCES households (id) ON DELETE CASCADE,
            team_id {bigint} NULL REFERENCES teams (id),
            tier TEXT NOT NULL CHECK (tier IN ('kritiek', 'hoog', 'midden', 'laag')),
            priority {bigint} NOT NULL,
            place_id {bigint} NULL REFERENCES places (id) ON DELETE SET NULL,
            greedy_place_id {bigint} NULL REFERENCES places (id) ON DELETE SET NULL,
            pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
            status TEXT NOT NULL CHECK (status IN ('voorgesteld', 'niet_geplaatst', 'goedgekeurd', 'aangeboden',
                                                   'geaccepteerd', 'afgewezen', 'geplaatst', 'vervallen')),
            reason_code TEXT NULL,
            blocking_tier TEXT NULL,
            explanation TEXT NOT NULL DEFAULT '',
            decline_reason_enc TEXT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            UNIQUE (run_id, household_id)))"),
        QStringLiteral("CREATE INDEX plan_entries_household ON plan_entries (household_id, status)"),
        QStringLiteral("CREATE INDEX plan_entries_place ON plan_entries (place_id, status)"),
        QStringLiteral(R"(CREATE TABLE plan_pins (
            household_id {bigint} NOT NULL PRIMARY KEY REFERENCES households (id) ON DELETE CASCADE,
            place_id {bigint} NOT NULL REFERENCES places (id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE plan_exclusions (
            household_id {bigint} NOT NULL REFERENCES households (id) ON DELETE CASCADE,
            place_id {bigint} NOT NULL REFERENCES places (id) ON DELETE CASCADE,
            source TEXT NOT NULL CHECK (source IN ('afgewezen', 'medewerker')),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            PRIMARY KEY (household_id, place_id)))"),
        QStringLiteral(R"(CREATE TABLE place_placements (
            id {id},
            place_id {bigint} NOT NULL REFERENCES places (id),
            household_id {bigint} NOT NULL REFERENCES households (id) ON DELETE CASCADE,
            entry_id {bigint} NULL REFERENCES plan_entries (id) ON DELETE SET NULL,
            case_id {bigint} NULL REFERENCES cases (id) ON DELETE SET NULL,
            placed_on TEXT NOT NULL,
            ended_on TEXT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX place_placements_place ON place_placements (place_id, ended_on)"),
        QStringLiteral("CREATE INDEX place_placements_household ON place_placements (household_id, ended_on)"),
    }};
}

} // namespace vangnet::schema
