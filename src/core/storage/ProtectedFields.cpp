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

/// (id, plain text) of every row whose legacy column still holds something.
Result<QList<QPair<qint64, QString>>> legacyRows(const QSqlDatabase &db, const QString &sql, const char *what)
{
    auto q = runSql(db, sql, {}, what);
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
    auto bsns = legacyRows(db, QStringLiteral("SELECT id, legacy_bsn FROM persons WHERE legacy_bsn IS NOT NULL"),
                           "read unsealed BSNs");
    if (!bsns)
        return bsns.error();
    auto notes = legacyRows(db, QStringLiteral("SELECT id, legacy_body FROM notes WHERE legacy_body <> ''"),
                            "read unsealed notes");
    if (!notes)
        return notes.error();
    if (bsns->isEmpty() && notes->isEmpty())
        return 0;

    for (const auto &[id, plain] : std::as_const(*bsns)) {
        const QString bsn = bsn::normalize(plain).value_or(plain.trimmed());
        auto sealed = runSql(db, QStringLiteral("UPDATE persons SET bsn_enc = ?, bsn_hash = ?, legacy_bsn = NULL WHERE id = ?"),
                             PersonRepository::bsnColumns(fields, id, bsn) + QVariantList{id}, "seal a BSN");
        if (!sealed)
            return sealed.error();
    }
    for (const auto &[id, plain] : std::as_const(*notes)) {
        auto sealed = runSql(db, QStringLiteral("UPDATE notes SET body_enc = ?, legacy_body = '' WHERE id = ?"),
                             {fields.seal(plain, sealed::noteBody.at(id)), id}, "seal a note");
        if (!sealed)
            return sealed.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("sealed {} legacy BSNs and {} legacy notes", bsns->size(), notes->size());
    return static_cast<int>(bsns->size() + notes->size());
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
        auto rows = legacyRows(db, QStringLiteral("SELECT id, %2 FROM %1 WHERE %2 LIKE 'v1:%'").arg(column.table, column.column),
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
    auto marked = runSql(db, QStringLiteral("INSERT INTO schema_meta (key, value) VALUES (?, '1')"), {QString(boundMarker)},
                         "record the field format");
    if (!marked)
        return marked.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("bound {} protected fields to their records", rebound);
    return rebound;
}

} // namespace vangnet::protectedfields
