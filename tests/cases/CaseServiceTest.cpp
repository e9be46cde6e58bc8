#include "CaseFixture.h"

#include "cases/CaseVocabulary.h"

using namespace vangnet;
using namespace vangnet::cases;
using vangnet::test::CaseFixture;

namespace {

ContactAttempt attempt(const QString &kind, bool reached, QDate date, const QString &dayPart = QStringLiteral("Ochtend"))
{
    ContactAttempt a;
    a.kind = kind;
    a.reached = reached;
    a.date = date;
    a.dayPart = dayPart;
    a.note = QStringLiteral("Voicemail ingesproken");
    return a;
}

bool hasField(const Error &e, const QString &field)
{
    return std::any_of(e.fields.cbegin(), e.fields.cend(), [&](const FieldError &f) { return f.field == field; });
}

} // namespace

TEST_CASE("A case opened from a signal takes the household's new signals and marks them in progress", "[cases]")
{
    CaseFixture f;
    const auto who = f.household(QStringLiteral("Jansen"), 1);
    const qint64 s1 = f.signal(who, QStringLiteral("H-1"), CaseFixture::today().addDays(-10));
    const qint64 s2 = f.signal(who, QStringLiteral("H-2"), CaseFixture::today().addDays(-3));

    const Case c = CaseFixture::require(f.service.openFromSignal(s1));
    CHECK(c.status == CaseStatus::Nieuw);
    CHECK(c.origin == CaseOrigin::Signal);
    CHECK(c.openedOn == CaseFixture::today());
    CHECK(c.signalIds == QList<qint64>{s1, s2});
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM signals WHERE status = 'in_behandeling'")) == 2);

    SECTION("a second open case on the household is refused")
    {
        auto again = f.service.openManual(who.first);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == ErrorCode::Conflict);
        CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM cases")) == 1);
    }
    SECTION("a later signal is offered for linking")
    {
        const qint64 s3 = f.signal(who, QStringLiteral("H-3"), CaseFixture::today());
        const CaseDetail d = CaseFixture::require(f.service.detail(c.id));
        CHECK(d.unlinkedSignalIds == QList<qint64>{s3});
        const Case linked = CaseFixture::require(f.service.linkNewSignals(c.id));
        CHECK(linked.signalIds.size() == 3);
        CHECK(CaseFixture::require(f.service.detail(c.id)).unlinkedSignalIds.isEmpty());
    }
}

