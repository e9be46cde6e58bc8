#include "plans/PlanWorkflowFixture.h"

#include "domain/Household.h"
#include "needs/NeedService.h"
#include "places/PlaceRepository.h"
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
    return handMadeProposal(today(), candidates, places);
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
