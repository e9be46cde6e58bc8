#include "ddas/MunicipalityRepository.h"

#include "storage/SqlStatement.h"

namespace vangnet {

namespace {
const QString columns = QStringLiteral("wijk, gemeentecode, updated_at, updated_by");

Result<bool> any(const QSqlDatabase &db, const QString &sql, const QVariantList &values, const char *what)
{
    auto q = runSql(db, sql, values, what);
    if (!q)
        return q.error();
    return q->next();
}
} // namespace

Result<QList<WijkMunicipality>> MunicipalityRepository::list() const
{
    auto q = runSql(m_db, QStringLiteral("SELECT %1 FROM wijk_municipalities ORDER BY wijk").arg(columns), {},
        "list wijk municipalities");
    if (!q)
        return q.error();
    QList<WijkMunicipality> out;
    while (q->next())
        out << WijkMunicipality{q->value(QStringLiteral("wijk")).toString(),
            q->value(QStringLiteral("gemeentecode")).toString(),
            timestampFromSql(q->value(QStringLiteral("updated_at"))), q->value(QStringLiteral("updated_by")).toString()};
    return out;
}

Result<void> MunicipalityRepository::set(const WijkMunicipality &m)
{
    auto q = runSql(m_db,
        QStringLiteral("INSERT INTO wijk_municipalities (%1) VALUES (?, ?, ?, ?) ON CONFLICT (wijk) DO UPDATE SET "
                       "gemeentecode = excluded.gemeentecode, updated_at = excluded.updated_at, "
                       "updated_by = excluded.updated_by")
            .arg(columns),
        {m.wijk, m.gemeentecode, timestampToSql(m.updatedAt), m.updatedBy}, "set wijk municipality");
    if (!q)
        return q.error();
    return success();
}

Result<bool> MunicipalityRepository::remove(const QString &wijk)
{
    auto q = runSql(m_db, QStringLiteral("DELETE FROM wijk_municipalities WHERE wijk = ?"), {wijk},
        "remove wijk municipality");
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<bool> MunicipalityRepository::known(const QString &gemeentecode) const
{
    return any(m_db, QStringLiteral("SELECT 1 FROM wijk_municipalities WHERE gemeentecode = ?"), {gemeentecode},
        "check gemeentecode");
}

Result<bool> MunicipalityRepository::teamServes(qint64 teamId, const QString &gemeentecode) const
{
    return any(m_db,
        QStringLiteral("SELECT 1 FROM wijk_municipalities w WHERE w.gemeentecode = ? AND EXISTS (SELECT 1 FROM "
                       "addresses a JOIN households h ON h.address_id = a.id WHERE a.wijk = w.wijk AND h.team_id = ?)"),
        {gemeentecode, teamId}, "check the team's municipalities");
}

} // namespace vangnet