TEST_CASE("Only sensible transitions are allowed, and closing needs an outcome", "[cases]")
{
    CaseFixture f;
    const auto who = f.household(QStringLiteral("De Vries"), 2);
    const qint64 s = f.signal(who, QStringLiteral("E-1"), CaseFixture::today().addDays(-5));
    Case c = CaseFixture::require(f.service.openFromSignal(s));

    auto skip = f.service.move(c.id, c.version, CaseStatus::WachtOpInwoner);
    REQUIRE_FALSE(skip.ok());
    CHECK(skip.error().code == ErrorCode::Invalid);
    CHECK(skip.error().fields.first().message.contains(QStringLiteral("cannot go from")));

    auto closeByMove = f.service.move(c.id, c.version, CaseStatus::Afgesloten);
    REQUIRE_FALSE(closeByMove.ok());
    CHECK(hasField(closeByMove.error(), QStringLiteral("outcome")));

    auto noOutcome = f.service.close(c.id, c.version, QString(), CaseFixture::today());
    REQUIRE_FALSE(noOutcome.ok());
    CHECK(hasField(noOutcome.error(), QStringLiteral("outcome")));
    auto unknownOutcome = f.service.close(c.id, c.version, QStringLiteral("Opgelost"), CaseFixture::today());
    REQUIRE_FALSE(unknownOutcome.ok());
    auto future = f.service.close(c.id, c.version, ddas::eindresultaat().at(12), CaseFixture::today().addDays(1));
    REQUIRE_FALSE(future.ok());
    CHECK(hasField(future.error(), QStringLiteral("closedOn")));
    CHECK(CaseFixture::require(f.service.get(c.id)).status == CaseStatus::Nieuw);

    c = CaseFixture::require(f.service.move(c.id, c.version, CaseStatus::InBehandeling));
    CHECK(c.takenUpOn == CaseFixture::today());
    c = CaseFixture::require(f.service.move(c.id, c.version, CaseStatus::WachtOpInwoner));
    c = CaseFixture::require(f.service.move(c.id, c.version, CaseStatus::InBehandeling));

    SECTION("closing as taken up leaves the reported signal status alone")
    {
        CaseFixture::require(f.service.addAttempt(c.id, attempt(QStringLiteral("Telefoon"), true, CaseFixture::today())));
        c = CaseFixture::require(f.service.get(c.id));
        c = CaseFixture::require(f.service.close(c.id, c.version, QStringLiteral("Vervolghulp en/of verwijzing financieel"),
                                                 CaseFixture::today()));
        CHECK(c.status == CaseStatus::Afgesloten);
        CHECK(c.closedOn == CaseFixture::today());
        CHECK(f.text(QStringLiteral("SELECT status FROM signals WHERE id = ?"), {s}) == QStringLiteral("afgesloten"));
        CHECK(f.text(QStringLiteral("SELECT ddas_status FROM signals WHERE id = ?"), {s}) == ddas::notYetTakenUp());
        auto attemptOnClosed = f.service.addAttempt(c.id, attempt(QStringLiteral("Brief"), false, CaseFixture::today()));
        REQUIRE_FALSE(attemptOnClosed.ok());

        c = CaseFixture::require(f.service.move(c.id, c.version, CaseStatus::InBehandeling));
        CHECK(c.outcome.isEmpty());
        CHECK_FALSE(c.closedOn.isValid());
        CHECK(f.text(QStringLiteral("SELECT status FROM signals WHERE id = ?"), {s}) == QStringLiteral("in_behandeling"));
    }
    SECTION("a not-taken-up outcome is what the partner hears; the internal reason stays sealed")
    {
        const QString outcome = QStringLiteral("Niet opgepakt: herhaalde melding");
        const QString reason = QStringLiteral("Zelfde achterstand al in traject bij Kredietbank");
        c = CaseFixture::require(f.service.close(c.id, c.version, outcome, CaseFixture::today(), reason));
        CHECK(f.text(QStringLiteral("SELECT ddas_status FROM signals WHERE id = ?"), {s}) == outcome);
        CHECK(c.internalReason == reason);
        CHECK_FALSE(f.text(QStringLiteral("SELECT internal_reason_enc FROM cases WHERE id = ?"), {c.id}).contains(QStringLiteral("Kredietbank")));
        CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'change_case' AND detail LIKE '%Kredietbank%'")) == 0);
    }
}

TEST_CASE("Contact attempts are validated and start the work", "[cases]")
{
    CaseFixture f;
    const auto who = f.household(QStringLiteral("Bakker"), 3);
    const qint64 s = f.signal(who, QStringLiteral("W-1"), CaseFixture::today().addDays(-8));
    const Case c = CaseFixture::require(f.service.openFromSignal(s));

    auto future = f.service.addAttempt(c.id, attempt(QStringLiteral("Telefoon"), false, CaseFixture::today().addDays(1)));
    REQUIRE_FALSE(future.ok());
    CHECK(hasField(future.error(), QStringLiteral("date")));
    CHECK(future.error().fields.first().message.contains(QStringLiteral("future")));
    auto unknownKind = f.service.addAttempt(c.id, attempt(QStringLiteral("Duif"), false, CaseFixture::today()));
    REQUIRE_FALSE(unknownKind.ok());
    CHECK(hasField(unknownKind.error(), QStringLiteral("kind")));
    auto badDayPart = f.service.addAttempt(c.id, attempt(QStringLiteral("Telefoon"), false, CaseFixture::today(),
                                                         QStringLiteral("Nacht")));
    REQUIRE_FALSE(badDayPart.ok());
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM contact_attempts")) == 0);

    const ContactAttempt first = CaseFixture::require(
        f.service.addAttempt(c.id, attempt(QStringLiteral("Telefoon"), false, CaseFixture::today().addDays(-2))));
    CHECK(first.author == f.users.caseworkerA().user().displayName);
    CaseFixture::require(f.service.addAttempt(c.id, attempt(QStringLiteral("Huisbezoek"), true, CaseFixture::today(),
                                                            QString())));
    const CaseDetail d = CaseFixture::require(f.service.detail(c.id));
    CHECK(d.record.status == CaseStatus::InBehandeling);
    CHECK(d.record.takenUpOn == CaseFixture::today().addDays(-2));
    REQUIRE(d.attempts.size() == 2);
    CHECK(d.attempts[0].kind == QStringLiteral("Telefoon"));
    CHECK(d.attempts[0].note == QStringLiteral("Voicemail ingesproken"));
    CHECK(d.attempts[1].dayPart.isEmpty());
    CHECK(d.attempts[1].reached);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM contact_attempts WHERE note_enc LIKE '%Voicemail%'")) == 0);
}

