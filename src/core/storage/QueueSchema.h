#pragma once

#include "storage/Migration.h"

namespace vangnet::schema {

/// 18: the work queue's first page from the team's highest priorities (docs/cases.md).
Migration queueIndexes();

} // namespace vangnet::schema
