#include "retention/RetentionPolicy.h"

#include <QCoreApplication>

namespace vangnet::retention {

std::optional<FieldError> validateMonths(RetentionCategory category, int months)
{
    if (months >= minimumMonths && months <= maximumMonths)
        return std::nullopt;
    return FieldError{retentionCategoryKey(category),
                      QCoreApplication::translate("vangnet::RetentionPolicy",
                                                  "The retention period for \"%1\" must be between %2 and %3 months, "
                                                  "not %4.")
                          .arg(retentionCategoryLabel(category))
                          .arg(minimumMonths)
                          .arg(maximumMonths)
                          .arg(months)};
}

QDate cutoffDate(const QDate &asOf, int months)
{
    return asOf.addMonths(-months);
}

QDateTime cutoffMoment(const QDate &cutoff)
{
    return cutoff.startOfDay().toUTC();
}

} // namespace vangnet::retention
