#include "plans/PlanWorkflowFixture.h"

#include "places/PlaceRepository.h"
#include "plans/CandidateRepository.h"
#include "plans/PlanRunService.h"
#include "plans/PlanStateRepository.h"
#include "plans/PlanWorkflowService.h"
#include "security/FieldCipher.h"

using namespace vangnet;
using namespace vangnet::plans;
using planner::Tier;
using vangnet::test::PlanWorkflowFixture;

namespace {

/// One household of team A with an open case and a need, proposed for WP-001 in one run.
struct OneProposal : PlanWorkflowFixture {
    explicit OneProposal(int capacity = 1) : wp1(place(QStringLiteral("WP-001"), capacity)) {}

    const places::Place wp1;
    const std::pair<qint64, qint64> who = household(QStringLiteral("Jansen"), 1);
    const qint64 householdId = who.first;
    const qint64 caseId = require(service.openManual(householdId)).id;
    const qint64 runId = storeRun({{householdId, users.teamA().id, Tier::Kritiek, 10, {0}}}, {wp1});
    const qint64 entryId = entryOf(runId, householdId).id;

    PlanWorkflowService lead{*db, clock, teamLeadA};
    PlanWorkflowService worker{*db, clock, users.caseworkerA()};

    EntryStatus status() { return entryOf(runId, householdId).status; }
    places::Place placeNow(const QString &plekId = QStringLiteral("WP-001"))
    {
        return *require(places::PlaceRepository(db->connection()).find(plekId));
    }
    Standing standing()
    {
        const QList<NeedHolder> holders = require(CandidateRepository(db->connection()).needHolders());
        REQUIRE(holders.size() == 1);
        return holders[0].standing;
    }
    /// What a refused step must leave alone.
    QList<qint64> footprint()
    {
        return {static_cast<qint64>(status()), static_cast<qint64>(audit(AuditAction::ChangePlacement).size()),
                count(QStringLiteral("SELECT COUNT(*) FROM plan_exclusions")),
                count(QStringLiteral("SELECT COUNT(*) FROM place_placements")),
                count(QStringLiteral("SELECT COUNT(*) FROM notes"))};
    }
};

template <typename T>
void refused(const Result<T> &result, ErrorCode code, const QString &part = {})
{
    REQUIRE_FALSE(result.ok());
    INFO(result.error().message.toStdString());
    CHECK(result.error().code == code);
    if (!part.isEmpty())
        CHECK(result.error().message.contains(part));
}

} // namespace

TEST_CASE("Approve, offer, accept and place: the place is taken, bezet when full, and the case gets a note",
          "[plans][workflow]")
{
    OneProposal f;
    f.need(f.who);
    CHECK(f.standing() == Standing::NoActiveFlag); // the fixture raises no flags; what counts is what follows

    CHECK(f.require(f.lead.approve(f.entryId)).status == EntryStatus::Approved);
    CHECK(f.standing() == Standing::InProgress);
    CHECK(f.require(PlanStateRepository(f.db->connection()).takenCapacity()).value(f.wp1.id) == 1);
    CHECK(f.require(f.worker.offer(f.entryId)).status == EntryStatus::Offered);
    CHECK(f.require(f.worker.accept(f.entryId)).status == EntryStatus::Accepted);
    const PlanEntry placed = f.require(f.worker.place(f.entryId, QDate(2026, 12, 1)));
    CHECK(placed.status == EntryStatus::Placed);
    CHECK(placed.updatedBy == f.users.caseworkerA().user().username);

    CHECK(f.standing() == Standing::Placed);
    PlanStateRepository state(f.db->connection());
    CHECK(f.require(state.occupants(f.wp1.id)) == 1);
    CHECK(f.require(state.isPlaced(f.householdId)));
    CHECK(f.require(state.takenCapacity()).value(f.wp1.id) == 1); // the placement, no longer the proposal
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM place_placements WHERE place_id = ? AND household_id = ? "
                                 "AND entry_id = ? AND case_id = ? AND placed_on = '2026-12-01' AND ended_on IS NULL"),
                  {f.wp1.id, f.householdId, f.entryId, f.caseId}) == 1);
    CHECK(f.placeNow().status == places::PlaceStatus::Bezet);

    const cases::CaseDetail detail = f.require(f.service.detail(f.caseId));
    REQUIRE(detail.notes.size() == 1);
    CHECK(detail.notes[0].text == QStringLiteral("Placed in WP-001 (Stichting Onderdak, Kerkstraat 1) as of 01-12-2026."));

    const QList<AuditEvent> events = f.audit(AuditAction::ChangePlacement);
    REQUIRE(events.size() == 5); // the run and four steps
    CHECK(events[1].objectType == QStringLiteral("plan_entry"));
    CHECK(events[1].objectId == f.entryId);
    CHECK(events[1].actorName == f.teamLeadA.user().username);
    CHECK(events[1].detail == QStringLiteral("approve household:%1 place:WP-001 voorgesteld→goedgekeurd").arg(f.householdId));
    CHECK(events[2].detail.startsWith(QStringLiteral("offer ")));
    CHECK(events[3].detail.startsWith(QStringLiteral("accept ")));
    CHECK(events[4].detail.startsWith(QStringLiteral("place household:%1 place:WP-001 geaccepteerd→geplaatst placement:")
                                          .arg(f.householdId)));
    CHECK(events[4].detail.contains(QStringLiteral("on:2026-12-01 place_full case:%1").arg(f.caseId)));
    const QList<AuditEvent> placeEvents = f.audit(AuditAction::ChangePlaces);
    REQUIRE_FALSE(placeEvents.isEmpty());
    CHECK(placeEvents.last().detail == QStringLiteral("status WP-001:vrij→bezet (placement)"));
    CHECK(f.audit(AuditAction::ChangeCase).last().detail.startsWith(QStringLiteral("note:")));

    // Placed is the end: nothing moves it on.
    refused(f.worker.place(f.entryId), ErrorCode::Conflict);
}

