#include "domain/Validation.h"

#include <catch2/catch.hpp>

using namespace vangnet;

namespace {
const QDate today(2026, 11, 24);

Person validPerson()
{
    Person p;
    p.voorletters = QStringLiteral("J.");
    p.voornaam = QStringLiteral("Jan");
    p.achternaam = QStringLiteral("Berg");
    p.voorvoegsel = QStringLiteral("van den");
    p.bsn = QStringLiteral("999990019");
    p.geboortedatum = QDate(1980, 5, 17);
    p.telefoon = QStringLiteral("06 12345678");
    p.email = QStringLiteral("jan@voorbeeld.nl");
    return p;
}

Household validHousehold()
{
    Household h;
    h.address = Address{0, QStringLiteral("Lindelaan"), 12, QStringLiteral("a"), QStringLiteral("7411ab"), QStringLiteral("Vangstad"), QStringLiteral("Centrum")};
    h.members << validPerson();
    Person partner = validPerson();
    partner.role = MemberRole::Partner;
    partner.bsn = QStringLiteral("111222333");
    h.members << partner;
    return h;
}

QStringList fieldsOf(const QList<FieldError> &errors)
{
    QStringList out;
    for (const auto &e : errors)
        out << e.field;
    return out;
}
} // namespace

TEST_CASE("A complete household is valid", "[validation]")
{
    CHECK(validation::validateHousehold(validHousehold(), today).isEmpty());
}

TEST_CASE("An invalid BSN is named with its number", "[validation]")
{
    const auto errors = validation::validateBsn(QStringLiteral("123456789"));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().field == QStringLiteral("bsn"));
    CHECK(errors.first().message.contains(QStringLiteral("123456789")));
    CHECK(validation::validateBsn(QStringLiteral("12345")).first().message.contains(QStringLiteral("12345")));
    CHECK(validation::validateBsn(QString()).isEmpty()); // unknown BSN is allowed
}

TEST_CASE("A postcode like 12345 is refused with the postcode in the message", "[validation]")
{
    Household h = validHousehold();
    h.address.postcode = QStringLiteral("12345");
    const auto errors = validation::validateHousehold(h, today);
    REQUIRE(fieldsOf(errors) == QStringList{QStringLiteral("postcode")});
    CHECK(errors.first().message.contains(QStringLiteral("12345")));
}

TEST_CASE("Person fields are checked with their own field keys", "[validation]")
{
    Person p = validPerson();
    p.achternaam.clear();
    p.geboortedatum = today.addDays(1);
    p.telefoon = QStringLiteral("12");
    p.email = QStringLiteral("geen-adres");
    const auto errors = validation::validatePerson(p, today, QStringLiteral("members[0]."));
    CHECK(fieldsOf(errors) == QStringList{QStringLiteral("members[0].achternaam"), QStringLiteral("members[0].geboortedatum"),
                                          QStringLiteral("members[0].telefoon"), QStringLiteral("members[0].email")});
}

TEST_CASE("A household needs exactly one head and distinct BSNs", "[validation]")
{
    Household h = validHousehold();
    h.members[1].role = MemberRole::Hoofdbewoner;
    h.members[1].bsn = h.members[0].bsn;
    const QStringList fields = fieldsOf(validation::validateHousehold(h, today));
    CHECK(fields.contains(QStringLiteral("members")));
    CHECK(fields.contains(QStringLiteral("members[1].bsn")));

    h.members.clear();
    CHECK(fieldsOf(validation::validateHousehold(h, today)).contains(QStringLiteral("members")));
}

TEST_CASE("Address fields are checked", "[validation]")
{
    Address a{0, QString(), 0, QStringLiteral("toolongsuffix"), QStringLiteral("1234 AB"), QString(), QString()};
    CHECK(fieldsOf(validation::validateAddress(a)) ==
          QStringList{QStringLiteral("huisnummer"), QStringLiteral("toevoeging"), QStringLiteral("straat"), QStringLiteral("plaats")});
}

TEST_CASE("Normalising trims and formats", "[validation]")
{
    Household h = validHousehold();
    h.members[0].bsn = QStringLiteral("9999.90.019");
    const Household n = validation::normalized(h);
    CHECK(n.address.postcode == QStringLiteral("7411 AB"));
    CHECK(n.address.toevoeging == QStringLiteral("A"));
    CHECK(n.members[0].bsn == QStringLiteral("999990019"));
}