TEST_CASE("Two users saving the same case: the second is refused and nothing changes", "[cases]")
{
    CaseFixture f;
    const auto who = f.household(QStringLiteral("Smit"), 4);
    const qint64 s = f.signal(who, QStringLiteral("Z-1"), CaseFixture::today().addDays(-1));
    const Case opened = CaseFixture::require(f.service.openFromSignal(s));

    CaseService other(*f.db, f.clock, f.caseworkerA2);
    const Case seenByA = CaseFixture::require(f.service.get(opened.id));
    const Case seenByA2 = CaseFixture::require(other.get(opened.id));
    CaseFixture::require(f.service.move(seenByA.id, seenByA.version, CaseStatus::InBehandeling));

    auto stale = other.setDecision(seenByA2.id, seenByA2.version, CaseFixture::today(), QStringLiteral("toelating"));
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::StaleEdit);
    CHECK(stale.error().message.contains(f.users.caseworkerA().user().displayName));
    auto staleClose = other.close(seenByA2.id, seenByA2.version, ddas::eindresultaat().at(9), CaseFixture::today());
    REQUIRE_FALSE(staleClose.ok());
    CHECK(staleClose.error().code == ErrorCode::StaleEdit);
    // A move that the old screen offered but the case no longer allows: the stale screen is
    // the reason, so that is what the user hears (not "cannot go from … to …").
    auto staleMove = other.move(seenByA2.id, seenByA2.version, CaseStatus::InBehandeling);
    REQUIRE_FALSE(staleMove.ok());
    CHECK(staleMove.error().code == ErrorCode::StaleEdit);
    CHECK(staleMove.error().message.contains(f.users.caseworkerA().user().displayName));
    const Case now = CaseFixture::require(f.service.get(opened.id));
    CHECK(now.status == CaseStatus::InBehandeling);
    CHECK_FALSE(now.decisionOn.isValid());
    CHECK(f.text(QStringLiteral("SELECT status FROM signals WHERE id = ?"), {s}) == QStringLiteral("in_behandeling"));
}

