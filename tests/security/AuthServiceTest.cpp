#include "support/TestDatabase.h"
#include "support/TestUsers.h"

#include "storage/SqlStatement.h"
#include "users/AuthService.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using vangnet::test::TestDatabase;
using vangnet::test::TestUsers;

namespace {
using Fixture = vangnet::test::ScratchDatabase;
} // namespace

TEST_CASE_METHOD(Fixture, "A new database asks for its first administrator, once", "[auth]")
{
    AuthService auth(*db, clock, KdfLimits::minimumForTests());
    CHECK(*auth.needsFirstAdministrator());
    auto weak = auth.createFirstAdministrator(QStringLiteral("beheer"), QStringLiteral("Bea"), QStringLiteral("kort"));
    REQUIRE_FALSE(weak.ok());
    CHECK(weak.error().fields.first().field == QStringLiteral("password"));

    auto admin = auth.createFirstAdministrator(QStringLiteral(" Beheer "), QStringLiteral("Bea"), QStringLiteral("een lang wachtwoord"));
    REQUIRE(admin.ok());
    CHECK(admin->user().username == QStringLiteral("beheer"));
    CHECK(admin->user().role == Role::FunctioneelBeheerder);
    CHECK_FALSE(*auth.needsFirstAdministrator());
    CHECK(auth.createFirstAdministrator(QStringLiteral("tweede"), QStringLiteral("X"), QStringLiteral("een lang wachtwoord"))
              .error().code == ErrorCode::Conflict);
}

TEST_CASE_METHOD(Fixture, "Login opens the same data key for every user, and wrong passwords do not", "[auth]")
{
    TestUsers users(*db, clock);
    auto again = users.auth().login(QStringLiteral("consulent-a"), TestUsers::passwordOf(QStringLiteral("consulent-a")));
    REQUIRE(again.ok());
    CHECK(again->user().teamId == users.teamA().id);
    CHECK(std::equal(again->dataKey().data(), again->dataKey().data() + SecretKey::size, users.admin().dataKey().data()));

    auto wrong = users.auth().login(QStringLiteral("consulent-a"), QStringLiteral("niet het wachtwoord"));
    auto unknown = users.auth().login(QStringLiteral("niemand"), QStringLiteral("niet het wachtwoord"));
    REQUIRE_FALSE(wrong.ok());
    REQUIRE_FALSE(unknown.ok());
    CHECK(wrong.error().code == ErrorCode::AuthenticationFailed);
    CHECK(wrong.error().message == unknown.error().message); // no hint which user names exist
}

TEST_CASE_METHOD(Fixture, "Repeated failures lock the account for the policy's time", "[auth]")
{
    TestUsers users(*db, clock);
    const QString name = QStringLiteral("consulent-b");
    for (int i = 0; i < LoginPolicy{}.maxFailedAttempts; ++i)
        REQUIRE_FALSE(users.auth().login(name, QStringLiteral("fout")).ok());
    auto locked = users.auth().login(name, TestUsers::passwordOf(name));
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().message.contains(QStringLiteral("locked")));

    clock.set(clock.now().addSecs(60LL * LoginPolicy{}.lockoutMinutes + 1));
    CHECK(users.auth().login(name, TestUsers::passwordOf(name)).ok());
}

TEST_CASE_METHOD(Fixture, "A disabled account cannot log in", "[auth]")
{
    TestUsers users(*db, clock);
    User u = users.caseworkerB().user();
    u.active = false;
    REQUIRE(users.auth().updateUser(users.admin(), u).ok());
    auto refused = users.auth().login(u.username, TestUsers::passwordOf(u.username));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("disabled")));
}

TEST_CASE_METHOD(Fixture, "Changing one's password re-wraps the data key", "[auth]")
{
    TestUsers users(*db, clock);
    const Session &me = users.caseworkerA();
    const QString name = me.user().username;
    CHECK(users.auth().changeOwnPassword(me, QStringLiteral("fout"), QStringLiteral("nieuw en lang genoeg")).error().code ==
          ErrorCode::Invalid);
    REQUIRE(users.auth().changeOwnPassword(me, TestUsers::passwordOf(name), QStringLiteral("nieuw en lang genoeg")).ok());
    CHECK_FALSE(users.auth().login(name, TestUsers::passwordOf(name)).ok());
    CHECK(users.auth().login(name, QStringLiteral("nieuw en lang genoeg")).ok());
}

TEST_CASE_METHOD(Fixture, "Only the administrator manages users and teams", "[auth][permissions]")
{
    TestUsers users(*db, clock);
    const Session &caseworker = users.caseworkerA();
    CHECK(users.auth().users(caseworker).error().code == ErrorCode::PermissionDenied);
    CHECK(users.auth().createTeam(caseworker, QStringLiteral("Team C")).error().code == ErrorCode::PermissionDenied);
    User u;
    u.username = QStringLiteral("nieuw");
    u.displayName = QStringLiteral("Nieuw");
    u.teamId = users.teamA().id;
    CHECK(users.auth().createUser(caseworker, u, QStringLiteral("een lang wachtwoord")).error().code == ErrorCode::PermissionDenied);
    CHECK(users.auth().resetPassword(caseworker, caseworker.user().id, QStringLiteral("een lang wachtwoord")).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(users.auth().users(users.admin())->size() == 3);
}

TEST_CASE_METHOD(Fixture, "A tampered key slot opens for nobody", "[auth]")
{
    TestUsers users(*db, clock);
    REQUIRE(runSql(db->connection(), QStringLiteral("UPDATE key_slots SET wrapped_key = ? WHERE user_id = ?"),
                   {QString::fromLatin1(QByteArray(48, 'x').toBase64()), users.caseworkerA().user().id})
                .ok());
    auto refused = users.auth().login(QStringLiteral("consulent-a"), TestUsers::passwordOf(QStringLiteral("consulent-a")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::AuthenticationFailed);
}
