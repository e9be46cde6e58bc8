#pragma once

#include "needs/HousingNeed.h"

#include <QJsonObject>

namespace vangnet::needs {

/// A need as `need show --json` and `household show --json` print it, with the CSV's keys
/// (huishouden_id, aanvrager_id, personen, …) so a script can write back what it read.
QJsonObject needJson(const HousingNeed &need);

} // namespace vangnet::needs
