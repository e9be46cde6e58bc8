#include "support/TestDatabase.h"
#include "support/TestResult.h"
#include "support/TestUsers.h"

#include "audit/AuditLog.h"
#include "households/HouseholdService.h"
#include "security/FieldCipher.h"
#include "storage/HouseholdQuery.h"
#include "storage/SealedColumns.h"
#include "storage/SqlStatement.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace vangnet;
using vangnet::test::required;
using vangnet::test::TestDatabase;
using vangnet::test::TestUsers;

namespace {

const QString bsnAnna = QStringLiteral("999990019");
const QString bsnPiet = QStringLiteral("999999990");
const QString noteText = QStringLiteral("Huurachterstand besproken met woningcorporatie Zonnehof");

Household household()
{
    Household h;
    h.address = Address{0, QStringLiteral("Lindelaan"), 12, QString(), QStringLiteral("7411 AB"), QStringLiteral("Vangstad"),
                        QStringLiteral("Centrum")};
    for (const auto &[name, role, bsn] : {std::tuple{"Anna", MemberRole::Hoofdbewoner, bsnAnna},
                                          std::tuple{"Piet", MemberRole::Partner, bsnPiet}}) {
        Person p;
        p.voornaam = QString::fromLatin1(name);
        p.voorletters = p.voornaam.left(1) + QLatin1Char('.');
        p.achternaam = QStringLiteral("Jansen");
        p.role = role;
        p.bsn = bsn;
        p.geboortedatum = QDate(1985, 3, 1);
        h.members << p;
    }
    return h;
}

struct Fixture {
    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC)};
    TestUsers users{*db, clock};
    HouseholdService service{*db, clock, users.caseworkerA()};

    Household stored()
    {
        auto created = service.create(household());
        INFO((created ? std::string() : created.error().message.toStdString()));
        REQUIRE(created.ok());
        REQUIRE(service.addNote(created->id, noteText).ok());
        return *created;
    }

    QList<AuditEvent> auditOf(AuditAction action)
    {
        AuditQuery query;
        query.action = action;
        auto found = AuditLog(*db, clock).find(users.admin(), query);
        REQUIRE(found.ok());
        return *found;
    }
};

} // namespace

TEST_CASE("A sealed field opens only under the key that sealed it, only unaltered, only in its place", "[security][fields]")
{
    const SecretKey key = SecretKey::random();
    const FieldCipher fields(key);
    const SealedField anna = sealed::personBsn.at(1);
    const QString value = *fields.seal(bsnAnna, anna);
    CHECK(FieldCipher::isSealed(value));
    CHECK_FALSE(value.contains(bsnAnna));
    CHECK(*fields.seal(bsnAnna, anna) != value); // a fresh nonce every time
    REQUIRE(fields.open(value, anna).ok());
    CHECK(*fields.open(value, anna) == bsnAnna);
    CHECK(*fields.open(*fields.seal(QString(), anna), anna) == QString());

    QString altered = value;
    // A character in the middle: every bit of it counts (the last ones may sit next to padding).
    const qsizetype middle = altered.size() / 2;
    altered[middle] = altered.at(middle) == QLatin1Char('A') ? QLatin1Char('g') : QLatin1Char('A');
    CHECK(fields.open(altered, anna).error().code == ErrorCode::Corrupt);
    CHECK(fields.open(bsnAnna, anna).error().code == ErrorCode::Corrupt);
    CHECK(fields.open(QStringLiteral("v2:"), anna).error().code == ErrorCode::Corrupt);

    // Moved to another row, column or table, the same bytes no longer open; the error names the place.
    for (const SealedField &elsewhere : {sealed::personBsn.at(2), sealed::noteBody.at(1), sealed::attemptNote.at(1)}) {
        auto moved = fields.open(value, elsewhere);
        REQUIRE_FALSE(moved.ok());
        CHECK(moved.error().code == ErrorCode::Corrupt);
        REQUIRE(moved.error().fields.size() == 1);
        CHECK(moved.error().fields.first().field == elsewhere.location());
        CHECK(moved.error().message.contains(elsewhere.location()));
    }

    const SecretKey otherKey = SecretKey::random();
    const FieldCipher other(otherKey);
    CHECK(other.open(value, anna).error().code == ErrorCode::Corrupt);

    // The keyed hash finds equal BSNs, and means nothing without the key.
    CHECK(fields.bsnHash(bsnAnna) == fields.bsnHash(bsnAnna));
    CHECK(fields.bsnHash(bsnAnna) != fields.bsnHash(bsnPiet));
    CHECK(other.bsnHash(bsnAnna) != fields.bsnHash(bsnAnna));
}

