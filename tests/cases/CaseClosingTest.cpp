#include "CaseFixture.h"

#include "cases/CaseVocabulary.h"
#include "cases/ReasonReport.h"

using namespace vangnet;
using namespace vangnet::cases;
using vangnet::test::CaseFixture;

namespace {

ContactAttempt attempt(const QString &kind, bool reached, QDate date)
{
    ContactAttempt a;
    a.kind = kind;
    a.reached = reached;
    a.date = date;
    return a;
}

const QString repeated = QStringLiteral("Niet opgepakt: herhaalde melding");

/// What a refused closing must not have touched.
struct Snapshot {
    QString status;
    qint64 version;
    qint64 history;
    qint64 audits;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(CaseFixture &f, qint64 caseId)
{
    return {f.text(QStringLiteral("SELECT status FROM cases WHERE id = ?"), {caseId}),
            f.count(QStringLiteral("SELECT version FROM cases WHERE id = ?"), {caseId}),
            f.count(QStringLiteral("SELECT COUNT(*) FROM status_history")),
            f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'change_case'"))};
}

} // namespace

TEST_CASE("Closing with contact needs a reached attempt, and a refusal changes nothing", "[closing]")
{
    CaseFixture f;
    const auto who = f.household(QStringLiteral("Visser"), 4);
    const qint64 s = f.signal(who, QStringLiteral("C-1"), CaseFixture::today().addDays(-6));
    Case c = CaseFixture::require(f.service.openFromSignal(s));
    CaseFixture::require(f.service.addAttempt(c.id, attempt(QStringLiteral("Administratief"), true, CaseFixture::today())));
    c = CaseFixture::require(f.service.get(c.id));
    const Snapshot before = snapshot(f, c.id);

    const Closing advice{QStringLiteral("(Budget)advies en/of quick fix"), CaseFixture::today(), {}, {}, true};
    auto refused = f.service.close(c.id, c.version, advice);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Invalid);
    REQUIRE(refused.error().fields.size() == 1);
    CHECK(refused.error().fields.first().field == QStringLiteral("outcome"));
    CHECK(refused.error().fields.first().message.contains(QStringLiteral("reached contact attempt")));
    CHECK(snapshot(f, c.id) == before);
    CHECK(f.text(QStringLiteral("SELECT status FROM signals WHERE id = ?"), {s}) == QStringLiteral("in_behandeling"));

    CaseFixture::require(f.service.addAttempt(c.id, attempt(QStringLiteral("Telefoon"), true, CaseFixture::today())));
    c = CaseFixture::require(f.service.get(c.id));
    SECTION("after a conversation it closes")
    {
        c = CaseFixture::require(f.service.close(c.id, c.version, advice));
        CHECK(c.status == CaseStatus::Afgesloten);
    }
    SECTION("and then no contact is a contradiction")
    {
        auto noContact = f.service.close(c.id, c.version, Closing{ddas::noContactOutcome(), CaseFixture::today(), {}, {}, true});
        REQUIRE_FALSE(noContact.ok());
        CHECK(noContact.error().fields.first().message.contains(QStringLiteral("reached contact attempt")));
        CHECK(CaseFixture::require(f.service.get(c.id)).status == CaseStatus::InBehandeling);
    }
}

TEST_CASE("Warnings are asked, and closing goes on only when confirmed", "[closing]")
{
    CaseFixture f;
    const auto who = f.household(QStringLiteral("Smit"), 5);
    const qint64 s = f.signal(who, QStringLiteral("C-2"), CaseFixture::today().addDays(-6));
    Case c = CaseFixture::require(f.service.openFromSignal(s));
    Closing other{QStringLiteral("Niet opgepakt: andere reden"), CaseFixture::today(), {}, QStringLiteral("detentie"), false};

    const QStringList warnings = CaseFixture::require(f.service.closingWarnings(c.id, c.version, other));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(QStringLiteral("No contact attempt")));
    const Snapshot before = snapshot(f, c.id);
    auto unconfirmed = f.service.close(c.id, c.version, other);
    REQUIRE_FALSE(unconfirmed.ok());
    REQUIRE(unconfirmed.error().fields.size() == 1);
    CHECK(unconfirmed.error().fields.first().field == QStringLiteral("confirm"));
    CHECK(snapshot(f, c.id) == before);

