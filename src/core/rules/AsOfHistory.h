#pragma once

#include "rules/HouseholdFacts.h"
#include "support/Result.h"

#include <QSqlDatabase>

namespace vangnet::rules {

/// Whether the status history reaches back to an as-of day.
struct HistoryCoverage {
    bool complete = true; ///< every status change after the day is on record
    /// The day the history began; invalid when it was kept from the start (and for an evaluation
    /// as of today, which needs no history).
    QDate since;
};

/// The statuses of a past day (docs/rules.md, "As of a past day"). FactsLoader reads what the
/// store says now; for an evaluation as of an earlier day this puts back, in the loaded facts,
/// whatever changed after that day, from the history every write path keeps: a signal's and a
/// notice's status (status_history), a notice's lifecycle, expected date and own conditions
/// (discharge_notice_history) and the basic conditions caseworkers set on cases
/// (basic_condition_history). It reads only the history rows in effect after the day (an index on
/// valid_from), a scan per table, so its cost follows the changes since the day, not the size of
/// the store.
class AsOfHistory {
public:
    explicit AsOfHistory(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Whether the history covers `day`: it does unless `day` lies before the day the history
    /// began (schema_meta status_history_since, set when migration 17 met existing data).
    Result<HistoryCoverage> coverage(QDate day) const;
    /// Corrects `facts`, as loaded from the store now, to what held on `day`.
    Result<void> apply(QList<HouseholdFacts> &facts, QDate day) const;

private:
    QSqlDatabase m_db;
};

} // namespace vangnet::rules
