#include "plans/PlanWorkflowProposal.h"

#include "planner/Planner.h"

#include <catch2/catch.hpp>

namespace vangnet::test {

plans::PlanProposal handMadeProposal(QDate asOf, const QList<ProposedCandidate> &candidates,
                                     const QList<places::Place> &places)
{
    plans::PlanProposal p;
    p.parameters.asOf = asOf;
    p.parameters.horizonDays = 30;
    for (const places::Place &place : places) {
        p.instance.places.push_back({place.details.plekId, place.details.capacity});
        p.places << plans::ProposalPlace{place, place.details.capacity};
    }
    for (int i = 0; i < candidates.size(); ++i) {
        const ProposedCandidate &c = candidates[i];
        p.instance.candidates.push_back({c.household, c.tier, c.priority});
        for (int j : c.places)
            p.instance.pairs.push_back({i, j});
        plans::ProposalCandidate pc;
        pc.holder.householdId = c.household;
        pc.holder.teamId = c.team;
        pc.holder.standing = plans::Standing::Candidate;
        pc.tier = c.tier;
        pc.priority = c.priority;
        pc.explanation = QStringLiteral("Uitleg bij huishouden %1 (%2)").arg(c.household).arg(planner::tierKey(c.tier));
        p.candidates << pc;
    }
    auto solved = planner::Planner::solve(p.instance);
    INFO((solved ? std::string() : solved.error().message.toStdString()));
    REQUIRE(solved.ok());
    p.result = *solved;
    return p;
}

} // namespace vangnet::test
