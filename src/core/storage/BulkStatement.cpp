#include "storage/BulkStatement.h"

#include "storage/SqlStatement.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace vangnet {

BulkStatement::BulkStatement(QSqlDatabase db, QString sql, const char *what)
    : m_db(std::move(db)), m_sql(std::move(sql)), m_what(what), m_query(m_db)
{
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_native); // a no-op for null
}

Result<void> BulkStatement::prepare()
{
    if (m_sqlite) {
        // Without RETURNING: SQLite builds an ephemeral table per execution for it.
        const QByteArray sql = QString(m_sql).remove(QStringLiteral(" RETURNING id")).toUtf8();
        if (sqlite3_prepare_v2(m_sqlite, sql.constData(), static_cast<int>(sql.size()), &m_native, nullptr) != SQLITE_OK)
            return databaseError(QString::fromUtf8(sqlite3_errmsg(m_sqlite)), m_what);
    } else {
        m_query.setForwardOnly(true);
        if (!m_query.prepare(m_sql))
            return databaseError(m_query.lastError().text(), m_what);
    }
    m_prepared = true;
    return success();
}

Result<std::optional<qint64>> BulkStatement::insert(const QVariantList &values)
{
    if (!m_prepared)
        if (auto prepared = prepare(); !prepared)
            return prepared.error();
    return m_sqlite ? execNative(values) : execQt(values);
}

Result<std::optional<qint64>> BulkStatement::execNative(const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant v = boundValue(values[i]);
        const int index = static_cast<int>(i) + 1;
        int rc = SQLITE_OK;
        if (v.typeId() == QMetaType::QString) {
            const QByteArray utf8 = v.toString().toUtf8();
            rc = sqlite3_bind_text(m_native, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        } else if (v.isNull()) {
            rc = sqlite3_bind_null(m_native, index);
        } else {
            rc = sqlite3_bind_int64(m_native, index, v.toLongLong()); // ids, counts, cents, flags
        }
        if (rc != SQLITE_OK)
            return databaseError(QString::fromUtf8(sqlite3_errmsg(m_sqlite)), m_what);
    }
    const int step = sqlite3_step(m_native);
    const bool inserted = sqlite3_changes(m_sqlite) > 0;
    const qint64 id = sqlite3_last_insert_rowid(m_sqlite);
    const int reset = sqlite3_reset(m_native);
    if (step != SQLITE_DONE || reset != SQLITE_OK)
        return databaseError(QString::fromUtf8(sqlite3_errmsg(m_sqlite)), m_what);
    return inserted ? std::optional<qint64>(id) : std::nullopt;
}

Result<std::optional<qint64>> BulkStatement::execQt(const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query.bindValue(static_cast<int>(i), boundValue(values[i]));
    if (!m_query.exec())
        return databaseError(m_query.lastError().text(), m_what);
    std::optional<qint64> id;
    if (m_query.next())
        id = m_query.value(0).toLongLong();
    m_query.finish();
    return id;
}

} // namespace vangnet