TEST_CASE("Claiming and assigning follow the team and the role", "[cases]")
{
    CaseFixture f;
    const auto who = f.household(QStringLiteral("Visser"), 5);
    f.signal(who, QStringLiteral("C-1"), CaseFixture::today().addDays(-2));
    CaseService other(*f.db, f.clock, f.caseworkerA2);
    CaseService lead(*f.db, f.clock, f.teamLeadA);
    CaseService otherTeam(*f.db, f.clock, f.users.caseworkerB());

    Case c = CaseFixture::require(f.service.claim(who.first));
    CHECK(c.assigneeId == f.users.caseworkerA().user().id);
    CHECK(c.assigneeName == f.users.caseworkerA().user().displayName);

    auto taken = other.claim(who.first);
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().code == ErrorCode::Conflict);
    auto handOver = f.service.assign(c.id, c.version, f.caseworkerA2.user().id);
    REQUIRE_FALSE(handOver.ok());
    CHECK(handOver.error().code == ErrorCode::PermissionDenied);
    auto foreign = otherTeam.get(c.id);
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().code == ErrorCode::PermissionDenied);
    auto wrongTeam = lead.assign(c.id, c.version, f.users.caseworkerB().user().id);
    REQUIRE_FALSE(wrongTeam.ok());
    CHECK(hasField(wrongTeam.error(), QStringLiteral("assignee")));

    const auto second = f.household(QStringLiteral("Mulder"), 6);
    const Case other2 = CaseFixture::require(f.service.openManual(second.first));
    CHECK(other2.assigneeId == 0);
    CHECK(CaseFixture::require(lead.bulkAssign({c.id, other2.id}, f.caseworkerA2.user().id)) == 2);
    CHECK(CaseFixture::require(f.service.get(c.id)).assigneeId == f.caseworkerA2.user().id);
    CHECK(CaseFixture::require(f.service.get(other2.id)).assigneeId == f.caseworkerA2.user().id);
    auto notLead = f.service.bulkAssign({c.id}, f.users.caseworkerA().user().id);
    REQUIRE_FALSE(notLead.ok());
    CHECK(notLead.error().code == ErrorCode::PermissionDenied);

    const Case given = CaseFixture::require(other.get(other2.id));
    const Case freed = CaseFixture::require(other.assign(given.id, given.version, 0));
    CHECK(freed.assigneeId == 0);
}

TEST_CASE("A team lead assigns households from the queue, opening their cases, whole or not at all", "[cases]")
{
    CaseFixture f;
    CaseService lead(*f.db, f.clock, f.teamLeadA);
    const auto withCase = f.household(QStringLiteral("Bakker"), 8);
    const Case existing = CaseFixture::require(f.service.openManual(withCase.first));
    const auto withoutCase = f.household(QStringLiteral("Peters"), 9);
    const auto count = [&] { return f.count(QStringLiteral("SELECT COUNT(*) FROM cases")); };
    REQUIRE(count() == 1);

    // Someone of another team cannot get them: nothing is opened, nothing assigned.
    auto refused = lead.assignHouseholds({withCase.first, withoutCase.first}, f.users.caseworkerB().user().id);
    REQUIRE_FALSE(refused.ok());
    CHECK(hasField(refused.error(), QStringLiteral("assignee")));
    CHECK(count() == 1);
    CHECK(CaseFixture::require(f.service.get(existing.id)).assigneeId == 0);
    // Nor may a caseworker hand out work.
    auto notLead = f.service.assignHouseholds({withoutCase.first}, f.caseworkerA2.user().id);
    REQUIRE_FALSE(notLead.ok());
    CHECK(notLead.error().code == ErrorCode::PermissionDenied);
    CHECK(count() == 1);

    const qint64 to = f.caseworkerA2.user().id;
    CHECK(CaseFixture::require(lead.assignHouseholds({withCase.first, withoutCase.first}, to)) == 2);
    CHECK(count() == 2);
    CHECK(CaseFixture::require(f.service.get(existing.id)).assigneeId == to);
    const qint64 opened = CaseFixture::require(f.service.openCaseOf(withoutCase.first));
    CHECK(CaseFixture::require(f.service.get(opened)).assigneeId == to);
    // Again: nothing changes hands.
    CHECK(CaseFixture::require(lead.assignHouseholds({withCase.first, withoutCase.first}, to)) == 0);
    REQUIRE(CaseFixture::require(lead.workersForHousehold(withoutCase.first)).size() >= 2);
}

