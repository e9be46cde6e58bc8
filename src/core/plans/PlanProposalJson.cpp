#include "plans/PlanProposalJson.h"

#include "planner/PlanResultJson.h"

#include <QJsonArray>

namespace vangnet::plans {

namespace {

/// The entries of `key` (in the order of `candidates`, as planResultToJson writes them), each
/// with its candidate's explanation.
template <typename Entry>
void explainEach(QJsonObject &json, const QString &key, const std::vector<Entry> &entries, const PlanProposal &proposal)
{
    QJsonArray list = json.value(key).toArray();
    for (qsizetype k = 0; k < list.size(); ++k) {
        QJsonObject entry = list.at(k).toObject();
        entry.insert(QStringLiteral("explanation"),
            proposal.candidates[entries[static_cast<std::size_t>(k)].candidate].explanation);
        list.replace(k, entry);
    }
    json.insert(key, list);
}

} // namespace

QJsonObject planProposalToJson(const PlanProposal &proposal)
{
    QJsonObject json = planner::planResultToJson(proposal.instance, proposal.result);
    explainEach(json, QStringLiteral("assignments"), proposal.result.assignments, proposal);
    explainEach(json, QStringLiteral("unplaced"), proposal.result.unplaced, proposal);
    QJsonArray notCandidates;
    for (const NeedHolder &h : proposal.notCandidates)
        notCandidates.append(QJsonObject{
            {QStringLiteral("household"), h.householdId}, {QStringLiteral("standing"), standingKey(h.standing)}});
    json.insert(QStringLiteral("not_candidates"), notCandidates);
    json.insert(QStringLiteral("as_of"), proposal.parameters.asOf.toString(Qt::ISODate));
    json.insert(QStringLiteral("horizon_days"), proposal.parameters.horizonDays);
    return json;
}

} // namespace vangnet::plans
