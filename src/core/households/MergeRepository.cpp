#include "households/MergeRepository.h"

#include "households/MergeTables.h"
#include "storage/SqlStatement.h"
#include "support/IsoDate.h"
#include "support/SearchKey.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QSqlRecord>

namespace vangnet::households {

using namespace mergetables;

namespace {

QString text(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant &stored)
{
    return QJsonDocument::fromJson(stored.toString().toUtf8()).object();
}

QJsonValue jsonOf(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue();
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    default:
        return QJsonValue(v.toString());
    }
}

/// Every column of every row, by name: what an undo inserts again.
QJsonArray wholeRows(QSqlQuery &q)
{
    QJsonArray rows;
    while (q.next()) {
        const QSqlRecord r = q.record();
        QJsonObject row;
        for (int i = 0; i < r.count(); ++i)
            row.insert(r.fieldName(i), jsonOf(r.value(i)));
        rows << row;
    }
    return rows;
}

} // namespace

Result<void> MergeRepository::exec(const QString &sql, const QVariantList &values, const char *what) const
{
    auto q = runSql(m_db, sql, values, what);
    if (!q)
        return q.error();
    return success();
}

QList<std::pair<QString, QString>> MergeRepository::personColumns()
{
    return {{QStringLiteral("signals"), QStringLiteral("person_id")},
        {QStringLiteral("discharge_notices"), QStringLiteral("person_id")},
        {QStringLiteral("zrm_assessments"), QStringLiteral("person_id")},
        {QStringLiteral("housing_needs"), QStringLiteral("applicant_id")},
        {QStringLiteral("household_merge_keys"), QStringLiteral("person_id")}};
}

Result<MergeHousehold> MergeRepository::household(qint64 id) const
{
    auto q = runSql(m_db,
        QStringLiteral("SELECT h.id, h.team_id, h.version, a.postcode, a.huisnummer, a.toevoeging "
                       "FROM households h JOIN addresses a ON a.id = h.address_id WHERE h.id = ?"),
        {id}, "read household for merge");
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound,
            QCoreApplication::translate("vangnet::households::MergeRepository", "Household %1 does not exist.")
                .arg(id)};
    return MergeHousehold{q->value(QStringLiteral("id")).toLongLong(), q->value(QStringLiteral("team_id")).toLongLong(),
        q->value(QStringLiteral("version")).toInt(), q->value(QStringLiteral("postcode")).toString(),
        q->value(QStringLiteral("huisnummer")).toInt(), q->value(QStringLiteral("toevoeging")).toString()};
}

Result<QList<MergePerson>> MergeRepository::persons(qint64 householdId) const
{
    auto q = runSql(m_db,
        QStringLiteral("SELECT id, bsn_hash, voorletters, voornaam, voorvoegsel, achternaam, geboortedatum "
                       "FROM persons WHERE household_id = ? ORDER BY id"),
        {householdId}, "read members for merge");
    if (!q)
        return q.error();
    QList<MergePerson> people;
    while (q->next())
        people << MergePerson{q->value(QStringLiteral("id")).toLongLong(),
            q->value(QStringLiteral("bsn_hash")).toString(), q->value(QStringLiteral("voorletters")).toString(),
            q->value(QStringLiteral("voornaam")).toString(), q->value(QStringLiteral("voorvoegsel")).toString(),
            q->value(QStringLiteral("achternaam")).toString(),
            QDate::fromString(q->value(QStringLiteral("geboortedatum")).toString(), Qt::ISODate)};
    return people;
}

Result<void> MergeRepository::repoint(qint64 from, qint64 to, QJsonObject &repointed) const
{
    for (const auto &[table, column] : personColumns()) {
        auto rows = runSql(
            m_db, QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, column), {from}, "read references");
        if (!rows)
            return rows.error();
        const QString name = table + QLatin1Char('.') + column;
        QJsonArray list = repointed.value(name).toArray();
        while (rows->next())
            list << QJsonArray{rows->value(0).toLongLong(), from};
        if (!list.isEmpty())
            repointed.insert(name, list);
        if (auto moved = runSql(m_db, QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?").arg(table, column),
                {to, from}, "point references at the surviving person");
            !moved)
            return moved.error();
    }
    return success();
}

Result<QJsonArray> MergeRepository::snapshot(const QString &table, const QString &column, qint64 id) const
{
    auto q
        = runSql(m_db, QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(table, column), {id}, "keep rows for undo");
    if (!q)
        return q.error();
    return wholeRows(*q);
}

Result<void> MergeRepository::deleteRow(const QString &table, const QString &column, qint64 id) const
{
    return exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, column), {id}, "remove merged row");
}