TEST_CASE("A place with capacity left stays vrij after a placement, and a household without a case is placed all the same",
          "[plans][workflow]")
{
    PlanWorkflowFixture f;
    const places::Place wp = f.place(QStringLiteral("WP-007"), 2);
    const qint64 household = f.household(QStringLiteral("Mulder"), 5).first;
    const qint64 runId = f.storeRun({{household, f.users.teamA().id, Tier::Hoog, 3, {0}}}, {wp});
    const qint64 entry = f.entryOf(runId, household).id;
    PlanWorkflowService lead(*f.db, f.clock, f.teamLeadA); // the team lead may do every step
    f.require(lead.approve(entry));
    f.require(lead.offer(entry));
    f.require(lead.accept(entry));
    f.require(lead.place(entry)); // today
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM place_placements WHERE case_id IS NULL AND placed_on = ?"),
                  {f.today().toString(Qt::ISODate)}) == 1);
    CHECK(f.require(places::PlaceRepository(f.db->connection()).find(QStringLiteral("WP-007")))->status
          == places::PlaceStatus::Vrij);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM notes")) == 0);
    CHECK_FALSE(f.audit(AuditAction::ChangePlacement).last().detail.contains(QStringLiteral("place_full")));
}

TEST_CASE("A declined offer keeps its reason sealed and excludes the pair from later runs", "[plans][workflow]")
{
    OneProposal f;
    f.require(f.lead.approve(f.entryId));
    f.require(f.worker.offer(f.entryId));

    const auto before = f.footprint();
    refused(f.worker.decline(f.entryId, QStringLiteral("   ")), ErrorCode::Invalid);
    CHECK(f.footprint() == before);

    const QString reason = QStringLiteral("Te ver van de school van de kinderen");
    const PlanEntry declined = f.require(f.worker.decline(f.entryId, reason));
    CHECK(declined.status == EntryStatus::Declined);
    CHECK(declined.declineReason == reason);
    const QString stored = f.text(QStringLiteral("SELECT decline_reason_enc FROM plan_entries WHERE id = ?"), {f.entryId});
    CHECK(FieldCipher::isSealed(stored));
    CHECK_FALSE(stored.contains(QStringLiteral("school")));
    CHECK_FALSE(f.audit(AuditAction::ChangePlacement).last().detail.contains(QStringLiteral("school")));

    const QList<PlanExclusion> exclusions = f.require(PlanStateRepository(f.db->connection()).exclusions());
    REQUIRE(exclusions.size() == 1);
    CHECK(exclusions[0].householdId == f.householdId);
    CHECK(exclusions[0].placeId == f.wp1.id);
    CHECK(exclusions[0].source == ExclusionSource::Declined);
    CHECK(exclusions[0].createdBy == f.users.caseworkerA().user().username);
    // The capacity the offer held is free again.
    CHECK(f.require(PlanStateRepository(f.db->connection()).takenCapacity()).value(f.wp1.id) == 0);
    refused(f.worker.accept(f.entryId), ErrorCode::Conflict);
}

