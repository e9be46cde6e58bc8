#pragma once

#include "importing/ImportService.h"
#include "support/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace vangnet::importing {

/// What a withdrawal needs to know about a batch before it touches anything.
struct ImportBatchHead {
    ImportKind kind = ImportKind::Signals;
    qint64 teamId = 0;      ///< the importer's team when it was imported; 0 when none
    bool withdrawn = false;
};

/// The import_batches table: one row per import, owned by the team of the user who imported it
/// (team_id, written at import time). Reads rows by column name.
class ImportBatchRepository {
public:
    explicit ImportBatchRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The batches of one team, newest first. Team 0 has none.
    Result<QList<ImportBatch>> forTeam(qint64 teamId) const;
    /// std::nullopt when there is no such batch.
    Result<std::optional<ImportBatchHead>> head(qint64 batchId) const;
    Result<void> markWithdrawn(qint64 batchId, const QDateTime &at, const QString &by);

private:
    QSqlDatabase m_db;
};

} // namespace vangnet::importing
