#include "retention/RetentionRepository.h"

#include "storage/SqlStatement.h"

namespace vangnet {

Result<QList<RetentionPeriod>> RetentionRepository::periods() const
{
    auto q = runSql(m_db, QStringLiteral("SELECT category, months, updated_at, updated_by FROM retention_periods"), {},
                    "read retention periods");
    if (!q)
        return q.error();
    QList<RetentionPeriod> out;
    while (q->next()) {
        const auto category = retentionCategoryFromKey(q->value(0).toString());
        if (!category)
            continue; // a category of a newer Vangnet: not ours to show or apply
        out << RetentionPeriod{*category, q->value(1).toInt(),
                               q->value(2).isNull() ? QDateTime() : timestampFromSql(q->value(2)),
                               q->value(3).toString()};
    }
    return out;
}

Result<void> RetentionRepository::setPeriod(const RetentionPeriod &p)
{
    auto q = runSql(m_db, QStringLiteral(
        "INSERT INTO retention_periods (category, months, updated_at, updated_by) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (category) DO UPDATE SET months = excluded.months, updated_at = excluded.updated_at, "
        "updated_by = excluded.updated_by"),
        {retentionCategoryKey(p.category), p.months, timestampToSql(p.updatedAt), p.updatedBy},
        "save retention period");
    if (!q)
        return q.error();
    return success();
}

Result<qint64> RetentionRepository::addPurge(const RetentionPurge &p)
{
    auto q = runSql(m_db, QStringLiteral(
        "INSERT INTO retention_purges (at, category, purged_count, months, cutoff_date, actor_id, actor_name) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {timestampToSql(p.at), retentionCategoryKey(p.category), p.count, p.months, p.cutoff.toString(Qt::ISODate),
         p.actorId == 0 ? sqlNull() : QVariant(p.actorId), p.actorName},
        "write purge record");
    if (!q)
        return q.error();
    if (!q->next())
        return databaseError(QStringLiteral("no id returned"), "write purge record");
    return q->value(0).toLongLong();
}

Result<QList<RetentionPurge>> RetentionRepository::purges(int limit) const
{
    auto q = runSql(m_db, QStringLiteral(
        "SELECT id, at, category, purged_count, months, cutoff_date, actor_id, actor_name FROM retention_purges "
        "ORDER BY id DESC LIMIT ?"), {limit}, "read purge records");
    if (!q)
        return q.error();
    QList<RetentionPurge> out;
    while (q->next()) {
        const auto category = retentionCategoryFromKey(q->value(2).toString());
        if (!category)
            continue;
        RetentionPurge p;
        p.id = q->value(0).toLongLong();
        p.at = timestampFromSql(q->value(1));
        p.category = *category;
        p.count = q->value(3).toLongLong();
        p.months = q->value(4).toInt();
        p.cutoff = QDate::fromString(q->value(5).toString(), Qt::ISODate);
        p.actorId = q->value(6).toLongLong();
        p.actorName = q->value(7).toString();
        out << p;
    }
    return out;
}

} // namespace vangnet