TEST_CASE_METHOD(Fixture, "BSNs and notes are stored sealed: no column holds them in plain text", "[security][fields]")
{
    const Household h = stored();
    auto persons = runSql(db->connection(), QStringLiteral("SELECT bsn_enc, bsn_hash, legacy_bsn FROM persons"));
    REQUIRE(persons.ok());
    int rows = 0;
    while (persons->next()) {
        ++rows;
        CHECK(FieldCipher::isSealed(persons->value(0).toString()));
        CHECK_FALSE(persons->value(1).toString().isEmpty());
        CHECK(persons->value(2).isNull());
        for (int i = 0; i < 2; ++i) {
            CHECK_FALSE(persons->value(i).toString().contains(QStringLiteral("0019")));
            CHECK_FALSE(persons->value(i).toString().contains(QStringLiteral("9990")));
        }
    }
    CHECK(rows == 2);
    auto notes = runSql(db->connection(), QStringLiteral("SELECT body_enc, legacy_body FROM notes"));
    REQUIRE(notes.ok());
    REQUIRE(notes->next());
    CHECK(FieldCipher::isSealed(notes->value(0).toString()));
    CHECK(notes->value(1).toString().isEmpty());

    // Through the service the note reads as written; the BSNs only masked.
    auto read = service.notes(h.id);
    REQUIRE(read.ok());
    CHECK(read->constFirst().text == noteText);
    auto opened = service.get(h.id);
    REQUIRE(opened.ok());
    CHECK(opened->members[0].maskedBsn() == QStringLiteral("*****0019"));
    CHECK(opened->members[0].bsn.isEmpty());
}

TEST_CASE("The database file holds no BSN and no note text", "[security][fields][sqlite]")
{
    if (test::engineUnderTest() != Engine::Sqlite)
        return; // a file scan is an SQLite matter; PostgreSQL stores the same sealed columns
    QString path;
    {
        Fixture f;
        path = f.db->location().path;
        f.stored();
        // Edits rewrite rows: secure_delete must leave no old plain text behind either.
        auto opened = f.service.get(f.service.get(1)->id);
        REQUIRE(opened.ok());
        Household edited = *opened;
        edited.members[1].bsn = QStringLiteral("999999989");
        edited.members[1].bsnMask.clear();
        REQUIRE(f.service.save(edited).ok());
        f.db.reset();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(bytes.size() > 4096);
        for (const QString &secret : {bsnAnna, bsnPiet, QStringLiteral("999999989"), noteText, QStringLiteral("Zonnehof")}) {
            INFO(secret.toStdString());
            CHECK_FALSE(bytes.contains(secret.toUtf8()));
        }
        // The names are not protected fields: the scan does see them, so it looks in the right place.
        CHECK(bytes.contains(QByteArrayLiteral("Jansen")));
    }
}

TEST_CASE_METHOD(Fixture, "An unchanged masked BSN is kept on save, a new one replaces it, and clearing removes it",
                 "[security][fields]")
{
    const Household h = stored();
    auto opened = service.get(h.id);
    REQUIRE(opened.ok());
    Household edited = *opened;
    edited.members[0].telefoon = QStringLiteral("0612345678"); // an edit that leaves the BSN alone
    auto saved = service.save(edited);
    INFO((saved ? std::string() : saved.error().message.toStdString()));
    REQUIRE(saved.ok());
    CHECK(*service.revealBsn(saved->members[0].id, QStringLiteral("controle")) == bsnAnna);

    edited = *saved;
    edited.members[0].bsn = QStringLiteral("999999989");
    edited.members[1].bsn.clear();
    edited.members[1].bsnMask.clear();
    saved = service.save(edited);
    REQUIRE(saved.ok());
    CHECK(saved->members[0].maskedBsn() == QStringLiteral("*****9989"));
    CHECK_FALSE(saved->members[1].hasBsn());
    CHECK(*service.revealBsn(saved->members[0].id, QStringLiteral("controle")) == QStringLiteral("999999989"));
    CHECK(service.revealBsn(saved->members[1].id, QStringLiteral("controle")).error().code == ErrorCode::NotFound);

    // The exact search finds the new BSN through its keyed hash, and the old one no more.
    HouseholdQuery query(db->connection(), users.caseworkerA());
    CHECK(query.ids(HouseholdFilter::forSearch(QStringLiteral("999999989")))->size() == 1);
    CHECK(query.ids(HouseholdFilter::forSearch(bsnAnna))->isEmpty());
    // And a BSN held by someone else is refused, though it is stored sealed.
    Household other = household();
    other.address.huisnummer = 14;
    other.members.removeLast();
    other.members[0].bsn = QStringLiteral("999999989");
    auto refused = service.create(other);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Invalid);
}

