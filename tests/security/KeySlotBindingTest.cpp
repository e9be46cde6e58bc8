#include "support/TestDatabase.h"
#include "support/TestUsers.h"

#include "storage/Schema.h"
#include "storage/SqlStatement.h"
#include "users/AuthService.h"
#include "users/UserRepository.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using vangnet::test::TestDatabase;
using vangnet::test::TestUsers;

namespace {
using Fixture = vangnet::test::ScratchDatabase;

bool sameKey(const SecretKey &a, const SecretKey &b)
{
    return std::equal(a.data(), a.data() + SecretKey::size, b.data());
}
} // namespace

TEST_CASE("A key slot opens only on the row of the user it was sealed for", "[auth][keyslot]")
{
    const SecretKey dataKey = SecretKey::random();
    auto slot = KeySlot::seal(dataKey, QStringLiteral("wachtwoord van a"), KdfLimits::minimumForTests(), 7);
    REQUIRE(slot.ok());
    CHECK(slot->form == KeySlot::Form::UserBound);
    auto opened = slot->open(QStringLiteral("wachtwoord van a"), 7);
    REQUIRE(opened.ok());
    CHECK(sameKey(*opened, dataKey));
    CHECK(slot->open(QStringLiteral("fout"), 7).error().code == ErrorCode::AuthenticationFailed);

    KeySlot moved = *slot;
    moved.userId = 8; // the row says user 8: the associated data no longer matches
    CHECK(moved.open(QStringLiteral("wachtwoord van a"), 8).error().code == ErrorCode::AuthenticationFailed);
    auto copied = slot->open(QStringLiteral("wachtwoord van a"), 8);
    REQUIRE_FALSE(copied.ok());
    CHECK(copied.error().code == ErrorCode::Invalid);
    CHECK(copied.error().message.contains(QStringLiteral("damaged")));
}

TEST_CASE_METHOD(Fixture, "A slot copied onto another user's row does not log that user in", "[auth][keyslot]")
{
    TestUsers users(*db, clock);
    const qint64 a = users.caseworkerA().user().id;
    const qint64 b = users.caseworkerB().user().id;
    UserRepository repository(db->connection());
    auto slotOfA = repository.keySlot(a);
    REQUIRE(slotOfA.ok());
    CHECK(slotOfA->userId == a);
    REQUIRE(repository.saveKeySlot(b, *slotOfA).ok()); // every column of A's slot, on B's row

    const QString passwordOfA = TestUsers::passwordOf(QStringLiteral("consulent-a"));
    auto refused = users.auth().login(QStringLiteral("consulent-b"), passwordOfA);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::AuthenticationFailed);
    CHECK(refused.error().message.contains(QStringLiteral("damaged")));
    // Bound to a in the column as well: the associated data still says a.
    REQUIRE(runSql(db->connection(), QStringLiteral("UPDATE key_slots SET bound_user_id = ? WHERE user_id = ?"), {b, b},
                   "test").ok());
    auto relabelled = users.auth().login(QStringLiteral("consulent-b"), passwordOfA);
    REQUIRE_FALSE(relabelled.ok());
    CHECK(relabelled.error().code == ErrorCode::AuthenticationFailed);
    CHECK(users.auth().login(QStringLiteral("consulent-a"), passwordOfA).ok());
}

TEST_CASE_METHOD(Fixture, "An old unbound slot still opens and is bound to its user at the next login", "[auth][keyslot]")
{
    TestUsers users(*db, clock);
    const Session &me = users.caseworkerA();
    const QString password = TestUsers::passwordOf(me.user().username);
    auto old = KeySlot::sealUnbound(users.admin().dataKey(), password, KdfLimits::minimumForTests());
    REQUIRE(old.ok());
    UserRepository repository(db->connection());
    REQUIRE(repository.saveKeySlot(me.user().id, *old).ok());
    REQUIRE(repository.keySlot(me.user().id)->form == KeySlot::Form::Unbound);

    auto session = users.auth().login(me.user().username, password);
    REQUIRE(session.ok());
    CHECK(sameKey(session->dataKey(), users.admin().dataKey()));
    auto resealed = repository.keySlot(me.user().id);
    REQUIRE(resealed.ok());
    CHECK(resealed->form == KeySlot::Form::UserBound);
    CHECK(resealed->userId == me.user().id);
    CHECK(users.auth().login(me.user().username, password).ok());
}

TEST_CASE("Migration 24 keeps old slots working and removes the slots of disabled accounts", "[auth][keyslot][migration]")
{
    TestDatabase scratch;
    FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC)};
    const SecretKey dataKey = SecretKey::random();
    const QString password = QStringLiteral("oud-maar-goed-wachtwoord");
    {
        QList<Migration> before;
        for (const Migration &m : schema::migrations())
            if (m.version < 24)
                before << m;
        auto db = scratch.open(Database::Options{.create = true, .migrate = true, .migrations = before});
        for (const char *name : {"actief", "uitgeschakeld"}) {
            const bool active = QByteArray(name) == "actief";
            auto q = runSql(db->connection(), QStringLiteral(
                "INSERT INTO users (username, display_name, role, active, created_at, updated_at) "
                "VALUES (?, 'X', 'beheerder', ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z') RETURNING id"),
                {QString::fromLatin1(name), active ? 1 : 0}, "test");
            REQUIRE(q.ok());
            REQUIRE(q->next());
            auto slot = KeySlot::sealUnbound(dataKey, password, KdfLimits::minimumForTests());
            REQUIRE(slot.ok());
            REQUIRE(runSql(db->connection(), QStringLiteral(
                "INSERT INTO key_slots (user_id, salt, ops_limit, mem_limit, nonce, wrapped_key) VALUES (?, ?, ?, ?, ?, ?)"),
                {q->value(0), QString::fromLatin1(slot->salt.toBase64()), QString::number(slot->opsLimit),
                 QString::number(slot->memLimit), QString::fromLatin1(slot->nonce.toBase64()),
                 QString::fromLatin1(slot->wrapped.toBase64())}, "test").ok());
        }
    }
    auto db = scratch.open();
    UserRepository users(db->connection());
    const User active = **users.findByUsername(QStringLiteral("actief"));
    const User disabled = **users.findByUsername(QStringLiteral("uitgeschakeld"));
    CHECK(users.keySlot(active.id)->form == KeySlot::Form::Unbound);
    CHECK_FALSE(*users.hasKeySlot(disabled.id));

    AuthService auth(*db, clock, KdfLimits::minimumForTests());
    auto session = auth.login(QStringLiteral("actief"), password);
    REQUIRE(session.ok());
    CHECK(sameKey(session->dataKey(), dataKey));
    CHECK(users.keySlot(active.id)->form == KeySlot::Form::UserBound);
    CHECK_FALSE(auth.login(QStringLiteral("uitgeschakeld"), password).ok());
}
