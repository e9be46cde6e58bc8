// The Wgs request of a case: types, the aanmelding, the eerste gesprek and the beschikking, the
// refusals of bad input (nothing changed), and what counts as contact (docs/cases.md "Case types").
#include "CaseFixture.h"

#include "cases/HelpRequest.h"

using namespace vangnet;
using namespace vangnet::cases;
using vangnet::test::CaseFixture;

namespace {

QStringList fieldsOf(const Error &error)
{
    QStringList out;
    for (const FieldError &f : error.fields)
        out << f.field;
    return out;
}

ContactAttempt attempt(const QString &kind, bool reached, QDate date)
{
    ContactAttempt a;
    a.kind = kind;
    a.reached = reached;
    a.date = date;
    return a;
}

} // namespace

TEST_CASE("A case gets its type from how it is opened", "[cases][wgs]")
{
    CaseFixture f;
    const auto signalled = f.household(QStringLiteral("Bakker"), 1);
    const auto released = f.household(QStringLiteral("Visser"), 2);
    const auto desk = f.household(QStringLiteral("Smit"), 3);
    const Case early = CaseFixture::require(
        f.service.openFromSignal(f.signal(signalled, QStringLiteral("S-1"), CaseFixture::today().addDays(-3))));
    CHECK(early.type == CaseType::Vroegsignaal);
    CHECK_FALSE(early.request.registeredOn.isValid());
    const Case aftercare = CaseFixture::require(
        f.service.openFromDischarge(f.discharge(released, CaseFixture::today().addDays(30))));
    CHECK(aftercare.type == CaseType::Nazorg);
    const Case request = CaseFixture::require(
        f.service.openRequest(desk.first, CaseFixture::today().addDays(-1), QStringLiteral("afsluiting_water")));
    CHECK(request.type == CaseType::Hulpvraag);
    CHECK(request.origin == CaseOrigin::Manual);
    CHECK(request.request.registeredOn == CaseFixture::today().addDays(-1));
    CHECK(request.request.crisisKind == QStringLiteral("afsluiting_water"));
    CHECK(f.text(QStringLiteral("SELECT case_type FROM cases WHERE id = ?"), {request.id}) == QStringLiteral("hulpvraag"));

    const auto other = f.household(QStringLiteral("Jong"), 4);
    auto refused = f.service.openRequest(other.first, CaseFixture::today().addDays(1));
    REQUIRE_FALSE(refused.ok());
    CHECK(fieldsOf(refused.error()) == QStringList{QStringLiteral("registeredOn")});
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE household_id = ?"), {other.first}) == 0);
}

TEST_CASE("An accepted offer turns an early-signal case into a request, and its clocks follow", "[cases][wgs]")
{
    CaseFixture f;
    const QDate today = CaseFixture::today(); // Tuesday 24 November 2026
    const auto who = f.household(QStringLiteral("Mulder"), 5);
    Case c = CaseFixture::require(f.service.openFromSignal(f.signal(who, QStringLiteral("S-2"), today.addDays(-10))));
    // A reached phone call before the request was registered.
    CaseFixture::require(f.service.addAttempt(c.id, attempt(QStringLiteral("Telefoon"), true, today.addDays(-4))));
    c = CaseFixture::require(f.service.get(c.id));
    c = CaseFixture::require(f.service.registerRequest(c.id, c.version, today.addDays(-3), QStringLiteral("ontruiming")));
    CHECK(c.type == CaseType::Hulpvraag);
    CHECK(c.request.registeredOn == today.addDays(-3));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail = ?"),
                  {QStringLiteral("type:vroegsignaal>hulpvraag crisis")}) == 1);

    CaseDetail d = CaseFixture::require(f.service.detail(c.id, false));
    const auto clock = [&](clocks::ClockKind kind) {
        for (const clocks::Deadline &x : d.deadlines)
            if (x.clock == kind)
                return std::optional<clocks::Deadline>(x);
        return std::optional<clocks::Deadline>();
    };
    REQUIRE(clock(clocks::ClockKind::ThreateningDebt).has_value());
    CHECK(clock(clocks::ClockKind::ThreateningDebt)->startsOn == today.addDays(-3));     // Saturday 21 November
    CHECK(clock(clocks::ClockKind::ThreateningDebt)->dueOn == QDate(2026, 11, 26)); // from Monday: Tue, Wed, Thu
    CHECK(clock(clocks::ClockKind::ThreateningDebt)->state != clocks::DeadlineState::Met); // the call does not meet it
    CHECK_FALSE(clock(clocks::ClockKind::ContactOffer).has_value()); // a request has no offer clock

    c = CaseFixture::require(f.service.setFirstConversation(c.id, c.version, today.addDays(-1)));
    d = CaseFixture::require(f.service.detail(c.id, false));
    CHECK(clock(clocks::ClockKind::ThreateningDebt)->metOn == today.addDays(-1));
    CHECK(clock(clocks::ClockKind::FirstConversation)->metOn == today.addDays(-1));
    REQUIRE(clock(clocks::ClockKind::Decision).has_value());
    CHECK(clock(clocks::ClockKind::Decision)->startsOn == today.addDays(-1));

    c = CaseFixture::require(f.service.setDecision(c.id, c.version, today, QStringLiteral("toelating")));
    CHECK(c.decisionOn == today);
    CHECK(c.request.decision == QStringLiteral("toelating"));
    d = CaseFixture::require(f.service.detail(c.id, false));
    CHECK(clock(clocks::ClockKind::Decision)->state == clocks::DeadlineState::Met);
}

