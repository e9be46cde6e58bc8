// MergeRepository: what an undo reads and writes (HouseholdMergeService::undo).
#include "households/MergeRepository.h"

#include "households/MergeTables.h"
#include "storage/SqlStatement.h"

#include <QCoreApplication>

namespace vangnet::households {

using namespace mergetables;

Result<bool> MergeRepository::exists(const QString &table, const QString &column, const QVariant &key) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(table, column), {key}, "check row");
    if (!q)
        return q.error();
    return q->next();
}

Result<void> MergeRepository::insertRow(const QString &table, const QJsonObject &row) const
{
    const QStringList columns = row.keys();
    QVariantList values;
    for (const QString &c : columns)
        values << valueOf(row.value(c));
    return exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(table, columns.join(QStringLiteral(", ")), sqlPlaceholders(columns.size())),
        values, "put back a merged row");
}

Result<void> MergeRepository::moveBack(const QJsonObject &moved, qint64 keep, qint64 other) const
{
    for (const OwnedTable &t : ownedTables) {
        const QString table = tableOf(t.table);
        const QVariantList keys = idsOf(moved.value(table).toArray());
        for (qsizetype at = 0; at < keys.size(); at += 500) {
            const QVariantList chunk = keys.mid(at, 500);
            QVariantList values{other, keep};
            values += chunk;
            auto q = runSql(m_db,
                QStringLiteral("UPDATE %1 SET household_id = ? WHERE household_id = ? AND %2 IN (%3)")
                    .arg(table, QLatin1String(t.key), sqlPlaceholders(chunk.size())),
                values, "move rows back");
            if (!q)
                return q.error();
        }
    }
    return success();
}

Result<void> MergeRepository::followCases(const QJsonArray &cases, qint64 keep, qint64 other) const
{
    const QVariantList ids = idsOf(cases);
    for (qsizetype at = 0; at < ids.size(); at += 500) {
        const QVariantList chunk = ids.mid(at, 500);
        for (const char *table : caseTables) {
            QVariantList values{other, keep};
            values += chunk;
            auto q = runSql(m_db,
                QStringLiteral("UPDATE %1 SET household_id = ? WHERE household_id = ? AND case_id IN (%2)")
                    .arg(tableOf(table), sqlPlaceholders(chunk.size())),
                values, "move case records back");
            if (!q)
                return q.error();
        }
    }
    return success();
}

Result<void> MergeRepository::repointBack(const QJsonObject &repointed) const
{
    for (const QJsonValue &id : repointed.value(QStringLiteral("persons.role")).toArray())
        if (auto head = exec(QStringLiteral("UPDATE persons SET role = 'hoofdbewoner' WHERE id = ?"), {id.toInteger()},
                "head of household again");
            !head)
            return head;
    for (const QJsonValue &id : repointed.value(QStringLiteral("flags.closed")).toArray())
        if (auto reopened = exec(QStringLiteral("UPDATE flags SET resolved_on = NULL, resolution = NULL WHERE id = ?"),
                {id.toInteger()}, "open a flag again");
            !reopened)
            return reopened;
    for (const auto &[table, column] : personColumns())
        for (const QJsonValue &entry : repointed.value(table + QLatin1Char('.') + column).toArray()) {
            const QJsonArray pair = entry.toArray();
            auto q = runSql(m_db, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column),
                {pair.at(1).toInteger(), pair.at(0).toInteger()}, "point references back");
            if (!q)
                return q.error();
        }
    return success();
}

Result<void> MergeRepository::removeMatchKeys(qint64 mergeId) const
{
    return exec(QStringLiteral("DELETE FROM household_merge_keys WHERE merge_id = ?"), {mergeId}, "remove match keys");
}

Result<QString> MergeRepository::blockingUndo(const MergeRecord &r) const
{
    const QSet<qint64> cases = setOf(r.moved.value(QStringLiteral("cases")).toArray());
    // A case and the signals or notices it holds must end up in the same household.
    const std::pair<const char *, const char *> links[]{
        {"case_signals", "signal_id"}, {"case_discharges", "discharge_id"}};
    const QString linked[]{QStringLiteral("signals"), QStringLiteral("discharge_notices")};
    for (int i = 0; i < 2; ++i) {
        const QSet<qint64> rows = setOf(r.moved.value(linked[i]).toArray());
        auto q = runSql(m_db,
            QStringLiteral("SELECT l.case_id, l.%2 FROM %1 l JOIN cases c ON c.id = l.case_id WHERE c.household_id = ?")
                .arg(QLatin1String(links[i].first), QLatin1String(links[i].second)),
            {r.keptId}, "check case links");
        if (!q)
            return q.error();
        while (q->next()) {
            const qint64 caseId = q->value(0).toLongLong();
            if (cases.contains(caseId) != rows.contains(q->value(1).toLongLong()))
                return QCoreApplication::translate(
                    "vangnet::households::MergeRepository", "case %1 now holds signals or notices of both households")
                    .arg(caseId);
        }
    }
    // A row added since about a member who goes back: it could belong to either household.
    const QVariantList persons = idsOf(r.moved.value(QStringLiteral("persons")).toArray());
    if (persons.isEmpty())
        return QString();
    for (const auto &[table, column] : personColumns()) {
        QSet<qint64> known = setOf(r.moved.value(table).toArray());
        for (const QJsonValue &entry : r.repointed.value(table + QLatin1Char('.') + column).toArray())
            known.insert(entry.toArray().at(0).toInteger());
        QVariantList values{r.keptId};
        values += persons;
        // The merge's own match keys go with it.
        const bool keys = table == QLatin1String("household_merge_keys");
        if (keys)
            values << r.id;
        auto q = runSql(m_db,
            QStringLiteral("SELECT id FROM %1 WHERE household_id = ? AND %2 IN (%3)%4")
                .arg(table, column, sqlPlaceholders(persons.size()),
                    keys ? QStringLiteral(" AND merge_id <> ?") : QString()),
            values, "check rows added since the merge");
        if (!q)
            return q.error();
        while (q->next())
            if (!known.contains(q->value(0).toLongLong()))
                return QCoreApplication::translate("vangnet::households::MergeRepository",
                    "%1 row %2 was added since the merge about a member who would go back")
                    .arg(table)
                    .arg(q->value(0).toLongLong());
    }
    return QString();
}

} // namespace vangnet::households
