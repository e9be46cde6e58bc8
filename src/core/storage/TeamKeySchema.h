#pragma once

#include "storage/Migration.h"

namespace vangnet::schema {

/// 25: keys per team and the statistics key (docs/adr/0011-team-keys.md): shared keys with their
/// public halves, grants sealed to each member's key pair, the members' public keys, and the
/// BSN's copy sealed to the statistics key.
Migration teamKeys();

} // namespace vangnet::schema
