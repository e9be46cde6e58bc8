#pragma once

#include "rules/HouseholdFacts.h"
#include "support/Result.h"

#include <QSqlDatabase>

namespace vangnet::rules {

/// Reads what the rules may know of households from the database: signals, discharge notices,
/// members, contact attempts, cases and the latest ZRM score per domain, of the household and of
/// each member's own assessments (docs/zrm.md). Reads
/// everything in a few sequential scans through bulkRead(), so a full evaluation of 100k
/// households with a million signals spends well under a second here.
class FactsLoader {
public:
    /// With `statusesOn` (a day before today) the statuses are those of that day, put back from
    /// the history (AsOfHistory); without, as stored now.
    explicit FactsLoader(QSqlDatabase db, QDate statusesOn = {});

    /// Every household, by ascending id.
    Result<QList<HouseholdFacts>> loadAll() const;
    /// These households (unknown ids are left out), by ascending id.
    Result<QList<HouseholdFacts>> load(QList<qint64> householdIds) const;

private:
    /// These households (or every one, for nullptr); `ids` ascending, at most a few hundred.
    Result<QList<HouseholdFacts>> loadSome(const QList<qint64> *ids) const;

    QSqlDatabase m_db;
    QDate m_statusesOn;
};

} // namespace vangnet::rules