    other.confirmed = true;
    c = CaseFixture::require(f.service.close(c.id, c.version, other));
    CHECK(c.status == CaseStatus::Afgesloten);
    CHECK(f.text(QStringLiteral("SELECT reason_key FROM cases WHERE id = ?"), {c.id}) == QStringLiteral("detentie"));
    CHECK(f.text(QStringLiteral("SELECT ddas_status FROM signals WHERE id = ?"), {s}) == other.outcome);
    CHECK(f.text(QStringLiteral("SELECT ddas_status_on FROM signals WHERE id = ?"), {s}) == QStringLiteral("2026-11-24"));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail = 'close:5 confirmed:1'")) == 1);
}

TEST_CASE("A taken-up closing records the day it was taken up", "[closing]")
{
    CaseFixture f;
    const auto who = f.household(QStringLiteral("Mulder"), 6);
    const qint64 s = f.signal(who, QStringLiteral("C-3"), CaseFixture::today().addDays(-20));
    f.clock.set(QDateTime(CaseFixture::today().addDays(-10), QTime(9, 0), Qt::UTC));
    Case c = CaseFixture::require(f.service.openFromSignal(s));
    f.clock.set(QDateTime(CaseFixture::today(), QTime(9, 0), Qt::UTC));
    REQUIRE_FALSE(c.takenUpOn.isValid());
    const QDate closedOn = CaseFixture::today().addDays(-2);
    c = CaseFixture::require(f.service.close(c.id, c.version, Closing{QStringLiteral("Verwijzing zonder contact"), closedOn, {}, {}, false}));
    CHECK(c.takenUpOn == closedOn);
}

TEST_CASE("A signal decided on its own keeps its status when the case closes and reopens", "[closing]")
{
    CaseFixture f;
    const auto who = f.household(QStringLiteral("De Boer"), 7);
    const qint64 first = f.signal(who, QStringLiteral("C-4"), CaseFixture::today().addDays(-30));
    const qint64 again = f.signal(who, QStringLiteral("C-5"), CaseFixture::today().addDays(-5));
    Case c = CaseFixture::require(f.service.openFromSignal(first));
    REQUIRE(c.signalIds.size() == 2);

    REQUIRE(f.service.setSignalStatus(c.id, again, repeated, QStringLiteral("al_in_schuldhulp")).ok());
    CHECK(f.text(QStringLiteral("SELECT status FROM signals WHERE id = ?"), {again}) == QStringLiteral("afgesloten"));
    CHECK(f.text(QStringLiteral("SELECT status FROM signals WHERE id = ?"), {first}) == QStringLiteral("in_behandeling"));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM status_history WHERE signal_id = ? AND new_status = 'afgesloten'"), {again}) == 1);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail = ?"), {QStringLiteral("signal_status:%1:5").arg(again)}) == 1);
    const auto decisions = CaseFixture::require(f.service.signalDecisions(c.id));
    REQUIRE(decisions.size() == 2);
    CHECK(decisions.at(1).setForSignal);
    CHECK(decisions.at(1).reasonKey == QStringLiteral("al_in_schuldhulp"));
    CHECK(decisions.at(1).decidedOn == CaseFixture::today());
    CHECK(CaseFixture::require(f.service.get(c.id)).status != CaseStatus::Afgesloten);

    CaseFixture::require(f.service.addAttempt(c.id, attempt(QStringLiteral("Telefoon"), true, CaseFixture::today())));
    c = CaseFixture::require(f.service.get(c.id));
    c = CaseFixture::require(f.service.close(c.id, c.version, Closing{QStringLiteral("Vervolghulp en/of verwijzing financieel"),
                                                                      CaseFixture::today(), {}, {}, false}));
    CHECK(f.text(QStringLiteral("SELECT ddas_status FROM signals WHERE id = ?"), {again}) == repeated);
    CHECK(f.text(QStringLiteral("SELECT ddas_status FROM signals WHERE id = ?"), {first}) == ddas::notYetTakenUp());
    c = CaseFixture::require(f.service.move(c.id, c.version, CaseStatus::InBehandeling));
    CHECK(f.text(QStringLiteral("SELECT ddas_status FROM signals WHERE id = ?"), {again}) == repeated);
    CHECK(f.text(QStringLiteral("SELECT status FROM signals WHERE id = ?"), {again}) == QStringLiteral("afgesloten"));

    SECTION("undoing puts it back in progress")
    {
        REQUIRE(f.service.setSignalStatus(c.id, again, ddas::notYetTakenUp()).ok());
        CHECK(f.text(QStringLiteral("SELECT status FROM signals WHERE id = ?"), {again}) == QStringLiteral("in_behandeling"));
        CHECK(f.count(QStringLiteral("SELECT ddas_status_set FROM signals WHERE id = ?"), {again}) == 0);
        CHECK_FALSE(f.service.setSignalStatus(c.id, again, ddas::notYetTakenUp()).ok());
    }
    SECTION("bad input is refused")
    {
        auto unknown = f.service.setSignalStatus(c.id, first, QStringLiteral("Afgehandeld"));
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().fields.first().field == QStringLiteral("status"));
        auto reason = f.service.setSignalStatus(c.id, first, repeated, QStringLiteral("vakantie"));
        REQUIRE_FALSE(reason.ok());
        CHECK(reason.error().fields.first().field == QStringLiteral("reason"));
        const auto other = f.household(QStringLiteral("Dekker"), 8);
        const qint64 foreign = f.signal(other, QStringLiteral("C-6"), CaseFixture::today());
        auto notLinked = f.service.setSignalStatus(c.id, foreign, repeated);
        REQUIRE_FALSE(notLinked.ok());
        CHECK(notLinked.error().fields.first().field == QStringLiteral("signal"));
        CHECK(f.text(QStringLiteral("SELECT status FROM signals WHERE id = ?"), {first}) == QStringLiteral("in_behandeling"));
    }
}

