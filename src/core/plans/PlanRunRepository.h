#pragma once

#include "plans/PlanProposal.h"
#include "plans/PlanRun.h"
#include "support/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace vangnet {
class FieldCipher;
}

namespace vangnet::plans {

/// Tables plan_runs and plan_entries: the one way to them. Permission checks and audit records
/// are the caller's (PlanRunService, PlanWorkflowService). The decline reason is sealed at rest
/// with the session's field cipher, like other free text.
class PlanRunRepository {
public:
    PlanRunRepository(QSqlDatabase db, const FieldCipher &fields);

    struct Stored {
        qint64 runId = 0;
        int superseded = 0; ///< earlier proposals still voorgesteld, now vervallen
    };
    /// Stores `proposal` as a run made by `by` at `at`: the instance snapshot (the instance file
    /// with meta {as_of, horizon_days}), the result as `plan --json` prints it, and one entry per
    /// candidate (voorgesteld when placed, else niet_geplaatst). Every earlier entry still
    /// voorgesteld becomes vervallen: a newer run replaces proposals nobody approved; approved
    /// ones keep their place. One transaction; Invalid when the proposal's lists do not match
    /// its instance.
    Result<Stored> store(const PlanProposal &proposal, const QString &by, const QDateTime &at);

    /// Every run, newest first, with its counts per tier.
    Result<QList<PlanRunSummary>> runs() const;
    /// Whether there is a run with this id.
    Result<bool> exists(qint64 runId) const;
    /// One run as it was stored; nullopt when there is none with this id.
    Result<std::optional<PlanRunRecord>> find(qint64 runId) const;
    /// The entries of a run in priority order (tier, then priority descending, then household id).
    Result<QList<PlanEntry>> entries(qint64 runId) const;
    /// Every entry of one household, newest run first.
    Result<QList<PlanEntry>> entriesOfHousehold(qint64 householdId) const;
    /// One entry; nullopt when there is none with this id.
    Result<std::optional<PlanEntry>> entry(qint64 entryId) const;
    /// Moves the entry from `from` to `to` (with the decline reason, sealed here, when given).
    /// False when the entry was not at `from`: someone else moved it first; nothing changed.
    Result<bool> setStatus(qint64 entryId, EntryStatus from, EntryStatus to, const QString &by, const QDateTime &at,
                           const QString &declineReason = {});

private:
    Result<QList<PlanEntry>> selectEntries(const QString &where, qint64 key, const QString &order) const;

    QSqlDatabase m_db;
    const FieldCipher &m_fields;
};

} // namespace vangnet::plans
