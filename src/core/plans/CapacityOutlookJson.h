#pragma once

#include "plans/CapacityOutlook.h"

#include <QJsonObject>

namespace vangnet::plans {

/// The outlook as `vangnet-cli plan outlook --json` prints it (docs/planner.md, "Capacity
/// outlook"): `as_of`, `end`, `weeks` [{week, start, end, woonvormen: {key: cell}, geen_voorkeur,
/// total}], `first_shortage`, `first_total_shortage`, `shortages`, `counts`. A cell is {demand,
/// supply, cumulative_demand, cumulative_supply, balance, short}; geen_voorkeur has demand only.
QJsonObject capacityOutlookToJson(const CapacityOutlook &outlook);

} // namespace vangnet::plans
