#pragma once

#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "support/Result.h"

#include <QCoreApplication>

#include <memory>

namespace vangnet::cli {

/// Which database a command works on, and opening it without changing it.
class DatabaseTarget {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::DatabaseTarget)

public:
    /// `--db` when given, else the database chosen in the settings, else the default demo database.
    static Result<DatabaseLocation> resolve(const QString &given);
    /// Opens an existing Vangnet database as it is: no file is created, no schema migrated.
    static Result<std::unique_ptr<Database>> openExisting(const DatabaseLocation &location);
};

} // namespace vangnet::cli