TEST_CASE("A caseworker cannot approve and another team cannot act on a proposal", "[plans][workflow]")
{
    OneProposal f;
    auto before = f.footprint();
    refused(f.worker.approve(f.entryId), ErrorCode::PermissionDenied);
    CHECK(f.footprint() == before);
    CHECK(f.audit(AuditAction::PermissionDenied).last().detail == QStringLiteral("attempt:approve"));
    CHECK(f.audit(AuditAction::PermissionDenied).last().objectId == f.entryId);

    refused(PlanWorkflowService(*f.db, f.clock, f.teamLeadB).approve(f.entryId), ErrorCode::PermissionDenied);
    CHECK(f.footprint() == before);

    f.require(f.lead.approve(f.entryId));
    before = f.footprint();
    refused(PlanWorkflowService(*f.db, f.clock, f.users.caseworkerB()).offer(f.entryId), ErrorCode::PermissionDenied,
            QStringLiteral("another team"));
    refused(PlanWorkflowService(*f.db, f.clock, f.users.admin()).offer(f.entryId), ErrorCode::PermissionDenied);
    CHECK(f.footprint() == before);
    // A colleague of the same team may.
    CHECK(f.require(PlanWorkflowService(*f.db, f.clock, f.caseworkerA2).offer(f.entryId)).status == EntryStatus::Offered);
}

TEST_CASE("Steps out of order are refused with the status they need and change nothing", "[plans][workflow]")
{
    OneProposal f;
    const auto before = f.footprint();
    refused(f.worker.place(f.entryId), ErrorCode::Conflict, QStringLiteral("only a proposal that is accepted"));
    refused(f.worker.offer(f.entryId), ErrorCode::Conflict, QStringLiteral("is proposed"));
    refused(f.worker.accept(f.entryId), ErrorCode::Conflict);
    refused(f.worker.decline(f.entryId, QStringLiteral("nee")), ErrorCode::Conflict);
    CHECK(f.footprint() == before);

    f.require(f.lead.approve(f.entryId));
    const auto approved = f.footprint();
    refused(f.lead.approve(f.entryId), ErrorCode::Conflict, QStringLiteral("is approved"));
    refused(f.worker.place(f.entryId), ErrorCode::Conflict);
    CHECK(f.footprint() == approved);

    refused(f.lead.approve(f.entryId + 1000), ErrorCode::NotFound);

    // A candidate the run could not place has nothing to approve.
    const qint64 unplaced = f.household(QStringLiteral("Smit"), 9).first;
    const qint64 runId = f.storeRun({{unplaced, f.users.teamA().id, Tier::Laag, 1, {}}}, {f.wp1});
    refused(f.lead.approve(f.entryOf(runId, unplaced).id), ErrorCode::Conflict, QStringLiteral("not placed"));
}

TEST_CASE("Approval is refused when the place is no longer vrij or has no capacity left", "[plans][workflow]")
{
    OneProposal f;
    f.require(places::PlaceRepository(f.db->connection())
                  .setStatus(f.wp1.id, places::PlaceStatus::BuitenGebruik, QStringLiteral("beheerder"), f.clock.now()));
    auto before = f.footprint();
    refused(f.lead.approve(f.entryId), ErrorCode::Conflict, QStringLiteral("WP-001"));
    CHECK(f.footprint() == before);

    f.require(places::PlaceRepository(f.db->connection())
                  .setStatus(f.wp1.id, places::PlaceStatus::Vrij, QStringLiteral("beheerder"), f.clock.now()));
    // Someone else already lives there.
    const qint64 other = f.household(QStringLiteral("Smit"), 9).first;
    f.require(PlanStateRepository(f.db->connection()).addPlacement(f.wp1.id, other, 0, 0, f.today(),
                                                                   QStringLiteral("test"), f.clock.now()));
    before = f.footprint();
    refused(f.lead.approve(f.entryId), ErrorCode::Conflict, QStringLiteral("no capacity left"));
    CHECK(f.footprint() == before);
}

