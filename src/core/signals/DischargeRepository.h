#pragma once

#include "importing/ImportRows.h"
#include "support/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

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
    QDateTime changedAt;
    QString changedBy;
};

/// The changes to stored discharge notices after they arrived: their lifecycle, and the history
/// that keeps what each said before (docs/formats.md, "Discharge lifecycle"). The import's
/// re-deliveries and a caseworker's corrections both go through here, so every change leaves the
/// same trace. Permission checks and audit records are the callers' (services').
class DischargeRepository {
public:
    explicit DischargeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Copies the notice as it stands now into its history, before the caller changes it.
    Result<void> keepHistory(qint64 dischargeId, const QString &change, qint64 batchId, const QString &by,
                             const QDateTime &at);
    /// Sets the stored lifecycle (never Uitgestroomd: that follows from the date), keeping history.
    Result<void> setLifecycle(qint64 dischargeId, importing::DischargeLifecycle state, const QString &by,
                              const QDateTime &at);
    /// The notice's earlier versions, oldest first.
    Result<QList<DischargeHistoryEntry>> history(qint64 dischargeId) const;
    /// The household of a notice; NotFound when there is no such notice.
    Result<qint64> householdOf(qint64 dischargeId) const;

private:
    QSqlDatabase m_db;
};

} // namespace vangnet
