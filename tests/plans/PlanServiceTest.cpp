// PlanService::propose on the database: who is a candidate and in which tier, the pins and
// exclusions staff stored, refusals before anything is solved, and the permission.

#include "plans/PlanFixture.h"

#include "audit/AuditLog.h"
#include "plans/PlanStateRepository.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::plans;
using vangnet::test::candidateOf;
using vangnet::test::indexOf;
using vangnet::test::placeOf;
using vangnet::test::PlanFixture;

namespace {

const NeedHolder *notCandidate(const PlanProposal &proposal, qint64 household)
{
    for (const NeedHolder &h : proposal.notCandidates) {
        if (h.householdId == household)
            return &h;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Candidates are the households with a need and an active flag, the tier their highest severity", "[plans]")
{
    PlanFixture f;
    f.place(QStringLiteral("WP-1"));

    const qint64 kritiek = f.candidate(4, 5);
    const qint64 mixed = f.candidate(2, 7); // midden, and below a hoog flag and a dismissed kritiek one
    f.flag(mixed, 3, 11);
    f.flag(mixed, 4, 50, PlanFixture::asOf.addDays(-3), QStringLiteral("dismissed"));
    const auto quiet = f.household();
    f.need(quiet); // a need, no flag at all
    const auto settled = f.household();
    f.need(settled);
    f.flag(settled.first, 4, 30, PlanFixture::asOf.addDays(-20), QStringLiteral("resolved"));
    f.flag(settled.first, 3, 30, PlanFixture::asOf.addDays(-20), QStringLiteral("dismissed"));
    const qint64 busy = f.candidate(4, 9); // an approved proposal of an earlier run
    f.approvedProposal(busy, f.place(QStringLiteral("WP-2"), {}, places::PlaceStatus::Gereserveerd));
    const qint64 housed = f.candidate(3, 9); // lives in a place
    f.occupy(f.place(QStringLiteral("WP-3")), housed);
    f.flag(f.household().first, 4, 99); // flagged but no need: not in the planner at all

    const PlanProposal proposal = f.propose();
    REQUIRE(proposal.candidates.size() == 2);
    CHECK(proposal.candidates[0].holder.householdId == kritiek); // by household id
    CHECK(proposal.candidates[0].tier == planner::Tier::Kritiek);
    CHECK(proposal.candidates[1].holder.householdId == mixed);
    CHECK(proposal.candidates[1].tier == planner::Tier::Hoog);
    CHECK(proposal.candidates[1].holder.activeFlags == 2);
    CHECK(proposal.candidates[1].priority == 7 + 11 + 0); // scores; the need was recorded today

    REQUIRE(proposal.notCandidates.size() == 4);
    CHECK(notCandidate(proposal, quiet.first)->standing == Standing::NoActiveFlag);
    CHECK(notCandidate(proposal, settled.first)->standing == Standing::NoActiveFlag);
    CHECK(notCandidate(proposal, busy)->standing == Standing::InProgress);
    CHECK(notCandidate(proposal, housed)->standing == Standing::Placed);
    CHECK(standingLabel(Standing::NoActiveFlag) == QStringLiteral("not a candidate: no active flag"));
    CHECK(proposal.instance.candidates.size() == 2);
    CHECK(proposal.instance.candidates[0].id == kritiek);

    // The run's places: free, with capacity left; WP-2 is reserved and WP-3 taken by its resident.
    REQUIRE(proposal.places.size() == 1);
    CHECK(proposal.places[0].place.details.plekId == QStringLiteral("WP-1"));
    CHECK(placeOf(proposal, kritiek) == QStringLiteral("WP-1"));
}

TEST_CASE(
    "Priority is the flags' scores plus the days waited since the later of the need and the first flag", "[plans]")
{
    PlanFixture f;
    f.place(QStringLiteral("WP-1"));
    // The need asked on 10-01-2026, the flags raised on 01-01 and 20-01: waiting since 10-01, 50 days.
    f.clock.set(QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC));
    const auto early = f.household();
    f.need(early);
    // The need asked on 01-01, the first flag on 01-02: waiting since 01-02, 28 days.
    f.clock.set(QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
    const auto late = f.household();
    f.need(late);
    f.clock.set(QDateTime(PlanFixture::asOf, QTime(9, 0), Qt::UTC));
    f.flag(early.first, 3, 12, QDate(2026, 1, 1));
    f.flag(early.first, 2, 8, QDate(2026, 1, 20));
    f.flag(late.first, 3, 100, QDate(2026, 2, 1));

    const PlanProposal proposal = f.propose();
    CHECK(candidateOf(proposal, early.first).priority == 12 + 8 + 50);
    CHECK(candidateOf(proposal, late.first).priority == 100 + 28);
    // One place, both hoog: the higher priority gets it; the other waits behind its own tier.
    CHECK(placeOf(proposal, late.first) == QStringLiteral("WP-1"));
    CHECK(placeOf(proposal, early.first).isEmpty());
    CHECK(candidateOf(proposal, early.first).explanation.contains(QStringLiteral("same tier")));
}

TEST_CASE("Pins and exclusions stored by staff are kept, and explained", "[plans]")
{
    PlanFixture f;
    const qint64 only = f.place(QStringLiteral("WP-A"));
    const qint64 other = f.place(QStringLiteral("WP-B"), [](places::PlaceDetails &d) { d.wheelchair = false; });
    const qint64 kritiek = f.candidate(4, 10, [](needs::HousingNeed &n) { n.wheelchair = true; });
    const qint64 laag = f.candidate(1, 1);
    const qint64 declined = f.candidate(2, 5);

    SECTION("a pin can cost a more urgent household its only place: staff decide, the reason says so")
    {
        f.pin(laag, only);
        const PlanProposal proposal = f.propose();
        CHECK(proposal.instance.pins.size() == 1);
        CHECK(placeOf(proposal, laag) == QStringLiteral("WP-A"));
        CHECK(candidateOf(proposal, laag).explanation.contains(QStringLiteral("Pinned by staff.")));
        CHECK(placeOf(proposal, kritiek).isEmpty());
        CHECK(candidateOf(proposal, kritiek).explanation.contains(QStringLiteral("filled by pinned households")));
        CHECK(placeOf(proposal, declined) == QStringLiteral("WP-B"));
    }
    SECTION("an exclusion removes the pair: the household takes another place or none")
    {
        f.exclude(declined, other, ExclusionSource::Declined);
        f.exclude(declined, only, ExclusionSource::Staff);
        const PlanProposal proposal = f.propose();
        CHECK(proposal.instance.exclusions.size() == 2);
        CHECK(placeOf(proposal, kritiek) == QStringLiteral("WP-A"));
        CHECK(placeOf(proposal, laag) == QStringLiteral("WP-B"));
        CHECK(placeOf(proposal, declined).isEmpty());
        const QString why = candidateOf(proposal, declined).explanation;
        CHECK(why.contains(QStringLiteral("every eligible place is excluded")));
        CHECK(why.contains(QStringLiteral("WP-A (excluded by staff)")));
        CHECK(why.contains(QStringLiteral("WP-B (the household declined this place)")));
        // An exclusion stored twice stays one; a pin is replaced by the next.
        f.exclude(declined, other, ExclusionSource::Staff);
        CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM plan_exclusions")) == 2);
    }
    SECTION("a pin replaces the household's earlier pin and can be removed")
    {
        f.pin(laag, other);
        f.pin(laag, only);
        CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM plan_pins")) == 1);
        CHECK(PlanStateRepository(f.db->connection()).pins()->at(0).placeId == only);
        REQUIRE(PlanStateRepository(f.db->connection()).removePin(laag).ok());
        const PlanProposal proposal = f.propose();
        CHECK(proposal.instance.pins.empty());
        CHECK(placeOf(proposal, kritiek) == QStringLiteral("WP-A"));
    }
}

TEST_CASE("Pins that cannot be kept are refused before anything is solved, each with its reason", "[plans]")
{
    PlanFixture f;
    const qint64 small = f.place(QStringLiteral("WP-KLEIN"), [](places::PlaceDetails &d) { d.maxPersons = 1; });
    const qint64 shared = f.place(QStringLiteral("WP-SAMEN"));
    const qint64 family = f.candidate(3, 5, [](needs::HousingNeed &n) { n.persons = 3; });
    const qint64 a = f.candidate(2, 5);
    const qint64 b = f.candidate(2, 6);
    const auto quiet = f.household();
    f.need(quiet);

    f.pin(family, small); // breaks max_personen
    f.pin(quiet.first, small); // not a candidate
    f.pin(a, shared);
    f.pin(b, shared); // capacity 1 takes one pin
    const qint64 auditBefore = f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    auto refused = f.service(f.teamLead).propose({PlanFixture::asOf, 30});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Invalid);
    REQUIRE(refused.error().fields.size() == 3);
    CHECK(refused.error().fields[0].field == QStringLiteral("pins"));
    const QString message = refused.error().message;
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("The pin of household %1 on place WP-KLEIN cannot be kept: it breaks a hard "
                                          "requirement: too many persons (3, the place takes 1).")
                               .arg(family)));
    CHECK(message.contains(QStringLiteral("The pin of household %1 on place WP-KLEIN cannot be kept: the household is "
                                          "not a candidate: no active flag.")
                               .arg(quiet.first)));
    CHECK(message.contains(QStringLiteral("Pins on place WP-SAMEN go beyond its capacity left (1).")));
    // Nothing changed: the pins stand, nothing was stored or audited.
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM plan_pins")) == 4);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM plan_runs")) == 0);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log")) == auditBefore);

    // A pin on an excluded pair breaks the exclusion.
    REQUIRE(PlanStateRepository(f.db->connection()).removePin(family).ok());
    REQUIRE(PlanStateRepository(f.db->connection()).removePin(quiet.first).ok());
    REQUIRE(PlanStateRepository(f.db->connection()).removePin(b).ok());
    f.exclude(a, shared, ExclusionSource::Declined);
    auto excluded = f.service(f.teamLead).propose({PlanFixture::asOf, 30});
    REQUIRE_FALSE(excluded.ok());
    CHECK(excluded.error().message.contains(QStringLiteral("the household declined this place")));
}

