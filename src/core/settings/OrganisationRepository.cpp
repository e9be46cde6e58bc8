#include "settings/OrganisationRepository.h"

#include "storage/SqlStatement.h"

#include <QSqlQuery>

namespace vangnet::settings {

namespace {

// organisation_settings columns, named once.
const QString colKey = QStringLiteral("key");
const QString colValue = QStringLiteral("value");
const QString colUpdatedAt = QStringLiteral("updated_at");
const QString colUpdatedBy = QStringLiteral("updated_by");

} // namespace

Result<QHash<QString, StoredSetting>> OrganisationRepository::all() const
{
    auto q = runSql(m_db, QStringLiteral("SELECT %1, %2, %3, %4 FROM organisation_settings")
                              .arg(colKey, colValue, colUpdatedAt, colUpdatedBy),
                    {}, "read organisation settings");
    if (!q)
        return q.error();
    QHash<QString, StoredSetting> out;
    while (q->next())
        out.insert(q->value(colKey).toString(), StoredSetting{q->value(colValue).toString(),
                                                              timestampFromSql(q->value(colUpdatedAt)),
                                                              q->value(colUpdatedBy).toString()});
    return out;
}

Result<void> OrganisationRepository::put(const QString &key, const QString &value, const QDateTime &now,
                                         const QString &by) const
{
    auto removed = runSql(m_db, QStringLiteral("DELETE FROM organisation_settings WHERE %1 = ?").arg(colKey), {key},
                          "change organisation setting");
    if (!removed)
        return removed.error();
    if (value.isEmpty())
        return success();
    auto stored = runSql(m_db, QStringLiteral("INSERT INTO organisation_settings (%1, %2, %3, %4) VALUES (?, ?, ?, ?)")
                                   .arg(colKey, colValue, colUpdatedAt, colUpdatedBy),
                         {key, value, timestampToSql(now), by}, "change organisation setting");
    if (!stored)
        return stored.error();
    return success();
}

} // namespace vangnet::settings
