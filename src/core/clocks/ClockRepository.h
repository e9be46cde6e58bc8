#pragma once

#include "clocks/ClockSettings.h"
#include "support/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace vangnet::clocks {

/// The tables clock_settings (migration 9, one row per clock) and extra_days_off (migration 10);
/// no personal data.
class ClockRepository {
public:
    explicit ClockRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Every stored row over the example policy: a clock without a row keeps its default, and a
    /// row of a clock this Vangnet does not know is skipped.
    Result<ClockSettings> settings() const;
    /// Table clock_options (migration 19): when the contact-offer clock starts.
    Result<void> saveOfferStart(const OfferStartSetting &setting);
    /// Inserts or replaces one row.
    Result<void> save(const ClockSetting &setting);
    /// Table extra_days_off (migration 10), read into settings() as well.
    Result<void> addDayOff(const ExtraDayOff &day);
    Result<bool> removeDayOff(const QDate &date); ///< false when there was no such day
    /// The name of the added day off on `date`; nullopt when that day was not added.
    Result<std::optional<QString>> dayOffName(const QDate &date) const;

private:
    QSqlDatabase m_db;
};

} // namespace vangnet::clocks
