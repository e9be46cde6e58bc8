#include "storage/BulkStatement.h"

#include "storage/SqlStatement.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace vangnet {

QVariant BulkValue::toVariant() const
{
    switch (m_kind) {
    case Kind::Null:
        return sqlNull();
    case Kind::Integer:
        return QVariant(m_integer);
    case Kind::Text:
        return QVariant(m_text.isNull() ? QString(QLatin1String("")) : m_text);
    }
    return sqlNull();
}

QVariantList BulkValue::toVariants(std::span<const BulkValue> values)
{
    QVariantList variants;
    variants.reserve(static_cast<qsizetype>(values.size()));
    for (const BulkValue &v : values)
        variants << v.toVariant();
    return variants;
}

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
            return databaseError(m_query, m_what);
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
    return step();
}

Result<std::optional<qint64>> BulkStatement::insert(std::span<const BulkValue> values)
{
    if (!m_prepared)
        if (auto prepared = prepare(); !prepared)
            return prepared.error();
    if (m_sqlite)
        return execNative(values);
    return execQt(BulkValue::toVariants(values));
}

namespace {

/// `text` as UTF-8 in `out`, reusing its buffer: no allocation per value once the buffers have
/// grown, and plain narrowing for ASCII, which is nearly all of an import.
void toUtf8(QStringView text, QByteArray &out)
{
    const qsizetype size = text.size();
    out.resize(size);
    char *to = out.data();
    const char16_t *from = text.utf16();
    for (qsizetype i = 0; i < size; ++i) {
        if (from[i] >= 0x80) {
            out = text.toUtf8();
            return;
        }
        to[i] = static_cast<char>(from[i]);
    }
}

} // namespace

Result<std::optional<qint64>> BulkStatement::execNative(std::span<const BulkValue> values)
{
    if (m_utf8.size() < values.size())
        m_utf8.resize(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const BulkValue &v = values[i];
        const int index = static_cast<int>(i) + 1;
        int rc = SQLITE_OK;
        switch (v.kind()) {
        case BulkValue::Kind::Null:
            rc = sqlite3_bind_null(m_native, index);
            break;
        case BulkValue::Kind::Integer:
            rc = sqlite3_bind_int64(m_native, index, v.integer());
            break;
        case BulkValue::Kind::Text: {
            // SQLITE_STATIC: the buffer stays until the step below (a null QString binds '').
            QByteArray &utf8 = m_utf8[i];
            toUtf8(v.text(), utf8);
            rc = sqlite3_bind_text(m_native, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
            break;
        }
        }
        if (rc != SQLITE_OK)
            return databaseError(QString::fromUtf8(sqlite3_errmsg(m_sqlite)), m_what);
    }
    return step();
}

Result<std::optional<qint64>> BulkStatement::step()
{
    const int stepped = sqlite3_step(m_native);
    const bool inserted = sqlite3_changes(m_sqlite) > 0;
    const qint64 id = sqlite3_last_insert_rowid(m_sqlite);
    const int reset = sqlite3_reset(m_native);
    sqlite3_clear_bindings(m_native); // nothing borrowed stays bound
    if (stepped != SQLITE_DONE || reset != SQLITE_OK)
        return databaseError(QString::fromUtf8(sqlite3_errmsg(m_sqlite)), m_what);
    return inserted ? std::optional<qint64>(id) : std::nullopt;
}

Result<std::optional<qint64>> BulkStatement::execQt(const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query.bindValue(static_cast<int>(i), boundValue(values[i]));
    if (!m_query.exec())
        return databaseError(m_query, m_what);
    std::optional<qint64> id;
    if (m_query.next())
        id = m_query.value(0).toLongLong();
    m_query.finish();
    return id;
}

} // namespace vangnet