Result<void> MergeRepository::removeConflicts(qint64 keep, qint64 other, QJsonObject &removed) const
{
    for (const UniqueTable &u : uniqueTables) {
        const QString table = tableOf(u.table);
        auto clashing = runSql(m_db,
            QStringLiteral("SELECT t.%2 FROM %1 t WHERE t.household_id = ? AND EXISTS "
                           "(SELECT 1 FROM %1 k WHERE k.household_id = ? AND %3)")
                .arg(table, QLatin1String(u.key), QLatin1String(u.same)),
            {other, keep}, "find rows the staying household has");
        if (!clashing)
            return clashing.error();
        QVariantList keys;
        while (clashing->next())
            keys << clashing->value(0);
        QJsonArray rows = removed.value(table).toArray();
        for (const QVariant &key : keys) {
            auto q = runSql(m_db,
                QStringLiteral("SELECT * FROM %1 WHERE household_id = ? AND %2 = ?").arg(table, QLatin1String(u.key)),
                {other, key}, "keep rows for undo");
            if (!q)
                return q.error();
            for (const QJsonValue &row : wholeRows(*q))
                rows << row;
            if (auto gone = runSql(m_db,
                    QStringLiteral("DELETE FROM %1 WHERE household_id = ? AND %2 = ?").arg(table, QLatin1String(u.key)),
                    {other, key}, "remove a row the staying household has");
                !gone)
                return gone.error();
        }
        if (!rows.isEmpty())
            removed.insert(table, rows);
    }
    return success();
}

Result<void> MergeRepository::moveAll(qint64 other, qint64 keep, QJsonObject &moved) const
{
    for (const OwnedTable &t : ownedTables) {
        const QString table = tableOf(t.table);
        auto keys
            = runSql(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE household_id = ?").arg(QLatin1String(t.key), table),
                {other}, "read rows to move");
        if (!keys)
            return keys.error();
        QJsonArray list;
        while (keys->next())
            list << keys->value(0).toLongLong();
        if (list.isEmpty())
            continue;
        moved.insert(table, list);
        if (auto q = runSql(m_db, QStringLiteral("UPDATE %1 SET household_id = ? WHERE household_id = ?").arg(table),
                {keep, other}, "move rows to the staying household");
            !q)
            return q.error();
    }
    return success();
}

Result<void> MergeRepository::demoteHeads(qint64 other, QJsonObject &repointed) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT id FROM persons WHERE household_id = ? AND role = 'hoofdbewoner'"),
        {other}, "read the head of household");
    if (!q)
        return q.error();
    QJsonArray heads;
    while (q->next())
        heads << q->value(QStringLiteral("id")).toLongLong();
    if (heads.isEmpty())
        return success();
    repointed.insert(QStringLiteral("persons.role"), heads);
    return exec(QStringLiteral("UPDATE persons SET role = 'overig' WHERE household_id = ? AND role = 'hoofdbewoner'"),
        {other}, "one head of household");
}

Result<void> MergeRepository::closeDoubleFlags(qint64 keep, const QDate &day, QJsonObject &repointed) const
{
    auto q = runSql(m_db,
        QStringLiteral("SELECT id, rule_id FROM flags WHERE household_id = ? AND resolved_on IS NULL ORDER BY id DESC"),
        {keep}, "read open flags");
    if (!q)
        return q.error();
    QSet<QString> seen;
    QJsonArray closed;
    while (q->next())
        if (const QString rule = q->value(QStringLiteral("rule_id")).toString(); seen.contains(rule))
            closed << q->value(QStringLiteral("id")).toLongLong();
        else
            seen.insert(rule);
    for (const QJsonValue &id : std::as_const(closed))
        if (auto done = exec(QStringLiteral("UPDATE flags SET resolved_on = ?, resolution = 'resolved' WHERE id = ?"),
                {isoDate(day), id.toInteger()}, "resolve a double flag");
            !done)
            return done;
    if (!closed.isEmpty())
        repointed.insert(QStringLiteral("flags.closed"), closed);
    return success();
}

Result<void> MergeRepository::addMatchKeys(qint64 mergeId, qint64 keep, const MergeHousehold &gone,
    const QList<MergePerson> &people, const QHash<qint64, qint64> &survivors) const
{
    for (const MergePerson &p : people) {
        if (!p.born.isValid())
            continue;
        auto q = runSql(m_db,
            QStringLiteral("INSERT INTO household_merge_keys (merge_id, household_id, person_id, postcode, "
                           "huisnummer, toevoeging, surname_key, geboortedatum) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {mergeId, keep, survivors.value(p.id, p.id), gone.postcode, gone.huisnummer, gone.toevoeging.toUpper(),
                searchKey(p.achternaam), isoDate(p.born)},
            "keep the address the merged household was matched by");
        if (!q)
            return q.error();
    }
    return success();
}

Result<void> MergeRepository::clearBsn(qint64 personId) const
{
    return exec(QStringLiteral("UPDATE persons SET bsn_enc = NULL, bsn_hash = NULL WHERE id = ?"), {personId},
        "take back a BSN given at a merge");
}

