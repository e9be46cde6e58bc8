#pragma once

#include "support/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace vangnet {

/// One INSERT prepared once and run for many rows: the demo writer and the signal import.
///
/// The SQL ends in "RETURNING id". On SQLite the statement goes to SQLite directly through the
/// Qt driver's handle (inside the connection's open transaction), without RETURNING: Qt's
/// per-execution overhead was most of the time (100k demo households took ~8 s through
/// QSqlQuery, ~1.5 s this way), and sqlite3_last_insert_rowid() gives the id for free. On
/// PostgreSQL it is a prepared QSqlQuery. With "ON CONFLICT … DO NOTHING", a skipped row gives
/// std::nullopt. Values follow runSql()'s rule: a null QString binds '' (sqlNull() for NULL).
class BulkStatement {
public:
    /// `what` names the operation in error messages ("add signal").
    BulkStatement(QSqlDatabase db, QString sql, const char *what);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    /// The new row's id; nullopt when a conflict clause skipped it.
    Result<std::optional<qint64>> insert(const QVariantList &values);

private:
    Result<void> prepare();
    Result<std::optional<qint64>> execNative(const QVariantList &values);
    Result<std::optional<qint64>> execQt(const QVariantList &values);

    QSqlDatabase m_db;
    QString m_sql;
    const char *m_what;
    bool m_prepared = false;
    QSqlQuery m_query;
    sqlite3 *m_sqlite = nullptr; ///< the Qt connection's SQLite handle; null on PostgreSQL
    sqlite3_stmt *m_native = nullptr;
};

} // namespace vangnet
