#pragma once

#include "support/Result.h"

#include <QDate>
#include <QString>

namespace vangnet::dashboard {

/// An ISO 8601 week ("2026-W47"): Monday to Sunday, numbered within its ISO year (the year of
/// its Thursday, so 29 December 2025 lies in 2026-W01). Weeks are how the team lead reports.
class IsoWeek {
public:
    IsoWeek() = default;
    /// The week that holds `day`.
    static IsoWeek containing(const QDate &day);
    /// The last week that has ended on `today`: the week before the one holding today (a
    /// Sunday's own week is complete only from Monday).
    static IsoWeek lastComplete(const QDate &today);
    /// Parses "2026-W47" (also "2026-w47"): four-digit year, two-digit week that exists in that
    /// year (W53 only in years that have one). The error says what is wrong, for the field `field`.
    static Result<IsoWeek> parse(const QString &text, const QString &field = QStringLiteral("week"));

    bool isValid() const { return m_monday.isValid(); }
    QDate monday() const { return m_monday; }
    QDate sunday() const { return m_monday.addDays(6); }
    int year() const;
    int number() const;
    QString key() const; ///< "2026-W47"
    /// The week `weeks` later (negative: earlier).
    IsoWeek plusWeeks(int weeks) const;

    bool operator==(const IsoWeek &other) const { return m_monday == other.m_monday; }
    bool operator<(const IsoWeek &other) const { return m_monday < other.m_monday; }

private:
    explicit IsoWeek(QDate monday) : m_monday(monday) {}
    QDate m_monday;
};

/// The number of ISO weeks in `year`: 53 when 1 January is a Thursday, or a Wednesday in a leap year.
int isoWeeksInYear(int year);

} // namespace vangnet::dashboard
