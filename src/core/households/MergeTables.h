#pragma once

// The tables a merge touches and the JSON a merge record keeps them in: shared by
// MergeRepository.cpp (merging) and MergeRepositoryUndo.cpp (splitting back). Internal to them.

#include <QJsonArray>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QVariant>

namespace vangnet::households::mergetables {

/// Every table with a household_id, and the column that names its rows (docs/duplicates.md).
struct OwnedTable {
    const char *table;
    const char *key;
};
constexpr OwnedTable ownedTables[]{
    {"persons", "id"},
    {"notes", "id"},
    {"signals", "id"},
    {"discharge_notices", "id"},
    {"flags", "id"},
    {"cases", "id"},
    {"contact_attempts", "id"},
    {"zrm_assessments", "id"},
    {"housing_needs", "id"},
    {"plan_entries", "id"},
    {"plan_pins", "place_id"},
    {"plan_exclusions", "place_id"},
    {"place_placements", "id"},
    {"household_merge_keys", "id"},
};

/// Tables where a household has at most one row (or one per place or run): the row of the
/// household that goes is removed when the one that stays has its own.
struct UniqueTable {
    const char *table;
    const char *key;
    const char *same; ///< when a row of the staying household (k) clashes with one of the other (t)
};
constexpr UniqueTable uniqueTables[]{
    {"housing_needs", "id", "1 = 1"},
    {"plan_pins", "place_id", "1 = 1"},
    {"plan_exclusions", "place_id", "k.place_id = t.place_id"},
    {"plan_entries", "id", "k.run_id = t.run_id"},
};

/// Rows that belong to a case: when an undo sends the case back, rows added to it since go along.
constexpr const char *caseTables[]{"contact_attempts", "zrm_assessments", "place_placements"};

inline QString tableOf(const char *name)
{
    return QString::fromLatin1(name);
}

/// A value kept in a merge record, as a statement binds it again (SQL NULL for null).
QVariant valueOf(const QJsonValue &v);
/// The ids of a merge record's list, for an IN list.
QVariantList idsOf(const QJsonArray &keys);
QSet<qint64> setOf(const QJsonArray &keys);

} // namespace vangnet::households::mergetables
