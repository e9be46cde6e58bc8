#pragma once

#include "storage/Migration.h"

namespace vangnet::schema {

/// 26: duplicate households (docs/duplicates.md): pairs set aside as "not a duplicate", merge
/// records with what each merge moved, and the keys a merged-away household was matched by.
Migration householdMerges();

} // namespace vangnet::schema
