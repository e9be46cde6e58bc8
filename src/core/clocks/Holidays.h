#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace vangnet::clocks {

/// A public holiday as the Algemene termijnenwet (art. 3, first and second paragraph) names it.
struct PublicHoliday {
    QDate date;
    QString key;  ///< stable, for scripts: "new_years_day", "good_friday", …, "boxing_day"
    QString name; ///< translated, e.g. "Easter Monday" (Tweede paasdag)
};

/// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
QDate easterSunday(int year);

/// The public holidays of `year` in date order: New Year's Day, Good Friday, Easter Monday,
/// King's Day (Queen's Day on 30 April before 2014; the Saturday before when the day is a
/// Sunday), Liberation Day (5 May), Ascension Day, Whit Monday, Christmas Day and Boxing Day.
/// Days the government adds by decree (art. 3, third paragraph) are not included.
QList<PublicHoliday> publicHolidays(int year);

/// The dates of publicHolidays(), each once (two holidays can fall on one day), without names.
QList<QDate> publicHolidayDates(int year);

bool isPublicHoliday(const QDate &date);

/// Monday to Friday and not a public holiday: the days a working-day clock counts.
bool isWorkingDay(const QDate &date);

/// A day off the government adds by decree (Algemene termijnenwet art. 3, third paragraph, e.g.
/// the Friday after Ascension Day), entered by a team lead because no rule predicts it.
struct ExtraDayOff {
    QDate date;
    QString name;       ///< as entered, e.g. "Vrijdag na Hemelvaartsdag (Besluit 2027)"
    QString addedBy;    ///< username
    QDateTime addedAt;
};

/// The days a working-day clock counts: isWorkingDay() less the extra days off.
class WorkingDays {
public:
    WorkingDays() = default;
    explicit WorkingDays(const QList<ExtraDayOff> &extra);

    bool isWorkingDay(const QDate &date) const;
    /// Days off on a weekday in (after, upTo]: public holidays and extra days, each day once.
    int weekdaysOffIn(const QDate &after, const QDate &upTo) const;

private:
    QList<QDate> m_extra; ///< sorted, weekdays that are not public holidays
};

} // namespace vangnet::clocks