TEST_CASE("Only a team lead proposes a plan: a caseworker's attempt is refused and audited", "[plans]")
{
    PlanFixture f;
    f.place(QStringLiteral("WP-1"));
    f.candidate(4);
    auto refused = f.service(f.users.caseworkerA()).propose({PlanFixture::asOf, 30});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    AuditQuery query;
    query.action = AuditAction::PermissionDenied;
    const QList<AuditEvent> denied = *AuditLog(*f.db, f.clock).find(f.users.admin(), query);
    REQUIRE(denied.size() == 1);
    CHECK(denied[0].objectType == QStringLiteral("plan"));
    CHECK(denied[0].actorName == f.users.caseworkerA().user().username);
    CHECK(denied[0].detail == QStringLiteral("attempt:plan_propose"));
    CHECK(f.service(f.users.caseworkerA()).explainPair({PlanFixture::asOf, 30}, 1, 1).error().code
        == ErrorCode::PermissionDenied);
    CHECK(f.propose().candidates.size() == 1); // the team lead may
}

TEST_CASE("A run without candidates or without places says so and changes nothing", "[plans]")
{
    PlanFixture f;
    const auto quiet = f.household();
    f.need(quiet);
    f.place(
        QStringLiteral("WP-LATER"), [](places::PlaceDetails &d) { d.availableFrom = PlanFixture::asOf.addDays(45); });
    auto none = f.service(f.teamLead).propose({PlanFixture::asOf, 30});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == ErrorCode::Invalid);
    CHECK(none.error().message.startsWith(QStringLiteral("No candidates:")));
    CHECK(none.error().message.contains(QStringLiteral("not candidates: 1")));

    f.flag(quiet.first, 3, 4);
    auto noPlaces = f.service(f.teamLead).propose({PlanFixture::asOf, 30});
    REQUIRE_FALSE(noPlaces.ok());
    CHECK(noPlaces.error().message
        == QStringLiteral("No places available: none of the 1 places is free, has capacity left and is available by "
                          "31-03-2026."));
    // A longer horizon reaches the place.
    CHECK(f.propose(45).places.size() == 1);

    auto horizon = f.service(f.teamLead).propose({PlanFixture::asOf, PlanService::maxHorizonDays + 1});
    REQUIRE_FALSE(horizon.ok());
    CHECK(horizon.error().fields.at(0).field == QStringLiteral("horizon_days"));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM plan_runs")) == 0);
}

TEST_CASE("Without a plan date the run stands on today, and a stopped run says cancelled", "[plans]")
{
    PlanFixture f;
    f.place(QStringLiteral("WP-1"));
    for (int i = 0; i < 70; ++i) // progress comes every 64 candidates
        f.candidate(1 + i % 4, i);
    int calls = 0;
    auto all = f.service(f.teamLead).propose({}, [&](int done, int total) {
        ++calls;
        CHECK(done <= total);
        return true;
    });
    REQUIRE(all.ok());
    CHECK(all->parameters.asOf == PlanFixture::asOf);
    CHECK_FALSE(all->cancelled);
    CHECK(calls >= 3);
    CHECK(all->result.objective.placedByTier[0] == 1);

    auto stopped = f.service(f.teamLead).propose({}, [](int, int) { return false; });
    REQUIRE(stopped.ok());
    CHECK(stopped->cancelled);
}
