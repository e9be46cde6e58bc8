#include "support/TestDatabase.h"
#include "support/TestUsers.h"

#include "audit/AuditLog.h"
#include "households/HouseholdService.h"
#include "security/FieldCipher.h"
#include "storage/SealedColumns.h"
#include "storage/SqlStatement.h"

#include <sodium.h>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace vangnet;
using vangnet::test::TestDatabase;
using vangnet::test::TestUsers;

// The attacks on sealed fields by someone who can write the database file but holds no key:
// moving a ciphertext to another row (two persons' BSNs swapped, a note moved to another
// household) and pasting in a value of the first, unbound format from an older copy.

namespace {

Household family(int huisnummer, const QString &bsnHead, const QString &bsnPartner)
{
    Household h;
    h.address = Address{0, QStringLiteral("Beukenlaan"), huisnummer, QString(), QStringLiteral("7411 AC"),
                        QStringLiteral("Vangstad"), QStringLiteral("Centrum")};
    for (const auto &[name, role, bsn] : {std::tuple{"Sara", MemberRole::Hoofdbewoner, bsnHead},
                                          std::tuple{"Omar", MemberRole::Partner, bsnPartner}}) {
        Person p;
        p.voornaam = QString::fromLatin1(name);
        p.voorletters = p.voornaam.left(1) + QLatin1Char('.');
        p.achternaam = QStringLiteral("Bakker");
        p.role = role;
        p.bsn = bsn;
        p.geboortedatum = QDate(1990, 6, 1);
        h.members << p;
    }
    return h;
}

/// A value as the first format sealed it: XSalsa20-Poly1305 under subkey 1 of the data key, no
/// associated data ("v1:" + base64(nonce || box)).
QString sealUnbound(const SecretKey &dataKey, const QString &plain)
{
    SecretKey key;
    crypto_kdf_derive_from_key(key.data(), SecretKey::size, 1, "vangfld_", dataKey.data());
    const QByteArray message = plain.toUtf8();
    QByteArray box(static_cast<qsizetype>(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + message.size(), '\0');
    auto *nonce = reinterpret_cast<unsigned char *>(box.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char *>(message.constData()),
                          static_cast<unsigned long long>(message.size()), nonce, key.data());
    return QStringLiteral("v1:") + QString::fromLatin1(box.toBase64());
}

struct Fixture {
    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC)};
    TestUsers users{*db, clock};
    HouseholdService service{*db, clock, users.caseworkerA()};

    Household stored(int huisnummer, const QString &bsnHead, const QString &bsnPartner, const QString &note)
    {
        auto created = service.create(family(huisnummer, bsnHead, bsnPartner));
        INFO((created ? std::string() : created.error().message.toStdString()));
        REQUIRE(created.ok());
        REQUIRE(service.addNote(created->id, note).ok());
        return *created;
    }

    QVariant value(const QString &sql, const QVariantList &args = {})
    {
        auto q = runSql(db->connection(), sql, args);
        REQUIRE(q.ok());
        REQUIRE(q->next());
        return q->value(0);
    }

    void exec(const QString &sql, const QVariantList &args = {})
    {
        auto q = runSql(db->connection(), sql, args);
        INFO((q ? std::string() : q.error().message.toStdString()));
        REQUIRE(q.ok());
    }

    QList<AuditEvent> damaged()
    {
        AuditQuery query;
        query.action = AuditAction::DamagedField;
        auto found = AuditLog(*db, clock).find(users.admin(), query);
        REQUIRE(found.ok());
        QList<AuditEvent> oldestFirst = *found;
        std::sort(oldestFirst.begin(), oldestFirst.end(), [](const AuditEvent &a, const AuditEvent &b) { return a.id < b.id; });
        return oldestFirst;
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "Two persons' sealed BSNs swapped in the file read as damaged, by place, and audited",
                 "[security][fields][attack]")
{
    const Household h = stored(3, QStringLiteral("999990019"), QStringLiteral("999999990"), QStringLiteral("Gesprek gevoerd"));
    const qint64 sara = h.members[0].id;
    const qint64 omar = h.members[1].id;
    const QString saraBsn = value(QStringLiteral("SELECT bsn_enc FROM persons WHERE id = ?"), {sara}).toString();
    const QString omarBsn = value(QStringLiteral("SELECT bsn_enc FROM persons WHERE id = ?"), {omar}).toString();

    SECTION("the sealed values alone")
    {
        exec(QStringLiteral("UPDATE persons SET bsn_enc = ? WHERE id = ?"), {omarBsn, sara});
        exec(QStringLiteral("UPDATE persons SET bsn_enc = ? WHERE id = ?"), {saraBsn, omar});
    }
    SECTION("the sealed values together with their search hashes")
    {
        const QString saraHash = value(QStringLiteral("SELECT bsn_hash FROM persons WHERE id = ?"), {sara}).toString();
        const QString omarHash = value(QStringLiteral("SELECT bsn_hash FROM persons WHERE id = ?"), {omar}).toString();
        exec(QStringLiteral("UPDATE persons SET bsn_enc = NULL, bsn_hash = NULL WHERE id = ?"), {sara});
        exec(QStringLiteral("UPDATE persons SET bsn_enc = ?, bsn_hash = ? WHERE id = ?"), {saraBsn, saraHash, omar});
        exec(QStringLiteral("UPDATE persons SET bsn_enc = ?, bsn_hash = ? WHERE id = ?"), {omarBsn, omarHash, sara});
    }

    auto opened = service.get(h.id);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::Corrupt);
    CHECK(opened.error().message.contains(sealed::personBsn.at(sara).location()));
    auto revealed = service.revealBsn(omar, QStringLiteral("controle"));
    REQUIRE_FALSE(revealed.ok());
    CHECK(revealed.error().code == ErrorCode::Corrupt);

