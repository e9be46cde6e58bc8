#include "support/TestDatabase.h"
#include "support/TestResult.h"
#include "support/TestUsers.h"

#include "audit/AuditLog.h"
#include "domain/Household.h"
#include "households/HouseholdService.h"
#include "needs/NeedService.h"
#include "places/PlaceRepository.h"
#include "plans/CapacityOutlookService.h"
#include "rules/RulesService.h"
#include "signals/DischargeRepository.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::plans;
using importing::InstitutionType;
using places::HousingType;
using vangnet::test::required;
using vangnet::test::TestDatabase;

namespace {

// A Monday: week w of the outlook starts on today + 7w.
const QDate today(2026, 3, 2);
const QDateTime now(today, QTime(9, 0), Qt::UTC);

struct Fixture {
    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{now};
    test::TestUsers users{*db, clock};
    Session teamLead = users.add(QStringLiteral("teamleider-a"), Role::Teamleider, users.teamA().id);
    HouseholdService households{*db, clock, users.caseworkerA()};
    int number = 0;

    /// A household of team A with one member born on `born`; {household id, member id}.
    std::pair<qint64, qint64> household(const QString &achternaam, QDate born = QDate(1980, 1, 1))
    {
        Household h;
        h.address = Address{0, QStringLiteral("Lindelaan"), ++number, QString(), QStringLiteral("7411 AB"),
                            QStringLiteral("Vangstad"), QStringLiteral("Noord")};
        Person p;
        p.voorletters = QStringLiteral("A.");
        p.achternaam = achternaam;
        p.geboortedatum = born;
        h.members << p;
        const Household created = required(households.create(h));
        return {created.id, created.members[0].id};
    }

    qint64 discharge(std::pair<qint64, qint64> who, InstitutionType type, QDate expected,
                     importing::ConditionState shelter = importing::ConditionState::NietGeregeld)
    {
        importing::DischargeRow row;
        row.noticeId = QStringLiteral("U-%1").arg(who.first);
        row.institutionType = type;
        row.expectedDate = expected;
        row.shelter = shelter;
        return required(households.addDischarge(who.first, who.second, row));
    }

    void place(const QString &plekId, HousingType type, QDate from, int capacity = 1)
    {
        places::PlaceDetails d;
        d.plekId = plekId;
        d.provider = QStringLiteral("Kompaan");
        d.housingType = type;
        d.capacity = capacity;
        d.availableFrom = from;
        required(places::PlaceRepository(db->connection()).insert(d, QStringLiteral("test"), now));
    }
};

/// The scene of the tests below; notices by letter.
struct Scene {
    std::pair<qint64, qint64> a, b, c, d, e, f, g;
    qint64 noticeA = 0, noticeB = 0, noticeC = 0, noticeD = 0, noticeE = 0, noticeF = 0, noticeG = 0;

    explicit Scene(Fixture &fx)
    {
        // A: detentie in 20 days without onderdak: flagged today (uitstroom_zonder_onderdak).
        a = fx.household(QStringLiteral("Aalders"));
        noticeA = fx.discharge(a, InstitutionType::Detentie, today.addDays(20));
        // B: detentie in 70 days (week 10), beyond today's 60-day window; the rules flag it on the day.
        b = fx.household(QStringLiteral("Bakker"));
        noticeB = fx.discharge(b, InstitutionType::Detentie, today.addDays(70));
        // C: onderdak geregeld: nobody flags it.
        c = fx.household(QStringLiteral("Claassen"));
        noticeC = fx.discharge(c, InstitutionType::Detentie, today.addDays(30), importing::ConditionState::Geregeld);
        // D: youth care, 18 in 35 days (week 5), leaving in 30 weeks: flagged today (jeugdzorg_18).
        d = fx.household(QStringLiteral("Dekker"), today.addDays(35).addYears(-18));
        noticeD = fx.discharge(d, InstitutionType::Jeugdzorg, today.addDays(210));
        // E: after the outlook. F: ended (afgerond). G: youth care, 25 already, leaving after the outlook.
        e = fx.household(QStringLiteral("Eising"));
        noticeE = fx.discharge(e, InstitutionType::Detentie, today.addDays(200));
        f = fx.household(QStringLiteral("Faber"));
        noticeF = fx.discharge(f, InstitutionType::Detentie, today.addDays(40));
        required(DischargeRepository(fx.db->connection())
                     .setLifecycle(noticeF, importing::DischargeLifecycle::Afgerond, QStringLiteral("test"), now));
        g = fx.household(QStringLiteral("Gerritsen"), QDate(2001, 1, 1));
        noticeG = fx.discharge(g, InstitutionType::Jeugdzorg, today.addDays(300));
        required(rules::RulesService(*fx.db, fx.clock, fx.users.caseworkerA())
                     .evaluateHouseholds({a.first, b.first, c.first, d.first, e.first, f.first, g.first}));
    }
};

} // namespace

