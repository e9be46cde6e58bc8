#pragma once

#include "clocks/ClockSettings.h"
#include "support/Result.h"

#include <QSqlDatabase>

namespace vangnet::clocks {

/// The table clock_settings (migration 9): one row per clock, no personal data.
class ClockRepository {
public:
    explicit ClockRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Every stored row over the example policy: a clock without a row keeps its default, and a
    /// row of a clock this Vangnet does not know is skipped.
    Result<ClockSettings> settings() const;
    /// Inserts or replaces one row.
    Result<void> save(const ClockSetting &setting);

private:
    QSqlDatabase m_db;
};

} // namespace vangnet::clocks
