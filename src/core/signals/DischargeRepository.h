#pragma once

#include "importing/ImportRows.h"
#include "signals/SignalRecords.h"
#include "storage/SqlStatement.h"
#include "support/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace vangnet {

/// What a discharge notice said before a change (discharge_notice_history).
struct DischargeHistoryEntry {
    qint64 id = 0;
    qint64 dischargeId = 0;
    QString change;      ///< "redelivered", "superseded", "lifecycle"
    qint64 batchId = 0;  ///< the import that made the change; 0 for a change by hand
    QDate expectedDate;
    QString idDocument, shelter, income, debts, care; ///< condition keys, as the notice said them
    QString lifecycle;   ///< the stored lifecycle key before the change
    QString channel;     ///< the channel key before the change; null for rows kept before migration 12
    QDateTime changedAt;
    QString changedBy;
};

/// What a delivery says about a notice, as stored: the part a re-delivery may change.
struct DischargeContent {
    QDate expectedDate;
    QString channel; ///< a channel key, "" = not given
    QString idDocument, shelter, income, debts, care; ///< condition keys

    bool operator==(const DischargeContent &) const = default;
};

/// A stored notice as a re-delivery, a supersession or a withdrawal sees it.
struct StoredDischarge {
    qint64 id = 0;
    qint64 householdId = 0;
    qint64 personId = 0; ///< 0 when none
    qint64 batchId = 0;  ///< 0 for a notice entered by hand
    DischargeContent content;
    QString lifecycle;   ///< the stored lifecycle key
    QString status;      ///< "nieuw", "in_behandeling", "afgesloten"
};

/// The changes to stored discharge notices after they arrived: their lifecycle, a re-delivery's
/// new content, a newer notice superseding an older one, and the history that keeps what each
/// said before (docs/formats.md, "Discharge lifecycle"). The import's re-deliveries and a
/// caseworker's corrections both go through here, so every change leaves the same trace.
/// Permission checks and audit records are the callers' (services').
class DischargeRepository {
public:
    explicit DischargeRepository(QSqlDatabase db);

    /// Copies the notice as it stands now into its history, before the caller changes it; the
    /// change takes effect on the day of `at` (valid_from, docs/rules.md "As of a past day").
    Result<void> keepHistory(qint64 dischargeId, const QString &change, qint64 batchId, const QString &by,
                             const QDateTime &at);
    /// Sets the stored lifecycle (never Uitgestroomd: that follows from the date), keeping history.
    Result<void> setLifecycle(qint64 dischargeId, importing::DischargeLifecycle state, const QString &by,
                              const QDateTime &at);
    /// The notice's earlier versions, oldest first.
    Result<QList<DischargeHistoryEntry>> history(qint64 dischargeId) const;
    /// The household of a notice; NotFound when there is no such notice.
    Result<qint64> householdOf(qint64 dischargeId) const;
    /// Notices not ended by their lifecycle (afgerond, vervangen, ingetrokken) whose expected date
    /// falls in [from, to], or, for jeugdzorg, whose person turns 18 in [from, to] (someone born
    /// on 29 February on 28 February); by id. The status is left for the caller to judge.
    Result<QList<UpcomingDischarge>> upcoming(const QDate &from, const QDate &to) const;

    // --- re-delivery and supersession (DischargeWriter) ----------------------------------------

    /// The notice with this id key (institution + the sender's notice id); nullopt when none.
    /// Prepared once: an import asks it for every row that has a notice id.
    Result<std::optional<StoredDischarge>> findByIdKey(const QString &idKey);
    /// A re-delivery with new content: keeps the history ("redelivered", `batchId`), then stores
    /// the content, the fact key that goes with the new date, and the time of the change.
    Result<void> redeliver(qint64 dischargeId, const DischargeContent &content, qint64 batchId, const QString &by,
                           const QDateTime &at);
    /// The person's other notices of this institution type stored before `newId` that are still
    /// open: not ended (afgerond, vervangen, ingetrokken) and not closed with a case.
    Result<QList<StoredDischarge>> openPredecessors(qint64 personId, const QString &institutionTypeKey, qint64 newId) const;
    /// Marks `oldId` vervangen by `newId`, keeping its history ("superseded", `batchId`).
    Result<void> supersede(qint64 oldId, qint64 newId, qint64 batchId, const QString &by, const QDateTime &at);
    /// Links `newId` to the open cases that hold `oldId` (status in_behandeling), so the case and
    /// its checklist carry over to the newer notice. True when it was linked to one.
    Result<bool> carryOverCase(qint64 oldId, qint64 newId, const QString &by, const QDateTime &at);
    /// The checklist rows copied from the notice (source 'melding') of the open cases that hold
    /// it take the notice's states; rows a caseworker set (source 'zaak') are left alone, and a
    /// notice that has ended changes nothing. The number of rows changed.
    Result<int> followOnOpenCases(qint64 dischargeId, const QString &by, const QDateTime &at);

    // --- withdrawing an import batch (ImportService::withdraw) ---------------------------------

    /// The batch's own notices that were worked on: a status other than nieuw, except a notice
    /// that is in_behandeling only because the batch linked it to the case of the notice it
    /// superseded.
    Result<qint64> workedOn(qint64 batchId) const;
    /// Notices of earlier deliveries the batch changed that were changed again afterwards (by a
    /// later batch, a supersession or by hand): the batch cannot be undone over them.
    Result<qint64> changedAfter(qint64 batchId) const;
    /// Puts every notice the batch updated or superseded back as it was before the batch, from
    /// its history rows of that batch (newest first), removes those rows, and lets the open
    /// cases' notice-copied checklist rows follow. Call after the batch's own notices are
    /// deleted. The notices restored.
    Result<QList<StoredDischarge>> restoreBatch(qint64 batchId, const QString &by, const QDateTime &at);

private:
    /// The fact key of the notice with its date changed to `date`: unique, so a second notice that
    /// already has those facts gets the notice's id appended ("…|2026-12-15#42").
    Result<QString> factKeyOn(qint64 dischargeId, const QDate &date) const;
    Result<std::optional<StoredDischarge>> find(qint64 dischargeId) const;

    QSqlDatabase m_db;
    PreparedSql m_byIdKey;
};

} // namespace vangnet
