#include "support/TestDatabase.h"

#include "storage/BackgroundInsert.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <optional>

using namespace vangnet;
using vangnet::test::TestDatabase;

namespace {

const QString probeSql = QStringLiteral("INSERT INTO background_probe (k, t) VALUES (?, ?) ON CONFLICT DO NOTHING RETURNING id");

/// A table with a unique key, in an open transaction, as an import has it.
struct Probe {
    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    QSqlDatabase c = db->connection();
    std::optional<Transaction> tx;

    /// False where BackgroundInsert does not run (PostgreSQL).
    bool ready()
    {
        if (!BackgroundInsert::supported(c))
            return false;
        REQUIRE(runSql(c, QStringLiteral("CREATE TABLE background_probe (id INTEGER PRIMARY KEY, k INTEGER NOT NULL UNIQUE, "
                                         "t TEXT)")).ok());
        tx.emplace(c);
        REQUIRE(tx->beginResult().ok());
        return true;
    }
};

} // namespace

TEST_CASE("BackgroundInsert writes rows in order on its thread and reports the skipped ones", "[storage]")
{
    Probe probe;
    if (!probe.ready()) {
        SUCCEED("SQLite only");
        return;
    }
    const QSqlDatabase &c = probe.c;
    BackgroundInsert insert(c, probeSql, "probe", 7);
    BackgroundInsert::Outcomes outcomes;
    for (int i = 0; i < 100; ++i) {
        const BulkValue row[] = {i % 50, QStringLiteral("rij %1 é").arg(i)}; // the second half repeats the keys
        auto written = insert.add(row);
        REQUIRE(written.ok());
        outcomes += *written;
        if (i == 60) { // the caller may use the connection in between, holding it
            const auto connection = insert.holdConnection();
            auto q = runSql(c, QStringLiteral("SELECT COUNT(*) FROM background_probe"));
            REQUIRE(q.ok());
            REQUIRE(q->next());
            CHECK(q->value(0).toInt() <= 50);
        }
    }
    auto rest = insert.flush();
    REQUIRE(rest.ok());
    outcomes += *rest;
    REQUIRE(outcomes.size() == 100);
    for (int i = 0; i < 100; ++i) {
        INFO(i);
        CHECK(outcomes[i].has_value() == (i < 50));
    }
    CHECK(*outcomes[0] < *outcomes[49]);
    auto q = runSql(c, QStringLiteral("SELECT t FROM background_probe WHERE k = 7"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    CHECK(q->value(0).toString() == QStringLiteral("rij 7 é"));
}

TEST_CASE("BackgroundInsert reports the first failing row's error and writes nothing after it", "[storage]")
{
    Probe probe;
    if (!probe.ready()) {
        SUCCEED("SQLite only");
        return;
    }
    const QSqlDatabase &c = probe.c;
    {
        BackgroundInsert insert(c, probeSql, "probe", 4);
        for (int i = 0; i < 20; ++i) {
            const BulkValue row[] = {i == 10 ? BulkValue() : BulkValue(i), QStringLiteral("x")}; // row 10: k NULL
            (void)insert.add(row);
        }
        auto flushed = insert.flush();
        REQUIRE_FALSE(flushed.ok());
        CHECK(flushed.error().message.contains(QStringLiteral("NOT NULL")));
    }
    auto q = runSql(c, QStringLiteral("SELECT MAX(k) FROM background_probe"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    CHECK(q->value(0).toInt() == 9);
}