TEST_CASE_METHOD(Fixture, "Showing a BSN needs a reason, the right team, and is audited with that reason",
                 "[security][fields][audit]")
{
    const Household h = stored();
    const qint64 anna = h.members[0].id;

    auto noReason = service.revealBsn(anna, QStringLiteral("  "));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().code == ErrorCode::Invalid);
    CHECK(auditOf(AuditAction::RevealBsn).isEmpty());

    auto plain = service.revealBsn(anna, QStringLiteral("Aanmelding bij de energieleverancier"));
    REQUIRE(plain.ok());
    CHECK(*plain == bsnAnna);
    const auto reveals = auditOf(AuditAction::RevealBsn);
    REQUIRE(reveals.size() == 1);
    CHECK(reveals[0].actorId == users.caseworkerA().user().id);
    CHECK(reveals[0].objectType == QStringLiteral("person"));
    CHECK(reveals[0].objectId == anna);
    CHECK(reveals[0].reason == QStringLiteral("Aanmelding bij de energieleverancier"));
    CHECK_FALSE(reveals[0].detail.contains(bsnAnna));

    // Another team's caseworker is refused, and the refusal is on record too.
    HouseholdService otherTeam(*db, clock, users.caseworkerB());
    auto denied = otherTeam.revealBsn(anna, QStringLiteral("nieuwsgierig"));
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
    CHECK(auditOf(AuditAction::RevealBsn).size() == 1);
    CHECK_FALSE(auditOf(AuditAction::PermissionDenied).isEmpty());
    // The administrator sees no household data at all.
    HouseholdService admin(*db, clock, users.admin());
    CHECK(admin.revealBsn(anna, QStringLiteral("beheer")).error().code == ErrorCode::PermissionDenied);
    CHECK(service.revealBsn(987654, QStringLiteral("controle")).error().code == ErrorCode::NotFound);
}

TEST_CASE_METHOD(Fixture, "Without the right password nothing opens the sealed fields", "[security][fields]")
{
    stored();
    auto wrong = users.auth().login(users.caseworkerA().user().username, QStringLiteral("niet-het-wachtwoord"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::AuthenticationFailed);

    // A key guessed or taken from another database opens nothing.
    const SecretKey guess = SecretKey::random();
    const FieldCipher shared(guess);
    // A guessed team key under the team's own key reference: the AEAD refuses it as damaged.
    const FieldCipher fields(guess, SharedKey::generate(users.caseworkerA().fields().teamKey()));
    auto q = runSql(db->connection(), QStringLiteral("SELECT bsn_enc, id, 'persons' FROM persons UNION ALL "
                                                     "SELECT body_enc, id, 'notes' FROM notes"));
    REQUIRE(q.ok());
    int checked = 0;
    while (q->next()) {
        ++checked;
        const SealedColumn column = q->value(2).toString() == QLatin1String("notes") ? sealed::noteBody : sealed::personBsn;
        CHECK(fields.open(q->value(0).toString(), column.at(q->value(1).toLongLong())).error().code == ErrorCode::Corrupt);
        CHECK_FALSE(shared.open(q->value(0).toString(), column.at(q->value(1).toLongLong())).ok());
    }
    CHECK(checked == 3);
}

TEST_CASE_METHOD(Fixture, "Rows from before encryption are sealed at the next login", "[security][fields]")
{
    // As a database written before schema version 4 looks after migrating: no team keys yet
    // (those came later, and are made at this login), fields under the shared key, and plain
    // legacy columns.
    REQUIRE(runSql(db->connection(), QStringLiteral("DELETE FROM key_grants")).ok());
    REQUIRE(runSql(db->connection(), QStringLiteral("DELETE FROM shared_keys")).ok());
    const Session before(users.caseworkerA().user(), users.caseworkerA().dataKeyShared());
    HouseholdService earlier(*db, clock, before);
    const Household h = required(earlier.create(household()));
    required(earlier.addNote(h.id, noteText));
    REQUIRE(runSql(db->connection(), QStringLiteral("UPDATE persons SET legacy_bsn = ?, bsn_enc = NULL, bsn_hash = NULL WHERE id = ?"),
                   {bsnAnna, h.members[0].id}).ok());
    REQUIRE(runSql(db->connection(), QStringLiteral("INSERT INTO notes (household_id, author, created_at, legacy_body) "
                                                    "VALUES (?, 'Consulent A', '2025-01-01T10:00:00.000Z', 'Oude notitie')"),
                   {h.id}).ok());

    auto session = users.auth().login(users.caseworkerA().user().username,
                                      TestUsers::passwordOf(users.caseworkerA().user().username));
    REQUIRE(session.ok());
    auto legacy = runSql(db->connection(), QStringLiteral("SELECT (SELECT COUNT(*) FROM persons WHERE legacy_bsn IS NOT NULL) + "
                                                          "(SELECT COUNT(*) FROM notes WHERE legacy_body <> '')"));
    REQUIRE(legacy.ok());
    REQUIRE(legacy->next());
    CHECK(legacy->value(0).toInt() == 0);

    HouseholdService after(*db, clock, *session);
    CHECK(*after.revealBsn(h.members[0].id, QStringLiteral("controle")) == bsnAnna);
    auto notes = after.notes(h.id);
    INFO((notes ? std::string() : notes.error().message.toStdString()));
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 2);
    CHECK(notes->last().text == QStringLiteral("Oude notitie"));
    HouseholdQuery query(db->connection(), *session);
    CHECK(query.ids(HouseholdFilter::forSearch(bsnAnna))->size() == 1);
}

TEST_CASE_METHOD(Fixture, "Logging out is on record", "[security][audit]")
{
    REQUIRE(users.auth().logout(users.caseworkerA()).ok());
    const auto logouts = auditOf(AuditAction::Logout);
    REQUIRE(logouts.size() == 1);
    CHECK(logouts[0].actorId == users.caseworkerA().user().id);
}
