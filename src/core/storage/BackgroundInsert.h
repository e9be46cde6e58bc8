#pragma once

#include "storage/BulkStatement.h"
#include "support/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <mutex>
#include <optional>
#include <span>

namespace vangnet {

/// One native SQLite INSERT run for many rows on a second thread, while the caller prepares the
/// next rows on its own: a large import reads, matches and builds keys on one core while SQLite
/// inserts on the other. SQLite only (supported()).
///
/// Rows are handed over in chunks and written in the order they were added; add() and flush()
/// return the outcomes of the rows written since the last call, in that order (the new id, or
/// nullopt when a conflict clause skipped the row). At most a few chunks wait at a time, so
/// memory does not grow with the file.
///
/// Qt opens SQLite connections without SQLite's own mutex, so while rows are being written,
/// every other use of the connection by the caller goes through holdConnection(). Destroying a
/// BackgroundInsert stops and joins the thread; rows not yet written are dropped (the caller
/// rolls back its transaction).
class BackgroundInsert {
public:
    using Outcomes = QList<std::optional<qint64>>;

    static bool supported(const QSqlDatabase &db);

    /// `sql` as for BulkStatement; `what` names the operation in error messages.
    BackgroundInsert(QSqlDatabase db, QString sql, const char *what, int rowsPerChunk = 256);
    ~BackgroundInsert();
    BackgroundInsert(const BackgroundInsert &) = delete;
    BackgroundInsert &operator=(const BackgroundInsert &) = delete;

    /// Queues one row (values in the statement's order).
    Result<Outcomes> add(std::span<const BulkValue> values);
    /// Writes every queued row and waits for it.
    Result<Outcomes> flush();
    /// The connection, to the caller alone until the lock goes (the writer pauses between rows).
    [[nodiscard]] std::unique_lock<std::mutex> holdConnection();

private:
    struct Shared;
    Result<Outcomes> collect(bool wait);
    void submit();

    std::shared_ptr<Shared> m_shared;
    std::vector<BulkValue> m_chunk; ///< rows being gathered, flat
    int m_columns = 0;
    int m_rowsPerChunk;
};

} // namespace vangnet
