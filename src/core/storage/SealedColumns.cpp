#include "storage/SealedColumns.h"

#include "storage/SqlStatement.h"

namespace vangnet {

Result<QString> SealedColumn::open(const FieldCipher &fields, const QVariant &stored, qint64 row) const
{
    if (stored.isNull() || stored.toString().isEmpty())
        return QString();
    return fields.open(stored.toString(), at(row));
}

Result<void> SealedColumn::write(const QSqlDatabase &db, const FieldCipher &fields, qint64 id, const QString &plain) const
{
    auto q = runSql(db, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column),
                    {fields.seal(plain, at(id)), id}, "seal a protected field");
    if (!q)
        return q.error();
    return success();
}

SealedColumnWriter::SealedColumnWriter(QSqlDatabase db, const FieldCipher &fields, SealedColumn column)
    : m_fields(fields), m_column(column),
      m_update(std::move(db), QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ? RETURNING id").arg(column.table, column.column),
               "seal a protected field")
{
}

Result<void> SealedColumnWriter::write(qint64 id, const QString &plain)
{
    auto updated = m_update.insert(QVariantList{m_fields.seal(plain, m_column.at(id)), id});
    if (!updated)
        return updated.error();
    if (!updated->has_value())
        return databaseError(QStringLiteral("row %1 not found").arg(id), "seal a protected field");
    return success();
}

} // namespace vangnet
