#include "support/TestDatabase.h"
#include "support/TestResult.h"
#include "support/TestUsers.h"

#include "audit/AuditLog.h"
#include "households/HouseholdService.h"
#include "security/FieldCipher.h"
#include "storage/KeyRepository.h"
#include "storage/SealedColumns.h"
#include "storage/SqlStatement.h"
#include "users/KeyService.h"
#include "users/UserRepository.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using vangnet::test::required;
using vangnet::test::ScratchDatabase;
using vangnet::test::TestUsers;

// Keys per team (docs/adr/0011-team-keys.md), tested as the attacks they are meant to stop: a
// colleague of another team, or the functioneel beheerder, with a copy of the file and their own
// password; a disabled colleague; a key that outlives a rotation.

namespace {

Household family(int huisnummer, const QString &bsn)
{
    Household h;
    h.address = Address{0, QStringLiteral("Lindelaan"), huisnummer, QString(), QStringLiteral("7411 BC"),
                        QStringLiteral("Vangstad"), QStringLiteral("Centrum")};
    Person p;
    p.voornaam = QStringLiteral("Noor");
    p.voorletters = QStringLiteral("N.");
    p.achternaam = QStringLiteral("Visser");
    p.role = MemberRole::Hoofdbewoner;
    p.bsn = bsn;
    p.geboortedatum = QDate(1988, 3, 14);
    h.members << p;
    return h;
}

/// What someone holds offline with a copy of the file and one password: the data key and the
/// key pair from their slot, and whatever grants sealed to that pair open.
struct StolenKeys {
    std::shared_ptr<const SecretKey> dataKey;
    std::optional<UserIdentity> identity;
    std::vector<SharedKey> shared;
};

StolenKeys steal(const QSqlDatabase &db, const QString &username)
{
    UserRepository users(db);
    const User user = *required(users.findByUsername(username));
    StolenKeys out;
    const KeySlot slot = required(users.keySlot(user.id));
    out.dataKey = std::make_shared<const SecretKey>(required(slot.open(TestUsers::passwordOf(username), user.id, &out.identity)));
    KeyRepository keys(db);
    for (const StoredKey &k : required(keys.allCurrent()))
        if (auto grant = required(keys.grant(k.reference, user.id)))
            if (auto opened = SharedKey::openGrant(k.reference, user.id, *grant, *out.identity))
                out.shared.push_back(std::move(opened).value());
    return out;
}

struct Fixture : ScratchDatabase {
    TestUsers users{*db, clock};

    QString stored(const QString &sql, const QVariantList &args)
    {
        auto q = required(runSql(db->connection(), sql, args));
        REQUIRE(q.next());
        return q.value(0).toString();
    }

    /// A household of team A with a BSN and a note; returns (person id, note id).
    std::pair<qint64, qint64> teamAHousehold(const Session &caseworker)
    {
        HouseholdService service(*db, clock, caseworker);
        const Household h = required(service.create(family(12, QStringLiteral("111222333"))));
        required(service.addNote(h.id, QStringLiteral("Huurachterstand besproken met verhuurder")));
        const qint64 note = stored(QStringLiteral("SELECT id FROM notes WHERE household_id = ?"), {h.id}).toLongLong();
        return {h.members.first().id, note};
    }

