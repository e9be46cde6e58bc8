#pragma once

#include "households/DuplicateFinder.h"
#include "support/Result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace vangnet::households {

/// What detection reads of one team, and the pairs set aside as "not a duplicate"
/// (household_pair_dismissals).
class DuplicateRepository {
public:
    explicit DuplicateRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// The team's households with their current and earlier addresses.
    Result<QList<DuplicateHousehold>> households(qint64 teamId) const;
    /// The members of the team's households.
    Result<QList<DuplicateMember>> members(qint64 teamId) const;
    /// The team's pairs called "not a duplicate".
    Result<QSet<HouseholdPairKey>> dismissed(qint64 teamId) const;
    /// Remembers the pair as not a duplicate (again: nothing changes).
    Result<void> dismiss(HouseholdPairKey pair, const QDateTime &now, const QString &by) const;

private:
    QSqlDatabase m_db;
};

} // namespace vangnet::households
