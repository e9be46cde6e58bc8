#pragma once

#include "support/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <optional>

namespace vangnet {

/// Prepares `sql`, binds every value positionally and executes it. The error, if any, names
/// the operation (`what`) and carries the driver's message for the user; technical logs get the
/// operation only, because a driver message can echo personal data.
Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {},
                         const char *what = "query");

/// A statement prepared on first use and run again and again (a check per imported row), its
/// values bound as runSql() binds them. On PostgreSQL a statement prepared for one use costs three
/// round trips (prepare, execute, deallocate); this one costs one per run.
class PreparedSql {
public:
    PreparedSql(QSqlDatabase db, QString sql, const char *what);
    /// Runs the statement, hands the query to `rows` to read what it needs, then finishes it: a
    /// statement left open keeps SQLite's read cursor on the table (and a DROP INDEX waiting).
    Result<void> read(const QVariantList &values, const std::function<void(QSqlQuery &)> &rows);

private:
    QSqlDatabase m_db;
    QString m_sql;
    const char *m_what;
    std::optional<QSqlQuery> m_query;
};

/// "?,?,…,?": `count` positional parameters, for an IN list or a VALUES tuple.
QString sqlPlaceholders(qsizetype count);

/// A bindable SQL NULL (a null QString binds as '' through runSql).
QVariant sqlNull();

/// The value as every statement here binds it: Qt binds a null QString as SQL NULL, but text
/// columns are NOT NULL DEFAULT '', so an unset QString means "empty". Deliberate NULLs come
/// from sqlNull().
QVariant boundValue(const QVariant &value);

/// SQL NULL for empty text, or the text itself.
QVariant textOrNull(const QString &text);

/// Converts a stored ISO timestamp or date.
QDateTime timestampFromSql(const QVariant &v);
QString timestampToSql(const QDateTime &dt);

/// Binary values (keys, salts, sealed boxes) are stored as base64 text: the SQL is the same on
/// both engines.
QString base64Text(const QByteArray &bytes);
QByteArray fromBase64Text(const QVariant &text);

/// Error for a failed statement or driver call.
Error databaseError(const QString &driverText, const char *what);
/// Error for a failed statement: ErrorCode::ConnectionLost, said plainly, when the connection to
/// the server broke (the statement's work is not stored; the user's input is kept and can be
/// saved again once the connection is back), otherwise as above.
Error databaseError(const QSqlQuery &query, const char *what);
/// The same for a failed call on the connection itself (begin, commit).
Error databaseError(const QSqlDatabase &db, const QString &driverText, const char *what);

} // namespace vangnet
