#include "clocks/ClockRepository.h"

#include "storage/SqlStatement.h"

namespace vangnet::clocks {

Result<ClockSettings> ClockRepository::settings() const
{
    auto q
        = runSql(m_db, QStringLiteral("SELECT clock, days, working_days, updated_at, updated_by FROM clock_settings"),
            {}, "read clock settings");
    if (!q)
        return q.error();
    ClockSettings out = ClockSettings::defaults();
    while (q->next()) {
        const auto kind = clockFromKey(q->value(0).toString());
        if (!kind)
            continue; // a clock of a newer Vangnet: not ours to apply
        out.set(ClockSetting{*kind, q->value(1).toInt(), q->value(2).toInt() != 0,
            q->value(3).isNull() ? QDateTime() : timestampFromSql(q->value(3)), q->value(4).toString()});
    }
    return out;
}

Result<void> ClockRepository::save(const ClockSetting &s)
{
    auto q = runSql(m_db,
        QStringLiteral(
            "INSERT INTO clock_settings (clock, days, working_days, updated_at, updated_by) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (clock) DO UPDATE SET days = excluded.days, working_days = excluded.working_days, "
            "updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
        {clockKey(s.kind), s.days, s.workingDays ? 1 : 0, timestampToSql(s.updatedAt), s.updatedBy},
        "save clock setting");
    if (!q)
        return q.error();
    return success();
}

} // namespace vangnet::clocks
