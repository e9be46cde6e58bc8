#include "retention/RetentionTarget.h"

#include "retention/CaseRetentionTargets.h"
#include "retention/HouseholdRetentionTarget.h"

namespace vangnet {

std::unique_ptr<RetentionTarget> retentionTarget(RetentionCategory category)
{
    switch (category) {
    case RetentionCategory::HouseholdInactive:
        return std::make_unique<HouseholdRetentionTarget>();
    case RetentionCategory::SignalNotTakenUp:
        return std::make_unique<SignalRetentionTarget>(false);
    case RetentionCategory::SignalTakenUp:
        return std::make_unique<SignalRetentionTarget>(true);
    case RetentionCategory::CaseClosed:
        return std::make_unique<CaseRetentionTarget>();
    }
    return nullptr;
}

} // namespace vangnet
