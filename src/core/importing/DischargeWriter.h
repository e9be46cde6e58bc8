#pragma once

#include "importing/DischargeDateBounds.h"
#include "importing/RowWriters.h"
#include "signals/DischargeRepository.h"

#include <QDate>
#include <QDateTime>

#include <functional>
#include <optional>

namespace vangnet::importing {

/// Who changes stored notices, and the record the caller keeps of each change.
struct DischargeChanges {
    QString actor;  ///< the history's changed_by, the checklist's updated_by
    QDateTime at;   ///< now
    QDate today;    ///< the day the bounds on a moved date count from
    /// The caller's audit record of a stored notice that changed (AuditAction::ChangeDischarge);
    /// `detail` holds ids and kinds only ("redelivered:batch 12", "superseded_by:345").
    std::function<Result<void>(qint64 dischargeId, const QString &detail)> audit;
    /// Manual entry: only a notice of the target household may be updated; another household's
    /// notice with the same id is refused rather than changed from there.
    bool sameHouseholdOnly = false;
};

/// Stores discharge notices, for an import batch (batchId) or by hand (batchId 0), one row at a
/// time (discharge files are small). A row is, in this order (docs/formats.md, "Discharge
/// lifecycle"):
/// - a **re-delivery** when a stored notice has its id key (institution + notice id): the same
///   content again is a duplicate; new content (date, condition states, channel) updates the
///   stored notice, its history kept, unless the new date lies outside DischargeDateBounds
///   (refused, nothing stored); the open cases' notice-copied checklist rows follow;
/// - a **duplicate** when a notice with its facts (institution + person + date) is stored;
/// - else **inserted**; it then supersedes the person's older open notices of the same
///   institution type, and joins the open case that held them.
/// Each stored notice it changes is audited through DischargeChanges::audit.
class DischargeWriter {
public:
    DischargeWriter(QSqlDatabase db, DischargeChanges changes);

    Result<void> load() { return success(); }
    /// The row's outcome, written at once (as SignalWriter::add(), which may wait for more).
    Result<QList<Written>> add(const DischargeRow &row, const RowTarget &target, qint64 batchId);
    /// Nothing waits: every row is written by its add().
    Result<QList<Written>> flush() { return QList<Written>{}; }
    /// One row, written now (manual entry).
    Result<Written> write(const DischargeRow &row, const RowTarget &target, qint64 batchId);
    /// Whether a notice with the row's institution and notice id is stored: a re-delivered row
    /// about someone unknown must not make a new household first (add() it with an empty target).
    Result<bool> known(const DischargeRow &row) const;
    /// No writer thread, so nothing to hold (an empty lock).
    [[nodiscard]] std::unique_lock<std::mutex> holdConnection() { return {}; }

private:
    Result<Written> redeliver(const DischargeRow &row, const StoredDischarge &stored, const RowTarget &target,
                              qint64 batchId);
    Result<Written> insert(const DischargeRow &row, const RowTarget &target, qint64 batchId);
    Result<void> supersedeOlder(const DischargeRow &row, const RowTarget &target, qint64 batchId, Written &written);
    Result<void> audit(qint64 dischargeId, const QString &detail) const;

    QSqlDatabase m_db;
    DischargeChanges m_changes;
    QString m_timestamp;
    BatchedInsert m_insert;
    DischargeRepository m_notices;
    mutable StoredIdKeys m_storedIds;
    std::optional<DischargeDateBounds> m_bounds; ///< read when a re-delivery first moves a date
};

} // namespace vangnet::importing
