#include "storage/MergeSchema.h"

namespace vangnet::schema {

/// - household_pair_dismissals: a pair a caseworker called "not a duplicate" (household_a <
///   household_b), so detection does not propose it again. It goes with either household.
/// - household_merges: one row per merge. The household that went is deleted; its row (as JSON),
///   the ids each table moved from it (moved), the person references that were pointed at the
///   surviving person (repointed) and the rows removed outright (removed: the duplicate persons,
///   with their sealed BSN as stored, and rows the staying household already had one of) are kept
///   here, so an undo can put them back under their own ids: sealed values are bound to their row,
///   so they read again. kept_id has no foreign key: the record outlives both households.
/// - household_merge_keys: the address + surname + birth date each member of the household that
///   went was matched by on import, pointing at the household (and person) that stayed, so a
///   signal delivered again for that address finds the merged household (HouseholdMatcher).
Migration householdMerges()
{
    return {26, QStringLiteral("duplicate households and merges"),
        {
            QStringLiteral(R"(CREATE TABLE household_pair_dismissals (
            household_a {bigint} NOT NULL REFERENCES households (id) ON DELETE CASCADE,
            household_b {bigint} NOT NULL REFERENCES households (id) ON DELETE CASCADE,
            dismissed_at TEXT NOT NULL,
            dismissed_by TEXT NOT NULL,
            PRIMARY KEY (household_a, household_b),
            CHECK (household_a < household_b)))"),
            QStringLiteral(R"(CREATE TABLE household_merges (
            id {id},
            kept_id {bigint} NOT NULL,
            merged_id {bigint} NOT NULL,
            team_id {bigint} NULL REFERENCES teams (id),
            merged_at TEXT NOT NULL,
            merged_by TEXT NOT NULL,
            merged_household TEXT NOT NULL,
            moved TEXT NOT NULL,
            repointed TEXT NOT NULL,
            removed TEXT NOT NULL,
            undone_at TEXT NULL,
            undone_by TEXT NULL))"),
            QStringLiteral("CREATE INDEX household_merges_kept ON household_merges (kept_id)"),
            QStringLiteral("CREATE INDEX household_merges_merged ON household_merges (merged_id)"),
            QStringLiteral(R"(CREATE TABLE household_merge_keys (
            id {id},
            merge_id {bigint} NOT NULL REFERENCES household_merges (id) ON DELETE CASCADE,
            household_id {bigint} NOT NULL REFERENCES households (id) ON DELETE CASCADE,
            person_id {bigint} NULL REFERENCES persons (id) ON DELETE SET NULL,
            postcode TEXT NOT NULL,
            huisnummer INTEGER NOT NULL,
            toevoeging TEXT NOT NULL,
            surname_key TEXT NOT NULL,
            geboortedatum TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX household_merge_keys_place ON household_merge_keys (postcode, huisnummer)"),
            QStringLiteral("CREATE INDEX household_merge_keys_household ON household_merge_keys (household_id)"),
            QStringLiteral("CREATE INDEX household_merge_keys_merge ON household_merge_keys (merge_id)"),
        }};
}

} // namespace vangnet::schema
