#include "MigrationSteps.h"
#include "support/TestDatabase.h"

#include "storage/Migrator.h"
#include "storage/Schema.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

#include <cstdlib>

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

namespace {

QVariant firstValue(const Database &db, const QString &sql)
{
    auto q = runSql(db.connection(), sql);
    REQUIRE(q.ok());
    return q->next() ? q->value(0) : QVariant();
}

} // namespace

TEST_CASE("Status history starts with its migration on a database that already holds signals", "[migration][history]")
{
    TestDatabase scratch;
    {
        auto db = scratch.open(Database::Options{.create = true, .migrate = true, .migrations = test::stepsBefore(17)});
        test::addHouseholdWithSignal(db->connection());
        for (const char *sql : {
                 "INSERT INTO discharge_notices (household_id, institution_type, expected_date, id_document, shelter, "
                 "income, debts, care, fact_key, created_at) VALUES (1, 'detentie', '2026-03-01', 'onbekend', "
                 "'onbekend', 'onbekend', 'onbekend', 'onbekend', 'd1', '2026-01-02T09:00:00.000Z')",
                 "INSERT INTO discharge_notice_history (discharge_id, change, expected_date, id_document, shelter, "
                 "income, debts, care, lifecycle, changed_at, changed_by) VALUES (1, 'lifecycle', '2026-03-01', "
                 "'onbekend', 'onbekend', 'onbekend', 'onbekend', 'onbekend', 'aangekondigd', "
                 "'2026-02-03T23:30:00.000Z', 'Consulent')"})
            REQUIRE(runSql(db->connection(), QString::fromLatin1(sql)).ok());
    }
    auto db = scratch.open();
    REQUIRE(db->schemaVersion() == schema::migrations().last().version);
    // Earlier changes were not kept: the history says since when it is complete (today).
    const QVariant since = firstValue(*db, QStringLiteral("SELECT value FROM schema_meta WHERE key = 'status_history_since'"));
    REQUIRE_FALSE(since.isNull());
    const QDateTime at = timestampFromSql(since);
    CHECK(at.isValid());
    CHECK(std::abs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    // What a notice's history kept before takes effect on the day it was written.
    CHECK(firstValue(*db, QStringLiteral("SELECT valid_from FROM discharge_notice_history")).toString()
          == QStringLiteral("2026-02-03"));
}

TEST_CASE("A database made with the status history keeps it from the start", "[migration][history]")
{
    TestDatabase scratch;
    auto db = scratch.open();
    CHECK(firstValue(*db, QStringLiteral("SELECT COUNT(*) FROM schema_meta WHERE key = 'status_history_since'")).toInt() == 0);
    // A status row names exactly one signal, notice or case.
    CHECK_FALSE(runSql(db->connection(), QStringLiteral("INSERT INTO status_history (old_status, new_status, valid_from, "
                                                       "changed_at, changed_by) VALUES ('nieuw', 'afgesloten', "
                                                       "'2026-01-01', '2026-01-01T09:00:00.000Z', 'x')"))
                    .ok());
}
