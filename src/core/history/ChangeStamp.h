#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace vangnet {

/// Who made a change the history keeps, when, and the day the new value takes effect: today for
/// most changes, an earlier day where the user gives one (a case's closing date, the day a basic
/// condition holds from). Never a day after today.
struct ChangeStamp {
    QString by;
    QDateTime at;
    QDate validFrom;

    /// A change in effect from the (local) day it is made.
    static ChangeStamp sameDay(const QString &by, const QDateTime &at) { return {by, at, at.toLocalTime().date()}; }
};

} // namespace vangnet
