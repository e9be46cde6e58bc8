#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QSqlDatabase>
#include <QVariantList>

#include <functional>

struct sqlite3_stmt;
class QSqlQuery;

namespace vangnet {

/// The current row of a bulkRead(), by column index. Text views are valid until the next row.
class BulkRow {
public:
    bool isNull(int column) const;
    qint64 integer(int column) const;
    QByteArrayView utf8(int column) const;
    QString text(int column) const;
    /// A stored `YYYY-MM-DD`; an invalid date for NULL or anything else.
    QDate date(int column) const;

private:
    friend Result<void> bulkRead(const QSqlDatabase &, const QString &, const QVariantList &,
                                 const std::function<bool(const BulkRow &)> &, const char *);
    sqlite3_stmt *m_native = nullptr;
    QSqlQuery *m_query = nullptr;
    mutable QByteArray m_text; ///< PostgreSQL: the last text asked for
};

/// Runs a SELECT and hands every row to `row` until it returns false: for reading hundreds of
/// thousands of rows at once (the rules' facts). On SQLite through the driver's native handle,
/// which reads a million rows several times faster than QSqlQuery's per-value QVariants; on
/// PostgreSQL a forward-only QSqlQuery. Values bind as in runSql().
Result<void> bulkRead(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                      const std::function<bool(const BulkRow &)> &row, const char *what = "read");

} // namespace vangnet
