#include "plans/PlanWorkflowFixture.h"

#include "domain/Household.h"
#include "needs/NeedService.h"
#include "places/PlaceRepository.h"
#include "planner/Planner.h"
#include "plans/PlanRunService.h"

#include <algorithm>

namespace vangnet::test {

places::Place PlanWorkflowFixture::place(const QString &plekId, int capacity)
{
    places::PlaceDetails d;
    d.plekId = plekId;
    d.provider = QStringLiteral("Stichting Onderdak");
    d.location = QStringLiteral("Kerkstraat %1").arg(plekId.right(1));
    d.wijk = QStringLiteral("Noord");
    d.housingType = places::HousingType::BegeleidWonen;
    d.capacity = capacity;
    d.availableFrom = today();
    places::PlaceRepository repository(db->connection());
    require(repository.insert(d, QStringLiteral("beheerder"), clock.now()));
    return *require(repository.find(plekId));
}

qint64 PlanWorkflowFixture::householdOfTeamB(const QString &achternaam, int huisnummer)
{
    Household h;
    h.address = Address{0, QStringLiteral("Zuidwal"), huisnummer, QString(), QStringLiteral("7421 CD"),
                        QStringLiteral("Vangstad"), QStringLiteral("Zuid")};
    Person p;
    p.voorletters = QStringLiteral("B.");
    p.achternaam = achternaam;
    p.geboortedatum = QDate(1975, 5, 5);
    h.members << p;
    return require(HouseholdService(*db, clock, users.caseworkerB()).create(h)).id;
}

void PlanWorkflowFixture::need(std::pair<qint64, qint64> who)
{
    needs::HousingNeed n;
    n.householdId = who.first;
    n.applicantId = who.second;
    n.persons = 1;
    n.availableFrom = today();
    require(needs::NeedService(*db, clock, users.caseworkerA()).record(n));
}

plans::PlanProposal PlanWorkflowFixture::proposal(const QList<Candidate> &candidates,
                                                  const QList<places::Place> &places) const
{
    plans::PlanProposal p;
    p.parameters.asOf = today();
    p.parameters.horizonDays = 30;
    for (const places::Place &place : places) {
        p.instance.places.push_back({place.details.plekId, place.details.capacity});
        p.places << plans::ProposalPlace{place, place.details.capacity};
    }
    for (int i = 0; i < candidates.size(); ++i) {
        const Candidate &c = candidates[i];
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
    p.result = require(planner::Planner::solve(p.instance));
    return p;
}

qint64 PlanWorkflowFixture::storeRun(const QList<Candidate> &candidates, const QList<places::Place> &places)
{
    return require(plans::PlanRunService(*db, clock, teamLeadA).store(proposal(candidates, places))).id;
}

plans::PlanEntry PlanWorkflowFixture::entryOf(qint64 runId, qint64 household)
{
    const QList<plans::PlanEntry> entries = require(plans::PlanRunService(*db, clock, teamLeadA).entries(runId));
    const auto found = std::find_if(entries.cbegin(), entries.cend(),
                                    [&](const plans::PlanEntry &e) { return e.householdId == household; });
    REQUIRE(found != entries.cend());
    return *found;
}

QList<AuditEvent> PlanWorkflowFixture::audit(AuditAction action) const
{
    AuditQuery query;
    query.action = action;
    QList<AuditEvent> events = require(AuditLog(*db, clock).find(users.admin(), query));
    std::sort(events.begin(), events.end(), [](const AuditEvent &a, const AuditEvent &b) { return a.id < b.id; });
    return events;
}

} // namespace vangnet::test