TEST_CASE("Bad request data is refused with a reason and nothing changes", "[cases][wgs]")
{
    CaseFixture f;
    const QDate today = CaseFixture::today();
    const auto who = f.household(QStringLiteral("Dekker"), 6);
    const Case early = CaseFixture::require(f.service.openFromSignal(f.signal(who, QStringLiteral("S-3"), today.addDays(-5))));
    const auto unchanged = [&](const Case &before) {
        const Case now = CaseFixture::require(f.service.get(before.id));
        CHECK(now.version == before.version);
        CHECK(now.type == before.type);
        CHECK(now.request.registeredOn == before.request.registeredOn);
        CHECK(now.request.firstConversationOn == before.request.firstConversationOn);
        CHECK(now.decisionOn == before.decisionOn);
    };
    const auto refusedOn = [&](const Result<Case> &r, const QString &field) {
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(fieldsOf(r.error()).contains(field));
        CHECK_FALSE(r.error().message.isEmpty());
    };

    // Request data on a case that is not a request.
    refusedOn(f.service.setFirstConversation(early.id, early.version, today), QStringLiteral("type"));
    refusedOn(f.service.setDecision(early.id, early.version, today, QStringLiteral("toelating")), QStringLiteral("type"));
    unchanged(early);
    // A crisis kind not in the list, an aanmelding in the future.
    refusedOn(f.service.registerRequest(early.id, early.version, today, QStringLiteral("brand")), QStringLiteral("crisisKind"));
    refusedOn(f.service.registerRequest(early.id, early.version, today.addDays(1)), QStringLiteral("registeredOn"));
    unchanged(early);

    const Case request = CaseFixture::require(f.service.registerRequest(early.id, early.version, today.addDays(-4)));
    // An eerste gesprek before the aanmelding or in the future.
    refusedOn(f.service.setFirstConversation(request.id, request.version, today.addDays(-5)), QStringLiteral("firstConversationOn"));
    refusedOn(f.service.setFirstConversation(request.id, request.version, today.addDays(2)), QStringLiteral("firstConversationOn"));
    // A decision before any eerste gesprek.
    refusedOn(f.service.setDecision(request.id, request.version, today, QStringLiteral("toelating")), QStringLiteral("decisionOn"));
    unchanged(request);

    const Case held = CaseFixture::require(f.service.setFirstConversation(request.id, request.version, today.addDays(-2)));
    // A decision before the eerste gesprek, in the future, without its outcome, an outcome without a date.
    refusedOn(f.service.setDecision(held.id, held.version, today.addDays(-3), QStringLiteral("afwijzing")), QStringLiteral("decisionOn"));
    refusedOn(f.service.setDecision(held.id, held.version, today.addDays(1), QStringLiteral("afwijzing")), QStringLiteral("decisionOn"));
    refusedOn(f.service.setDecision(held.id, held.version, today, QString()), QStringLiteral("decision"));
    refusedOn(f.service.setDecision(held.id, held.version, QDate(), QStringLiteral("toelating")), QStringLiteral("decisionOn"));
    refusedOn(f.service.setDecision(held.id, held.version, today, QStringLiteral("misschien")), QStringLiteral("decision"));
    // Moving the aanmelding after the eerste gesprek.
    refusedOn(f.service.registerRequest(held.id, held.version, today.addDays(-1)), QStringLiteral("firstConversationOn"));
    unchanged(held);

    // A stale save is refused as such.
    auto stale = f.service.setDecision(held.id, request.version, today, QStringLiteral("toelating"));
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::StaleEdit);
    unchanged(held);
}

TEST_CASE("An administrative entry neither takes a case up nor meets a clock", "[cases][wgs]")
{
    CaseFixture f;
    const QDate today = CaseFixture::today();
    const auto who = f.household(QStringLiteral("Brouwer"), 7);
    const Case c = CaseFixture::require(f.service.openFromSignal(f.signal(who, QStringLiteral("S-4"), today.addDays(-2))));
    CaseFixture::require(f.service.addAttempt(c.id, attempt(QStringLiteral("Administratief"), false, today.addDays(-1))));
    Case now = CaseFixture::require(f.service.get(c.id));
    CHECK(now.status == CaseStatus::Nieuw);
    CHECK_FALSE(now.takenUpOn.isValid());
    CaseDetail d = CaseFixture::require(f.service.detail(c.id, false));
    const auto offer = [&] {
        for (const clocks::Deadline &x : d.deadlines)
            if (x.clock == clocks::ClockKind::ContactOffer)
                return x;
        FAIL("no contact offer");
        return clocks::Deadline{};
    };
    CHECK(offer().state != clocks::DeadlineState::Met);

    CaseFixture::require(f.service.addAttempt(c.id, attempt(QStringLiteral("Brief"), false, today)));
    now = CaseFixture::require(f.service.get(c.id));
    CHECK(now.status == CaseStatus::InBehandeling);
    CHECK(now.takenUpOn == today);
    d = CaseFixture::require(f.service.detail(c.id, false));
    CHECK(offer().metOn == today);
    CHECK(isResidentContact(QStringLiteral("Telefoon")));
    CHECK_FALSE(isResidentContact(QStringLiteral("Administratief")));
}
