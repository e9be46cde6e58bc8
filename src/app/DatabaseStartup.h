#pragma once

#include "storage/Database.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace vangnet {

/// Chooses and opens the database the GUI works on: the --db argument, else the one in the
/// settings, else the demo database (generated on first run behind a progress dialog, on a
/// worker thread). Never writes to a database that fails to open.
class DatabaseStartup {
    Q_DECLARE_TR_FUNCTIONS(vangnet::DatabaseStartup)
public:
    /// `argument` is the --db value ("" when not given).
    static Result<std::unique_ptr<Database>> open(const QString &argument, int demoHouseholds);
    /// Where that database is, without opening it (the demo is created when it is the choice and
    /// missing): a team server is opened only once a user logs in (DatabaseLocation::connectsAsUser).
    static Result<DatabaseLocation> locate(const QString &argument, int demoHouseholds);
    /// Creates a demo database at `path`; removes the file again when cancelled or failed.
    static Result<void> createDemo(const QString &path, int households);
};

} // namespace vangnet
