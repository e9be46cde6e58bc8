#include "retention/RetentionCategory.h"

#include <QCoreApplication>

namespace vangnet {

QList<RetentionCategory> allRetentionCategories()
{
    return {RetentionCategory::SignalNotTakenUp, RetentionCategory::SignalTakenUp, RetentionCategory::CaseClosed,
            RetentionCategory::HouseholdInactive};
}

QString retentionCategoryKey(RetentionCategory category)
{
    switch (category) {
    case RetentionCategory::SignalNotTakenUp: return QStringLiteral("signal_not_taken_up");
    case RetentionCategory::SignalTakenUp: return QStringLiteral("signal_taken_up");
    case RetentionCategory::CaseClosed: return QStringLiteral("case_closed");
    case RetentionCategory::HouseholdInactive: return QStringLiteral("household_inactive");
    }
    return QStringLiteral("unknown");
}

std::optional<RetentionCategory> retentionCategoryFromKey(const QString &key)
{
    for (RetentionCategory category : allRetentionCategories())
        if (retentionCategoryKey(category) == key)
            return category;
    return std::nullopt;
}

QString retentionCategoryLabel(RetentionCategory category)
{
    switch (category) {
    case RetentionCategory::SignalNotTakenUp:
        return QCoreApplication::translate("vangnet::RetentionCategory", "Signal not taken up");
    case RetentionCategory::SignalTakenUp:
        return QCoreApplication::translate("vangnet::RetentionCategory", "Signal taken up");
    case RetentionCategory::CaseClosed:
        return QCoreApplication::translate("vangnet::RetentionCategory", "Closed case (after closing)");
    case RetentionCategory::HouseholdInactive:
        return QCoreApplication::translate("vangnet::RetentionCategory", "Household without changes or notes");
    }
    return {};
}

QString retentionNoDataNote()
{
    return QCoreApplication::translate("vangnet::RetentionCategory", "no data of this kind yet");
}

int defaultRetentionMonths(RetentionCategory category)
{
    // Example municipal policy (docs/security.md, "Retention"); each municipality sets its own.
    switch (category) {
    case RetentionCategory::SignalNotTakenUp: return 6;
    case RetentionCategory::SignalTakenUp: return 12;
    case RetentionCategory::CaseClosed: return 18;
    case RetentionCategory::HouseholdInactive: return 18;
    }
    return 18;
}

} // namespace vangnet
