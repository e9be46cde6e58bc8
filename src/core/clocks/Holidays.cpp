#include "clocks/Holidays.h"

#include <QCoreApplication>

#include <algorithm>

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

} // namespace

QList<PublicHoliday> publicHolidays(int year)
{
    const QDate easter = easterSunday(year);
    auto name = [](const char *text) { return QCoreApplication::translate("vangnet::clocks", text); };
    QList<PublicHoliday> days{
        {QDate(year, 1, 1), QStringLiteral("new_years_day"), name(QT_TRANSLATE_NOOP("vangnet::clocks", "New Year's Day"))},
        {easter.addDays(-2), QStringLiteral("good_friday"), name(QT_TRANSLATE_NOOP("vangnet::clocks", "Good Friday"))},
        {easter.addDays(1), QStringLiteral("easter_monday"), name(QT_TRANSLATE_NOOP("vangnet::clocks", "Easter Monday"))},
        {monarchsDay(year), QStringLiteral("kings_day"), year >= 2014 ? name(QT_TRANSLATE_NOOP("vangnet::clocks", "King's Day")) : name(QT_TRANSLATE_NOOP("vangnet::clocks", "Queen's Day"))},
        {QDate(year, 5, 5), QStringLiteral("liberation_day"), name(QT_TRANSLATE_NOOP("vangnet::clocks", "Liberation Day"))},
        {easter.addDays(39), QStringLiteral("ascension_day"), name(QT_TRANSLATE_NOOP("vangnet::clocks", "Ascension Day"))},
        {easter.addDays(50), QStringLiteral("whit_monday"), name(QT_TRANSLATE_NOOP("vangnet::clocks", "Whit Monday"))},
        {QDate(year, 12, 25), QStringLiteral("christmas_day"), name(QT_TRANSLATE_NOOP("vangnet::clocks", "Christmas Day"))},
        {QDate(year, 12, 26), QStringLiteral("boxing_day"), name(QT_TRANSLATE_NOOP("vangnet::clocks", "Boxing Day"))},
    };
    // Ascension Day can fall on 30 April or 1 May, before Liberation Day.
    std::stable_sort(days.begin(), days.end(),
        [](const PublicHoliday &a, const PublicHoliday &b) { return a.date < b.date; });
    return days;
}

bool isPublicHoliday(const QDate &date)
{
    if (!date.isValid())
        return false;
    const int month = date.month();
    const int day = date.day();
    if ((month == 1 && day == 1) || (month == 5 && day == 5) || (month == 12 && (day == 25 || day == 26)))
        return true;
    if (date == monarchsDay(date.year()))
        return true;
    // The moving feasts lie between Good Friday (20 March at the earliest) and Whit Monday (14 June at the latest).
    if (month < 3 || month > 6)
        return false;
    const qint64 fromEaster = easterSunday(date.year()).daysTo(date);
    return fromEaster == -2 || fromEaster == 1 || fromEaster == 39 || fromEaster == 50;
}

bool isWorkingDay(const QDate &date)
{
    return date.dayOfWeek() <= Qt::Friday && !isPublicHoliday(date);
}

} // namespace vangnet::clocks
