#pragma once

#include "storage/BulkStatement.h"
#include "support/Result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>
#include <span>

namespace vangnet {

/// Many rows into `table` on PostgreSQL through COPY: rows gather in memory and go, a chunk at a
/// time, into a temporary staging table with `COPY … FROM STDIN` (libpq, on the Qt connection's
/// own PGconn), then into `table` with one `INSERT … SELECT … ORDER BY … ON CONFLICT DO NOTHING
/// RETURNING id, keyColumn`. Each row's outcome is read back from the returned keys, as
/// BatchedInsert does: the new id, or nullopt when a unique key skipped the row (of two equal
/// keys in a chunk the first wins, as row by row). `keyColumn` must be a NOT NULL column with a
/// unique index, given for every row.
///
/// The staging table is dropped at the end of the caller's transaction, which must be open.
/// A large import spent most of its time on multi-row INSERT statements of a few thousand bound
/// values each; COPY hands the server the rows in its own format.
class CopyInsert {
public:
    using Outcomes = QList<std::optional<qint64>>;

    /// A PostgreSQL connection whose libpq handle Qt hands out.
    static bool supported(const QSqlDatabase &db);

    CopyInsert(QSqlDatabase db, QString table, QStringList columns, QString keyColumn, const char *what,
               int rowsPerChunk = 20000);
    CopyInsert(const CopyInsert &) = delete;
    CopyInsert &operator=(const CopyInsert &) = delete;

    /// Queues one row (values in column order; `key` is its keyColumn value). The outcomes of
    /// the rows written by this call: none, or a whole chunk.
    Result<Outcomes> add(std::span<const BulkValue> values, const QString &key);
    /// Writes what is queued; the outcomes of those rows.
    Result<Outcomes> flush();

private:
    Result<void> createStaging();
    Result<void> copyChunk();

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QString m_keyColumn;
    const char *m_what;
    int m_rowsPerChunk;
    QString m_staging;      ///< the temporary table's name; empty until created
    QByteArray m_buffer;    ///< queued rows in COPY text format
    QStringList m_keys;     ///< their keys, in order
};

} // namespace vangnet