TEST_CASE("Upcoming discharge notices: in the outlook by date or by an 18th birthday in youth care, with their flags",
          "[outlook]")
{
    Fixture fx;
    const Scene s(fx);
    const auto upcoming = required(DischargeRepository(fx.db->connection()).upcoming(today, outlookEnd(today)));
    QHash<qint64, UpcomingDischarge> byId;
    for (const UpcomingDischarge &n : upcoming)
        byId.insert(n.id, n);
    CHECK(byId.keys().size() == 4);
    REQUIRE(byId.contains(s.noticeA));
    REQUIRE(byId.contains(s.noticeB));
    REQUIRE(byId.contains(s.noticeC));
    REQUIRE(byId.contains(s.noticeD));
    CHECK(byId[s.noticeA].linkedToActiveFlag);
    CHECK_FALSE(byId[s.noticeB].linkedToActiveFlag);
    CHECK_FALSE(byId[s.noticeC].linkedToActiveFlag);
    CHECK(byId[s.noticeD].linkedToActiveFlag);
    const UpcomingDischarge &d = byId[s.noticeD];
    CHECK(d.householdId == s.d.first);
    CHECK(d.personId == s.d.second);
    CHECK(d.institutionType == QStringLiteral("jeugdzorg"));
    CHECK(d.expectedDate == today.addDays(210));
    CHECK(d.personBirthDate == today.addDays(35).addYears(-18));
    CHECK(d.householdMembers == 1);
    CHECK(d.status == QStringLiteral("nieuw"));
    // Ids ascending.
    for (qsizetype i = 1; i < upcoming.size(); ++i)
        CHECK(upcoming[i - 1].id < upcoming[i].id);
}

TEST_CASE("The team lead's outlook counts candidates, flagged discharges and 18th birthdays once, against places",
          "[outlook]")
{
    Fixture fx;
    const Scene s(fx);
    // A asks for beschermd wonen from today: a candidate (need + active flag), no longer a newcomer.
    needs::HousingNeed need;
    need.householdId = s.a.first;
    need.applicantId = s.a.second;
    need.woonvormen = {HousingType::BeschermdWonen};
    need.availableFrom = today;
    required(needs::NeedService(*fx.db, fx.clock, fx.users.caseworkerA()).record(need));
    fx.place(QStringLiteral("WP-1"), HousingType::BegeleidWonen, today.addDays(-10));
    fx.place(QStringLiteral("WP-2"), HousingType::Jongeren, today.addDays(50)); // week 7

    const CapacityOutlook o = required(CapacityOutlookService(*fx.db, fx.clock, fx.teamLead).outlook());
    CHECK(o.asOf == today);
    CHECK(o.counts.candidates == 1);
    CHECK(o.counts.discharges == 1);      // B (the rules on its day); not A (a candidate), not C
    CHECK(o.counts.turningEighteen == 1); // D
    CHECK(o.counts.places == 2);
    CHECK(o.weeks[0].cell(HousingType::BeschermdWonen).demand == 1);
    CHECK(o.weeks[10].cell(HousingType::BegeleidWonen).demand == 1); // detentie → begeleid wonen
    CHECK(o.weeks[5].cell(HousingType::Jongeren).demand == 1);       // 18 → jongeren
    CHECK(o.weeks[0].cell(HousingType::BegeleidWonen).supply == 1);
    CHECK(o.weeks[7].cell(HousingType::Jongeren).supply == 1);
    CHECK(o.weeks[12].total.cumulativeDemand == 3);

    REQUIRE(o.firstShortage);
    CHECK(o.firstShortage->woonvorm == HousingType::BeschermdWonen);
    CHECK(o.firstShortage->week == 0);
    CHECK(o.shortages.contains(OutlookShortage{HousingType::Jongeren, 5, today.addDays(35), 1}));
    CHECK(o.shortages.contains(OutlookShortage{HousingType::Jongeren, 6, today.addDays(42), 1}));
    CHECK_FALSE(o.weeks[7].cell(HousingType::Jongeren).isShort());
    CHECK_FALSE(o.weeks[12].cell(HousingType::BegeleidWonen).isShort());

    // On another date: as of the day after B's discharge, B's notice lies before the outlook.
    const CapacityOutlook later = required(CapacityOutlookService(*fx.db, fx.clock, fx.teamLead).outlook(today.addDays(71)));
    CHECK(later.counts.discharges == 0);
}

TEST_CASE("A caseworker may not see the outlook and the refusal is audited", "[outlook]")
{
    Fixture fx;
    const auto refused = CapacityOutlookService(*fx.db, fx.clock, fx.users.caseworkerA()).outlook();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    AuditQuery query;
    query.action = AuditAction::PermissionDenied;
    const auto denied = required(AuditLog(*fx.db, fx.clock).find(fx.users.admin(), query));
    REQUIRE(denied.size() == 1);
    CHECK(denied[0].objectType == QStringLiteral("plan_outlook"));
    CHECK(denied[0].actorName == fx.users.caseworkerA().user().username);
}