    const auto records = damaged();
    REQUIRE(records.size() == 2);
    CHECK(records[0].objectType == QStringLiteral("household"));
    CHECK(records[0].objectId == h.id);
    CHECK(records[0].result == AuditResult::Failed);
    CHECK(records[0].detail == sealed::personBsn.at(sara).location());
    CHECK(records[1].objectType == QStringLiteral("person"));
    CHECK(records[1].detail == sealed::personBsn.at(omar).location());
    // Nothing was changed by reading: the values are still the swapped ones.
    CHECK(value(QStringLiteral("SELECT bsn_enc FROM persons WHERE id = ?"), {omar}).toString() == saraBsn);
}

TEST_CASE_METHOD(Fixture, "A note moved to another household's record reads as damaged", "[security][fields][attack]")
{
    const Household first = stored(5, QStringLiteral("999990019"), QStringLiteral("999999990"), QStringLiteral("Eerste notitie"));
    const Household second = stored(7, QStringLiteral("999999989"), QString(), QStringLiteral("Tweede notitie"));
    const QString moved = value(QStringLiteral("SELECT body_enc FROM notes WHERE household_id = ?"), {first.id}).toString();
    exec(QStringLiteral("UPDATE notes SET body_enc = ? WHERE household_id = ?"), {moved, second.id});

    auto notes = service.notes(second.id);
    REQUIRE_FALSE(notes.ok());
    CHECK(notes.error().code == ErrorCode::Corrupt);
    CHECK(service.notes(first.id).ok());
    REQUIRE(damaged().size() == 1);
    CHECK(damaged()[0].objectId == second.id);
    CHECK(damaged()[0].detail.startsWith(QStringLiteral("notes.body_enc#")));
}

TEST_CASE_METHOD(Fixture, "Values sealed before they named their place are bound at the next login, once",
                 "[security][fields]")
{
    const Household h = stored(9, QStringLiteral("999990019"), QStringLiteral("999999990"), QStringLiteral("Oude notitie"));
    const qint64 sara = h.members[0].id;
    const SecretKey &dataKey = users.caseworkerA().dataKey();
    // As a database from before the binding looks: unbound values, no marker yet, and no team
    // keys (they came after).
    exec(QStringLiteral("DELETE FROM key_grants"));
    exec(QStringLiteral("DELETE FROM shared_keys"));
    exec(QStringLiteral("UPDATE persons SET bsn_enc = ? WHERE id = ?"), {sealUnbound(dataKey, QStringLiteral("999990019")), sara});
    exec(QStringLiteral("UPDATE notes SET body_enc = ? WHERE household_id = ?"), {sealUnbound(dataKey, QStringLiteral("Oude notitie")), h.id});
    exec(QStringLiteral("DELETE FROM schema_meta WHERE key = ?"), {QStringLiteral("fields_bound")});
    CHECK(service.get(h.id).error().code == ErrorCode::Corrupt); // not read as it is

    const QString username = users.caseworkerA().user().username;
    auto session = users.auth().login(username, TestUsers::passwordOf(username));
    REQUIRE(session.ok());
    CHECK(FieldCipher::isSealed(value(QStringLiteral("SELECT bsn_enc FROM persons WHERE id = ?"), {sara}).toString()));
    HouseholdService after(*db, clock, *session);
    CHECK(*after.revealBsn(sara, QStringLiteral("controle")) == QStringLiteral("999990019"));
    CHECK(after.notes(h.id)->constFirst().text == QStringLiteral("Oude notitie"));

    // From then on an unbound value pasted in from an older copy is damaged, also after a login.
    exec(QStringLiteral("UPDATE persons SET bsn_enc = ? WHERE id = ?"), {sealUnbound(dataKey, QStringLiteral("999999989")), sara});
    REQUIRE(users.auth().login(username, TestUsers::passwordOf(username)).ok());
    CHECK(FieldCipher::isUnbound(value(QStringLiteral("SELECT bsn_enc FROM persons WHERE id = ?"), {sara}).toString()));
    CHECK(after.revealBsn(sara, QStringLiteral("controle")).error().code == ErrorCode::Corrupt);
}
