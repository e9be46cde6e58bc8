#include "retention/RetentionTarget.h"

#include "retention/HouseholdRetentionTarget.h"

namespace vangnet {

std::unique_ptr<RetentionTarget> retentionTarget(RetentionCategory category)
{
    switch (category) {
    case RetentionCategory::HouseholdInactive:
        return std::make_unique<HouseholdRetentionTarget>();
    // Signals and cases arrive with later issues; their targets go here.
    case RetentionCategory::SignalNotTakenUp:
    case RetentionCategory::SignalTakenUp:
    case RetentionCategory::CaseClosed:
        return nullptr;
    }
    return nullptr;
}

} // namespace vangnet
