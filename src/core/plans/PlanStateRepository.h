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

    /// Pins the household to the place, replacing a pin it had (one pin per household).
    Result<void> addPin(const PlanPin &pin);
    /// Removes the household's pin; NotFound when it has none.
    Result<void> removePin(qint64 householdId);
    /// Excludes the pair; a pair already excluded keeps its first source.
    Result<void> addExclusion(const PlanExclusion &exclusion);

private:
    QSqlDatabase m_db;
};

QString exclusionSourceKey(ExclusionSource source); ///< "afgewezen", "medewerker"

} // namespace vangnet::plans
