#include "support/TestDatabase.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoIntake.h"
#include "demo/DemoSignals.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using vangnet::test::TestDatabase;

namespace {

qint64 count(Database &db, const QString &sql)
{
    auto q = runSql(db.connection(), sql);
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

} // namespace

TEST_CASE("A demo municipality starts with imported signals and the flags the rules raise on them", "[demo]")
{
    TestDatabase scratch;
    auto db = scratch.open();
    const QDate asOf(2026, 11, 24);
    DemoOptions options{300, 7, asOf};
    options.kdf = KdfLimits::minimumForTests();
    demo::DemoSignals people(options.seed, asOf);
    options.written = [&people](const Household &h) { people.add(h); };
    REQUIRE(DemoGenerator(options).writeTo(*db).ok());

    const FixedClock clock(QDateTime(asOf, QTime(8, 0), Qt::UTC));
    auto intake = demo::importDemoSignals(*db, clock, people, 600);
    INFO((intake ? std::string() : intake.error().message.toStdString()));
    REQUIRE(intake.ok());
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM import_batches")) == 1);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM signals")) > 500);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM flags WHERE resolved_on IS NULL")) > 0);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM households WHERE priority_rank > 0")) > 0);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'logout'")) == 1);
}
