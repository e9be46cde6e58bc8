#include "plans/PlanWorkflowFixture.h"

#include "planner/PlanInstanceReader.h"
#include "planner/PlanResultJson.h"
#include "planner/Planner.h"
#include "plans/PlanRunService.h"
#include "plans/PlanStateRepository.h"
#include "plans/PlanWorkflowService.h"

#include <QJsonArray>

using namespace vangnet;
using namespace vangnet::plans;
using planner::Tier;
using vangnet::test::PlanWorkflowFixture;

namespace {

/// Three households of team A for two places of one: the kritiek and the hoog household are
/// placed, the laag one is not (its only place is needed for the kritiek household).
struct ThreeForTwo : PlanWorkflowFixture {
    const places::Place wp1 = place(QStringLiteral("WP-001"));
    const places::Place wp2 = place(QStringLiteral("WP-002"));
    const qint64 kritiek = household(QStringLiteral("Jansen"), 1).first;
    const qint64 hoog = household(QStringLiteral("Bakker"), 2).first;
    const qint64 laag = household(QStringLiteral("Visser"), 3).first;
    const qint64 teamA = users.teamA().id;

    QList<Candidate> candidates() const
    {
        return {{kritiek, teamA, Tier::Kritiek, 10, {0}}, {hoog, teamA, Tier::Hoog, 20, {1}},
                {laag, teamA, Tier::Laag, 99, {0}}};
    }
    QList<places::Place> places() const { return {wp1, wp2}; }
};

} // namespace

TEST_CASE("A stored plan run reopens with the instance, result and entries it was stored with", "[plans][runs]")
{
    ThreeForTwo f;
    const PlanProposal proposal = f.proposal(f.candidates(), f.places());
    PlanRunService service(*f.db, f.clock, f.teamLeadA);
    const PlanRunSummary stored = f.require(service.store(proposal));
    CHECK(stored.id > 0);
    CHECK(stored.asOf == f.today());
    CHECK(stored.horizonDays == 30);
    CHECK(stored.runBy == f.teamLeadA.user().username);
    CHECK(stored.runAt == f.clock.now());
    CHECK(stored.candidates == 3);
    CHECK(stored.places == 2);
    CHECK(stored.placedByTier == std::array<qint64, 4>{1, 1, 0, 0});
    CHECK(stored.greedyPlacedByTier == std::array<qint64, 4>{1, 1, 0, 0});

    const PlanRunRecord reopened = f.require(service.run(stored.id));
    CHECK(reopened.result == planner::planResultToJson(proposal.instance, proposal.result));
    CHECK(reopened.result.value(QStringLiteral("assignments")).toArray().size() == 2);
    const planner::PlanInstance instance = f.require(planner::PlanInstanceReader::read(reopened.instance));
    CHECK(instance.candidates.size() == 3);
    CHECK(instance.pairs == proposal.instance.pairs);
    CHECK(instance.places.at(1).id == QStringLiteral("WP-002"));
    CHECK(reopened.instance.contains("\"as_of\""));
    CHECK(reopened.instance.contains(f.today().toString(Qt::ISODate).toUtf8()));
    // The snapshot solves to the same plan.
    CHECK(f.require(planner::Planner::solve(instance)).objective == proposal.result.objective);

    const QList<PlanEntry> entries = f.require(service.entries(stored.id));
    REQUIRE(entries.size() == 3);
    // Priority order: kritiek, hoog, laag.
    CHECK(entries[0].householdId == f.kritiek);
    CHECK(entries[0].status == EntryStatus::Proposed);
    CHECK(entries[0].plekId == QStringLiteral("WP-001"));
    CHECK(entries[0].placeId == f.wp1.id);
    CHECK(entries[0].greedyPlekId == QStringLiteral("WP-001"));
    CHECK(entries[0].priority == 10);
    CHECK(entries[0].teamId == f.teamA);
    CHECK(entries[0].explanation == proposal.candidates[0].explanation);
    CHECK(entries[0].reasonCode.isEmpty());
    CHECK_FALSE(entries[0].restricted);
    CHECK(entries[1].householdId == f.hoog);
    CHECK(entries[1].plekId == QStringLiteral("WP-002"));
    CHECK(entries[2].householdId == f.laag);
    CHECK(entries[2].status == EntryStatus::NotPlaced);
    CHECK(entries[2].placeId == 0);
    CHECK(entries[2].plekId.isEmpty());
    CHECK(entries[2].reasonCode == QStringLiteral("higher_tier"));
    REQUIRE(entries[2].blockingTier.has_value());
    CHECK(*entries[2].blockingTier == Tier::Kritiek);

    const QList<AuditEvent> events = f.audit(AuditAction::ChangePlacement);
    REQUIRE(events.size() == 1);
    CHECK(events[0].objectType == QStringLiteral("plan_run"));
    CHECK(events[0].objectId == stored.id);
    CHECK(events[0].detail.contains(QStringLiteral("candidates:3 places:2 placed:1/1/0/0")));
    CHECK(auditActionKey(AuditAction::ChangePlacement) == QStringLiteral("change_placement"));
}

