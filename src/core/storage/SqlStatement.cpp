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
                 QCoreApplication::translate("vangnet::Database", "Database error: %1").arg(driverText)};
}

Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values, const char *what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Statements without values run directly: PostgreSQL cannot PREPARE DDL or SET.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return databaseError(query.lastError().text(), what);
        return query;
    }
    if (!query.prepare(sql))
        return databaseError(query.lastError().text(), what);
    for (const QVariant &v : values)
        query.addBindValue(boundValue(v));
    if (!query.exec())
        return databaseError(query.lastError().text(), what);
    return query;
}

QVariant boundValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QString(QLatin1String("")));
    return value;
}

QString sqlPlaceholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QLatin1Char(','));
}

QVariant sqlNull()
{
    return QVariant::fromValue(nullptr);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? sqlNull() : QVariant(text);
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
