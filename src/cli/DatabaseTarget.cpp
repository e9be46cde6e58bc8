#include "DatabaseTarget.h"

#include "support/AppPaths.h"

namespace vangnet::cli {

Result<DatabaseLocation> DatabaseTarget::resolve(const QString &given)
{
    if (!given.isEmpty())
        return DatabaseLocation::parse(given);
    const QString configured = paths::configuredDatabase();
    if (!configured.isEmpty())
        return DatabaseLocation::parseSaved(configured);
    return DatabaseLocation::sqliteFile(paths::defaultDemoDatabase());
}

Result<std::unique_ptr<Database>> DatabaseTarget::openExisting(const DatabaseLocation &location)
{
    Database::Options options;
    options.create = false;
    options.migrate = false;
    return Database::open(location, options);
}

} // namespace vangnet::cli
