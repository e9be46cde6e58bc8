#pragma once

#include "storage/Migration.h"

namespace vangnet::schema {

// The housing planner's migration steps (docs/planner.md), kept beside the rest in migrations().
Migration placeInventory(); ///< 13: the place inventory
Migration housingNeeds();   ///< 14: one housing need per household
Migration planRuns();       ///< 15: plan runs, their entries, pins, exclusions and placements

} // namespace vangnet::schema
