#pragma once

#include "planner/Tier.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>

namespace vangnet::plans {

/// Where a proposal of a plan run stands (docs/planner.md, "Plan runs and the workflow"):
/// voorgesteld → goedgekeurd → aangeboden → geaccepteerd | afgewezen; geaccepteerd → geplaatst.
/// niet_geplaatst for a candidate the run could not place; vervallen for a proposal nobody
/// approved before a later run replaced it.
enum class EntryStatus {
    Proposed, ///< voorgesteld
    NotPlaced, ///< niet_geplaatst
    Approved, ///< goedgekeurd (by the team lead)
    Offered, ///< aangeboden (to the household)
    Accepted, ///< geaccepteerd (by the household)
    Declined, ///< afgewezen (by the household, with a reason)
    Placed, ///< geplaatst: the household lives in the place
    Superseded, ///< vervallen: a later run replaced the proposal
};

/// "voorgesteld", "niet_geplaatst", …: the stored key, and what scripts read.
QString entryStatusKey(EntryStatus status);
std::optional<EntryStatus> entryStatusFromKey(const QString &key);
/// Translated, e.g. "approved" (Dutch "goedgekeurd").
QString entryStatusLabel(EntryStatus status);

/// One stored plan run, as the list of runs shows it.
struct PlanRunSummary {
    qint64 id = 0;
    QDate asOf;
    int horizonDays = 0;
    QDateTime runAt; ///< UTC
    QString runBy;
    int candidates = 0;
    int places = 0;
    std::array<qint64, planner::tierCount> placedByTier{}; ///< the optimal plan, per tier
    std::array<qint64, planner::tierCount> greedyPlacedByTier{}; ///< the greedy baseline, per tier
};

/// "1/0/2/5": counts per tier, kritiek/hoog/midden/laag (audit details, the CLI's table).
QString tierCountsText(const std::array<qint64, planner::tierCount> &counts);

/// A stored run reopened: exactly what was stored. `instance` is the instance file the solver saw
/// (PlanInstanceReader reads it), `result` the object `plan --json` printed for it.
struct PlanRunRecord {
    PlanRunSummary summary;
    QByteArray instance;
    QJsonObject result;
};

/// One candidate of a run and where its proposal stands (table plan_entries).
struct PlanEntry {
    qint64 id = 0;
    qint64 runId = 0;
    qint64 householdId = 0;
    planner::Tier tier = planner::Tier::Laag;
    EntryStatus status = EntryStatus::NotPlaced;
    /// The rest is blanked for a household outside the reader's team (PlanRunService::entries):
    /// what anyone sees of it is the household id, the tier and the status.
    bool restricted = false;
    qint64 teamId = 0; ///< the household's team when the run was made; 0 = none
    qint64 priority = 0;
    qint64 placeId = 0; ///< the proposed place; 0 = not placed
    QString plekId;
    qint64 greedyPlaceId = 0; ///< where the greedy baseline put it; 0 = nowhere
    QString greedyPlekId;
    bool pinned = false;
    QString reasonCode; ///< why not placed (planner::PlanExplainer::code); empty when placed
    std::optional<planner::Tier> blockingTier; ///< for reason higher_tier
    QString explanation; ///< Dutch, names places and tiers, never a person
    QString declineReason; ///< opened; empty unless declined
    QDateTime updatedAt;
    QString updatedBy;
};

} // namespace vangnet::plans
