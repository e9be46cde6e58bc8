#include "support/TestDatabase.h"

#include "storage/BulkRead.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using vangnet::test::TestDatabase;

TEST_CASE("bulkRead hands over every row with its integers, texts, dates and NULLs", "[storage]")
{
    TestDatabase scratch;
    auto db = scratch.open();
    const QSqlDatabase c = db->connection();
    REQUIRE(runSql(c, QStringLiteral("CREATE TABLE bulk_read_probe (n BIGINT, t TEXT, d TEXT)")).ok());
    REQUIRE(runSql(c, QStringLiteral("INSERT INTO bulk_read_probe VALUES (1, 'één', '2026-11-30'), (2, NULL, NULL), "
                                     "(3, 'x', 'geen datum')")).ok());

    QList<qint64> numbers;
    QStringList texts;
    QList<QDate> dates;
    QList<bool> nulls;
    auto read = bulkRead(c, QStringLiteral("SELECT n, t, d FROM bulk_read_probe WHERE n >= ? ORDER BY n"), {1},
                         [&](const BulkRow &row) {
                             numbers << row.integer(0);
                             texts << row.text(1);
                             nulls << row.isNull(1);
                             dates << row.date(2);
                             return true;
                         });
    REQUIRE(read.ok());
    CHECK(numbers == QList<qint64>{1, 2, 3});
    CHECK(texts.at(0) == QStringLiteral("één"));
    CHECK(nulls == QList<bool>{false, true, false});
    CHECK(dates.at(0) == QDate(2026, 11, 30));
    CHECK_FALSE(dates.at(1).isValid());
    CHECK_FALSE(dates.at(2).isValid());

    int seen = 0;
    REQUIRE(bulkRead(c, QStringLiteral("SELECT n FROM bulk_read_probe"), {}, [&](const BulkRow &) { return ++seen < 2; }).ok());
    CHECK(seen == 2);

    auto bad = bulkRead(c, QStringLiteral("SELECT nothing FROM bulk_read_probe"), {}, [](const BulkRow &) { return true; });
    CHECK_FALSE(bad.ok());
}
