#include "support/TestDatabase.h"
#include "support/TestDemo.h"

#include "demo/DemoGenerator.h"
#include "importing/HouseholdMatcher.h"
#include "security/Session.h"
#include "users/AuthService.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::importing;
using vangnet::test::TestDatabase;

TEST_CASE("Looking people up one by one finds what reading everyone finds", "[import][matching]")
{
    TestDatabase scratch;
    auto db = scratch.open();
    const QDate asOf(2026, 11, 24);
    demo::DemoSignals people = test::writeDemoTown(*db, 2500, 5, asOf);
    const FixedClock clock(QDateTime(asOf, QTime(9, 0), Qt::UTC));
    auto session = AuthService(*db, clock).login(QStringLiteral("consulent"), QString::fromLatin1(demoPassword));
    REQUIRE(session.ok());

    // The demo's rows: people by BSN, by address only, with an invalid BSN, strangers, and a
    // toevoeging written in lower case as well as upper case.
    QVector<RowPerson> rows;
    for (int i = 0; i < 6000; ++i) {
        RowPerson p = people.next().person;
        if (i % 7 == 0)
            p.toevoeging = p.toevoeging.toLower();
        rows << p;
    }

    HouseholdMatcher everyone(db->connection(), session->fields(), clock.now(), session->user().teamId, 0);
    REQUIRE(everyone.load().ok());
    CHECK_FALSE(everyone.needsLookUp(rows.first()));
    HouseholdMatcher oneByOne(db->connection(), session->fields(), clock.now(), session->user().teamId, 0);
    REQUIRE(oneByOne.needsLookUp(rows.first()));

    int byBsn = 0;
    int byAddress = 0;
    int unknown = 0;
    int lookedUp = 0;
    for (const RowPerson &p : rows) {
        const auto expected = everyone.find(p);
        std::optional<HouseholdMatcher::Match> found;
        if (oneByOne.needsLookUp(p)) {
            ++lookedUp;
            auto looked = oneByOne.lookUp(p);
            REQUIRE(looked.ok());
            found = *looked;
        } else {
            found = oneByOne.find(p);
        }
        REQUIRE(found.has_value() == expected.has_value());
        if (!expected) {
            ++unknown;
            continue;
        }
        CHECK(found->personId == expected->personId);
        CHECK(found->householdId == expected->householdId);
        CHECK(found->how == expected->how);
        (expected->how == HouseholdMatcher::How::Bsn ? byBsn : byAddress) += 1;
    }
    CHECK(byBsn > 1000);
    CHECK(byAddress > 100);
    CHECK(unknown > 10);
    // Past the threshold it read everyone at once and stopped asking.
    CHECK(lookedUp > HouseholdMatcher::preloadAfterLookups);
    CHECK(lookedUp < int(rows.size()));
    CHECK_FALSE(oneByOne.needsLookUp(rows.last()));
}