TEST_CASE("Runs are listed newest first with their counts per tier", "[plans][runs]")
{
    ThreeForTwo f;
    const qint64 first = f.storeRun(f.candidates(), f.places());
    // The second run has WP-001 only: the hoog household is not placed.
    const qint64 second = f.storeRun({{f.kritiek, f.teamA, Tier::Kritiek, 10, {0}}, {f.hoog, f.teamA, Tier::Hoog, 20, {}},
                                      {f.laag, f.teamA, Tier::Laag, 99, {0}}},
                                     {f.wp1});
    const QList<PlanRunSummary> runs = f.require(PlanRunService(*f.db, f.clock, f.users.caseworkerA()).runs());
    REQUIRE(runs.size() == 2);
    CHECK(runs[0].id == second);
    CHECK(runs[1].id == first);
    CHECK(runs[0].placedByTier == std::array<qint64, 4>{1, 0, 0, 0});
    CHECK(runs[1].placedByTier == std::array<qint64, 4>{1, 1, 0, 0});
}

TEST_CASE("A new run makes unapproved proposals vervallen and keeps approved ones with their capacity",
          "[plans][runs]")
{
    ThreeForTwo f;
    const qint64 first = f.storeRun(f.candidates(), f.places());
    const PlanEntry kritiek = f.entryOf(first, f.kritiek);
    f.require(PlanWorkflowService(*f.db, f.clock, f.teamLeadA).approve(kritiek.id));

    // The approved household is in progress now: the next run is made without it and without WP-001.
    const qint64 second = f.storeRun({{f.hoog, f.teamA, Tier::Hoog, 20, {0}}, {f.laag, f.teamA, Tier::Laag, 99, {}}},
                                     {f.wp2});
    CHECK(f.entryOf(first, f.kritiek).status == EntryStatus::Approved);
    CHECK(f.entryOf(first, f.hoog).status == EntryStatus::Superseded);
    CHECK(f.entryOf(first, f.hoog).updatedBy == f.teamLeadA.user().username);
    CHECK(f.entryOf(first, f.laag).status == EntryStatus::NotPlaced); // not a proposal: stays as it was
    CHECK(f.entryOf(second, f.hoog).status == EntryStatus::Proposed);
    const auto taken = f.require(PlanStateRepository(f.db->connection()).takenCapacity());
    CHECK(taken.value(f.wp1.id) == 1);
    CHECK(taken.value(f.wp2.id) == 0);
    CHECK(f.audit(AuditAction::ChangePlacement).last().detail.endsWith(QStringLiteral("superseded:1")));

    // A vervallen proposal cannot be approved any more.
    const auto late = PlanWorkflowService(*f.db, f.clock, f.teamLeadA).approve(f.entryOf(first, f.hoog).id);
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().code == ErrorCode::Conflict);
}

