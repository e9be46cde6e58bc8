#include "support/TestDatabase.h"
#include "support/TestHouseholds.h"
#include "support/TestUsers.h"

#include "households/HouseholdService.h"
#include "storage/HouseholdQuery.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using vangnet::test::TestDatabase;
using vangnet::test::TestUsers;

namespace {

Household household(const char *achternaam, int huisnummer, const QString &bsn = {})
{
    return test::oneMemberHousehold(QString::fromLatin1(achternaam), huisnummer, bsn);
}

struct Fixture {
    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC)};
    TestUsers users{*db, clock};
    HouseholdService serviceA{*db, clock, users.caseworkerA()};
    HouseholdService serviceB{*db, clock, users.caseworkerB()};
    HouseholdService adminService{*db, clock, users.admin()};
};

} // namespace

TEST_CASE_METHOD(Fixture, "A caseworker's new household belongs to their team", "[permissions]")
{
    auto created = serviceA.create(household("Jansen", 1));
    REQUIRE(created.ok());
    CHECK(created->teamId == users.teamA().id);
}

TEST_CASE_METHOD(Fixture, "Another team's household can be neither opened nor changed", "[permissions]")
{
    const Household h = *serviceA.create(household("Jansen", 1));
    CHECK(serviceB.get(h.id).error().code == ErrorCode::PermissionDenied);
    CHECK(serviceB.save(h).error().code == ErrorCode::PermissionDenied);
    CHECK(serviceB.remove(h.id, h.version).error().code == ErrorCode::PermissionDenied);
    CHECK(serviceB.addNote(h.id, QStringLiteral("x")).error().code == ErrorCode::PermissionDenied);
    CHECK(serviceB.notes(h.id).error().code == ErrorCode::PermissionDenied);
    CHECK(serviceA.get(h.id).ok());
}

TEST_CASE_METHOD(Fixture, "The household list shows one's own team only", "[permissions]")
{
    const Household a = *serviceA.create(household("Jansen", 1));
    const Household b = *serviceB.create(household("Jansen", 3));
    CHECK(*HouseholdQuery(db->connection(), users.caseworkerA()).ids(HouseholdFilter::forSearch(QStringLiteral("jansen"))) ==
          QVector<qint64>{a.id});
    CHECK(*HouseholdQuery(db->connection(), users.caseworkerB()).ids(HouseholdFilter{}) == QVector<qint64>{b.id});
    // Asking for another team's row by id gives nothing either.
    CHECK(HouseholdQuery(db->connection(), users.caseworkerA()).rows({b.id})->isEmpty());
}

TEST_CASE_METHOD(Fixture, "The administrator has no access to household data", "[permissions]")
{
    const Household a = *serviceA.create(household("Jansen", 1));
    CHECK(adminService.get(a.id).error().code == ErrorCode::PermissionDenied);
    CHECK(adminService.create(household("Smit", 5)).error().code == ErrorCode::PermissionDenied);
    CHECK(HouseholdQuery(db->connection(), users.admin()).ids(HouseholdFilter{}).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE_METHOD(Fixture, "A team lead works on the households of their own team", "[permissions]")
{
    const Household a = *serviceA.create(household("Jansen", 1));
    const Session lead = users.add(QStringLiteral("teamleider-a"), Role::Teamleider, users.teamA().id);
    HouseholdService leadService(*db, clock, lead);
    CHECK(leadService.get(a.id).ok());
    CHECK(lead.can(Permission::EditRules));
    CHECK_FALSE(users.caseworkerA().can(Permission::EditRules));
    CHECK_FALSE(lead.can(Permission::ManageUsers));
}
