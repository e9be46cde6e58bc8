#pragma once

#include "storage/Migration.h"

namespace vangnet::schema {

/// 27: live updates between colleagues (docs/architecture.md, "Live updates"). On PostgreSQL,
/// triggers on the tables behind each DataKind send `pg_notify('vangnet_changes', payload)`
/// once per statement; SQLite (one user per file) gets nothing.
Migration liveChanges();

} // namespace vangnet::schema