TEST_CASE("Plan of action, basic conditions, notes and reminders are kept with author and time", "[cases]")
{
    CaseFixture f;
    const auto who = f.household(QStringLiteral("Meijer"), 7);
    const qint64 notice = f.discharge(who, CaseFixture::today().addDays(45));
    const Case c = CaseFixture::require(f.service.openFromDischarge(notice));
    CHECK(c.dischargeIds == QList<qint64>{notice});

    CaseDetail d = CaseFixture::require(f.service.detail(c.id));
    REQUIRE(d.conditions.size() == 5);
    CHECK(d.conditions[0].key == QStringLiteral("id_bewijs"));
    CHECK(d.conditions[0].state == importing::ConditionState::Geregeld);
    CHECK(d.conditions[1].state == importing::ConditionState::NietGeregeld);
    REQUIRE(f.service.setCondition(c.id, QStringLiteral("onderdak"), importing::ConditionState::InBehandeling).ok());
    CHECK_FALSE(f.service.setCondition(c.id, QStringLiteral("fiets"), importing::ConditionState::Geregeld).ok());

    PlanItem goal;
    goal.kind = PlanItem::Kind::Goal;
    goal.text = QStringLiteral("Woonruimte na uitstroom");
    goal = CaseFixture::require(f.service.addPlanItem(c.id, goal));
    PlanItem action;
    action.goalId = goal.id;
    action.text = QStringLiteral("Aanmelding beschermd wonen");
    action.owner = QStringLiteral("Consulent");
    action.dueOn = CaseFixture::today().addDays(14);
    action = CaseFixture::require(f.service.addPlanItem(c.id, action));
    PlanItem loose;
    loose.text = QStringLiteral("ID-kaart aanvragen");
    loose = CaseFixture::require(f.service.addPlanItem(c.id, loose));
    PlanItem empty;
    CHECK_FALSE(f.service.addPlanItem(c.id, empty).ok());
    REQUIRE(f.service.setPlanItemDone(loose.id, CaseFixture::today()).ok());
    CHECK_FALSE(f.service.setPlanItemDone(loose.id, CaseFixture::today().addDays(2)).ok());

    const Note note = CaseFixture::require(f.service.addNote(c.id, QStringLiteral("Gesproken met reclassering")));
    CHECK(note.author == f.users.caseworkerA().user().displayName);
    Reminder r;
    r.dueOn = CaseFixture::today().addDays(7);
    r.text = QStringLiteral("Terugbellen instelling");
    r = CaseFixture::require(f.service.addReminder(c.id, r));
    REQUIRE(f.service.completeReminder(r.id).ok());

    d = CaseFixture::require(f.service.detail(c.id));
    CHECK(d.conditions[1].state == importing::ConditionState::InBehandeling);
    CHECK(d.conditions[1].updatedBy == f.users.caseworkerA().user().displayName);
    REQUIRE(d.plan.size() == 3);
    CHECK(d.plan[0].id == goal.id);
    CHECK(d.plan[1].id == action.id);
    CHECK(d.plan[1].dueOn == CaseFixture::today().addDays(14));
    CHECK(d.plan[2].doneOn == CaseFixture::today());
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0].text == QStringLiteral("Gesproken met reclassering"));
    CHECK(d.notes[0].createdAt == f.clock.now());
    REQUIRE(d.reminders.size() == 1);
    CHECK(d.reminders[0].doneAt.isValid());

    REQUIRE(f.service.removePlanItem(goal.id).ok());
    CHECK(CaseFixture::require(f.service.detail(c.id)).plan.size() == 1);
}

TEST_CASE("The case shows its clocks as of today", "[cases]")
{
    CaseFixture f;
    const auto who = f.household(QStringLiteral("Dekker"), 8);
    // A request with a crisis intervention on Friday 2026-11-20: three working days → due Wednesday 2026-11-25.
    const qint64 s = f.signal(who, QStringLiteral("K-1"), QDate(2026, 11, 20), true);
    const Case opened = CaseFixture::require(f.service.openFromSignal(s));
    const Case c = CaseFixture::require(
        f.service.registerRequest(opened.id, opened.version, QDate(2026, 11, 20), QStringLiteral("ontruiming")));
    const CaseDetail d = CaseFixture::require(f.service.detail(c.id));
    auto threatening = std::find_if(d.deadlines.cbegin(), d.deadlines.cend(), [](const clocks::Deadline &x) {
        return x.clock == clocks::ClockKind::ThreateningDebt;
    });
    REQUIRE(threatening != d.deadlines.cend());
    CHECK(threatening->dueOn == QDate(2026, 11, 25));
    CHECK(threatening->state == clocks::DeadlineState::DueSoon);
}
