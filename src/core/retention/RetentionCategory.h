#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace vangnet {

/// Soort gegevens met een eigen bewaartermijn. The stored key (retentionCategoryKey) is stable:
/// it names rows of retention_periods and retention_purges; never rename one.
enum class RetentionCategory {
    SignalNotTakenUp, ///< signaal niet opgepakt: in no case that was taken up
    SignalTakenUp,    ///< signaal opgepakt: in a case that was taken up and is closed
    CaseClosed,       ///< afgesloten casus, counted from the closing date
    HouseholdInactive ///< huishouden zonder wijziging of notitie
};

/// Every category, in the order the administrator sees them.
QList<RetentionCategory> allRetentionCategories();
QString retentionCategoryKey(RetentionCategory category); ///< "signal_not_taken_up", …
std::optional<RetentionCategory> retentionCategoryFromKey(const QString &key);
QString retentionCategoryLabel(RetentionCategory category); ///< translated
/// Said instead of a count for a category whose data Vangnet does not hold yet (translated).
QString retentionNoDataNote();

/// The example default period in months (municipal policy, not law; docs/security.md).
int defaultRetentionMonths(RetentionCategory category);

} // namespace vangnet
