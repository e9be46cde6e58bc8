#pragma once

#include "storage/Migration.h"

namespace vangnet::schema {

/// 24: key slots bound to their user (docs/adr/0004-libsodium-key-slots.md, "Revised") and no
/// key slot for a disabled account (docs/security.md, "Disabled accounts").
Migration boundKeySlots();

} // namespace vangnet::schema
