#include "support/TestDatabase.h"
#include "support/TestUsers.h"

#include "storage/SqlStatement.h"
#include "users/IdleLockPolicy.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using vangnet::test::TestDatabase;
using vangnet::test::TestUsers;

TEST_CASE("The idle lock time is the administrator's, between 1 and 15 minutes, and audited", "[auth][idlelock]")
{
    TestDatabase scratch;
    auto db = scratch.open();
    FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC)};
    TestUsers users(*db, clock);
    const IdleLockPolicy policy(*db, clock);
    CHECK(*policy.minutes() == IdleLockPolicy::defaultMinutes);

    REQUIRE(policy.setMinutes(users.admin(), 5).ok());
    CHECK(*policy.minutes() == 5);
    auto tooLong = policy.setMinutes(users.admin(), 30);
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().fields.first().field == QStringLiteral("minutes"));
    CHECK(policy.setMinutes(users.admin(), 0).error().code == ErrorCode::Invalid);
    CHECK(*policy.minutes() == 5);

    auto refused = policy.setMinutes(users.caseworkerA(), 10);
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(*policy.minutes() == 5);

    auto q = runSql(db->connection(), QStringLiteral("SELECT detail, result FROM audit_log WHERE object_type = 'setting' ORDER BY id"),
                    {}, "test");
    REQUIRE(q.ok());
    QStringList seen;
    while (q->next())
        seen << q->value(QStringLiteral("detail")).toString() + QLatin1Char('/') + q->value(QStringLiteral("result")).toString();
    CHECK(seen == QStringList{QStringLiteral("idle_lock_minutes:5/success"), QStringLiteral("attempt:idle_lock_minutes/denied")});

    // A value written past the service (an old or edited database) is clamped when read.
    REQUIRE(runSql(db->connection(), QStringLiteral("UPDATE organisation_settings SET value = '90' WHERE key = 'idle_lock_minutes'"),
                   {}, "test").ok());
    CHECK(*policy.minutes() == IdleLockPolicy::maximumMinutes);
}
