#pragma once

#include "support/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <QString>

#include <optional>
#include <span>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace vangnet {

/// One value for BulkStatement without a QVariant: NULL, an integer (ids, counts, cents, flags)
/// or text (shared, not copied; bound to SQLite through a reused UTF-8 buffer); a null
/// QString binds '' (runSql()'s rule). A million-row import binds sixteen values a row, and
/// the QVariants and UTF-8 copies were a fifth of its own time.
class BulkValue {
public:
    enum class Kind : quint8 { Null, Integer, Text };

    BulkValue() = default; ///< NULL
    BulkValue(qint64 integer) : m_kind(Kind::Integer), m_integer(integer) {}
    BulkValue(int integer) : BulkValue(static_cast<qint64>(integer)) {}
    BulkValue(bool flag) : BulkValue(static_cast<qint64>(flag ? 1 : 0)) {}
    BulkValue(QString text) : m_kind(Kind::Text), m_text(std::move(text)) {}
    /// NULL for 0: an optional reference.
    static BulkValue idOrNull(qint64 id) { return id == 0 ? BulkValue() : BulkValue(id); }
    /// NULL for an empty text.
    static BulkValue textOrNull(const QString &text) { return text.isEmpty() ? BulkValue() : BulkValue(text); }

    Kind kind() const { return m_kind; }
    qint64 integer() const { return m_integer; }
    const QString &text() const { return m_text; }
    /// For the Qt path (PostgreSQL).
    QVariant toVariant() const;
    /// A row of them for the Qt path.
    static QVariantList toVariants(std::span<const BulkValue> values);

private:
    Kind m_kind = Kind::Null;
    qint64 m_integer = 0;
    QString m_text;
};

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
    Result<std::optional<qint64>> insert(std::span<const BulkValue> values);

private:
    Result<void> prepare();
    Result<std::optional<qint64>> step();
    Result<std::optional<qint64>> execNative(const QVariantList &values);
    Result<std::optional<qint64>> execNative(std::span<const BulkValue> values);
    Result<std::optional<qint64>> execQt(const QVariantList &values);

    QSqlDatabase m_db;
    QString m_sql;
    const char *m_what;
    bool m_prepared = false;
    QSqlQuery m_query;
    sqlite3 *m_sqlite = nullptr; ///< the Qt connection's SQLite handle; null on PostgreSQL
    sqlite3_stmt *m_native = nullptr;
    std::vector<QByteArray> m_utf8; ///< per column: the text bound to the native statement
};

} // namespace vangnet
