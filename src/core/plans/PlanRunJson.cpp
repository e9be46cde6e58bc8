#include "plans/PlanRunJson.h"

#include "planner/PlanResultJson.h"

namespace vangnet::plans {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QJsonObject planRunJson(const PlanRunSummary &run)
{
    return {{QStringLiteral("id"), run.id},
            {QStringLiteral("as_of"), run.asOf.toString(Qt::ISODate)},
            {QStringLiteral("horizon_days"), run.horizonDays},
            {QStringLiteral("run_at"), run.runAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("run_by"), run.runBy},
            {QStringLiteral("candidates"), run.candidates},
            {QStringLiteral("places"), run.places},
            {QStringLiteral("placed_by_tier"), planner::tierCountsJson(run.placedByTier)},
            {QStringLiteral("greedy_placed_by_tier"), planner::tierCountsJson(run.greedyPlacedByTier)}};
}

QJsonObject planEntryJson(const PlanEntry &entry)
{
    QJsonObject out{{QStringLiteral("entry"), entry.id},
                    {QStringLiteral("run"), entry.runId},
                    {QStringLiteral("household"), entry.householdId},
                    {QStringLiteral("tier"), planner::tierKey(entry.tier)},
                    {QStringLiteral("status"), entryStatusKey(entry.status)},
                    {QStringLiteral("restricted"), entry.restricted}};
    out.insert(QStringLiteral("place"), textOrNull(entry.plekId));
    out.insert(QStringLiteral("greedy_place"), textOrNull(entry.greedyPlekId));
    out.insert(QStringLiteral("pinned"), entry.pinned);
    out.insert(QStringLiteral("reason_code"), textOrNull(entry.reasonCode));
    out.insert(QStringLiteral("blocking_tier"),
               entry.blockingTier ? QJsonValue(planner::tierKey(*entry.blockingTier)) : QJsonValue());
    out.insert(QStringLiteral("explanation"), entry.explanation);
    if (!entry.declineReason.isEmpty())
        out.insert(QStringLiteral("decline_reason"), entry.declineReason);
    return out;
}

} // namespace vangnet::plans
