#include "../importing/ImportServiceFixture.h"
#include "support/ChangeWait.h"

#include "storage/ChangeFeed.h"
#include "storage/PostgresHandle.h"
#include "storage/SqlStatement.h"

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

namespace {

/// Ends every other session on the test database, as a server restart or an administrator's
/// pg_terminate_backend would: this client's connection and its feed's listener break.
void endOtherSessions(const Database &admin)
{
    REQUIRE(runSql(admin.connection(),
                   QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
                .ok());
}

} // namespace

TEST_CASE_METHOD(Fixture, "A broken connection is reported, said plainly on the next statement, and mended",
                 "[live][connection]")
{
    if (skippedOnSqlite())
        return;
    REQUIRE(feed.isActive());
    bool lost = false;
    QObject::connect(&feed, &ChangeFeed::connectionLost, &feed, [&lost] { lost = true; });
    endOtherSessions(*colleagueDb);

    REQUIRE(test::waitUntil([&] { return lost; }, 2000));
    CHECK_FALSE(feed.isActive());
    auto failed = households.get(annaHousehold);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::ConnectionLost);
    CHECK(failed.error().message.contains(QStringLiteral("connection")));

    // The server is still there: the same Database opens again, and so does the feed.
    REQUIRE(serverAnswers(db->location(), 5));
    REQUIRE(db->reconnect().ok());
    REQUIRE(feed.reconnect());
    CHECK(households.get(annaHousehold).ok());

    // It hears a colleague again, and still not this client's own (new) connection.
    auto own = households.get(annaHousehold);
    REQUIRE(own.ok());
    own->address.toevoeging = QStringLiteral("D");
    REQUIRE(households.save(*own).ok());
    auto theirs = colleague.get(annaHousehold);
    REQUIRE(theirs.ok());
    theirs->address.toevoeging = QStringLiteral("E");
    REQUIRE(colleague.save(*theirs).ok());
    REQUIRE(heard.waitFor(DataKind::Households, 2000));
    colleagueSentinel();
    REQUIRE(heard.waitFor(DataKind::Settings, 2000));
    CHECK(heard.count() == 2); // the colleague's household and settings, not ours
}

TEST_CASE("Whether a server answers is asked without logging in", "[live][connection]")
{
    if (skippedOnSqlite())
        return;
    test::ScratchDatabase scratch;
    CHECK(serverAnswers(scratch.db->location(), 5));
    auto nobody = DatabaseLocation::parse(QStringLiteral("postgresql://127.0.0.1:1/vangnet"));
    REQUIRE(nobody.ok());
    CHECK_FALSE(serverAnswers(*nobody, 2));
}
