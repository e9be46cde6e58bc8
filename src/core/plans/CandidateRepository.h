#pragma once

#include "plans/NeedHolder.h"
#include "support/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace vangnet::plans {

/// Reads every household with a current housing need together with what the planner ranks it
/// by: its team and wijk, the applicant's birth date, its active flags, and whether an earlier
/// run's proposal or a placement already looks after it. No permission check: callers decide
/// what a user may see of it (PlanService).
class CandidateRepository {
public:
    explicit CandidateRepository(QSqlDatabase db);

    /// Every household with a need, ordered by household id, with its Standing.
    Result<QList<NeedHolder>> needHolders() const;

private:
    QSqlDatabase m_db;
};

} // namespace vangnet::plans
