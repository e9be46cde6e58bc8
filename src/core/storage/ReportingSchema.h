#pragma once

#include "storage/Migration.h"

namespace vangnet::schema {

/// 16: what the weekly dashboard reads by date (docs/metrics.md), and the organisation's name
/// and logo on reports.
Migration reporting();

} // namespace vangnet::schema
