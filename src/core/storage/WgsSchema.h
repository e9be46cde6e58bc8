#pragma once

#include "storage/Migration.h"

namespace vangnet::schema {

/// 19: case types and the Wgs request (aanmelding, eerste gesprek, beschikking), and the clock
/// options (docs/cases.md "Case types", docs/clocks.md).
Migration helpRequests();

} // namespace vangnet::schema
