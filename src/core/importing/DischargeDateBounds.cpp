#include "importing/DischargeDateBounds.h"

#include "clocks/ClockRepository.h"
#include "clocks/Deadlines.h"
#include "support/IsoDate.h"

#include <QCoreApplication>

namespace vangnet::importing {

DischargeDateBounds::DischargeDateBounds(const clocks::ClockSettings &settings, QDate today)
    : m_past(settings.of(clocks::ClockKind::DischargeDatePast)),
      m_ahead(settings.of(clocks::ClockKind::DischargeDateAhead)),
      m_earliest(clocks::subtractDays(today, m_past.days, m_past.workingDays, settings.workingDays())),
      m_latest(clocks::addDays(today, m_ahead.days, m_ahead.workingDays, settings.workingDays()))
{
}

Result<DischargeDateBounds> DischargeDateBounds::load(const QSqlDatabase &db, QDate today)
{
    auto settings = clocks::ClockRepository(db).settings();
    if (!settings)
        return settings.error();
    return DischargeDateBounds(*settings, today);
}

std::optional<QString> DischargeDateBounds::refusal(const QDate &date) const
{
    if (date < m_earliest)
        return QCoreApplication::translate("vangnet::importing::DischargeDateBounds",
                                           "The discharge date %1 is more than %2 before today (policy setting '%3'); "
                                           "the notice is left as it was.")
            .arg(isoDate(date), clocks::clockPeriodText(m_past.days, m_past.workingDays), clocks::clockKey(m_past.kind));
    if (date > m_latest)
        return QCoreApplication::translate("vangnet::importing::DischargeDateBounds",
                                           "The discharge date %1 is more than %2 after today (policy setting '%3'); "
                                           "the notice is left as it was.")
            .arg(isoDate(date), clocks::clockPeriodText(m_ahead.days, m_ahead.workingDays), clocks::clockKey(m_ahead.kind));
    return std::nullopt;
}

} // namespace vangnet::importing
