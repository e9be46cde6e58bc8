#include "storage/SqlStatement.h"

#include "storage/PostgresHandle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>

#include <spdlog/spdlog.h>

namespace vangnet {

QString base64Text(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromBase64Text(const QVariant &text)
{
    return QByteArray::fromBase64(text.toString().toLatin1());
}

Error databaseError(const QString &driverText, const char *what)
{
    spdlog::error("database error during {}", what);
    return Error{ErrorCode::Database,
                 QCoreApplication::translate("vangnet::Database", "Database error: %1").arg(driverText)};
}

namespace {

Error lostOrDatabaseError(const QSqlDriver *driver, const QString &driverText, const char *what)
{
    if (!connectionLost(driver))
        return databaseError(driverText, what);
    spdlog::error("connection to the database server lost during {}", what);
    return Error{ErrorCode::ConnectionLost,
                 QCoreApplication::translate("vangnet::Database",
                                             "The connection to the database server is lost: this did not go through "
                                             "and nothing of it was stored. What you entered stays here: try again once "
                                             "Vangnet says the connection is back.")};
}

} // namespace

Error databaseError(const QSqlQuery &query, const char *what)
{
    return lostOrDatabaseError(query.driver(), query.lastError().text(), what);
}

Error databaseError(const QSqlDatabase &db, const QString &driverText, const char *what)
{
    return lostOrDatabaseError(db.driver(), driverText, what);
}

namespace {

/// Binds `values` in order (runSql()'s rule for null texts) and executes the prepared query.
Result<void> bindAndRun(QSqlQuery &query, const QVariantList &values, const char *what)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), boundValue(values[i]));
    if (!query.exec())
        return databaseError(query, what);
    return success();
}

} // namespace

Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values, const char *what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Statements without values run directly: PostgreSQL cannot PREPARE DDL or SET.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return databaseError(query, what);
        return query;
    }
    if (!query.prepare(sql))
        return databaseError(query, what);
    if (auto ran = bindAndRun(query, values, what); !ran)
        return ran.error();
    return query;
}

PreparedSql::PreparedSql(QSqlDatabase db, QString sql, const char *what)
    : m_db(std::move(db)), m_sql(std::move(sql)), m_what(what)
{
}

Result<void> PreparedSql::read(const QVariantList &values, const std::function<void(QSqlQuery &)> &rows)
{
    if (!m_query) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(m_sql))
            return databaseError(query, m_what);
        m_query = std::move(query);
    }
    if (auto ran = bindAndRun(*m_query, values, m_what); !ran)
        return ran.error();
    rows(*m_query);
    m_query->finish();
    return success();
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
