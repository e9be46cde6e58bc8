#pragma once

#include "storage/BulkStatement.h"
#include "support/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace vangnet {

/// Each key's outcome, in order, from the keys a multi-row insert returned (`inserted`: key →
/// new id): the id, or nullopt when the key did not come back, or came back for an earlier row
/// with the same key (the first of equal keys is the one inserted).
QList<std::optional<qint64>> outcomesByKey(const QStringList &keys, QHash<QString, qint64> inserted);

/// Many rows of one `INSERT … ON CONFLICT DO NOTHING` into `table`, each row's outcome reported
/// in the order the rows were added: the new id, or nullopt when a unique key skipped it.
///
/// On SQLite each row is one native statement at once (BulkStatement): that is SQLite's fastest
/// way. On PostgreSQL a round trip per row was nearly all of a large import, so rows are queued
/// and written `rowsPerStatement` at a time in one multi-row INSERT that returns the id and the
/// `keyColumn` of the rows it inserted; a row whose key did not come back was skipped (rows are
/// inserted in order, so of two equal keys in one statement the first wins, as row by row).
/// `keyColumn` must be a NOT NULL column with a unique index, given for every row.
class BatchedInsert {
public:
    using Outcomes = QList<std::optional<qint64>>;

    BatchedInsert(QSqlDatabase db, QString table, QStringList columns, QString keyColumn, const char *what,
                  int rowsPerStatement = 200);

    /// Adds one row (values in column order; `key` is its keyColumn value). Returns the outcomes of
    /// the rows written by this call: this row at once on SQLite, a full queue on PostgreSQL.
    Result<Outcomes> add(const QVariantList &values, const QString &key);
    Result<Outcomes> add(std::span<const BulkValue> values, const QString &key);
    const QStringList &columns() const { return m_columns; }
    /// The single-row INSERT … ON CONFLICT DO NOTHING RETURNING id of these columns.
    QString rowSql() const;
    /// Whether every row is written by its add() (SQLite), so nothing is ever pending.
    bool writesAtOnce() const { return m_native; }
    /// Writes what is queued; the outcomes of those rows.
    Result<Outcomes> flush();
    /// Rows queued and not yet written.
    qsizetype pending() const { return m_keys.size(); }

private:
    QString sqlFor(qsizetype rows) const;

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QString m_keyColumn;
    const char *m_what;
    int m_rowsPerStatement;
    bool m_native = false;
    BulkStatement m_single;
    QSqlQuery m_full;  ///< prepared for a full queue
    bool m_fullPrepared = false;
    QVariantList m_values; ///< queued rows, flat
    QStringList m_keys;
};

} // namespace vangnet
