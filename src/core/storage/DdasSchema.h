#pragma once

#include "storage/Migration.h"

namespace vangnet::schema {

/// 21: the DDAS delivery as CBS reads it (docs/ddas.md): the address each signal was delivered
/// with, the municipality (gemeentecode) of each wijk, and every delivery kept.
Migration ddasDeliveries();

} // namespace vangnet::schema