Result<QString> MergeRepository::bsnHashOf(qint64 personId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT bsn_hash FROM persons WHERE id = ?"), {personId}, "read BSN hash");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<void> MergeRepository::setBsnHash(qint64 personId, const QString &hash) const
{
    return exec(QStringLiteral("UPDATE persons SET bsn_hash = ? WHERE id = ?"), {hash, personId},
        "give the surviving person the BSN");
}

Result<void> MergeRepository::touch(qint64 householdId, const QDateTime &now) const
{
    return exec(QStringLiteral("UPDATE households SET version = version + 1, updated_at = ?, member_count = "
                               "(SELECT COUNT(*) FROM persons p WHERE p.household_id = households.id) WHERE id = ?"),
        {timestampToSql(now), householdId}, "update merged household");
}

Result<qint64> MergeRepository::insertRecord(const MergeRecord &r) const
{
    auto q = runSql(m_db,
        QStringLiteral("INSERT INTO household_merges (kept_id, merged_id, team_id, merged_at, merged_by, "
                       "merged_household, moved, repointed, removed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {r.keptId, r.mergedId, r.teamId == 0 ? sqlNull() : QVariant(r.teamId), timestampToSql(r.mergedAt), r.mergedBy,
            text(r.household), text(r.moved), text(r.repointed), text(r.removed)},
        "record merge");
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::Database,
            QCoreApplication::translate("vangnet::households::MergeRepository", "The merge record was not stored.")};
    return q->value(0).toLongLong();
}

Result<void> MergeRepository::updateRecord(const MergeRecord &r) const
{
    return exec(
        QStringLiteral("UPDATE household_merges SET merged_household = ?, moved = ?, repointed = ?, removed = ? "
                       "WHERE id = ?"),
        {text(r.household), text(r.moved), text(r.repointed), text(r.removed), r.id}, "record merge");
}

namespace {

MergeRecord recordFrom(const QSqlQuery &q)
{
    MergeRecord r;
    r.id = q.value(QStringLiteral("id")).toLongLong();
    r.keptId = q.value(QStringLiteral("kept_id")).toLongLong();
    r.mergedId = q.value(QStringLiteral("merged_id")).toLongLong();
    r.teamId = q.value(QStringLiteral("team_id")).toLongLong();
    r.mergedAt = timestampFromSql(q.value(QStringLiteral("merged_at")));
    r.mergedBy = q.value(QStringLiteral("merged_by")).toString();
    r.household = object(q.value(QStringLiteral("merged_household")));
    r.moved = object(q.value(QStringLiteral("moved")));
    r.repointed = object(q.value(QStringLiteral("repointed")));
    r.removed = object(q.value(QStringLiteral("removed")));
    r.undoneAt = timestampFromSql(q.value(QStringLiteral("undone_at")));
    return r;
}

const QLatin1StringView recordColumns("id, kept_id, merged_id, team_id, merged_at, merged_by, merged_household, moved, "
                                      "repointed, removed, undone_at");

} // namespace

Result<MergeRecord> MergeRepository::record(qint64 mergeId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT %1 FROM household_merges WHERE id = ?").arg(recordColumns), {mergeId},
        "read merge");
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound,
            QCoreApplication::translate(
                "vangnet::households::MergeRepository", "There is no merge %1 that you may see.")
                .arg(mergeId)};
    return recordFrom(*q);
}

Result<QList<MergeRecord>> MergeRepository::records(qint64 teamId) const
{
    auto q = runSql(m_db,
        QStringLiteral("SELECT %1 FROM household_merges WHERE team_id = ? ORDER BY id DESC").arg(recordColumns),
        {teamId}, "read merges");
    if (!q)
        return q.error();
    QList<MergeRecord> list;
    while (q->next())
        list << recordFrom(*q);
    return list;
}

Result<void> MergeRepository::markUndone(qint64 mergeId, const QDateTime &now, const QString &by) const
{
    return exec(QStringLiteral("UPDATE household_merges SET undone_at = ?, undone_by = ? WHERE id = ?"),
        {timestampToSql(now), by, mergeId}, "record undone merge");
}

} // namespace vangnet::households

namespace vangnet::households::mergetables {

QVariant valueOf(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return sqlNull();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QVariant(qint64(d)) : QVariant(d);
    }
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    return v.toString();
}

QVariantList idsOf(const QJsonArray &keys)
{
    QVariantList out;
    for (const QJsonValue &k : keys)
        out << QVariant(k.toInteger());
    return out;
}

QSet<qint64> setOf(const QJsonArray &keys)
{
    QSet<qint64> out;
    for (const QJsonValue &k : keys)
        out.insert(k.toInteger());
    return out;
}

} // namespace vangnet::households::mergetables