TEST_CASE("Team leads pin and unpin, caseworkers exclude, team leads lift exclusions", "[plans][workflow]")
{
    OneProposal f;
    f.need(f.who);
    const places::Place wp2 = f.place(QStringLiteral("WP-002"));
    PlanStateRepository state(f.db->connection());

    refused(f.worker.pin(f.householdId, QStringLiteral("WP-002")), ErrorCode::PermissionDenied);
    refused(PlanWorkflowService(*f.db, f.clock, f.teamLeadB).pin(f.householdId, QStringLiteral("WP-002")),
            ErrorCode::NotFound, QStringLiteral("that you may see"));
    refused(f.lead.pin(f.householdId, QStringLiteral("WP-404")), ErrorCode::NotFound, QStringLiteral("WP-404"));
    CHECK(f.require(state.pins()).isEmpty());

    f.require(f.lead.pin(f.householdId, QStringLiteral("WP-002")));
    QList<PlanPin> pins = f.require(state.pins());
    REQUIRE(pins.size() == 1);
    CHECK(pins[0].placeId == wp2.id);
    CHECK(pins[0].createdBy == f.teamLeadA.user().username);
    CHECK(f.audit(AuditAction::ChangePlacement).last().detail == QStringLiteral("pin place:WP-002"));

    // WP-002 takes one household and has it pinned: no room for a second pin.
    const auto second = f.household(QStringLiteral("Smit"), 9);
    f.need(second);
    refused(f.lead.pin(second.first, QStringLiteral("WP-002")), ErrorCode::Conflict, QStringLiteral("no room"));
    // WP-001 has an approved proposal on it: no room either.
    f.require(f.lead.approve(f.entryId));
    refused(f.lead.pin(second.first, QStringLiteral("WP-001")), ErrorCode::Conflict, QStringLiteral("no room"));
    // A household without a need has nothing to be pinned for.
    const qint64 noNeed = f.household(QStringLiteral("Dekker"), 11).first;
    refused(f.lead.pin(noNeed, QStringLiteral("WP-002")), ErrorCode::Invalid, QStringLiteral("no housing need"));

    refused(f.worker.exclude(f.householdId, QStringLiteral("WP-002")), ErrorCode::Conflict, QStringLiteral("pinned"));
    refused(f.worker.unpin(f.householdId), ErrorCode::PermissionDenied);
    f.require(f.lead.unpin(f.householdId));
    CHECK(f.require(state.pins()).isEmpty());
    refused(f.lead.unpin(f.householdId), ErrorCode::NotFound);

    const qsizetype recorded = f.audit(AuditAction::ChangePlacement).size();
    f.require(f.worker.exclude(f.householdId, QStringLiteral("WP-002")));
    f.require(f.worker.exclude(f.householdId, QStringLiteral("WP-002"))); // once is enough
    CHECK(f.audit(AuditAction::ChangePlacement).size() == recorded + 1);
    QList<PlanExclusion> exclusions = f.require(state.exclusions());
    REQUIRE(exclusions.size() == 1);
    CHECK(exclusions[0].source == ExclusionSource::Staff);
    refused(f.lead.pin(f.householdId, QStringLiteral("WP-002")), ErrorCode::Conflict, QStringLiteral("excluded"));
    refused(PlanWorkflowService(*f.db, f.clock, f.users.caseworkerB()).exclude(f.householdId, QStringLiteral("WP-001")),
            ErrorCode::NotFound);

    refused(f.worker.unexclude(f.householdId, QStringLiteral("WP-002")), ErrorCode::PermissionDenied);
    f.require(f.lead.unexclude(f.householdId, QStringLiteral("WP-002")));
    CHECK(f.require(state.exclusions()).isEmpty());
    CHECK(f.audit(AuditAction::ChangePlacement).last().detail == QStringLiteral("unexclude place:WP-002 source:medewerker"));
    refused(f.lead.unexclude(f.householdId, QStringLiteral("WP-002")), ErrorCode::NotFound);
}
