#pragma once

#include "storage/Database.h"

#include <QDate>

namespace vangnet::test {

/// Writes a synthetic queue fast, in a handful of INSERT … SELECT statements that both engines
/// run (no rows through the repositories): `households` households at "9999 ZZ" in nine wijken,
/// nine in ten of team A; seven in ten flagged with a priority_rank of 240 values (so a page's
/// last rank ties with many), one to three signals on most, open cases (assigned to the given
/// users or nobody) with contact attempts, closed cases, and discharge notices, some in
/// detention. `seed` moves which household gets what. Synthetic data only.
struct QueueWriter {
    qint64 teamA = 0;
    qint64 teamB = 0;
    QList<qint64> assignees; ///< users the open cases go to in turn, with nobody between them
    QDate today;

    void write(const Database &db, int households, int seed) const;
};

} // namespace vangnet::test
