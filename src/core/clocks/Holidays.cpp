#include "clocks/Holidays.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace vangnet::clocks {

QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

namespace {

/// King's Day since 2014 (27 April), Queen's Day before (30 April); on a Sunday, the day before.
QDate monarchsDay(int year)
{
    const QDate day(year, 4, year >= 2014 ? 27 : 30);
    return day.dayOfWeek() == Qt::Sunday ? day.addDays(-1) : day;
}

struct HolidayRule {
    QDate date;
    const char *key;
    const char *name; ///< untranslated
};

std::array<HolidayRule, 9> holidayRules(int year)
{
    const QDate easter = easterSunday(year);
    std::array<HolidayRule, 9> days{{
        {QDate(year, 1, 1), "new_years_day", QT_TRANSLATE_NOOP("vangnet::clocks", "New Year's Day")},
        {easter.addDays(-2), "good_friday", QT_TRANSLATE_NOOP("vangnet::clocks", "Good Friday")},
        {easter.addDays(1), "easter_monday", QT_TRANSLATE_NOOP("vangnet::clocks", "Easter Monday")},
        {monarchsDay(year), "kings_day",
         year >= 2014 ? QT_TRANSLATE_NOOP("vangnet::clocks", "King's Day") : QT_TRANSLATE_NOOP("vangnet::clocks", "Queen's Day")},
        {QDate(year, 5, 5), "liberation_day", QT_TRANSLATE_NOOP("vangnet::clocks", "Liberation Day")},
        {easter.addDays(39), "ascension_day", QT_TRANSLATE_NOOP("vangnet::clocks", "Ascension Day")},
        {easter.addDays(50), "whit_monday", QT_TRANSLATE_NOOP("vangnet::clocks", "Whit Monday")},
        {QDate(year, 12, 25), "christmas_day", QT_TRANSLATE_NOOP("vangnet::clocks", "Christmas Day")},
        {QDate(year, 12, 26), "boxing_day", QT_TRANSLATE_NOOP("vangnet::clocks", "Boxing Day")},
    }};
    // Ascension Day can fall on 30 April or 1 May, before Liberation Day.
    std::stable_sort(days.begin(), days.end(), [](const HolidayRule &a, const HolidayRule &b) { return a.date < b.date; });
    return days;
}

} // namespace

QList<PublicHoliday> publicHolidays(int year)
{
    QList<PublicHoliday> out;
    for (const HolidayRule &day : holidayRules(year))
        out.append({day.date, QString::fromLatin1(day.key), QCoreApplication::translate("vangnet::clocks", day.name)});
    return out;
}

QList<QDate> publicHolidayDates(int year)
{
    QList<QDate> out;
    for (const HolidayRule &day : holidayRules(year))
        if (out.isEmpty() || out.constLast() != day.date) // two holidays on one day (Ascension Day on 5 May)
            out.append(day.date);
    return out;
}

bool isPublicHoliday(const QDate &date)
{
    return date.isValid() && publicHolidayDates(date.year()).contains(date);
}

bool isWorkingDay(const QDate &date)
{
    return date.dayOfWeek() <= Qt::Friday && !isPublicHoliday(date);
}

WorkingDays::WorkingDays(const QList<ExtraDayOff> &extra)
{
    for (const ExtraDayOff &day : extra)
        if (day.date.isValid() && clocks::isWorkingDay(day.date))
            m_extra << day.date;
    std::sort(m_extra.begin(), m_extra.end());
    m_extra.erase(std::unique(m_extra.begin(), m_extra.end()), m_extra.end());
}

bool WorkingDays::isWorkingDay(const QDate &date) const
{
    return clocks::isWorkingDay(date) && !std::binary_search(m_extra.cbegin(), m_extra.cend(), date);
}

int WorkingDays::weekdaysOffIn(const QDate &after, const QDate &upTo) const
{
    int count = 0;
    if (upTo <= after)
        return count;
    for (int year = after.year(); year <= upTo.year(); ++year)
        for (const QDate &date : publicHolidayDates(year))
            if (date > after && date <= upTo && date.dayOfWeek() <= Qt::Friday)
                ++count;
    const auto first = std::upper_bound(m_extra.cbegin(), m_extra.cend(), after);
    const auto last = std::upper_bound(first, m_extra.cend(), upTo);
    return count + int(last - first); // the extra days are weekdays and never public holidays
}

} // namespace vangnet::clocks
