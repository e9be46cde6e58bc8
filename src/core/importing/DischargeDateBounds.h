#pragma once

#include "clocks/ClockSettings.h"
#include "support/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace vangnet::importing {

/// How far a re-delivered discharge notice may move its expected date, counted from the day of
/// the delivery: the policy settings discharge_date_past and discharge_date_ahead (ClockKind
/// DischargeDatePast, DischargeDateAhead; calendar or working days, as set). A date outside is
/// refused with a reason that names the bound and the setting (docs/formats.md, "Discharge
/// lifecycle").
class DischargeDateBounds {
public:
    DischargeDateBounds(const clocks::ClockSettings &settings, QDate today);
    /// The settings as stored (clock_settings).
    static Result<DischargeDateBounds> load(const QSqlDatabase &db, QDate today);

    QDate earliest() const { return m_earliest; }
    QDate latest() const { return m_latest; }
    /// Why `date` is out of bounds (translated), or nullopt when it is within them.
    std::optional<QString> refusal(const QDate &date) const;

private:
    clocks::ClockSetting m_past;
    clocks::ClockSetting m_ahead;
    QDate m_earliest;
    QDate m_latest;
};

} // namespace vangnet::importing
