#pragma once

#include "storage/Migration.h"

namespace vangnet::schema {

/// 22: a sequence number in every audit record from the genesis record on, and the head's
/// pointer to that genesis (docs/adr/0005-audit-chain.md, "Revised").
Migration auditSequence();

} // namespace vangnet::schema
