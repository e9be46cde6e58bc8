#include "support/TestDatabase.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoPlaces.h"
#include "domain/Bsn.h"
#include "domain/Postcode.h"
#include "security/FieldCipher.h"
#include "security/SharedKey.h"
#include "users/AuthService.h"
#include "users/KeyService.h"
#include "storage/HouseholdRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SealedColumns.h"
#include "storage/SqlStatement.h"
#include "users/UserRepository.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace vangnet;
using vangnet::test::TestDatabase;

namespace {

const QDate asOf(2026, 1, 1);

/// Demo options with cheap key derivation for the demo accounts, so tests stay fast.
DemoOptions testOptions(int households, quint64 seed)
{
    DemoOptions options{households, seed, asOf};
    options.kdf = KdfLimits::minimumForTests();
    return options;
}

DemoSummary generate(Database &db, int households, quint64 seed)
{
    auto written = DemoGenerator(testOptions(households, seed)).writeTo(db);
    INFO((written ? std::string() : written.error().message.toStdString()));
    REQUIRE(written.ok());
    return *written;
}

/// A demo account's session with the keys its login opens (KeyService::unlock), without the
/// audit records of a login. The team lead holds Team Noord's key and the statistics key;
/// consulent2 holds Team Zuid's.
Session demoSession(Database &db, const char *username = "teamleider")
{
    UserRepository users(db.connection());
    auto user = users.findByUsername(QString::fromLatin1(username));
    REQUIRE(user.ok());
    REQUIRE(user->has_value());
    auto slot = users.keySlot((*user)->id);
    REQUIRE(slot.ok());
    std::optional<UserIdentity> identity;
    auto key = slot->open(QString::fromLatin1(demoPassword), (*user)->id, &identity);
    REQUIRE(key.ok());
    REQUIRE(identity.has_value());
    const Session shared(**user, std::make_shared<const SecretKey>(std::move(key).value()));
    const FixedClock clock(QDateTime(asOf, QTime(10, 0), Qt::UTC));
    auto keys = KeyService(db.connection(), clock).unlock(shared, *identity);
    INFO((keys ? std::string() : keys.error().message.toStdString()));
    REQUIRE(keys.ok());
    return Session(**user, shared.dataKeyShared(), *keys);
}

/// A person's BSN as the DDAS delivery reads it: from the copy sealed to the statistics key.
QString statisticsBsn(const Session &lead, const QVariant &copy, qint64 personId)
{
    REQUIRE(lead.keys().statistics);
    REQUIRE_FALSE(copy.isNull());
    const SharedKey &key = *lead.keys().statistics;
    auto plain = sealedbox::open(copy.toString(), sealed::personBsn.statisticsAt(personId).associatedData(),
                                 key.publicKey(), key.boxSecretKey());
    REQUIRE(plain.has_value());
    return QString::fromLatin1(*plain);
}

/// Every row of every table, in id order, hashed: equal hashes mean equal content, ids included.
/// Sealed BSNs differ by key and nonce, so they enter opened (from the statistics copy); their
/// keyed hash must match them, and each must be under its team's key, not the shared one.
QByteArray dumpHash(Database &db)
{
    const Session session = demoSession(db);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table : {"addresses", "households", "persons", "notes", "places"}) {
        auto q = runSql(db.connection(), QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)));
        REQUIRE(q.ok());
        while (q->next()) {
            const QSqlRecord record = q->record();
            for (int i = 0; i < record.count(); ++i)
            {
                // NULL and '' must differ in the dump: the fast writer has to match both exactly.
                const QVariant v = q->value(i);
                QString text = v.isNull() ? QStringLiteral("<NULL>") : v.toString();
                if (record.fieldName(i) == QLatin1String("bsn_hash") || record.fieldName(i) == QLatin1String("bsn_stat_enc"))
                    continue;
                if (record.fieldName(i) == QLatin1String("bsn_enc") && !v.isNull()) {
                    CHECK_FALSE(FieldCipher::isShared(text));
                    text = statisticsBsn(session, q->value(QStringLiteral("bsn_stat_enc")), q->value(QStringLiteral("id")).toLongLong());
                    CHECK(q->value(QStringLiteral("bsn_hash")).toString() == session.fields().bsnHash(text));
                }
                hash.addData((record.fieldName(i) + QLatin1Char('=') + text + QLatin1Char('\x1f')).toUtf8());
            }
            hash.addData(QByteArrayView("\n"));
        }
    }
    return hash.result().toHex();
}

