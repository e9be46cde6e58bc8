#include "support/TestDatabase.h"
#include "support/TestUsers.h"

#include "storage/SqlStatement.h"
#include "users/AuthService.h"
#include "users/PasswordBlocklist.h"
#include "users/UserRepository.h"

#include <catch2/catch.hpp>

#include <thread>
#include <vector>

using namespace vangnet;
using vangnet::test::TestDatabase;
using vangnet::test::TestUsers;

namespace {
using Fixture = vangnet::test::ScratchDatabase;

qint64 countAudit(const Database &db, const QString &detail)
{
    auto q = runSql(db.connection(), QStringLiteral("SELECT COUNT(*) AS n FROM audit_log WHERE detail = ?"), {detail},
                    "test");
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(QStringLiteral("n")).toLongLong();
}
} // namespace

TEST_CASE_METHOD(Fixture, "Twenty wrong passwords raced from separate connections are all counted", "[auth][lockout]")
{
    TestUsers users(*db, clock);
    const QString name = QStringLiteral("consulent-a");
    const qint64 id = users.caseworkerA().user().id;
    LoginPolicy roomy;
    roomy.maxFailedAttempts = 100; // so the count itself shows, not a lock
    std::vector<std::thread> threads;
    std::atomic<int> refused{0};
    std::atomic<int> otherErrors{0};
    for (int i = 0; i < 20; ++i) {
        threads.emplace_back([&] {
            Database::Options options;
            options.migrate = false;
            auto connection = Database::open(scratch.location(), options);
            if (!connection) {
                ++otherErrors;
                return;
            }
            AuthService auth(**connection, clock, KdfLimits::minimumForTests(), roomy);
            auto result = auth.login(name, QStringLiteral("geraden-wachtwoord"));
            if (!result && result.error().code == ErrorCode::AuthenticationFailed)
                ++refused;
            else
                ++otherErrors;
        });
    }
    for (std::thread &t : threads)
        t.join();
    CHECK(otherErrors == 0);
    CHECK(refused == 20);
    CHECK(UserRepository(db->connection()).get(id)->failedAttempts == 20);
    CHECK(countAudit(*db, QStringLiteral("login:wrong_password")) == 20);
}

TEST_CASE_METHOD(Fixture, "Twenty raced wrong passwords lock the account as the policy says", "[auth][lockout]")
{
    TestUsers users(*db, clock);
    const QString name = QStringLiteral("consulent-b");
    std::vector<std::thread> threads;
    for (int i = 0; i < 20; ++i) {
        threads.emplace_back([&] {
            Database::Options options;
            options.migrate = false;
            auto connection = Database::open(scratch.location(), options);
            if (connection)
                (void)AuthService(**connection, clock, KdfLimits::minimumForTests()).login(name, QStringLiteral("fout"));
        });
    }
    for (std::thread &t : threads)
        t.join();
    // 20 attempts with a limit of 5: locked four times, the count back at 0 after the last.
    const User after = *UserRepository(db->connection()).get(users.caseworkerB().user().id);
    CHECK(after.failedAttempts == 0);
    CHECK(after.lockedUntil > clock.now());
    CHECK(countAudit(*db, QStringLiteral("login:wrong_password,locked_out")) == 4);
    auto locked = users.auth().login(name, TestUsers::passwordOf(name));
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().message.contains(QStringLiteral("locked")));
}

TEST_CASE_METHOD(Fixture, "A login whose attempt cannot be counted is refused, even with the right password", "[auth][lockout]")
{
    TestUsers users(*db, clock);
    const QString name = QStringLiteral("consulent-a");
    if (test::engineUnderTest() == Engine::Sqlite) {
        REQUIRE(runSql(db->connection(), QStringLiteral("CREATE TRIGGER no_counting BEFORE UPDATE OF failed_attempts ON users "
                                                        "BEGIN SELECT RAISE(ABORT, 'counter unavailable'); END"),
                       {}, "test").ok());
    } else {
        REQUIRE(runSql(db->connection(), QStringLiteral("CREATE FUNCTION no_counting() RETURNS trigger LANGUAGE plpgsql AS "
                                                        "$$ BEGIN RAISE EXCEPTION 'counter unavailable'; END $$"),
                       {}, "test").ok());
        REQUIRE(runSql(db->connection(), QStringLiteral("CREATE TRIGGER no_counting BEFORE UPDATE OF failed_attempts ON users "
                                                        "FOR EACH ROW EXECUTE FUNCTION no_counting()"),
                       {}, "test").ok());
    }
    auto refused = users.auth().login(name, TestUsers::passwordOf(name));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code != ErrorCode::AuthenticationFailed); // the storage error, not a guess's answer
    CHECK_FALSE(users.auth().login(name, QStringLiteral("fout")).ok());
}

