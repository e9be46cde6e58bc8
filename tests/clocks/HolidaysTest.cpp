#include "clocks/Deadlines.h"
#include "clocks/Holidays.h"

#include <catch2/catch.hpp>

using namespace vangnet::clocks;

namespace {

QStringList keysAndDates(int year)
{
    QStringList out;
    for (const PublicHoliday &h : publicHolidays(year))
        out << h.date.toString(Qt::ISODate) + QLatin1Char(' ') + h.key;
    return out;
}

} // namespace

TEST_CASE("Easter Sunday follows the Gregorian computus", "[clocks]")
{
    CHECK(easterSunday(2000) == QDate(2000, 4, 23));
    CHECK(easterSunday(2008) == QDate(2008, 3, 23)); // early
    CHECK(easterSunday(2011) == QDate(2011, 4, 24)); // late
    CHECK(easterSunday(2016) == QDate(2016, 3, 27));
    CHECK(easterSunday(2024) == QDate(2024, 3, 31));
    CHECK(easterSunday(2025) == QDate(2025, 4, 20));
    CHECK(easterSunday(2026) == QDate(2026, 4, 5));
    CHECK(easterSunday(2027) == QDate(2027, 3, 28));
    CHECK(easterSunday(2038) == QDate(2038, 4, 25)); // the latest possible date
}

TEST_CASE("The public holidays of the Algemene termijnenwet, in date order", "[clocks]")
{
    CHECK(keysAndDates(2026) == QStringList{
        QStringLiteral("2026-01-01 new_years_day"), QStringLiteral("2026-04-03 good_friday"),
        QStringLiteral("2026-04-06 easter_monday"), QStringLiteral("2026-04-27 kings_day"),
        QStringLiteral("2026-05-05 liberation_day"), QStringLiteral("2026-05-14 ascension_day"),
        QStringLiteral("2026-05-25 whit_monday"), QStringLiteral("2026-12-25 christmas_day"),
        QStringLiteral("2026-12-26 boxing_day")});
    // King's Day on a Sunday (27 April 2025) is celebrated the day before; Queen's Day before 2014.
    CHECK(keysAndDates(2025).contains(QStringLiteral("2025-04-26 kings_day")));
    CHECK(keysAndDates(2013).contains(QStringLiteral("2013-04-30 kings_day")));
    // An early Easter puts Ascension Day before Liberation Day (1 May 2008).
    const QStringList early = keysAndDates(2008);
    CHECK(early.indexOf(QStringLiteral("2008-05-01 ascension_day")) <
          early.indexOf(QStringLiteral("2008-05-05 liberation_day")));
    for (const PublicHoliday &h : publicHolidays(2026)) {
        CHECK(isPublicHoliday(h.date));
        CHECK_FALSE(isWorkingDay(h.date));
        CHECK_FALSE(h.name.isEmpty());
    }
}

TEST_CASE("Only the listed days are public holidays", "[clocks]")
{
    int holidays = 0;
    for (QDate d(2026, 1, 1); d.year() == 2026; d = d.addDays(1))
        holidays += isPublicHoliday(d) ? 1 : 0;
    CHECK(holidays == 9);
    CHECK_FALSE(isPublicHoliday(QDate(2026, 4, 5))); // Easter Sunday is a Sunday anyway
    CHECK_FALSE(isPublicHoliday(QDate(2026, 5, 15))); // the Friday after Ascension is added by decree, if at all
    CHECK_FALSE(isPublicHoliday(QDate(2026, 12, 24)));
    CHECK_FALSE(isPublicHoliday(QDate()));
    CHECK(isWorkingDay(QDate(2026, 4, 7)));
    CHECK_FALSE(isWorkingDay(QDate(2026, 4, 4))); // Saturday
}

TEST_CASE("Two holidays on one day count once", "[clocks]")
{
    // 5 May 2016 was Ascension Day and Liberation Day. Thursday 28 April + 5 working days:
    // 29 April, 2, 3, 4 May, (5 May), 6 May.
    CHECK(publicHolidays(2016).size() == 9);
    CHECK(publicHolidayDates(2016).size() == 8);
    CHECK(publicHolidayDates(2016).count(QDate(2016, 5, 5)) == 1);
    CHECK(addDays(QDate(2016, 4, 28), 5, true) == QDate(2016, 5, 6));
    CHECK(subtractDays(QDate(2016, 5, 6), 5, true) == QDate(2016, 4, 28));
}
