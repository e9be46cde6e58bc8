#pragma once

#include "storage/Dialect.h"
#include "storage/Migration.h"
#include "support/Result.h"

#include <QSqlDatabase>

namespace vangnet {

/// What a database holds, judged before anything is written to it.
struct SchemaState {
    enum class Kind { Empty, Vangnet, Foreign };
    Kind kind = Kind::Empty;
    int version = 0; ///< for Kind::Vangnet
};

/// Brings a database to the newest schema version, one migration per transaction.
class Migrator {
public:
    Migrator(QSqlDatabase db, const Dialect &dialect, QList<Migration> migrations);

    /// Reads the schema state without changing anything.
    Result<SchemaState> inspect() const;

    /// Applies every migration newer than the stored version. A failing step is rolled back
    /// and reported; the steps before it stay applied.
    Result<void> migrate();

    int latestVersion() const;

    static constexpr const char *applicationTag = "vangnet";

private:
    Result<void> apply(const Migration &m);

    QSqlDatabase m_db;
    const Dialect &m_dialect;
    QList<Migration> m_migrations;
};

} // namespace vangnet