    int count(const QString &sql, const QVariantList &args = {})
    {
        return stored(sql, args).toInt();
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "A team-B password and the beheerder's open none of team A's fields from the file", "[keys]")
{
    const auto [person, note] = teamAHousehold(users.caseworkerA());
    const QString bsn = stored(QStringLiteral("SELECT bsn_enc FROM persons WHERE id = ?"), {person});
    const QString body = stored(QStringLiteral("SELECT body_enc FROM notes WHERE id = ?"), {note});
    CHECK(bsn.startsWith(QStringLiteral("v3:team.%1/1:").arg(users.teamA().id)));
    CHECK(body.startsWith(QStringLiteral("v3:team.%1/1:").arg(users.teamA().id)));

    // Team A's own caseworker reads them.
    CHECK(*users.caseworkerA().fields().open(bsn, sealed::personBsn.at(person)) == QStringLiteral("111222333"));

    for (const QString &attacker : {QStringLiteral("consulent-b"), QStringLiteral("beheer")}) {
        INFO(attacker.toStdString());
        const StolenKeys stolen = steal(db->connection(), attacker);
        CHECK(stolen.shared.size() <= 1); // team B's key at most; the beheerder holds none
        std::vector<FieldCipher> ciphers;
        ciphers.emplace_back(*stolen.dataKey);
        for (const SharedKey &k : stolen.shared)
            ciphers.emplace_back(*stolen.dataKey, k);
        for (const FieldCipher &cipher : ciphers) {
            CHECK_FALSE(cipher.open(bsn, sealed::personBsn.at(person)).ok());
            CHECK_FALSE(cipher.open(body, sealed::noteBody.at(note)).ok());
        }
        // Nor by taking the team-A grant of someone else: it is sealed to their key pair.
        const KeyReference teamA{KeyReference::teamScope(users.teamA().id), 1};
        const QString grantA = *required(KeyRepository(db->connection()).grant(teamA, users.caseworkerA().user().id));
        CHECK_FALSE(SharedKey::openGrant(teamA, users.caseworkerA().user().id, grantA, *stolen.identity).ok());
    }

    // In the application, team B's session is told it cannot read, not that the field is damaged.
    auto refused = users.caseworkerB().fields().open(bsn, sealed::personBsn.at(person));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(users.admin().fields().mode() == FieldCipher::Mode::Locked);
    CHECK_FALSE(users.admin().fields().seal(QStringLiteral("x"), sealed::noteBody.at(1)).ok());
}

TEST_CASE_METHOD(Fixture, "A new colleague gets the team's key from a colleague's session, not from the beheerder", "[keys]")
{
    const auto [person, note] = teamAHousehold(users.caseworkerA());
    User newcomer;
    newcomer.username = QStringLiteral("consulent-a2");
    newcomer.displayName = newcomer.username;
    newcomer.role = Role::Consulent;
    newcomer.teamId = users.teamA().id;
    required(users.auth().createUser(users.admin(), newcomer, TestUsers::passwordOf(newcomer.username)));

    const Session waiting = required(users.auth().login(newcomer.username, TestUsers::passwordOf(newcomer.username)));
    CHECK(waiting.fields().mode() == FieldCipher::Mode::Locked);
    const QString bsn = stored(QStringLiteral("SELECT bsn_enc FROM persons WHERE id = ?"), {person});
    auto locked = waiting.fields().open(bsn, sealed::personBsn.at(person));
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().message.contains(QStringLiteral("colleague")));

    CHECK(required(users.auth().shareKeys(users.caseworkerA())) == 1);
    const Session granted = required(users.auth().login(newcomer.username, TestUsers::passwordOf(newcomer.username)));
    CHECK(*granted.fields().open(bsn, sealed::personBsn.at(person)) == QStringLiteral("111222333"));
    (void)note;
}

TEST_CASE_METHOD(Fixture, "Disabling, moving or resetting a user takes their grants away", "[keys]")
{
    teamAHousehold(users.caseworkerA());
    const Session lead = users.add(QStringLiteral("teamleider-a"), Role::Teamleider, users.teamA().id);
    const qint64 leadId = lead.user().id;
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM key_grants WHERE user_id = ?"), {leadId}) == 2); // team A, statistics

    required(users.auth().resetPassword(users.admin(), leadId, QStringLiteral("een-nieuw-lang-wachtwoord")));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM key_grants WHERE user_id = ?"), {leadId}) == 0);

    User moved = required(UserRepository(db->connection()).get(users.caseworkerB().user().id));
    required(users.auth().shareKeys(users.caseworkerB()));
    moved.teamId = users.teamA().id;
    required(users.auth().updateUser(users.admin(), moved));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM key_grants WHERE user_id = ?"), {moved.id}) == 0);

    User disabled = required(UserRepository(db->connection()).get(users.caseworkerA().user().id));
    disabled.active = false;
    required(users.auth().updateUser(users.admin(), disabled));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM key_grants WHERE user_id = ?"), {disabled.id}) == 0);
}

TEST_CASE_METHOD(Fixture, "A rotation re-seals every field of the team and leaves nothing under the old key", "[keys]")
{
    const auto [person, note] = teamAHousehold(users.caseworkerA());
    const Session colleague = users.add(QStringLiteral("consulent-a2"), Role::Consulent, users.teamA().id);
    const SharedKey &old = *users.caseworkerA().keys().team;

    // Only with the beheerder's agreement and a member holding the current key.
    CHECK_FALSE(KeyService(db->connection(), clock).rotate(users.caseworkerA(), users.caseworkerA(), users.teamA().id).ok());
    CHECK_FALSE(KeyService(db->connection(), clock).rotate(users.caseworkerB(), users.admin(), users.teamA().id).ok());

    const KeyRotation rotation
        = required(KeyService(db->connection(), clock).rotate(users.caseworkerA(), users.admin(), users.teamA().id));
    CHECK(rotation.made.version == 2);
    CHECK(rotation.fieldsResealed == 2);
    CHECK(rotation.membersGranted == 2);

    const QString bsn = stored(QStringLiteral("SELECT bsn_enc FROM persons WHERE id = ?"), {person});
    CHECK(bsn.startsWith(QStringLiteral("v3:team.%1/2:").arg(users.teamA().id)));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM key_grants WHERE version = 1 AND scope = ?"),
                {old.reference().scope}) == 0);
    // The old key opens nothing any more; the colleague's next login reads with the new one.
    CHECK_FALSE(FieldCipher(users.caseworkerA().dataKey(), old).open(bsn, sealed::personBsn.at(person)).ok());
    const Session again = required(users.auth().login(QStringLiteral("consulent-a2"), TestUsers::passwordOf(QStringLiteral("consulent-a2"))));
    CHECK(*again.fields().open(bsn, sealed::personBsn.at(person)) == QStringLiteral("111222333"));
    CHECK(again.fields().teamKey().version == 2);
    // A second rotation with a session from before the first is refused as stale.
    CHECK(KeyService(db->connection(), clock).rotate(colleague, users.admin(), users.teamA().id).error().code
          == ErrorCode::StaleEdit);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'key_change' AND detail LIKE 'rotate:%'"))
          == 2);
    (void)note;
}

