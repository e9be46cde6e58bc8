#include "storage/CopyInsert.h"

#include "storage/BatchedInsert.h"
#include "storage/PostgresHandle.h"
#include "storage/SqlStatement.h"

#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

#include <atomic>

namespace vangnet {

namespace {

/// One field in COPY's text format: backslash, tab, newline and carriage return escaped.
void appendText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\': out.append("\\\\"); break;
        case '\t': out.append("\\t"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        default: out.append(c);
        }
    }
}

} // namespace

bool CopyInsert::supported(const QSqlDatabase &db)
{
    return postgresConnection(db) != nullptr;
}

CopyInsert::CopyInsert(QSqlDatabase db, QString table, QStringList columns, QString keyColumn, const char *what,
                       int rowsPerChunk)
    : m_db(std::move(db)), m_table(std::move(table)), m_columns(std::move(columns)), m_keyColumn(std::move(keyColumn)),
      m_what(what), m_rowsPerChunk(std::max(1, rowsPerChunk))
{
}

Result<CopyInsert::Outcomes> CopyInsert::add(std::span<const BulkValue> values, const QString &key)
{
    m_buffer.append(QByteArray::number(m_keys.size()));
    for (const BulkValue &v : values) {
        m_buffer.append('\t');
        switch (v.kind()) {
        case BulkValue::Kind::Null:
            m_buffer.append("\\N");
            break;
        case BulkValue::Kind::Integer:
            m_buffer.append(QByteArray::number(v.integer()));
            break;
        case BulkValue::Kind::Text:
            appendText(m_buffer, v.text());
            break;
        }
    }
    m_buffer.append('\n');
    m_keys << key;
    if (m_keys.size() < m_rowsPerChunk)
        return Outcomes{};
    return flush();
}

Result<void> CopyInsert::createStaging()
{
    static std::atomic<int> made{0};
    const QString name = QStringLiteral("vangnet_copy_%1_%2").arg(m_table).arg(++made);
    // Typed like the table, without its constraints; gone when the transaction ends.
    if (auto created = runSql(m_db, QStringLiteral("CREATE TEMP TABLE %1 ON COMMIT DROP AS SELECT CAST(0 AS BIGINT) AS ord, %2 "
                                                   "FROM %3 WITH NO DATA")
                                        .arg(name, m_columns.join(QStringLiteral(", ")), m_table),
                              {}, m_what);
        !created)
        return created.error();
    m_staging = name;
    return success();
}

Result<void> CopyInsert::copyChunk()
{
    PGconn *conn = postgresConnection(m_db);
    if (!conn)
        return databaseError(QStringLiteral("no PostgreSQL connection"), m_what);
    const QByteArray sql = QStringLiteral("COPY %1 (ord, %2) FROM STDIN").arg(m_staging, m_columns.join(QStringLiteral(", "))).toUtf8();
    PGresult *started = PQexec(conn, sql.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying)
        return databaseError(libpqError(conn), m_what);
    const bool sent = PQputCopyData(conn, m_buffer.constData(), static_cast<int>(m_buffer.size())) == 1;
    const bool ended = PQputCopyEnd(conn, sent ? nullptr : "not sent") == 1;
    QString failure = sent && ended ? QString() : libpqError(conn);
    while (PGresult *result = PQgetResult(conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && failure.isEmpty())
            failure = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
    if (!failure.isEmpty())
        return databaseError(failure, m_what);
    return success();
}

Result<CopyInsert::Outcomes> CopyInsert::flush()
{
    if (m_keys.isEmpty())
        return Outcomes{};
    if (m_staging.isEmpty())
        if (auto created = createStaging(); !created)
            return created.error();
    if (auto copied = copyChunk(); !copied)
        return copied.error();
    const QString columns = m_columns.join(QStringLiteral(", "));
    auto q = runSql(m_db, QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3 ORDER BY ord ON CONFLICT DO NOTHING "
                                         "RETURNING id, %4")
                              .arg(m_table, columns, m_staging, m_keyColumn),
                    {}, m_what);
    if (!q)
        return q.error();
    QHash<QString, qint64> inserted;
    while (q->next())
        inserted.insert(q->value(1).toString(), q->value(0).toLongLong());
    q->finish();
    if (auto emptied = runSql(m_db, QStringLiteral("TRUNCATE %1").arg(m_staging), {}, m_what); !emptied)
        return emptied.error();
    Outcomes outcomes = outcomesByKey(m_keys, std::move(inserted));
    m_buffer.clear();
    m_keys.clear();
    return outcomes;
}

} // namespace vangnet
