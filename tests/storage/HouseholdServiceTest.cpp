#include "support/TestDatabase.h"
#include "support/TestUsers.h"

#include "households/HouseholdService.h"
#include "storage/HouseholdRepository.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using vangnet::test::TestDatabase;

namespace {

Person person(const char *voornaam, const char *achternaam, MemberRole role, const char *bsn)
{
    Person p;
    p.voornaam = QString::fromUtf8(voornaam);
    p.voorletters = p.voornaam.left(1) + QLatin1Char('.');
    p.achternaam = QString::fromUtf8(achternaam);
    p.role = role;
    p.bsn = QString::fromLatin1(bsn);
    p.geboortedatum = QDate(1985, 3, 1);
    return p;
}

Household household()
{
    Household h;
    h.address = Address{0, QStringLiteral("Lindelaan"), 12, QString(), QStringLiteral("7411 AB"), QStringLiteral("Vangstad"), QStringLiteral("Centrum")};
    h.members << person("Anna", "Jansen", MemberRole::Hoofdbewoner, "999990019");
    h.members << person("Piet", "Jansen", MemberRole::Partner, "999999990");
    return h;
}

struct Fixture {
    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC)};
    test::TestUsers users{*db, clock};
    HouseholdService service{*db, clock, users.caseworkerA()};
};

} // namespace

TEST_CASE_METHOD(Fixture, "A household with members is stored and read back whole", "[households]")
{
    auto created = service.create(household());
    INFO((created ? std::string() : created.error().message.toStdString()));
    REQUIRE(created.ok());
    CHECK(created->id > 0);
    CHECK(created->version == 1);
    CHECK(created->address.postcode == QStringLiteral("7411 AB"));
    REQUIRE(created->members.size() == 2);
    CHECK(created->members[0].role == MemberRole::Hoofdbewoner);
    // Read back, the BSN is masked: the plain number comes only through revealBsn().
    CHECK(created->members[0].bsn.isEmpty());
    CHECK(created->members[0].bsnMask == QStringLiteral("*****0019"));
    CHECK(created->members[0].maskedBsn() == QStringLiteral("*****0019"));
    CHECK(created->members[1].geboortedatum == QDate(1985, 3, 1));
    CHECK(created->displayName() == QStringLiteral("Jansen, A."));
    CHECK(created->createdAt == clock.now());
    CHECK(*HouseholdRepository(db->connection()).count() == 1);
}

TEST_CASE_METHOD(Fixture, "Invalid input is refused with field errors and nothing is written", "[households]")
{
    Household h = household();
    h.members[1].bsn = QStringLiteral("123456789");
    h.address.postcode = QStringLiteral("12345");
    auto created = service.create(h);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == ErrorCode::Invalid);
    QStringList fields;
    for (const auto &f : created.error().fields)
        fields << f.field;
    CHECK(fields == QStringList{QStringLiteral("postcode"), QStringLiteral("members[1].bsn")});
    CHECK(*HouseholdRepository(db->connection()).count() == 0);
}

TEST_CASE_METHOD(Fixture, "A BSN can be registered only once", "[households]")
{
    REQUIRE(service.create(household()).ok());
    Household other = household();
    other.address.huisnummer = 14;
    other.members.removeLast();
    auto created = service.create(other);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == ErrorCode::Invalid);
    REQUIRE(created.error().fields.size() == 1);
    CHECK(created.error().fields.first().field == QStringLiteral("members[0].bsn"));
}

TEST_CASE_METHOD(Fixture, "Editing members and address bumps the version", "[households]")
{
    Household h = *service.create(household());
    h.address.huisnummer = 20;
    h.members[1].telefoon = QStringLiteral("06 12345678");
    h.members << person("Sem", "Jansen", MemberRole::Kind, "");
    h.members.last().geboortedatum = QDate(2015, 6, 1);
    auto saved = service.save(h);
    REQUIRE(saved.ok());
    CHECK(saved->version == 2);
    CHECK(saved->address.huisnummer == 20);
    REQUIRE(saved->members.size() == 3);
    CHECK(saved->members[1].telefoon == QStringLiteral("06 12345678"));
    CHECK(saved->members[1].version == 2);
    CHECK(saved->members[0].version == 1); // unchanged members are not rewritten

    Household smaller = *saved;
    smaller.members.removeAt(1);
    auto again = service.save(smaller);
    REQUIRE(again.ok());
    CHECK(again->members.size() == 2);
}

TEST_CASE_METHOD(Fixture, "A stale edit is refused, never silently overwritten", "[households][stale]")
{
    const Household original = *service.create(household());
    Household first = original;
    first.members[0].telefoon = QStringLiteral("06 11111111");
    REQUIRE(service.save(first).ok());

    Household second = original; // opened before the first save
    second.members[0].telefoon = QStringLiteral("06 22222222");
    auto refused = service.save(second);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::StaleEdit);
    CHECK(service.get(original.id)->members[0].telefoon == QStringLiteral("06 11111111"));

    auto removal = service.remove(original.id, original.version);
    REQUIRE_FALSE(removal.ok());
    CHECK(removal.error().code == ErrorCode::StaleEdit);
}

TEST_CASE_METHOD(Fixture, "Removing a household removes its members and notes", "[households]")
{
    const Household h = *service.create(household());
    REQUIRE(service.addNote(h.id, QStringLiteral("Eerste gesprek gepland")).ok());
    REQUIRE(service.remove(h.id, h.version).ok());
    CHECK(service.get(h.id).error().code == ErrorCode::NotFound);
    // The BSNs are free again.
    CHECK(service.create(household()).ok());
}

TEST_CASE_METHOD(Fixture, "Notes keep author and time, newest first", "[households][notes]")
{
    const Household h = *service.create(household());
    REQUIRE(service.addNote(h.id, QStringLiteral("Eerste")).ok());
    clock.set(clock.now().addSecs(60));
    REQUIRE(service.addNote(h.id, QStringLiteral("  Tweede  ")).ok());
    auto notes = service.notes(h.id);
    REQUIRE(notes->size() == 2);
    CHECK(notes->at(0).text == QStringLiteral("Tweede"));
    CHECK(notes->at(0).author == QStringLiteral("consulent-a"));
    CHECK(notes->at(0).createdAt == clock.now());
    CHECK_FALSE(service.addNote(h.id, QStringLiteral("   ")).ok());
    CHECK(service.addNote(h.id + 100, QStringLiteral("x")).error().code == ErrorCode::NotFound);
}
