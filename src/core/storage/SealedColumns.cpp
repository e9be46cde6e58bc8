#include "storage/SealedColumns.h"

#include "storage/SqlStatement.h"

#include <QCoreApplication>

namespace vangnet {

Result<QString> SealedColumn::open(const FieldCipher &fields, const QVariant &stored, qint64 row) const
{
    if (stored.isNull() || stored.toString().isEmpty())
        return QString();
    return fields.open(stored.toString(), at(row));
}

Result<QVariantList> SealedColumn::values(const FieldCipher &fields, qint64 id, const QString &plain) const
{
    auto value = fields.seal(plain, at(id));
    if (!value)
        return value.error();
    QVariantList out{*value};
    if (!statistics.isEmpty())
        out << fields.statisticsCopy(plain, statisticsAt(id));
    return out;
}

QString SealedColumn::assignments() const
{
    return statistics.isEmpty() ? QStringLiteral("%1 = ?").arg(column)
                                : QStringLiteral("%1 = ?, %2 = ?").arg(column, statistics);
}

Result<QString> SealedColumn::show(const FieldCipher &fields, const QVariant &stored, qint64 row) const
{
    auto plain = open(fields, stored, row);
    if (!plain && plain.error().code == ErrorCode::PermissionDenied)
        return unreadableMarker();
    return plain;
}

QString SealedColumn::unreadableMarker()
{
    return QCoreApplication::translate("vangnet::SealedColumn", "[sealed: not readable with your keys]");
}

Result<void> SealedColumn::write(const QSqlDatabase &db, const FieldCipher &fields, qint64 id, const QString &plain) const
{
    auto sealedValues = values(fields, id, plain);
    if (!sealedValues)
        return sealedValues.error();
    auto q = runSql(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments()),
                    *sealedValues + QVariantList{id}, "seal a protected field");
    if (!q)
        return q.error();
    return success();
}

SealedColumnWriter::SealedColumnWriter(QSqlDatabase db, const FieldCipher &fields, SealedColumn column)
    : m_fields(fields), m_column(column),
      m_update(std::move(db), QStringLiteral("UPDATE %1 SET %2 WHERE id = ? RETURNING id").arg(column.table, column.assignments()),
               "seal a protected field")
{
}

Result<void> SealedColumnWriter::write(qint64 id, const QString &plain)
{
    auto sealedValues = m_column.values(m_fields, id, plain);
    if (!sealedValues)
        return sealedValues.error();
    auto updated = m_update.insert(*sealedValues + QVariantList{id});
    if (!updated)
        return updated.error();
    if (!updated->has_value())
        return databaseError(QStringLiteral("row %1 not found").arg(id), "seal a protected field");
    return success();
}

} // namespace vangnet