TEST_CASE("The team lead counts the internal reasons of the own team", "[closing]")
{
    CaseFixture f;
    const auto a = f.household(QStringLiteral("Jacobs"), 9);
    const auto b = f.household(QStringLiteral("Peters"), 10);
    const qint64 sa = f.signal(a, QStringLiteral("C-7"), CaseFixture::today().addDays(-9));
    const qint64 sa2 = f.signal(a, QStringLiteral("C-8"), CaseFixture::today().addDays(-8));
    const qint64 sb = f.signal(b, QStringLiteral("C-9"), CaseFixture::today().addDays(-7));
    f.clock.set(QDateTime(CaseFixture::today().addDays(-5), QTime(9, 0), Qt::UTC));
    Case ca = CaseFixture::require(f.service.openFromSignal(sa));
    f.clock.set(QDateTime(CaseFixture::today(), QTime(9, 30), Qt::UTC));
    REQUIRE(f.service.setSignalStatus(ca.id, sa2, repeated, QStringLiteral("al_in_schuldhulp")).ok());
    Case cb = CaseFixture::require(f.service.openFromSignal(sb));
    cb = CaseFixture::require(f.service.close(cb.id, cb.version, Closing{repeated, CaseFixture::today(), {}, QStringLiteral("al_in_schuldhulp"), true}));
    ca = CaseFixture::require(f.service.get(ca.id));
    ca = CaseFixture::require(f.service.close(ca.id, ca.version,
                                              Closing{QStringLiteral("Inwoner is overleden"), CaseFixture::today().addDays(-3), {}, QStringLiteral("overleden"), true}));

    const auto counts = CaseFixture::require(ReasonReport(*f.db, f.clock, f.teamLeadA).count({}, {}));
    REQUIRE(counts.size() == 2);
    CHECK(counts.at(0).reason == QStringLiteral("al_in_schuldhulp"));
    CHECK(counts.at(0).cases == 1);
    CHECK(counts.at(0).signals == 1);
    CHECK(counts.at(1).reason == QStringLiteral("overleden"));
    CHECK(counts.at(1).cases == 1);

    const auto recent = CaseFixture::require(ReasonReport(*f.db, f.clock, f.teamLeadA).count(CaseFixture::today(), CaseFixture::today()));
    REQUIRE(recent.size() == 1);
    CHECK(recent.first().reason == QStringLiteral("al_in_schuldhulp"));
    CHECK(recent.first().cases == 1);
    CHECK(recent.first().signals == 1);

    const auto otherTeam = CaseFixture::require(ReasonReport(*f.db, f.clock, f.users.add(QStringLiteral("teamleider-b"), Role::Teamleider,
                                                                                           f.users.teamB().id)).count({}, {}));
    CHECK(otherTeam.isEmpty());

    auto refused = ReasonReport(*f.db, f.clock, f.users.caseworkerA()).count({}, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'permission_denied' AND detail = 'reasons'")) == 1);
}
