#include "../importing/ImportServiceFixture.h"
#include "support/ChangeWait.h"

#include "storage/ChangeFeed.h"

#include <catch2/catch.hpp>

using namespace vangnet;

namespace {

/// Two clients of one team server: this one (the fixture's connection, with its feed) and a
/// colleague's, a second connection to the same database.
struct Fixture : test::ImportServiceFixture {
    std::unique_ptr<Database> colleagueDb = scratch.open();
    HouseholdService colleague{*colleagueDb, clock, users.caseworkerA()};
    ChangeFeed feed{*db};
    test::ChangeLog heard{feed};

    /// The colleague changes the deadline settings: the last notification to wait for.
    void colleagueSentinel()
    {
        REQUIRE(runSql(colleagueDb->connection(), QStringLiteral("UPDATE clock_settings SET days = days")).ok());
    }
};

bool skippedOnSqlite()
{
    if (test::engineUnderTest() == Engine::Postgres)
        return false;
    WARN("SKIPPED: live updates exist on PostgreSQL only (SQLite: one user per file); "
         "run with VANGNET_TEST_ENGINE=postgresql");
    return true;
}

} // namespace

TEST_CASE("The change feed listens on PostgreSQL only", "[live]")
{
    test::ScratchDatabase scratch;
    ChangeFeed feed(*scratch.db);
    CHECK(feed.isActive() == (test::engineUnderTest() == Engine::Postgres));
    CHECK(feed.problem().isEmpty());
}

TEST_CASE_METHOD(Fixture, "A colleague's change reaches the feed with its kind and id within two seconds", "[live]")
{
    if (skippedOnSqlite())
        return;
    REQUIRE(feed.isActive());
    auto household = colleague.get(annaHousehold);
    REQUIRE(household.ok());
    household->address.toevoeging = QStringLiteral("B");
    REQUIRE(colleague.save(*household).ok());

    REQUIRE(heard.waitFor(DataKind::Households, 2000));
    CHECK(heard.idsOf(DataKind::Households).contains(annaHousehold));
}

TEST_CASE_METHOD(Fixture, "Changes through the client's own connection are not reported", "[live]")
{
    if (skippedOnSqlite())
        return;
    auto household = households.get(annaHousehold);
    REQUIRE(household.ok());
    household->address.toevoeging = QStringLiteral("C");
    REQUIRE(households.save(*household).ok());
    colleagueSentinel(); // notifications arrive in commit order: ours would come before this one

    REQUIRE(heard.waitFor(DataKind::Settings, 2000));
    CHECK(heard.idsOf(DataKind::Households).isEmpty());
    CHECK(heard.count() == 1);
}

TEST_CASE_METHOD(Fixture, "An import of many rows sends a bounded number of notifications", "[live]")
{
    if (skippedOnSqlite())
        return;
    QVector<importing::SignalRow> rows;
    for (int i = 0; i < 1500; ++i) // each a new household: households, persons, addresses, signals, flags
        rows << row(i + 2, QStringLiteral("S-%1").arg(i), QStringLiteral("Visser%1").arg(i), 100 + i, {});
    importing::ImportService colleagueImport(*colleagueDb, clock, users.caseworkerA());
    importing::VectorSource<importing::SignalRow> source(std::move(rows));
    auto summary = colleagueImport.importSignals(
        source, {QStringLiteral("signalen.csv"), QStringLiteral("csv"), QStringLiteral("standaard")});
    INFO((summary ? std::string() : summary.error().message.toStdString()));
    REQUIRE(summary.ok());
    REQUIRE(summary->imported == 1500);
    colleagueSentinel();

    REQUIRE(heard.waitFor(DataKind::Settings, 5000));
    CHECK(heard.idsOf(DataKind::Signals).isEmpty()); // too many to name: "many"
    CHECK(heard.kinds().contains(DataKind::Households));
    CHECK(heard.kinds().contains(DataKind::Signals));
    // At most 21 per kind and transaction (20 named, then one "many"), whatever the row count.
    INFO("notifications: " << heard.count());
    CHECK(heard.count() <= 3 * 21 + 1);
}