TEST_CASE_METHOD(Fixture, "Fields written before team keys are converted by the first member's login", "[keys]")
{
    // A session made by hand seals under the shared key, as every version before team keys did.
    const qint64 teamA = users.teamA().id;
    required(runSql(db->connection(), QStringLiteral("DELETE FROM key_grants")));
    required(runSql(db->connection(), QStringLiteral("DELETE FROM shared_keys")));
    const Session before(users.caseworkerA().user(), users.caseworkerA().dataKeyShared());
    const auto [person, note] = teamAHousehold(before);
    CHECK(stored(QStringLiteral("SELECT bsn_enc FROM persons WHERE id = ?"), {person}).startsWith(QStringLiteral("v2:")));

    const Session after = required(users.auth().login(QStringLiteral("consulent-a"), TestUsers::passwordOf(QStringLiteral("consulent-a"))));
    const QString bsn = stored(QStringLiteral("SELECT bsn_enc FROM persons WHERE id = ?"), {person});
    const QString body = stored(QStringLiteral("SELECT body_enc FROM notes WHERE id = ?"), {note});
    CHECK(bsn.startsWith(QStringLiteral("v3:team.%1/1:").arg(teamA)));
    CHECK(*after.fields().open(bsn, sealed::personBsn.at(person)) == QStringLiteral("111222333"));
    CHECK(*after.fields().open(body, sealed::noteBody.at(note)) == QStringLiteral("Huurachterstand besproken met verhuurder"));
    // A value pasted back under the shared key reads as damaged, not as the team's.
    const QString sharedValue = *before.fields().seal(QStringLiteral("999"), sealed::personBsn.at(person));
    CHECK(after.fields().open(sharedValue, sealed::personBsn.at(person)).error().code == ErrorCode::Corrupt);
}

TEST_CASE_METHOD(Fixture, "Every BSN is also sealed to the statistics key that only DDAS makers hold", "[keys]")
{
    const Session lead = users.add(QStringLiteral("teamleider-b"), Role::Teamleider, users.teamB().id);
    REQUIRE(lead.keys().statistics);
    // Team A's caseworker learns the statistics public key at the next login and seals to it.
    const Session caseworker = required(users.auth().login(QStringLiteral("consulent-a"), TestUsers::passwordOf(QStringLiteral("consulent-a"))));
    CHECK_FALSE(caseworker.keys().statistics);
    const auto [person, note] = teamAHousehold(caseworker);
    const QString copy = stored(QStringLiteral("SELECT bsn_stat_enc FROM persons WHERE id = ?"), {person});
    const SharedKey &statistics = *lead.keys().statistics;
    auto plain = sealedbox::open(copy, sealed::personBsn.statisticsAt(person).associatedData(), statistics.publicKey(),
                                 statistics.boxSecretKey());
    REQUIRE(plain);
    CHECK(*plain == QByteArray("111222333"));
    // Bound to its row: the copy does not open as another person's.
    CHECK_FALSE(sealedbox::open(copy, sealed::personBsn.statisticsAt(person + 1).associatedData(), statistics.publicKey(),
                                statistics.boxSecretKey()));
    // The team lead of B still cannot open team A's field itself.
    const QString bsn = stored(QStringLiteral("SELECT bsn_enc FROM persons WHERE id = ?"), {person});
    CHECK_FALSE(lead.fields().open(bsn, sealed::personBsn.at(person)).ok());
    (void)note;
}
