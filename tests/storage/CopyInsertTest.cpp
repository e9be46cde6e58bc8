#include "support/TestDatabase.h"

#include "storage/CopyInsert.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <optional>

using namespace vangnet;
using vangnet::test::TestDatabase;

namespace {

/// A table with a unique text key, in an open transaction, as an import has it.
struct CopyProbe {
    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    QSqlDatabase c = db->connection();
    std::optional<Transaction> tx;

    /// False where CopyInsert does not run (SQLite): the test has nothing more to do there.
    bool ready()
    {
        if (c.driverName() != QLatin1String("QPSQL")) {
            CHECK_FALSE(CopyInsert::supported(c));
            SUCCEED("PostgreSQL only");
            return false;
        }
        REQUIRE(CopyInsert::supported(c));
        REQUIRE(runSql(c, QStringLiteral("CREATE TABLE copy_probe (id BIGSERIAL PRIMARY KEY, k TEXT NOT NULL UNIQUE, "
                                         "n BIGINT NULL, t TEXT NULL)")).ok());
        tx.emplace(c);
        REQUIRE(tx->beginResult().ok());
        return true;
    }
};

const QStringList probeColumns{QStringLiteral("k"), QStringLiteral("n"), QStringLiteral("t")};

} // namespace

TEST_CASE("CopyInsert writes chunks through COPY, in order, and reports the skipped rows", "[storage]")
{
    CopyProbe probe;
    if (!probe.ready())
        return;
    CopyInsert insert(probe.c, QStringLiteral("copy_probe"), probeColumns, QStringLiteral("k"), "probe", 7);
    CopyInsert::Outcomes outcomes;
    const QString awkward = QStringLiteral("tab\there, line\nbreak, back\\slash, \\N, café");
    for (int i = 0; i < 40; ++i) {
        const QString key = QStringLiteral("key-%1").arg(i % 25); // rows 25..39 repeat keys of earlier chunks
        const BulkValue row[] = {key, i % 3 == 0 ? BulkValue() : BulkValue(i), i == 4 ? BulkValue(awkward) : BulkValue()};
        auto written = insert.add(row, key);
        REQUIRE(written.ok());
        outcomes += *written;
    }
    auto rest = insert.flush();
    REQUIRE(rest.ok());
    outcomes += *rest;
    REQUIRE(outcomes.size() == 40);
    for (int i = 0; i < 40; ++i) {
        INFO(i);
        CHECK(outcomes[i].has_value() == (i < 25));
    }
    CHECK(*outcomes[0] < *outcomes[24]);
    auto q = runSql(probe.c, QStringLiteral("SELECT n, t FROM copy_probe WHERE k = 'key-4'"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    CHECK(q->value(0).toInt() == 4);
    CHECK(q->value(1).toString() == awkward);
    auto nulls = runSql(probe.c, QStringLiteral("SELECT COUNT(*) FROM copy_probe WHERE n IS NULL"));
    REQUIRE(nulls.ok());
    REQUIRE(nulls->next());
    CHECK(nulls->value(0).toInt() == 9); // keys 0, 3, …, 24
}

TEST_CASE("CopyInsert reports the error of a row the table refuses", "[storage]")
{
    CopyProbe probe;
    if (!probe.ready())
        return;
    REQUIRE(runSql(probe.c, QStringLiteral("ALTER TABLE copy_probe ADD CONSTRAINT small CHECK (n < 100)")).ok());
    CopyInsert insert(probe.c, QStringLiteral("copy_probe"), probeColumns, QStringLiteral("k"), "probe", 100);
    for (int i = 0; i < 10; ++i) {
        const QString key = QStringLiteral("k%1").arg(i);
        const BulkValue row[] = {key, i == 6 ? 500 : i, QStringLiteral("x")};
        REQUIRE(insert.add(row, key).ok());
    }
    auto flushed = insert.flush();
    REQUIRE_FALSE(flushed.ok());
    CHECK(flushed.error().message.contains(QStringLiteral("small")));
}

TEST_CASE("CopyInsert keeps the first of two equal keys in one chunk, as row by row", "[storage]")
{
    CopyProbe probe;
    if (!probe.ready())
        return;
    CopyInsert insert(probe.c, QStringLiteral("copy_probe"), probeColumns, QStringLiteral("k"), "probe", 100);
    const QStringList keys{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c"),
                           QStringLiteral("b")};
    for (int i = 0; i < keys.size(); ++i) {
        const BulkValue row[] = {keys[i], i, BulkValue()};
        REQUIRE(insert.add(row, keys[i]).ok());
    }
    auto outcomes = insert.flush();
    REQUIRE(outcomes.ok());
    REQUIRE(outcomes->size() == 5);
    CHECK(outcomes->at(0).has_value());
    CHECK(outcomes->at(1).has_value());
    CHECK_FALSE(outcomes->at(2).has_value());
    CHECK(outcomes->at(3).has_value());
    CHECK_FALSE(outcomes->at(4).has_value());
    auto q = runSql(probe.c, QStringLiteral("SELECT k, n FROM copy_probe ORDER BY k"));
    REQUIRE(q.ok());
    QStringList stored;
    while (q->next())
        stored << q->value(0).toString() + QLatin1Char('=') + q->value(1).toString();
    CHECK(stored == QStringList{QStringLiteral("a=0"), QStringLiteral("b=1"), QStringLiteral("c=3")});
}
