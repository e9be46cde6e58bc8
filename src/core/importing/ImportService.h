#pragma once

#include "importing/RowSource.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace vangnet {
class AccessGuard;
class Database;
class Session;
}

namespace vangnet::importing {

enum class ImportKind { Signals, Discharges };

/// What the batch row records about the file (the file itself is not kept).
struct ImportOrigin {
    QString fileName; ///< shown in the batch list; no path
    QString format;   ///< "csv", "ddas"
    QString profile;  ///< mapping profile name
};

/// The outcome of one import; the CLI's --json prints it with these names.
struct ImportSummary {
    qint64 batch = 0;      ///< 0 when cancelled or nothing was written
    int read = 0;          ///< data rows read: imported + updated + duplicates + rejected
    int imported = 0;
    int duplicates = 0;    ///< already in the database (or earlier in the same file)
    int rejected = 0;
    int updated = 0;       ///< re-delivered discharge notices that changed the stored one
    int superseded = 0;    ///< older open discharge notices that imported ones replaced (vervangen)
    int matched = 0;       ///< imported rows that found an existing household
    int newHouseholds = 0;
    int repeated = 0;      ///< imported signals from a partner that signalled this person before
    QList<Reject> rejects;
    bool cancelled = false;
    /// The households that received a row or whose notices changed (ascending): the rules
    /// evaluate them after the import.
    QList<qint64> households;
    /// What the signal rules did with those households right after the import, committed on its
    /// own: should the evaluation fail, the import stands and rulesError says why.
    bool rulesEvaluated = false;
    int flagsRaised = 0;
    int flagsResolved = 0;
    QString rulesError;
};

/// One import batch.
struct ImportBatch {
    qint64 id = 0;
    ImportKind kind = ImportKind::Signals;
    ImportOrigin origin;
    QString actorName;
    QDateTime importedAt;
    ImportSummary counts;     ///< without rejects (they are not stored)
    QDateTime withdrawnAt;    ///< invalid while active
    QString withdrawnBy;
};

/// Continue? Called now and then with how far the source is.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

/// Imports signal and discharge files as batches: one transaction each, so an import commits
/// whole or (cancelled, or failed) leaves nothing behind. Rows are matched to households
/// (HouseholdMatcher), duplicates skipped by the tables' unique keys, and the batch and an
/// audit record written with it. A re-delivered discharge notice with new content updates the
/// stored one, and a new one supersedes the person's older open one (DischargeWriter,
/// docs/formats.md "Discharge lifecycle"). Needs Permission::ImportSignals.
class ImportService {
public:
    ImportService(const Database &db, const Clock &clock, const Session &session);

    Result<ImportSummary> importSignals(SignalSource &source, const ImportOrigin &origin, const ImportProgress &progress = {});
    /// After an import the signal rules evaluate the households it touched (the default); a
    /// bulk load may leave that to the next full evaluation (`rules evaluate`).
    void setEvaluateRules(bool evaluate) { m_evaluateRules = evaluate; }
    /// Whether a signal import writes in bulk (the default): on SQLite on a second thread while
    /// it reads and matches the next rows, on PostgreSQL through COPY. Off, it writes as a
    /// signal entered by hand is written (the tests compare both).
    void setBulkWriting(bool bulk) { m_bulkWriting = bulk; }
    Result<ImportSummary> importDischarges(DischargeSource &source, const ImportOrigin &origin,
                                           const ImportProgress &progress = {});

    /// The batches of the user's own team (the importer's team owns a batch), newest first.
    Result<QList<ImportBatch>> batches() const;
    /// Removes a batch's signals or notices and the households it created that hold nothing
    /// else, and puts the notices it updated or superseded back as they were (their history);
    /// refused when any of its rows was worked on (status other than "nieuw"), or when a notice
    /// it changed was changed again afterwards. Only the importer's team may withdraw a batch
    /// (another team's attempt is refused and audited). Rows the batch put on another team's
    /// existing household are the batch's own and go with it; that household itself stays.
    Result<void> withdraw(qint64 batchId);

private:
    template <typename Row>
    Result<ImportSummary> run(ImportKind kind, RowSource<Row> &source, const ImportOrigin &origin,
                              const ImportProgress &progress);
    /// Permission checks whose refusals are audited (object import_batch).
    AccessGuard guard() const;
    /// The batch's discharge-specific part of a withdrawal: its own notices worked on, or notices
    /// it changed changed again since, refuse it; else the changed notices are restored.
    Result<void> refuseDischargeWithdrawal(qint64 batchId) const;
    Result<QList<qint64>> restoreDischarges(qint64 batchId);

    const Database &m_database;
    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
    bool m_evaluateRules = true;
    bool m_bulkWriting = true;
};

} // namespace vangnet::importing
