#pragma once

#include "storage/Migration.h"

namespace vangnet::schema {

/// 17: the history of every status the signal rules read, so an evaluation of a past day sees
/// the statuses of that day (docs/rules.md, "As of a past day").
Migration statusHistory();

} // namespace vangnet::schema