TEST_CASE("Only a team lead stores a run, and a refusal stores nothing", "[plans][runs]")
{
    ThreeForTwo f;
    const PlanProposal proposal = f.proposal(f.candidates(), f.places());
    const auto refused = PlanRunService(*f.db, f.clock, f.users.caseworkerA()).store(proposal);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM plan_runs")) == 0);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM plan_entries")) == 0);
    CHECK(f.audit(AuditAction::ChangePlacement).isEmpty());
    const QList<AuditEvent> denied = f.audit(AuditAction::PermissionDenied);
    REQUIRE_FALSE(denied.isEmpty());
    CHECK(denied.last().detail == QStringLiteral("attempt:plan_run"));

    const auto beheerder = PlanRunService(*f.db, f.clock, f.users.admin()).runs();
    REQUIRE_FALSE(beheerder.ok());
    CHECK(beheerder.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("A proposal whose lists do not match its instance is refused whole", "[plans][runs]")
{
    ThreeForTwo f;
    PlanProposal proposal = f.proposal(f.candidates(), f.places());
    PlanRunService service(*f.db, f.clock, f.teamLeadA);
    PlanProposal shorter = proposal;
    shorter.candidates.removeLast();
    PlanProposal outOfRange = proposal;
    outOfRange.result.greedyPlaceOf[2] = 7;
    PlanProposal empty = f.proposal({}, f.places());
    for (const PlanProposal &bad : {shorter, outOfRange, empty}) {
        const auto refused = service.store(bad);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Invalid);
    }
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM plan_runs")) == 0);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM plan_entries")) == 0);
    CHECK(f.audit(AuditAction::ChangePlacement).isEmpty());
}

TEST_CASE("Outside their own team a user sees a household's id, tier and status only", "[plans][runs]")
{
    ThreeForTwo f;
    const qint64 other = f.householdOfTeamB(QStringLiteral("Smit"), 4);
    const places::Place wp3 = f.place(QStringLiteral("WP-003"));
    QList<PlanWorkflowFixture::Candidate> candidates = f.candidates();
    candidates << PlanWorkflowFixture::Candidate{other, f.users.teamB().id, Tier::Midden, 5, {2}};
    const qint64 runId = f.storeRun(candidates, {f.wp1, f.wp2, wp3});

    const QList<PlanEntry> seenByB = f.require(PlanRunService(*f.db, f.clock, f.users.caseworkerB()).entries(runId));
    REQUIRE(seenByB.size() == 4);
    for (const PlanEntry &e : seenByB) {
        CHECK(e.runId == runId);
        CHECK(e.id > 0);
        if (e.householdId == other) {
            CHECK_FALSE(e.restricted);
            CHECK(e.explanation.contains(QString::number(other)));
            CHECK(e.tier == Tier::Midden);
            continue;
        }
        CHECK(e.restricted);
        CHECK(e.explanation.isEmpty());
        CHECK(e.plekId.isEmpty());
        CHECK(e.placeId == 0);
        CHECK(e.greedyPlekId.isEmpty());
        CHECK(e.priority == 0);
        CHECK(e.reasonCode.isEmpty());
        CHECK(e.teamId == 0);
    }
    const auto kritiek = std::find_if(seenByB.cbegin(), seenByB.cend(), [&](const PlanEntry &e) { return e.householdId == f.kritiek; });
    REQUIRE(kritiek != seenByB.cend());
    CHECK(kritiek->tier == Tier::Kritiek);
    CHECK(kritiek->status == EntryStatus::Proposed);

    // A caseworker reopens the run's figures; the per-household lists are the team lead's.
    const PlanRunRecord forCaseworker = f.require(PlanRunService(*f.db, f.clock, f.users.caseworkerB()).run(runId));
    CHECK(forCaseworker.instance.isEmpty());
    CHECK_FALSE(forCaseworker.result.contains(QStringLiteral("assignments")));
    CHECK_FALSE(forCaseworker.result.contains(QStringLiteral("unplaced")));
    CHECK(forCaseworker.result.contains(QStringLiteral("placed_by_tier")));
    const PlanRunRecord forLead = f.require(PlanRunService(*f.db, f.clock, f.teamLeadB).run(runId));
    CHECK_FALSE(forLead.instance.isEmpty());
    CHECK(forLead.result.contains(QStringLiteral("assignments")));

    // The household screens: one's own household, not another team's.
    PlanRunService forB(*f.db, f.clock, f.users.caseworkerB());
    const QList<PlanEntry> own = f.require(forB.entriesOfHousehold(other));
    REQUIRE(own.size() == 1);
    CHECK(own[0].plekId == QStringLiteral("WP-003"));
    const auto refused = forB.entriesOfHousehold(f.kritiek);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);

    const auto unknown = forB.entries(runId + 100);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);
}
