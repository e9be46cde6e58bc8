#pragma once

#include "needs/HousingNeed.h"
#include "support/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace vangnet::needs {

/// The housing_needs table: the one way to it. Permission checks and audit records are the
/// caller's (NeedService).
class NeedRepository {
public:
    explicit NeedRepository(QSqlDatabase db);

    /// The need of this household; nullopt when it has none.
    Result<std::optional<HousingNeed>> find(qint64 householdId) const;
    /// Every household's need, by household id: what the planner reads.
    Result<QList<HousingNeed>> all() const;
    /// Inserts the household's need or replaces the one it has.
    Result<void> store(const HousingNeed &need, bool exists);
    /// Removes the household's need; false when it had none.
    Result<bool> remove(qint64 householdId);
    /// Whether `personId` is a member of `householdId`.
    Result<bool> isMember(qint64 householdId, qint64 personId) const;

private:
    QSqlDatabase m_db;
};

} // namespace vangnet::needs
