#include "storage/BatchedInsert.h"

#include "storage/SqlStatement.h"

#include <QHash>
#include <QSqlError>

namespace vangnet {

namespace {

QString singleRowSql(const QString &table, const QStringList &columns)
{
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT DO NOTHING RETURNING id")
        .arg(table, columns.join(QStringLiteral(", ")), sqlPlaceholders(columns.size()));
}

} // namespace

QList<std::optional<qint64>> outcomesByKey(const QStringList &keys, QHash<QString, qint64> inserted)
{
    QList<std::optional<qint64>> outcomes;
    outcomes.reserve(keys.size());
    for (const QString &key : keys) {
        const auto found = inserted.find(key);
        if (found == inserted.end()) {
            outcomes << std::nullopt;
            continue;
        }
        outcomes << *found;
        inserted.erase(found); // a later row with the same key was the skipped one
    }
    return outcomes;
}

BatchedInsert::BatchedInsert(QSqlDatabase db, QString table, QStringList columns, QString keyColumn, const char *what,
                             int rowsPerStatement)
    : m_db(db), m_table(std::move(table)), m_columns(std::move(columns)), m_keyColumn(std::move(keyColumn)), m_what(what),
      m_rowsPerStatement(std::max(1, rowsPerStatement)), m_native(db.driverName() == QLatin1String("QSQLITE")),
      m_single(db, singleRowSql(m_table, m_columns), what), m_full(db)
{
}

QString BatchedInsert::rowSql() const
{
    return singleRowSql(m_table, m_columns);
}

QString BatchedInsert::sqlFor(qsizetype rows) const
{
    const QString tuple = QLatin1Char('(') + sqlPlaceholders(m_columns.size()) + QLatin1Char(')');
    QStringList tuples;
    for (qsizetype r = 0; r < rows; ++r)
        tuples << tuple;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3 ON CONFLICT DO NOTHING RETURNING id, %4")
        .arg(m_table, m_columns.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", ")), m_keyColumn);
}

Result<BatchedInsert::Outcomes> BatchedInsert::add(const QVariantList &values, const QString &key)
{
    if (m_native) {
        auto id = m_single.insert(values);
        if (!id)
            return id.error();
        return Outcomes{*id};
    }
    m_values += values;
    m_keys << key;
    if (m_keys.size() < m_rowsPerStatement)
        return Outcomes{};
    return flush();
}

Result<BatchedInsert::Outcomes> BatchedInsert::add(std::span<const BulkValue> values, const QString &key)
{
    if (m_native) {
        auto id = m_single.insert(values);
        if (!id)
            return id.error();
        return Outcomes{*id};
    }
    return add(BulkValue::toVariants(values), key);
}

Result<BatchedInsert::Outcomes> BatchedInsert::flush()
{
    if (m_keys.isEmpty())
        return Outcomes{};
    const bool full = m_keys.size() == m_rowsPerStatement;
    QSqlQuery partial(m_db);
    QSqlQuery &q = full ? m_full : partial;
    if (!full || !m_fullPrepared) {
        if (!q.prepare(sqlFor(m_keys.size())))
            return databaseError(q, m_what);
        m_fullPrepared = m_fullPrepared || full;
    }
    for (qsizetype i = 0; i < m_values.size(); ++i)
        q.bindValue(static_cast<int>(i), boundValue(m_values[i]));
    if (!q.exec())
        return databaseError(q, m_what);
    QHash<QString, qint64> inserted;
    while (q.next())
        inserted.insert(q.value(1).toString(), q.value(0).toLongLong());
    q.finish();
    Outcomes outcomes = outcomesByKey(m_keys, std::move(inserted));
    m_values.clear();
    m_keys.clear();
    return outcomes;
}

} // namespace vangnet
