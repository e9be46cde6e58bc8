#pragma once

#include "support/Result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace vangnet {

/// Connection settings for bulk writes on SQLite (demo generation, imports), held while the
/// object lives and restored after. A no-op on PostgreSQL. Construct it before the transaction
/// begins: SQLite ignores `PRAGMA foreign_keys` inside a transaction.
///
/// - A larger page cache: index inserts land all over the file, and with SQLite's default 2 MB
///   cache most of the time went to re-reading pages.
/// - Optionally no foreign-key checks (SkipForeignKeyChecks): three parent look-ups per signal
///   row cost a fifth of an import. Only for writers that insert ids they read or created
///   themselves inside the same write transaction, so no other connection can have removed the
///   parent in between. `PRAGMA foreign_key_check` stays available for a check afterwards.
class BulkLoad {
public:
    enum class ForeignKeys { Check, SkipChecks };

    explicit BulkLoad(QSqlDatabase db, ForeignKeys foreignKeys = ForeignKeys::Check, int cacheMebibytes = 128);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

private:
    QSqlDatabase m_db;
    std::optional<QVariant> m_previousCache;
    bool m_restoreForeignKeys = false;
};

/// A table's non-unique indexes, dropped for a large load into it and built again afterwards:
/// SQLite builds an index from sorted keys many times faster than it keeps it up to date row by
/// row. Unique indexes stay (duplicate checks rely on them). Only on SQLite and only inside the
/// caller's transaction, so a rollback brings the indexes back untouched; on PostgreSQL dropping
/// an index would lock every reader of the table out for the whole import, so nothing is dropped.
class DeferredIndexes {
public:
    DeferredIndexes(QSqlDatabase db, QString table);

    /// Drops the non-unique indexes (SQLite). Call inside the load's transaction.
    Result<void> drop();
    /// Creates the dropped indexes again, from their own saved definitions. Call before commit.
    Result<void> rebuild();

    bool dropped() const { return !m_definitions.isEmpty(); }

private:
    QSqlDatabase m_db;
    QString m_table;
    QStringList m_names;
    QStringList m_definitions;
};

} // namespace vangnet
