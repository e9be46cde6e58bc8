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
    auto days = runSql(m_db, QStringLiteral("SELECT day, name, added_by, added_at FROM extra_days_off ORDER BY day"), {},
                       "read extra days off");
    if (!days)
        return days.error();
    QList<ExtraDayOff> extra;
    while (days->next())
        extra << ExtraDayOff{QDate::fromString(days->value(0).toString(), Qt::ISODate), days->value(1).toString(),
                             days->value(2).toString(), timestampFromSql(days->value(3))};
    out.setExtraDaysOff(std::move(extra));
    auto options = runSql(m_db, QStringLiteral("SELECT value, updated_at, updated_by FROM clock_options "
                                               "WHERE option_key = 'contact_offer_start'"), {}, "read clock options");
    if (!options)
        return options.error();
    if (options->next())
        if (const auto rule = offerStartFromKey(options->value(0).toString()))
            out.setOfferStart({*rule, options->value(1).isNull() ? QDateTime() : timestampFromSql(options->value(1)),
                               options->value(2).toString()});
    return out;
}

Result<void> ClockRepository::addDayOff(const ExtraDayOff &day)
{
    auto q = runSql(m_db, QStringLiteral("INSERT INTO extra_days_off (day, name, added_by, added_at) VALUES (?, ?, ?, ?)"),
                    {day.date.toString(Qt::ISODate), day.name, day.addedBy, timestampToSql(day.addedAt)}, "add day off");
    if (!q)
        return q.error();
    return success();
}

Result<std::optional<QString>> ClockRepository::dayOffName(const QDate &date) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT name FROM extra_days_off WHERE day = ?"), {date.toString(Qt::ISODate)},
                    "read day off");
    if (!q)
        return q.error();
    return q->next() ? std::optional<QString>(q->value(0).toString()) : std::nullopt;
}

Result<bool> ClockRepository::removeDayOff(const QDate &date)
{
    auto q = runSql(m_db, QStringLiteral("DELETE FROM extra_days_off WHERE day = ?"), {date.toString(Qt::ISODate)},
                    "remove day off");
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<void> ClockRepository::saveOfferStart(const OfferStartSetting &setting)
{
    auto q = runSql(m_db, QStringLiteral(
        "INSERT INTO clock_options (option_key, value, updated_at, updated_by) VALUES ('contact_offer_start', ?, ?, ?) "
        "ON CONFLICT (option_key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
        "updated_by = excluded.updated_by"),
        {offerStartKey(setting.rule), timestampToSql(setting.updatedAt), setting.updatedBy}, "save clock option");
    if (!q)
        return q.error();
    return success();
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