qint64 countOf(const Database &db, const char *table)
{
    auto q = runSql(db.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

int ageOn(const QDate &birth, const QDate &day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

} // namespace

TEST_CASE("The same seed gives the same municipality, byte for byte, and another seed another one", "[demo]")
{
    TestDatabase a, b, c;
    auto dbA = a.open();
    auto dbB = b.open();
    auto dbC = c.open();
    const DemoSummary summary = generate(*dbA, 400, 42);
    generate(*dbB, 400, 42);
    generate(*dbC, 400, 43);

    CHECK(summary.households == 400);
    CHECK(summary.persons == countOf(*dbA, "persons"));
    CHECK(countOf(*dbA, "households") == 400);
    // The place inventory comes with the households, scaled to them (DemoPlacesTest has the rest).
    CHECK(summary.places == demo::DemoPlaces::countFor(400));
    CHECK(countOf(*dbA, "places") == summary.places);
    CHECK(dumpHash(*dbA) == dumpHash(*dbB));
    CHECK(dumpHash(*dbA) != dumpHash(*dbC));
}

TEST_CASE("The fast demo writer stores exactly the rows the repositories store", "[demo]")
{
    TestDatabase fast, reference;
    auto dbFast = fast.open();
    auto dbReference = reference.open();
    // More households than the 9999 range has BSNs for, so people without one (NULL) occur too.
    generate(*dbFast, 4500, 5);
    DemoOptions options = testOptions(4500, 5);
    options.throughRepositories = true;
    REQUIRE(DemoGenerator(options).writeTo(*dbReference).ok());
    CHECK(countOf(*dbFast, "persons") == countOf(*dbReference, "persons"));
    auto q = runSql(dbFast->connection(), QStringLiteral("SELECT COUNT(*) FROM persons WHERE bsn_enc IS NULL"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    CHECK(q->value(0).toInt() > 0);
    CHECK(dumpHash(*dbFast) == dumpHash(*dbReference));
}

TEST_CASE("Demo BSNs come from the 9999 test range, pass the 11-proef and are unique", "[demo]")
{
    TestDatabase scratch;
    auto db = scratch.open();
    const DemoSummary summary = generate(*db, 1000, 7);
    const Session session = demoSession(*db);

    auto q = runSql(db->connection(), QStringLiteral("SELECT bsn_stat_enc, id FROM persons"));
    REQUIRE(q.ok());
    QSet<QString> seen;
    int withBsn = 0;
    int persons = 0;
    while (q->next()) {
        ++persons;
        const QString bsn = statisticsBsn(session, q->value(0), q->value(1).toLongLong());
        // A municipality this small fits in the test range, so everyone has a BSN.
        REQUIRE_FALSE(bsn.isEmpty());
        ++withBsn;
        INFO(bsn.toStdString());
        CHECK(bsn.size() == 9);
        CHECK(bsn.startsWith(QLatin1String("9999")));
        CHECK(bsn::passesElfproef(bsn));
        CHECK_FALSE(seen.contains(bsn));
        seen.insert(bsn);
    }
    CHECK(persons == summary.persons);
    CHECK(withBsn == persons);
}

TEST_CASE("Demo addresses carry valid postcodes of one municipality", "[demo]")
{
    TestDatabase scratch;
    auto db = scratch.open();
    generate(*db, 1500, 3);

    auto q = runSql(db->connection(), QStringLiteral("SELECT postcode, huisnummer, straat, plaats, wijk, toevoeging FROM addresses"));
    REQUIRE(q.ok());
    QSet<QString> wijken;
    int withToevoeging = 0;
    int rows = 0;
    while (q->next()) {
        ++rows;
        const QString pc = q->value(0).toString();
        INFO(pc.toStdString());
        CHECK(postcode::normalize(pc) == pc);
        const int number = pc.left(4).toInt();
        CHECK(number >= 7411);
        CHECK(number <= 7439);
        CHECK(number != 7426); // the newcomers' postcode
        CHECK(q->value(1).toInt() > 0);
        CHECK_FALSE(q->value(2).toString().isEmpty());
        CHECK(q->value(3).toString() == QLatin1String("Lindewaarde"));
        wijken.insert(q->value(4).toString());
        if (!q->value(5).toString().isEmpty())
            ++withToevoeging;
    }
    CHECK(rows == 1500);
    CHECK(wijken.size() >= 8);
    CHECK(wijken.size() <= 12);
    CHECK(withToevoeging > 0);
    CHECK(withToevoeging < rows / 5);
}

TEST_CASE("Demo households are composed like real ones", "[demo]")
{
    TestDatabase scratch;
    auto db = scratch.open();
    const DemoSummary summary = generate(*db, 1200, 11);

    const Session session = demoSession(*db);
    HouseholdRepository households(db->connection());
    int singles = 0;
    for (qint64 id = 1; id <= summary.households; ++id) {
        auto h = households.get(id, session.fields());
        REQUIRE(h.ok());
        INFO("household " << id);
        int heads = 0;
        for (const Person &p : h->members)
            heads += p.role == MemberRole::Hoofdbewoner ? 1 : 0;
        REQUIRE(heads == 1);
        const Person *head = h->headOfHousehold();
        CHECK(ageOn(head->geboortedatum, asOf) >= 18);
        for (const Person &p : h->members) {
            CHECK(p.geboortedatum.isValid());
            CHECK(p.geboortedatum <= asOf);
            CHECK_FALSE(p.voornaam.isEmpty());
            CHECK(p.voorletters.startsWith(p.voornaam.left(1).toUpper()));
            CHECK(p.voorletters.endsWith(QLatin1Char('.')));
            if (!p.email.isEmpty())
                CHECK((p.email.endsWith(QLatin1String("@voorbeeld.nl")) || p.email.contains(QLatin1String("@example."))));
            if (!p.telefoon.isEmpty())
                CHECK((p.telefoon.startsWith(QLatin1String("06-")) || p.telefoon.startsWith(QLatin1String("0570-"))));
            if (p.role == MemberRole::Kind) {
                // Every parent is at least 18 years older than the child.
                for (const Person &parent : h->members)
                    if (parent.role == MemberRole::Hoofdbewoner || parent.role == MemberRole::Partner)
                        CHECK(parent.geboortedatum.addYears(18) <= p.geboortedatum.addDays(365));
                CHECK(head->geboortedatum < p.geboortedatum);
            } else {
                CHECK(ageOn(p.geboortedatum, asOf) >= 18);
            }
        }
        if (h->members.size() == 1)
            ++singles;
    }
    // Singles are about 38% of households.
    CHECK(singles > summary.households * 32 / 100);
    CHECK(singles < summary.households * 44 / 100);
    CHECK(summary.persons > summary.households * 19 / 10);
    CHECK(summary.persons < summary.households * 26 / 10);

    // The summary columns are what the repositories derive: the list shows the head's sort name.
    auto q = runSql(db->connection(), QStringLiteral(
        "SELECT h.display_name, h.member_count, (SELECT COUNT(*) FROM persons p WHERE p.household_id = h.id) FROM households h"));
    REQUIRE(q.ok());
    while (q->next()) {
        CHECK_FALSE(q->value(0).toString().isEmpty());
        CHECK(q->value(1).toInt() == q->value(2).toInt());
    }
}

TEST_CASE("Cancelling the demo through its progress callback writes nothing", "[demo]")
{
    TestDatabase scratch;
    auto db = scratch.open();
    int calls = 0;
    auto written = DemoGenerator(testOptions(500, 1)).writeTo(*db, [&](int done, int total) {
        ++calls;
        CHECK(total == 500);
        return done < 250;
    });
    REQUIRE(written.ok());
    CHECK(written->cancelled);
    CHECK(calls > 1);
    CHECK(countOf(*db, "households") == 0);
    CHECK(countOf(*db, "persons") == 0);
    CHECK(countOf(*db, "addresses") == 0);
    CHECK(countOf(*db, "places") == 0);

    // And the database is still fit for a demo afterwards.
    CHECK(generate(*db, 20, 1).households == 20);
}

TEST_CASE("The demo database has the documented accounts, password demo, in two teams", "[demo][auth]")
{
    test::TestDatabase scratch;
    auto db = scratch.open();
    generate(*db, 50, 1);
    CHECK(db->isDemo());
    FixedClock clock(QDateTime(asOf, QTime(10, 0), Qt::UTC));
    AuthService auth(*db, clock);
    qint64 noord = 0;
    for (const DemoAccount &account : demoAccounts) {
        auto session = auth.login(QString::fromLatin1(account.username), QString::fromLatin1(demoPassword));
        INFO(account.username);
        REQUIRE(session.ok());
        CHECK(session->user().role == account.role);
        CHECK((session->user().teamId == 0) == (account.team == 0));
        if (account.team == 1)
            noord = session->user().teamId;
    }
    // Both teams have households of their own.
    auto teams = runSql(db->connection(), QStringLiteral("SELECT COUNT(DISTINCT team_id), SUM(CASE WHEN team_id = ? THEN 1 ELSE 0 END) "
                                                         "FROM households"), {noord});
    REQUIRE(teams.ok());
    REQUIRE(teams->next());
    CHECK(teams->value(0).toInt() == 2);
    CHECK(teams->value(1).toInt() > 0);
    CHECK(teams->value(1).toInt() < 50);
}

TEST_CASE("The demo refuses a database that already holds households", "[demo]")
{
    TestDatabase scratch;
    auto db = scratch.open();
    generate(*db, 10, 1);
    const QByteArray before = dumpHash(*db);

    auto again = DemoGenerator(testOptions(10, 2)).writeTo(*db);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(dumpHash(*db) == before);
}

TEST_CASE("The demo refuses a household count outside its range", "[demo]")
{
    TestDatabase scratch;
    auto db = scratch.open();
    for (int n : {0, -5, DemoGenerator::maxHouseholds() + 1}) {
        auto written = DemoGenerator(testOptions(n, 1)).writeTo(*db);
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().code == ErrorCode::Invalid);
    }
    CHECK(countOf(*db, "addresses") == 0);
}

TEST_CASE("The demo leaves the generator under team keys: another team's password opens nothing of a team", "[demo][keys]")
{
    // A copy of a freshly generated demo, before anyone logged in, is as safe as one taken after:
    // the generator made the team keys and converted the fields (ADR 11).
    TestDatabase scratch;
    auto db = scratch.open();
    generate(*db, 200, 9);
    const Session noord = demoSession(*db, "consulent");
    const Session zuid = demoSession(*db, "consulent2");
    const Session beheerder = demoSession(*db, "beheerder");
    REQUIRE(noord.keys().team);
    REQUIRE(zuid.keys().team);
    CHECK_FALSE(beheerder.keys().team);

    auto q = runSql(db->connection(), QStringLiteral("SELECT p.id, p.bsn_enc, h.team_id FROM persons p "
                                                     "JOIN households h ON h.id = p.household_id WHERE p.bsn_enc IS NOT NULL"));
    REQUIRE(q.ok());
    int rows = 0;
    while (q->next()) {
        ++rows;
        const qint64 person = q->value(0).toLongLong();
        const QString sealedBsn = q->value(1).toString();
        const bool ofNoord = q->value(2).toLongLong() == noord.user().teamId;
        INFO("person " << person);
        CHECK_FALSE(FieldCipher::isShared(sealedBsn));
        const SealedField where = sealed::personBsn.at(person);
        CHECK(noord.fields().open(sealedBsn, where).ok() == ofNoord);
        CHECK(zuid.fields().open(sealedBsn, where).ok() == !ofNoord);
        CHECK_FALSE(beheerder.fields().open(sealedBsn, where).ok());
    }
    CHECK(rows > 0);
}
