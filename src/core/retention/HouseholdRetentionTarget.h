#pragma once

#include "retention/RetentionTarget.h"

namespace vangnet {

/// Households without activity: no change to the household or any member
/// (households.updated_at, persons.updated_at) and no note (notes.created_at) since the cutoff.
/// Removing one takes its members and notes along (ON DELETE CASCADE) and its address when no
/// other household lives there.
class HouseholdRetentionTarget final : public RetentionTarget {
public:
    Result<QList<RetentionItem>> due(const QSqlDatabase &db, const QDateTime &cutoff) const override;
    Result<qint64> remove(const QSqlDatabase &db, const QList<qint64> &ids, const QDateTime &cutoff) const override;
};

} // namespace vangnet
