#include "importing/ImportBatchRepository.h"

#include "storage/SqlStatement.h"

#include <QSqlQuery>

namespace vangnet::importing {

namespace {

/// The columns a batch is read from, named once.
const QString batchColumns = QStringLiteral(
    "id, kind, file_name, format, profile, actor_name, imported_at, rows_read, imported, duplicates, rejected, "
    "matched, new_households, withdrawn_at, withdrawn_by, updated, superseded");

ImportKind kindOf(const QSqlQuery &q)
{
    return q.value(QStringLiteral("kind")).toString() == QLatin1String("signals") ? ImportKind::Signals
                                                                                   : ImportKind::Discharges;
}

int number(const QSqlQuery &q, const char *column)
{
    return q.value(QLatin1String(column)).toInt();
}

ImportBatch batchFrom(const QSqlQuery &q)
{
    ImportBatch b;
    b.id = q.value(QStringLiteral("id")).toLongLong();
    b.kind = kindOf(q);
    b.origin = {q.value(QStringLiteral("file_name")).toString(), q.value(QStringLiteral("format")).toString(),
                q.value(QStringLiteral("profile")).toString()};
    b.actorName = q.value(QStringLiteral("actor_name")).toString();
    b.importedAt = timestampFromSql(q.value(QStringLiteral("imported_at")));
    b.counts.batch = b.id;
    b.counts.read = number(q, "rows_read");
    b.counts.imported = number(q, "imported");
    b.counts.duplicates = number(q, "duplicates");
    b.counts.rejected = number(q, "rejected");
    b.counts.matched = number(q, "matched");
    b.counts.newHouseholds = number(q, "new_households");
    b.counts.updated = number(q, "updated");
    b.counts.superseded = number(q, "superseded");
    if (const QVariant at = q.value(QStringLiteral("withdrawn_at")); !at.isNull())
        b.withdrawnAt = timestampFromSql(at);
    b.withdrawnBy = q.value(QStringLiteral("withdrawn_by")).toString();
    return b;
}

} // namespace

Result<QList<ImportBatch>> ImportBatchRepository::forTeam(qint64 teamId) const
{
    QList<ImportBatch> out;
    if (teamId == 0)
        return out;
    auto q = runSql(m_db,
                    QStringLiteral("SELECT %1 FROM import_batches WHERE team_id = ? ORDER BY imported_at DESC, id DESC")
                        .arg(batchColumns),
                    {teamId}, "read import batches");
    if (!q)
        return q.error();
    while (q->next())
        out << batchFrom(*q);
    return out;
}

Result<std::optional<ImportBatchHead>> ImportBatchRepository::head(qint64 batchId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT kind, team_id, withdrawn_at FROM import_batches WHERE id = ?"), {batchId},
                    "read import batch");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ImportBatchHead>();
    ImportBatchHead head;
    head.kind = kindOf(*q);
    head.teamId = q->value(QStringLiteral("team_id")).toLongLong();
    head.withdrawn = !q->value(QStringLiteral("withdrawn_at")).isNull();
    return std::optional<ImportBatchHead>(head);
}

Result<void> ImportBatchRepository::markWithdrawn(qint64 batchId, const QDateTime &at, const QString &by)
{
    auto marked = runSql(m_db, QStringLiteral("UPDATE import_batches SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ?"),
                         {timestampToSql(at), by, batchId}, "withdraw import");
    if (!marked)
        return marked.error();
    return success();
}

} // namespace vangnet::importing
