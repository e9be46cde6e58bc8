#include "MigrationSteps.h"
#include "support/TestDatabase.h"

#include "storage/Schema.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using vangnet::test::TestDatabase;

TEST_CASE("Existing cases get a type from their origin when the help request step runs", "[migration][wgs]")
{
    TestDatabase scratch;
    {
        auto db = scratch.open(Database::Options{.create = true, .migrate = true, .migrations = test::stepsBefore(19)});
        test::addHouseholdWithSignal(db->connection());
        int n = 0;
        for (const char *origin : {"flag", "signal", "discharge", "manual", "manual"})
            REQUIRE(runSql(db->connection(), QStringLiteral(
                "INSERT INTO cases (household_id, status, origin, opened_on, opened_at, opened_by, updated_at, updated_by) "
                "VALUES (1, 'afgesloten', ?, ?, '2026-01-05T09:00:00.000Z', 'x', '2026-01-05T09:00:00.000Z', 'x')"),
                {QString::fromLatin1(origin), QStringLiteral("2026-01-0%1").arg(++n)}).ok());
        // The last case by hand has a signal: outreach on it, not a request.
        REQUIRE(runSql(db->connection(), QStringLiteral("INSERT INTO case_signals (case_id, signal_id) VALUES (5, 1)")).ok());
    }
    auto db = scratch.open();
    REQUIRE(db->schemaVersion() == schema::latestVersion());
    auto q = runSql(db->connection(), QStringLiteral("SELECT case_type, request_on FROM cases ORDER BY id"));
    REQUIRE(q.ok());
    QStringList types;
    QStringList requests;
    while (q->next()) {
        types << q->value(0).toString();
        requests << q->value(1).toString();
    }
    CHECK(types == QStringList{QStringLiteral("vroegsignaal"), QStringLiteral("vroegsignaal"), QStringLiteral("nazorg"),
                               QStringLiteral("hulpvraag"), QStringLiteral("vroegsignaal")});
    CHECK(requests == QStringList{QString(), QString(), QString(), QStringLiteral("2026-01-04"), QString()});
    // A crisis kind or a decision outside the lists cannot be stored.
    CHECK_FALSE(runSql(db->connection(), QStringLiteral("UPDATE cases SET request_crisis = 'brand' WHERE id = 4")).ok());
    CHECK_FALSE(runSql(db->connection(), QStringLiteral("UPDATE cases SET decision = 'misschien' WHERE id = 4")).ok());
    auto option = runSql(db->connection(), QStringLiteral("SELECT value FROM clock_options WHERE option_key = 'contact_offer_start'"));
    REQUIRE(option.ok());
    REQUIRE(option->next());
    CHECK(option->value(0).toString() == QStringLiteral("later_of_signal_and_import"));
}
