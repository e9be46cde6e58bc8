#include "support/TestDatabase.h"

#include "storage/Migrator.h"
#include "storage/Schema.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using vangnet::test::TestDatabase;

TEST_CASE("Migrations run in order and a failing step is rolled back and reported", "[migration]")
{
    TestDatabase scratch;
    QList<Migration> steps = schema::migrations();
    const int good = schema::latestVersion() + 1;
    steps << Migration{good, QStringLiteral("extra table"), {QStringLiteral("CREATE TABLE extra_one (id {id})")}};
    steps << Migration{good + 1, QStringLiteral("broken step"),
                       {QStringLiteral("CREATE TABLE extra_two (id {id})"), QStringLiteral("THIS IS NOT SQL")}};

    scratch.open(); // an existing database at today's schema, which an update then extends
    auto db = Database::open(scratch.location(), Database::Options{.create = true, .migrate = true, .migrations = steps});
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::MigrationFailed);
    CHECK(db.error().message.contains(QStringLiteral("broken step")));

    // The steps before the broken one stay; nothing of the broken one does.
    auto reopened = scratch.open(Database::Options{.create = false, .migrate = false, .migrations = steps});
    CHECK(reopened->schemaVersion() == good);
    const QStringList tables = reopened->connection().tables();
    CHECK(tables.contains(QStringLiteral("extra_one")));
    CHECK_FALSE(tables.contains(QStringLiteral("extra_two")));
}

TEST_CASE("Migrating an up-to-date database changes nothing", "[migration]")
{
    TestDatabase scratch;
    auto db = scratch.open();
    Migrator migrator(db->connection(), db->dialect(), schema::migrations());
    REQUIRE(migrator.migrate().ok());
    auto state = migrator.inspect();
    REQUIRE(state.ok());
    CHECK(state->kind == SchemaState::Kind::Vangnet);
    CHECK(state->version == schema::latestVersion());
}
