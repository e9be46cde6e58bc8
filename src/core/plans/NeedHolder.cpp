#include "plans/NeedHolder.h"

#include <QCoreApplication>

#include <algorithm>

namespace vangnet::plans {

QString standingKey(Standing standing)
{
    switch (standing) {
    case Standing::Candidate:
        return QStringLiteral("kandidaat");
    case Standing::NoActiveFlag:
        return QStringLiteral("geen_actief_signaal");
    case Standing::InProgress:
        return QStringLiteral("in_behandeling");
    case Standing::Placed:
        return QStringLiteral("geplaatst");
    }
    return {};
}

QString standingLabel(Standing standing)
{
    switch (standing) {
    case Standing::Candidate:
        return QCoreApplication::translate("vangnet::plans", "candidate");
    case Standing::NoActiveFlag:
        return QCoreApplication::translate("vangnet::plans", "not a candidate: no active flag");
    case Standing::InProgress:
        return QCoreApplication::translate("vangnet::plans", "not a candidate: a proposal is being offered");
    case Standing::Placed:
        return QCoreApplication::translate("vangnet::plans", "not a candidate: already placed");
    }
    return {};
}

std::optional<planner::Tier> NeedHolder::tier() const
{
    // rules::Severity: Laag = 1 … Kritiek = 4; the planner's tiers count from the most urgent.
    if (highestSeverity < 1 || highestSeverity > 4)
        return std::nullopt;
    return static_cast<planner::Tier>(4 - highestSeverity);
}

qint64 NeedHolder::waitingDays(const QDate &asOf) const
{
    QDate since = need.registeredOn;
    if (firstFlagRaised.isValid() && (!since.isValid() || firstFlagRaised > since))
        since = firstFlagRaised;
    if (!since.isValid() || !asOf.isValid())
        return 0;
    return std::max<qint64>(0, since.daysTo(asOf));
}

qint64 NeedHolder::priority(const QDate &asOf) const
{
    return std::max<qint64>(0, scoreSum) + waitingDays(asOf);
}

std::optional<int> NeedHolder::applicantAge(const QDate &date) const
{
    if (!applicantBirthDate.isValid() || !date.isValid())
        return std::nullopt;
    int age = date.year() - applicantBirthDate.year();
    if (date.month() < applicantBirthDate.month()
        || (date.month() == applicantBirthDate.month() && date.day() < applicantBirthDate.day()))
        --age;
    return age;
}

} // namespace vangnet::plans
