#pragma once

#include "support/TestDatabase.h"
#include "support/TestUsers.h"

#include "audit/AuditLog.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

namespace vangnet::test {

/// A database with the test users and an audit log, and the tamperer's tools: plain SQL on the
/// audit tables, as anyone with the database file or a database account could run it.
struct AuditFixture {
    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC)};
    TestUsers users{*db, clock};
    AuditLog log{*db, clock, AuditOrigin{QStringLiteral("werkplek-7"), QStringLiteral("sdewit")}};

    void exec(const QString &sql, const QVariantList &values = {})
    {
        auto q = runSql(db->connection(), sql, values, "test tampering");
        INFO((q ? std::string() : q.error().message.toStdString()));
        REQUIRE(q.ok());
    }
    qint64 scalar(const QString &sql)
    {
        auto q = runSql(db->connection(), sql);
        REQUIRE(q.ok());
        REQUIRE(q->next());
        return q->value(0).toLongLong();
    }
    AuditVerification verify()
    {
        auto v = log.verify(users.admin());
        REQUIRE(v.ok());
        return *v;
    }
    void recordSome(int n)
    {
        for (int i = 0; i < n; ++i)
            REQUIRE(log.record(users.admin(), AuditAction::Export, QStringLiteral("report"), i + 1).ok());
    }
};

/// Whether any problem verify() reported contains `word`.
inline bool mentions(const AuditVerification &v, const QString &word)
{
    for (const QString &p : v.problems)
        if (p.contains(word))
            return true;
    return false;
}

} // namespace vangnet::test
