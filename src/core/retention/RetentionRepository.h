#pragma once

#include "retention/RetentionPolicy.h"
#include "support/Result.h"

#include <QSqlDatabase>

namespace vangnet {

/// The tables retention_periods (bewaartermijnen) and retention_purges (opschoonlog).
/// Neither holds personal data.
class RetentionRepository {
public:
    explicit RetentionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The stored periods; a category without a row is not in the list.
    Result<QList<RetentionPeriod>> periods() const;
    Result<void> setPeriod(const RetentionPeriod &period);
    /// Appends a purge record; returns its id.
    Result<qint64> addPurge(const RetentionPurge &purge);
    /// The newest `limit` purge records, newest first.
    Result<QList<RetentionPurge>> purges(int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace vangnet
