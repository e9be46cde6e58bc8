#include "storage/MigrationSteps.h"
#include "support/TestDatabase.h"

#include "audit/AuditChain.h"
#include "audit/AuditLog.h"
#include "security/Session.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

#include <memory>

using namespace vangnet;
using vangnet::test::TestDatabase;

namespace {

const QDateTime at(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC);

/// Audit records as the Vangnet before step 22 appended them (no seq): sealed with `key`
/// unless `sealed` is false, the head moved and sealed with them.
void appendLegacy(const QSqlDatabase &db, const SecretKey &key, int count, bool sealed = true)
{
    const AuditChain chain(key);
    for (int i = 0; i < count; ++i) {
        auto head = runSql(db, QStringLiteral("SELECT seq, last_hash FROM audit_head"));
        REQUIRE(head.ok());
        REQUIRE(head->next());
        const qint64 seq = head->value(0).toLongLong() + 1;
        const QString prevHash = head->value(1).toString();
        AuditEvent e;
        e.at = at.addSecs(60LL * seq);
        e.actorId = 1;
        e.actorName = QStringLiteral("beheer");
        e.action = AuditAction::Export;
        e.objectType = QStringLiteral("report");
        e.objectId = seq;
        e.origin = {QStringLiteral("werkplek-1"), QStringLiteral("beheer")};
        auto inserted = runSql(db, QStringLiteral(
            "INSERT INTO audit_log (at, actor_id, actor_name, action, object_type, object_id, result, origin_host, "
            "origin_user, reason, detail, prev_hash, hash, mac) VALUES (?, 1, ?, 'export', 'report', ?, 'success', ?, ?, "
            "'', '', ?, '', NULL) RETURNING id"),
            {timestampToSql(e.at), e.actorName, e.objectId, e.origin.host, e.origin.osUser, prevHash});
        REQUIRE(inserted.ok());
        REQUIRE(inserted->next());
        e.id = inserted->value(0).toLongLong();
        const QString hash = AuditChain::hash(prevHash, AuditChain::fields(e));
        REQUIRE(runSql(db, QStringLiteral("UPDATE audit_log SET hash = ?, mac = ? WHERE id = ?"),
                       {hash, sealed ? QVariant(chain.mac(hash)) : sqlNull(), e.id})
                    .ok());
        REQUIRE(runSql(db, sealed ? QStringLiteral("UPDATE audit_head SET seq = ?, last_id = ?, last_hash = ?, head_mac = ?")
                                  : QStringLiteral("UPDATE audit_head SET seq = ?, last_id = ?, last_hash = ?"),
                       sealed ? QVariantList{seq, e.id, hash, chain.headMac(seq, e.id, hash)}
                              : QVariantList{seq, e.id, hash})
                    .ok());
    }
}

struct MigratedLog {
    TestDatabase scratch;
    std::shared_ptr<SecretKey> key = std::make_shared<SecretKey>(SecretKey::random());
    std::unique_ptr<Database> db;
    FixedClock clock{at.addDays(30)};
    std::optional<Session> admin;

    /// A database at step 21 with `sealed` legacy records and then `unsealed` failed logins, opened
    /// (and so migrated) by this Vangnet.
    explicit MigratedLog(int sealed, int unsealed = 0)
    {
        {
            auto old = scratch.open(Database::Options{.create = true, .migrate = true,
                                                      .migrations = test::stepsBefore(22)});
            appendLegacy(old->connection(), *key, sealed);
            appendLegacy(old->connection(), *key, unsealed, false);
        }
        db = scratch.open();
        User user;
        user.id = 1;
        user.username = QStringLiteral("beheer");
        user.role = Role::FunctioneelBeheerder;
        admin.emplace(user, key);
    }
    AuditVerification verify()
    {
        auto v = AuditLog(*db, clock).verify(*admin);
        REQUIRE(v.ok());
        return *v;
    }
    qint64 scalar(const QString &sql)
    {
        auto q = runSql(db->connection(), sql);
        REQUIRE(q.ok());
        REQUIRE(q->next());
        return q->value(0).toLongLong();
    }
};

} // namespace

TEST_CASE("An existing log gets its genesis from the first logged-in action after the migration", "[audit][migration]")
{
    MigratedLog m(3, 1);
    AuditVerification v = m.verify();
    INFO(v.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(v.intact());
    CHECK(v.databaseId.isEmpty());
    REQUIRE(v.notes.size() == 2);
    CHECK(v.notes.first().contains(QStringLiteral("no genesis record yet")));

    REQUIRE(AuditLog(*m.db, m.clock).record(*m.admin, AuditAction::Login, QStringLiteral("user"), 1).ok());
    v = m.verify();
    INFO(v.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(v.intact());
    CHECK(v.notes.isEmpty());
    CHECK(v.databaseId.size() == 32);
    // The numbers go on from the old count: the genesis is the fifth record, the login the sixth.
    CHECK(m.scalar(QStringLiteral("SELECT seq FROM audit_log WHERE action = 'genesis'")) == 5);
    CHECK(v.headSeq == 6);
    CHECK(m.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE seq IS NULL")) == 4);
}

TEST_CASE("An existing log wiped before its genesis stays reported as wiped", "[audit][migration]")
{
    MigratedLog m(3);
    REQUIRE(runSql(m.db->connection(), QStringLiteral("DELETE FROM audit_log")).ok());
    REQUIRE(runSql(m.db->connection(),
                   QStringLiteral("UPDATE audit_head SET seq = 0, last_id = 0, last_hash = '', head_mac = NULL"))
                .ok());
    CHECK(m.verify().problems.join(QLatin1Char(' ')).contains(QStringLiteral("was wiped")));
    // The next logged-in action must not start a fresh chain over the wipe.
    REQUIRE(AuditLog(*m.db, m.clock).record(*m.admin, AuditAction::Login, QStringLiteral("user"), 1).ok());
    CHECK(m.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'genesis'")) == 0);
    const AuditVerification v = m.verify();
    CHECK_FALSE(v.intact());
    CHECK(v.problems.join(QLatin1Char(' ')).contains(QStringLiteral("The start of the audit log was removed")));
}
