#include "storage/SqlStatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

#include <spdlog/spdlog.h>

namespace vangnet {

Error databaseError(const QString &driverText, const char *what)
{
    spdlog::error("database error during {}", what);
    return Error{ErrorCode::Database,
                 QCoreApplication::translate("vangnet::Database", "Database error during %1: %2")
                     .arg(QString::fromLatin1(what), driverText)};
}

Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values, const char *what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return databaseError(query.lastError().text(), what);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return databaseError(query.lastError().text(), what);
    return query;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QDateTime timestampFromSql(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

QString timestampToSql(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace vangnet