TEST_CASE_METHOD(Fixture, "Only the right password learns that an account is locked or disabled", "[auth]")
{
    TestUsers users(*db, clock);
    const QString generic = users.auth().login(QStringLiteral("niemand"), QStringLiteral("fout")).error().message;

    const QString lockedName = QStringLiteral("consulent-b");
    for (int i = 0; i < LoginPolicy{}.maxFailedAttempts; ++i)
        REQUIRE_FALSE(users.auth().login(lockedName, QStringLiteral("fout")).ok());
    CHECK(users.auth().login(lockedName, QStringLiteral("nog eens fout")).error().message == generic);
    CHECK(users.auth().login(lockedName, TestUsers::passwordOf(lockedName)).error().message.contains(QStringLiteral("locked")));

    User disabled = users.caseworkerA().user();
    disabled.active = false;
    REQUIRE(users.auth().updateUser(users.admin(), disabled).ok());
    auto wrong = users.auth().login(disabled.username, QStringLiteral("fout"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message == generic);
    auto right = users.auth().login(disabled.username, TestUsers::passwordOf(disabled.username));
    REQUIRE_FALSE(right.ok());
    CHECK(right.error().message.contains(QStringLiteral("disabled")));
}

TEST_CASE_METHOD(Fixture, "Disabling revokes the key slot and only a password reset enables again", "[auth][revocation]")
{
    TestUsers users(*db, clock);
    User u = users.caseworkerA().user();
    u.active = false;
    auto disabled = users.auth().updateUser(users.admin(), u);
    REQUIRE(disabled.ok());

    // A copy of the file: the slot is gone there too, so the old password opens nothing.
    if (test::engineUnderTest() == Engine::Sqlite) {
        const QString copyPath = scratch.path(QStringLiteral("copy.sqlite"));
        REQUIRE(runSql(db->connection(), QStringLiteral("VACUUM INTO ?"), {copyPath}, "test").ok());
        Database::Options options;
        options.create = false;
        auto copy = Database::open(DatabaseLocation::sqliteFile(copyPath), options);
        REQUIRE(copy.ok());
        UserRepository copied((*copy)->connection());
        CHECK(copied.keySlot(u.id).error().code == ErrorCode::NotFound);
        CHECK_FALSE(*copied.hasKeySlot(u.id));
    }
    CHECK_FALSE(*UserRepository(db->connection()).hasKeySlot(u.id));

    User again = *disabled;
    again.active = true;
    auto refused = users.auth().updateUser(users.admin(), again);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().fields.first().field == QStringLiteral("active"));
    REQUIRE(users.auth().resetPassword(users.admin(), u.id, QStringLiteral("nieuw-voor-terugkeer-9")).ok());
    REQUIRE(users.auth().updateUser(users.admin(), again).ok());
    CHECK(users.auth().login(u.username, QStringLiteral("nieuw-voor-terugkeer-9")).ok());
    CHECK_FALSE(users.auth().login(u.username, TestUsers::passwordOf(u.username)).ok());
}

TEST_CASE("Common passwords and their obvious variants are on the blocklist", "[auth][passwords]")
{
    const PasswordBlocklist &list = PasswordBlocklist::shipped();
    CHECK(list.size() > 200);
    for (const char *weak : {"welkom01", "Wachtwoord123", "vangnet2026!", "Zomer2025", "herfst-2026", "P@ssw0rd1234",
                             "qwertyuiop", "welkomwelkom", "1234567890", "W3lk0m2026"})
        CHECK(list.isCommon(QString::fromLatin1(weak)));
    for (const char *fine : {"geheim-10-wachtwoord", "paard batterij nietje", "vlinder-appel-2025!"})
        CHECK_FALSE(list.isCommon(QString::fromLatin1(fine)));
}

TEST_CASE_METHOD(Fixture, "A common password is refused as a new or changed password", "[auth][passwords]")
{
    TestUsers users(*db, clock);
    const auto errors = users.auth().validatePassword(QStringLiteral("consulent-a"), QStringLiteral("Welkom2026!!"));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().field == QStringLiteral("password"));
    CHECK(errors.first().message.contains(QStringLiteral("common")));
    const Session &me = users.caseworkerA();
    auto changed = users.auth().changeOwnPassword(me, TestUsers::passwordOf(me.user().username), QStringLiteral("wachtwoord2026"));
    REQUIRE_FALSE(changed.ok());
    CHECK(changed.error().code == ErrorCode::Invalid);
    CHECK(users.auth().resetPassword(users.admin(), me.user().id, QStringLiteral("Zomer2026!!!")).error().code ==
          ErrorCode::Invalid);
}

TEST_CASE_METHOD(Fixture, "An open session learns that its account was disabled or its role or team changed", "[auth][session]")
{
    TestUsers users(*db, clock);
    const Session &open = users.caseworkerA();
    CHECK(*users.auth().sessionState(open) == SessionState::Current);

    User renamed = *UserRepository(db->connection()).get(open.user().id);
    renamed.displayName = QStringLiteral("Andere Naam");
    auto afterRename = users.auth().updateUser(users.admin(), renamed);
    REQUIRE(afterRename.ok());
    CHECK(*users.auth().sessionState(open) == SessionState::Current); // a new name changes no rights

    User moved = *afterRename;
    moved.teamId = users.teamB().id;
    auto afterMove = users.auth().updateUser(users.admin(), moved);
    REQUIRE(afterMove.ok());
    CHECK(*users.auth().sessionState(open) == SessionState::Changed);

    User promoted = *afterMove;
    promoted.teamId = open.user().teamId;
    promoted.role = Role::Teamleider;
    auto afterPromotion = users.auth().updateUser(users.admin(), promoted);
    REQUIRE(afterPromotion.ok());
    CHECK(*users.auth().sessionState(open) == SessionState::Changed);

    User disabled = *afterPromotion;
    disabled.active = false;
    REQUIRE(users.auth().updateUser(users.admin(), disabled).ok());
    CHECK(*users.auth().sessionState(open) == SessionState::Disabled);
}
