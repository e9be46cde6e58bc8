#include "storage/ProtectedFields.h"

#include "domain/Bsn.h"
#include "security/FieldCipher.h"
#include "storage/PersonRepository.h"
#include "storage/SealedColumns.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <QList>
#include <QPair>

#include <spdlog/spdlog.h>

namespace vangnet::protectedfields {

namespace {

/// (id, text) of every row `sql` selects: a legacy column that still holds something, a sealed
/// value to convert.
Result<QList<QPair<qint64, QString>>> textRows(const QSqlDatabase &db, const QString &sql, const char *what,
                                                const QVariantList &values = {})
{
    auto q = runSql(db, sql, values, what);
    if (!q)
        return q.error();
    QList<QPair<qint64, QString>> rows;
    while (q->next())
        rows.append({q->value(0).toLongLong(), q->value(1).toString()});
    return rows;
}

const QLatin1String boundMarker("fields_bound");

} // namespace

Result<int> sealLegacy(const QSqlDatabase &db, const FieldCipher &fields)
{
    Transaction tx(db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    auto bsns = textRows(db, QStringLiteral("SELECT id, legacy_bsn FROM persons WHERE legacy_bsn IS NOT NULL"),
                           "read unsealed BSNs");
    if (!bsns)
        return bsns.error();
    auto notes = textRows(db, QStringLiteral("SELECT id, legacy_body FROM notes WHERE legacy_body <> ''"),
                            "read unsealed notes");
    if (!notes)
        return notes.error();
    if (bsns->isEmpty() && notes->isEmpty())
        return 0;

    for (const auto &[id, plain] : std::as_const(*bsns)) {
        const QString bsn = bsn::normalize(plain).value_or(plain.trimmed());
        auto bsnValues = PersonRepository::bsnColumns(fields, id, bsn);
        if (!bsnValues)
            return bsnValues.error();
        auto sealed = runSql(db, QStringLiteral("UPDATE persons SET bsn_enc = ?, bsn_hash = ?, bsn_stat_enc = ?, "
                                                "legacy_bsn = NULL WHERE id = ?"),
                             *bsnValues + QVariantList{id}, "seal a BSN");
        if (!sealed)
            return sealed.error();
    }
    for (const auto &[id, plain] : std::as_const(*notes)) {
        auto body = fields.seal(plain, sealed::noteBody.at(id));
        if (!body)
            return body.error();
        auto sealed = runSql(db, QStringLiteral("UPDATE notes SET body_enc = ?, legacy_body = '' WHERE id = ?"),
                             {*body, id}, "seal a note");
        if (!sealed)
            return sealed.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("sealed {} legacy BSNs and {} legacy notes", bsns->size(), notes->size());
    return static_cast<int>(bsns->size() + notes->size());
}

Result<void> markBound(const QSqlDatabase &db)
{
    auto marked = runSql(db, QStringLiteral("INSERT INTO schema_meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO NOTHING"),
                         {QString(boundMarker)}, "record the field format");
    if (!marked)
        return marked.error();
    return success();
}

Result<int> bindUnbound(const QSqlDatabase &db, const FieldCipher &fields)
{
    auto done = runSql(db, QStringLiteral("SELECT value FROM schema_meta WHERE key = ?"), {QString(boundMarker)},
                       "read the field format");
    if (!done)
        return done.error();
    if (done->next())
        return 0;
    Transaction tx(db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    int rebound = 0;
    for (const SealedColumn &column : sealed::all) {
        auto rows = textRows(db, QStringLiteral("SELECT id, %2 FROM %1 WHERE %2 LIKE 'v1:%'").arg(column.table, column.column),
                               "read unbound fields");
        if (!rows)
            return rows.error();
        for (const auto &[id, value] : std::as_const(*rows)) {
            auto bound = fields.rebindUnbound(value, column.at(id));
            if (!bound)
                return bound.error();
            auto written = runSql(db, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(column.table, column.column),
                                  {*bound, id}, "bind a protected field");
            if (!written)
                return written.error();
            ++rebound;
        }
    }
    if (auto marked = markBound(db); !marked)
        return marked.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("bound {} protected fields to their records", rebound);
    return rebound;
}

namespace {

/// (id, stored value) of the rows of `column` in team `teamId`'s households matching `condition`.
Result<QList<QPair<qint64, QString>>> teamRows(const QSqlDatabase &db, const SealedColumn &column, qint64 teamId,
                                               const QString &condition, const QVariantList &values)
{
    return textRows(db,
                      QStringLiteral("SELECT t.id, t.%2 FROM %1 t JOIN households h ON h.id = %3 "
                                     "WHERE h.team_id = ? AND %4 ORDER BY t.id")
                          .arg(column.table, column.column, column.household, condition),
                      "read a team's protected fields", QVariantList{teamId} + values);
}

} // namespace

Result<int> resealTeam(const QSqlDatabase &db, qint64 teamId, const FieldCipher &from, const FieldCipher &to,
                       QLatin1StringView prefix)
{
    int resealed = 0;
    for (const SealedColumn &column : sealed::all) {
        auto rows = teamRows(db, column, teamId, QStringLiteral("t.%1 LIKE ?").arg(column.column),
                             {QString(prefix) + QLatin1Char('%')});
        if (!rows)
            return rows.error();
        SealedColumnWriter writer(db, to, column); // one prepared UPDATE per column
        for (const auto &[id, value] : std::as_const(*rows)) {
            auto plain = from.open(value, column.at(id));
            if (!plain)
                return plain.error();
            if (auto written = writer.write(id, *plain); !written)
                return written.error();
            ++resealed;
        }
    }
    return resealed;
}

Result<int> fillStatisticsCopies(const QSqlDatabase &db, qint64 teamId, const FieldCipher &fields)
{
    const SealedColumn &column = sealed::personBsn;
    auto rows = teamRows(db, column, teamId,
                         QStringLiteral("t.%1 IS NOT NULL AND t.%2 IS NULL").arg(column.column, column.statistics), {});
    if (!rows)
        return rows.error();
    for (const auto &[id, value] : std::as_const(*rows)) {
        auto plain = fields.open(value, column.at(id));
        if (!plain)
            return plain.error();
        auto written = runSql(db, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(column.table, column.statistics),
                              {fields.statisticsCopy(*plain, column.statisticsAt(id)), id}, "seal a statistics copy");
        if (!written)
            return written.error();
    }
    return static_cast<int>(rows->size());
}

} // namespace vangnet::protectedfields
