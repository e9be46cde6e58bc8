#pragma once

#include "retention/RetentionCategory.h"
#include "support/Result.h"

#include <QDate>
#include <QDateTime>

#include <optional>

namespace vangnet {

/// Bewaartermijn: how long data of one category is kept after its last activity.
struct RetentionPeriod {
    RetentionCategory category = RetentionCategory::HouseholdInactive;
    int months = 0;
    QDateTime updatedAt; ///< UTC; invalid while the shipped default is in force
    QString updatedBy;   ///< user name of the administrator who set it; empty for the default
};

/// What is due for purging in one category on a given day. Counts and dates only: the
/// administrator sees no household data.
struct RetentionDue {
    RetentionCategory category = RetentionCategory::HouseholdInactive;
    int months = 0;
    QDate asOf;   ///< the day the period is counted back from
    QDate cutoff; ///< data whose last activity lies before this day (local time) is due
    qint64 count = 0;
    QDate oldest;          ///< last activity of the oldest due item; invalid when none is due
    bool hasData = false;  ///< false: this kind of data does not exist yet in Vangnet
};

/// One purge as recorded in retention_purges (opschoonlog): no personal data.
struct RetentionPurge {
    qint64 id = 0;
    QDateTime at; ///< UTC
    RetentionCategory category = RetentionCategory::HouseholdInactive;
    qint64 count = 0;
    int months = 0;
    QDate cutoff;
    qint64 actorId = 0;
    QString actorName;
};

namespace retention {

constexpr int minimumMonths = 1;
constexpr int maximumMonths = 120;

/// A field error (field = the category key) when `months` is outside 1…120.
std::optional<FieldError> validateMonths(RetentionCategory category, int months);
/// The first day that is kept: `asOf` minus `months` months.
QDate cutoffDate(const QDate &asOf, int months);
/// The start of the cutoff day in local time, as UTC: activity before it is due.
QDateTime cutoffMoment(const QDate &cutoff);

} // namespace retention

} // namespace vangnet
