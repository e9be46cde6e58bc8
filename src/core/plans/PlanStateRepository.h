#pragma once

#include "support/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace vangnet::plans {

/// A staff pin: this household goes to this place in every run while the pin stands.
struct PlanPin {
    qint64 householdId = 0;
    qint64 placeId = 0;
    QDateTime createdAt;
    QString createdBy;
};

/// Why a pair is never proposed again.
enum class ExclusionSource {
    Declined, ///< "afgewezen": the household declined this place's offer
    Staff,    ///< "medewerker": staff ruled the pair out
};

/// A pair the planner must not use.
struct PlanExclusion {
    qint64 householdId = 0;
    qint64 placeId = 0;
    ExclusionSource source = ExclusionSource::Staff;
    QDateTime createdAt;
    QString createdBy;
};

/// Tables plan_pins, plan_exclusions and place_placements, and the capacity that proposals in
/// progress hold: what a new run must respect. The one way to them; permission checks and audit
/// records are the caller's.
class PlanStateRepository {
public:
    explicit PlanStateRepository(QSqlDatabase db);

    Result<QList<PlanPin>> pins() const;
    Result<QList<PlanExclusion>> exclusions() const;
    /// Per place id, how much of its capacity is taken: open placements (ended_on NULL) plus
    /// proposals approved, offered or accepted but not yet placed.
    Result<QHash<qint64, int>> takenCapacity() const;

    /// Pins the household to the place, replacing the pin it had (one per household).
    Result<void> addPin(qint64 householdId, qint64 placeId, const QString &by, const QDateTime &at);
    /// Removes the household's pin; nothing happens when it has none.
    Result<void> removePin(qint64 householdId);
    /// Excludes the pair; idempotent: a pair already excluded keeps its first record.
    Result<void> addExclusion(qint64 householdId, qint64 placeId, ExclusionSource source, const QString &by,
                              const QDateTime &at);
    /// Lifts the exclusion of the pair; nothing happens when there is none.
    Result<void> removeExclusion(qint64 householdId, qint64 placeId);

    /// Records that the household lives in the place from `placedOn` (ended_on NULL: it takes one
    /// of the place's capacity). `entryId` is the proposal it came from, `caseId` the household's
    /// open case (0 = none). The new placement's id.
    Result<qint64> addPlacement(qint64 placeId, qint64 householdId, qint64 entryId, qint64 caseId,
                                const QDate &placedOn, const QString &by, const QDateTime &at);
    /// How many households live in the place now (open placements).
    Result<int> occupants(qint64 placeId) const;
    /// Whether the household lives in a place now (an open placement).
    Result<bool> isPlaced(qint64 householdId) const;

private:
    QSqlDatabase m_db;
};

QString exclusionSourceKey(ExclusionSource source); ///< "afgewezen", "medewerker"

} // namespace vangnet::plans
