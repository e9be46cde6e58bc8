#include "storage/BulkRead.h"

#include "storage/SqlStatement.h"
#include "support/IsoDate.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <memory>

namespace vangnet {

bool BulkRow::isNull(int column) const
{
    return m_native ? sqlite3_column_type(m_native, column) == SQLITE_NULL : m_query->isNull(column);
}

qint64 BulkRow::integer(int column) const
{
    return m_native ? sqlite3_column_int64(m_native, column) : m_query->value(column).toLongLong();
}

QByteArrayView BulkRow::utf8(int column) const
{
    if (m_native) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_native, column));
        return text ? QByteArrayView(text, sqlite3_column_bytes(m_native, column)) : QByteArrayView();
    }
    m_text = m_query->value(column).toString().toUtf8();
    return m_text;
}

QString BulkRow::text(int column) const
{
    return m_native ? QString::fromUtf8(utf8(column)) : m_query->value(column).toString();
}

QDate BulkRow::date(int column) const
{
    return isoDateFromText(utf8(column));
}

Result<void> bulkRead(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                      const std::function<bool(const BulkRow &)> &row, const char *what)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    sqlite3 *sqlite = nullptr;
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    BulkRow current;
    if (!sqlite) {
        auto q = runSql(db, sql, values, what);
        if (!q)
            return q.error();
        current.m_query = &*q;
        while (q->next())
            if (!row(current))
                break;
        return success();
    }

    const QByteArray utf8Sql = sql.toUtf8();
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(sqlite, utf8Sql.constData(), static_cast<int>(utf8Sql.size()), &raw, nullptr) != SQLITE_OK)
        return databaseError(QString::fromUtf8(sqlite3_errmsg(sqlite)), what);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values[i];
        const int index = static_cast<int>(i) + 1;
        int rc = SQLITE_OK;
        if (v.isNull() && v.typeId() != QMetaType::QString) {
            rc = sqlite3_bind_null(raw, index);
        } else if (v.typeId() == QMetaType::QString) {
            const QByteArray text = v.toString().toUtf8();
            rc = sqlite3_bind_text(raw, index, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
        } else {
            rc = sqlite3_bind_int64(raw, index, v.toLongLong());
        }
        if (rc != SQLITE_OK)
            return databaseError(QString::fromUtf8(sqlite3_errmsg(sqlite)), what);
    }
    current.m_native = raw;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW)
        if (!row(current))
            return success();
    if (rc != SQLITE_DONE)
        return databaseError(QString::fromUtf8(sqlite3_errmsg(sqlite)), what);
    return success();
}

} // namespace vangnet
