#pragma once

#include "importing/ImportRows.h"
#include "storage/BackgroundInsert.h"
#include "storage/BatchedInsert.h"
#include "storage/CopyInsert.h"
#include "storage/SqlStatement.h"
#include "support/Result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <memory>
#include <mutex>
#include <optional>

namespace vangnet::importing {

/// Who a row was matched to.
struct RowTarget {
    qint64 householdId = 0;
    qint64 personId = 0;
};

/// What happened to one row.
struct Written {
    bool inserted = false; ///< false: a duplicate, skipped (unless updated or refused)
    bool repeated = false; ///< a signal from a partner that signalled this person before
    qint64 id = 0;         ///< the new row's id when inserted; the stored notice's when updated
    bool updated = false;  ///< a re-delivered discharge notice that changed the stored one
    int superseded = 0;    ///< older discharge notices this new one replaced
    QList<qint64> households;      ///< households whose stored notices were updated or superseded
    std::optional<Reject> refused; ///< not stored, and why: the row's reject (column: the field key)
};

/// A partner (or institution) as part of a unique key: its type key and its name, folded. The
/// writers' id_key and fact_key start with it.
QString partnerKey(const QString &type, const QString &name);
/// Whether the row has a BSN that is not valid (kept, marked bsn_invalid).
bool invalidBsn(const RowPerson &p);
/// The outcome of one row written now (add() then flush()), or the error.
Result<Written> only(Result<QList<Written>> written, Result<QList<Written>> flushed);

/// Whether a table holds a row with this id_key (a re-delivered row): one statement, prepared
/// on first use and kept for the import's thousands of checks.
class StoredIdKeys {
public:
    StoredIdKeys(QSqlDatabase db, const char *table);
    Result<bool> contains(const QString &idKey);

private:
    PreparedSql m_select;
};

/// Stores early signals, for an import batch (batchId) or by hand (batchId 0). Duplicates
/// are skipped by the table's unique keys: partner + the partner's own id, or partner + person
/// + date arisen + amount. A new signal from a partner that signalled this person before is
/// marked "repeated".
///
/// add() writes a row at once on SQLite and with the next full batch on PostgreSQL
/// (BatchedInsert); after writeInBulk() on a second thread on SQLite (BackgroundInsert) and
/// through COPY on PostgreSQL (CopyInsert). It returns the outcomes of the rows written since,
/// in the order they were added, and flush() writes the rest.
class SignalWriter {
public:
    SignalWriter(QSqlDatabase db, QString timestamp);

    /// From now on add() writes for a large import: on SQLite it hands rows to a writer thread,
    /// and until flush() returns every other use of the connection goes through
    /// holdConnection(); on PostgreSQL rows go in chunks through COPY.
    void writeInBulk();
    /// The connection to the caller alone while the lock lives (an empty lock when no writer
    /// thread runs).
    [[nodiscard]] std::unique_lock<std::mutex> holdConnection();

    /// Reads who was signalled by which partner: everyone (an import), or one person.
    Result<void> load();
    Result<void> loadPerson(qint64 personId);
    Result<QList<Written>> add(const SignalRow &row, const RowTarget &target, qint64 batchId);
    Result<QList<Written>> flush();
    /// One row, written now (manual entry).
    Result<Written> write(const SignalRow &row, const RowTarget &target, qint64 batchId);
    /// Whether a signal with this partner and partner's own id is stored or queued already:
    /// a re-delivered row about someone unknown must not make a new household first.
    Result<bool> known(const SignalRow &row) const;

private:
    Result<void> remember(const QString &sql, const QVariantList &values);
    Result<QList<Written>> settle(Result<BatchedInsert::Outcomes> outcomes);
    /// partnerKey() of the row's partner; the few partners of a file are folded once each.
    const QString &partnerOf(const SignalRow &row);

    QSqlDatabase m_db;
    QString m_timestamp;
    BatchedInsert m_insert;
    std::unique_ptr<BackgroundInsert> m_background;
    std::unique_ptr<CopyInsert> m_copy;
    /// A row not yet written: its "repeated" mark and who/which partner it is about. A pair
    /// counts as signalled for later rows once its row is inserted, or while it waits.
    struct Pending {
        bool repeated = false;
        quint64 pair = 0;
        QString idKey; ///< partner + signal id; "" when the row has no id
    };
    QList<Pending> m_pending;
    QHash<quint64, int> m_pendingPairs; ///< how many rows waiting for each pair
    QHash<QString, int> m_pendingIds;   ///< how many rows waiting for each id key
    mutable StoredIdKeys m_storedIds;
    /// Who was signalled by which partner, as 64-bit hashes of (person, partner): a million
    /// signals cost ~30 MB instead of ~150 MB as strings. A collision can only add a
    /// "repeated" mark, never drop or merge a signal.
    QSet<quint64> m_signalled;
    QHash<QString, QString> m_partnerKeys[static_cast<int>(PartnerType::DienstToeslagen) + 1];
};

} // namespace vangnet::importing
