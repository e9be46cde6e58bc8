#include "AuditFixture.h"

#include "audit/AuditChain.h"
#include "audit/AuditLog.h"
#include "households/HouseholdService.h"
#include "storage/HouseholdQuery.h"
#include "storage/SqlStatement.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

using namespace vangnet;
using vangnet::test::AuditFixture;
using vangnet::test::mentions;
using vangnet::test::TestUsers;

namespace {

Household household(const char *achternaam, int huisnummer)
{
    Household h;
    h.address = Address{0, QStringLiteral("Lindelaan"), huisnummer, QString(), QStringLiteral("7411 AB"),
                        QStringLiteral("Vangstad"), QString()};
    Person p;
    p.voorletters = QStringLiteral("A.");
    p.achternaam = QString::fromLatin1(achternaam);
    p.bsn = QStringLiteral("111222333");
    h.members << p;
    return h;
}

} // namespace

TEST_CASE_METHOD(AuditFixture, "Records chain up and verify as intact", "[audit]")
{
    recordSome(5);
    const AuditVerification v = verify();
    INFO(v.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(v.intact());
    CHECK(v.checked == scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")));
    CHECK(v.notes.isEmpty());
    auto events = log.find(users.admin(), AuditQuery{});
    REQUIRE(events.ok());
    REQUIRE(events->size() >= 5);
    CHECK(events->first().action == AuditAction::Export); // newest first
    CHECK(events->first().objectId == 5);
    CHECK(events->first().origin.host == QStringLiteral("werkplek-7"));
}

TEST_CASE_METHOD(AuditFixture, "An altered field is detected", "[audit]")
{
    recordSome(4);
    const qint64 id = scalar(QStringLiteral("SELECT MAX(id) FROM audit_log")) - 1;
    exec(QStringLiteral("UPDATE audit_log SET object_id = 99 WHERE id = ?"), {id});
    const AuditVerification v = verify();
    CHECK_FALSE(v.intact());
    CHECK(mentions(v, QStringLiteral("Record %1 was altered").arg(id)));
}

TEST_CASE_METHOD(AuditFixture, "A removed record in the middle is detected", "[audit]")
{
    recordSome(4);
    const qint64 id = scalar(QStringLiteral("SELECT MAX(id) FROM audit_log")) - 2;
    exec(QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {id});
    const AuditVerification v = verify();
    CHECK(v.problems.size() == 1);
    CHECK(mentions(v, QStringLiteral("A record between %1 and %2 was removed").arg(id - 1).arg(id + 1)));
}

TEST_CASE_METHOD(AuditFixture, "A forged record is detected", "[audit]")
{
    recordSome(3);
    const qint64 last = scalar(QStringLiteral("SELECT MAX(id) FROM audit_log"));
    // The forger copies the last record, chains it correctly with a right hash (anyone can
    // compute one) and makes up a seal (only the key can).
    exec(QStringLiteral("INSERT INTO audit_log (at, actor_id, actor_name, action, object_type, object_id, result, "
                        "origin_host, origin_user, reason, detail, prev_hash, hash, mac) SELECT at, actor_id, actor_name, "
                        "action, object_type, 77, result, origin_host, origin_user, reason, detail, hash, hash, mac "
                        "FROM audit_log WHERE id = ?"),
         {last});
    auto newest = log.find(users.admin(), AuditQuery{});
    REQUIRE(newest.ok());
    const AuditEvent forged = newest->first();
    REQUIRE(forged.objectId == 77);
    auto prev = runSql(db->connection(), QStringLiteral("SELECT prev_hash FROM audit_log WHERE id = ?"), {forged.id});
    REQUIRE(prev.ok());
    REQUIRE(prev->next());
    exec(QStringLiteral("UPDATE audit_log SET hash = ? WHERE id = ?"),
         {AuditChain::hash(prev->value(0).toString(), AuditChain::fields(forged)), forged.id});
    CHECK(mentions(verify(), QStringLiteral("Record %1 was inserted").arg(forged.id)));
    const AuditVerification v = verify();
    CHECK_FALSE(v.intact());
    CHECK(mentions(v, QStringLiteral("inserted")));
}

TEST_CASE_METHOD(AuditFixture, "A removed tail is detected even when the head is rewritten", "[audit]")
{
    recordSome(4);
    const qint64 last = scalar(QStringLiteral("SELECT MAX(id) FROM audit_log"));
    exec(QStringLiteral("DELETE FROM audit_log WHERE id >= ?"), {last - 1});
    SECTION("head left alone")
    {
        CHECK(mentions(verify(), QStringLiteral("Records at the end of the log were removed")));
    }
    SECTION("head rewritten without the key")
    {
        exec(QStringLiteral("UPDATE audit_head SET seq = seq - 2, last_id = ?, last_hash = (SELECT hash FROM audit_log "
                            "WHERE id = ?)"),
             {last - 2, last - 2});
        const AuditVerification v = verify();
        CHECK(v.problems.size() == 1);
        CHECK(mentions(v, QStringLiteral("head is invalid")));
    }
}

TEST_CASE_METHOD(AuditFixture, "Failed logins are written unsealed and sealed by the next record", "[audit]")
{
    CHECK_FALSE(users.auth().login(QStringLiteral("consulent-a"), QStringLiteral("fout-wachtwoord")).ok());
    CHECK_FALSE(users.auth().login(QStringLiteral("niemand"), QStringLiteral("fout-wachtwoord")).ok());
    AuditVerification v = verify();
    CHECK(v.intact());
    REQUIRE(v.notes.size() == 1);
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE mac IS NULL AND action = 'login_failed'")) == 2);

    recordSome(1);
    v = verify();
    CHECK(v.intact());
    CHECK(v.notes.isEmpty());
    auto failed = log.find(users.admin(), AuditQuery{{}, {}, 0, {}, 0, AuditAction::LoginFailed});
    REQUIRE(failed.ok());
    REQUIRE(failed->size() == 2);
    CHECK(failed->first().actorName == QStringLiteral("niemand"));
    CHECK(failed->first().actorId == 0);
    CHECK(failed->first().result == AuditResult::Failed);
}

TEST_CASE_METHOD(AuditFixture, "A caseworker can neither verify nor read the log", "[audit]")
{
    CHECK(log.verify(users.caseworkerA()).error().code == ErrorCode::PermissionDenied);
    CHECK(log.find(users.caseworkerA(), AuditQuery{}).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE_METHOD(AuditFixture, "Login, open, search and refusals are recorded without personal data", "[audit]")
{
    auto session = users.auth().login(QStringLiteral("consulent-a"), TestUsers::passwordOf(QStringLiteral("consulent-a")));
    REQUIRE(session.ok());
    HouseholdService service(*db, clock, *session);
    const Household h = *service.create(household("Bakkerszoon", 5));
    REQUIRE(service.get(h.id).ok());
    REQUIRE(HouseholdQuery(db->connection(), *session).ids(HouseholdFilter::forSearch(QStringLiteral("bakkersz"))).ok());
    REQUIRE(HouseholdQuery(db->connection(), *session).ids(HouseholdFilter::forSearch(QStringLiteral("111222333"))).ok());
    HouseholdService other(*db, clock, users.caseworkerB());
    CHECK(other.get(h.id).error().code == ErrorCode::PermissionDenied);

    auto events = log.find(users.admin(), AuditQuery{{}, {}, 0, QStringLiteral("household"), h.id, {}});
    REQUIRE(events.ok());
    QStringList actions;
    for (const AuditEvent &e : *events)
        actions << auditActionKey(e.action);
    CHECK(actions == QStringList{QStringLiteral("permission_denied"), QStringLiteral("open_household"),
                                 QStringLiteral("create_household")});
    CHECK(events->first().actorId == users.caseworkerB().user().id);
    CHECK(events->first().result == AuditResult::Denied);

    auto searches = log.find(users.admin(), AuditQuery{{}, {}, 0, {}, 0, AuditAction::Search});
    REQUIRE(searches.ok());
    REQUIRE(searches->size() == 2);
    CHECK(searches->at(0).detail == QStringLiteral("search:bsn"));
    CHECK(searches->at(1).detail == QStringLiteral("search:name"));
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'login' AND actor_id = %1")
                     .arg(session->user().id)) == 2); // TestUsers logged in once already

    // Nothing a resident could be recognised by: not the name, not the BSN, not the search text.
    for (const char *needle : {"%akkersz%", "%111222333%", "%Lindelaan%"})
        CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor_name LIKE '%1' OR object_type LIKE '%1' "
                                    "OR reason LIKE '%1' OR detail LIKE '%1'")
                         .arg(QString::fromLatin1(needle))) == 0);
    CHECK(verify().intact());
}

TEST_CASE_METHOD(AuditFixture, "Two connections appending at once keep one chain", "[audit]")
{
    constexpr int perThread = 15;
    std::atomic<int> failures{0};
    auto writer = [&](int n) {
        Database::Options options;
        options.migrate = false;
        auto conn = Database::open(scratch.location(), options);
        if (!conn) {
            ++failures;
            return;
        }
        AuditLog threadLog(**conn, clock);
        for (int i = 0; i < perThread; ++i)
            if (!threadLog.record(users.admin(), AuditAction::Print, QStringLiteral("report"), n * 100 + i))
                ++failures;
    };
    const qint64 before = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    std::thread a(writer, 1);
    std::thread b(writer, 2);
    a.join();
    b.join();
    CHECK(failures.load() == 0);
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")) == before + 2 * perThread);
    const AuditVerification v = verify();
    INFO(v.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(v.intact());
}
