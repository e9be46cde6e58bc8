#pragma once

#include "storage/Migration.h"

namespace vangnet::schema {

/// Every migration step of the Vangnet schema, oldest first.
const QList<Migration> &migrations();

/// The schema version this build of Vangnet writes and understands.
int latestVersion();

} // namespace vangnet::schema
