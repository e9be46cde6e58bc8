#include "support/TestDatabase.h"
#include "support/TestUsers.h"

#include "households/HouseholdService.h"
#include "storage/AddressRepository.h"
#include "storage/HouseholdQuery.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using vangnet::test::TestDatabase;

namespace {

struct Fixture {
    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC)};
    test::TestUsers users{*db, clock};
    HouseholdService service{*db, clock, users.caseworkerA()};
    HouseholdQuery query{db->connection(), users.caseworkerA()};

    qint64 add(const char *straat, int nr, const char *postcode, const char *wijk, const char *voorvoegsel,
               const char *achternaam, const char *voornaam, const char *bsn)
    {
        Household h;
        h.address = Address{0, QString::fromUtf8(straat), nr, QString(), QString::fromLatin1(postcode), QStringLiteral("Vangstad"),
                            QString::fromUtf8(wijk)};
        Person p;
        p.voornaam = QString::fromUtf8(voornaam);
        p.voorletters = p.voornaam.left(1) + QLatin1Char('.');
        p.voorvoegsel = QString::fromUtf8(voorvoegsel);
        p.achternaam = QString::fromUtf8(achternaam);
        p.bsn = QString::fromLatin1(bsn);
        h.members << p;
        auto created = service.create(h);
        INFO((created ? std::string() : created.error().message.toStdString()));
        REQUIRE(created.ok());
        return created->id;
    }

    QVector<qint64> find(const QString &text, HouseholdSort sort = HouseholdSort::Name, bool desc = false)
    {
        auto ids = query.ids(HouseholdFilter{text, QString(), sort, desc});
        REQUIRE(ids.ok());
        return *ids;
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "The household list searches by name, BSN, postcode and street with number", "[query]")
{
    const qint64 berg = add("Lindelaan", 12, "7411 AB", "Centrum", "van den", "Berg", "Jan", "999990019");
    const qint64 celik = add("Eikenweg", 3, "7412 CD", "Noord", "", "Çelik", "Ayşe", "999999990");
    const qint64 vries = add("Lindelaan", 14, "7411 AC", "Centrum", "de", "Vries", "Sanne", "");

    CHECK(find(QString()) == QVector<qint64>{berg, celik, vries}); // sorted by surname, prefixes ignored
    CHECK(find(QStringLiteral("berg")) == QVector<qint64>{berg});
    CHECK(find(QStringLiteral("jan berg")) == QVector<qint64>{berg});
    CHECK(find(QStringLiteral("celik")) == QVector<qint64>{celik}); // diacritics folded
    CHECK(find(QStringLiteral("AYSE")) == QVector<qint64>{celik});
    CHECK(find(QStringLiteral("999990019")) == QVector<qint64>{berg});
    CHECK(find(QStringLiteral("9999.90.019")) == QVector<qint64>{berg});
    CHECK(find(QStringLiteral("7411")) == QVector<qint64>{berg, vries});
    CHECK(find(QStringLiteral("7411ac")) == QVector<qint64>{vries});
    CHECK(find(QStringLiteral("7411 AB")) == QVector<qint64>{berg});
    CHECK(find(QStringLiteral("lindelaan 14")) == QVector<qint64>{vries});
    CHECK(find(QStringLiteral("Linde 12")) == QVector<qint64>{berg});
    CHECK(find(QStringLiteral("lindelaan")) == QVector<qint64>{berg, vries});
    CHECK(find(QStringLiteral("nobody")).isEmpty());
    CHECK(find(QStringLiteral("50%")).isEmpty()); // wildcards are literal
}

TEST_CASE_METHOD(Fixture, "The household list sorts in SQL in both directions", "[query]")
{
    const qint64 a = add("Zwaluwstraat", 1, "7413 AA", "Oost", "", "Aalders", "Tom", "");
    const qint64 b = add("Beukenlaan", 9, "7411 ZZ", "West", "", "Bakker", "Eva", "");
    CHECK(find(QString(), HouseholdSort::Address) == QVector<qint64>{b, a});
    CHECK(find(QString(), HouseholdSort::Postcode) == QVector<qint64>{b, a});
    CHECK(find(QString(), HouseholdSort::Name, true) == QVector<qint64>{b, a});
    CHECK(find(QString(), HouseholdSort::Wijk, true) == QVector<qint64>{b, a});

    auto west = query.ids(HouseholdFilter{QString(), QStringLiteral("West"), HouseholdSort::Name, false});
    CHECK(*west == QVector<qint64>{b});
    CHECK(*AddressRepository(db->connection()).districts() == QStringList{QStringLiteral("Oost"), QStringLiteral("West")});
}

TEST_CASE_METHOD(Fixture, "List rows carry what the list shows, in the order asked", "[query]")
{
    const qint64 a = add("Lindelaan", 12, "7411 AB", "Centrum", "van den", "Berg", "Jan", "");
    const qint64 b = add("Eikenweg", 3, "7412 CD", "Noord", "", "Smit", "Kees", "");
    auto rows = query.rows({b, a, 999999});
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).id == b);
    CHECK(rows->at(1).name == QStringLiteral("Berg, J. van den"));
    CHECK(rows->at(1).address == QStringLiteral("Lindelaan 12"));
    CHECK(rows->at(1).postcode == QStringLiteral("7411 AB"));
    CHECK(rows->at(1).wijk == QStringLiteral("Centrum"));
    CHECK(rows->at(1).memberCount == 1);

    auto limited = query.find(HouseholdFilter{}, 1);
    REQUIRE(limited->size() == 1);
    CHECK(limited->first().id == a);
}
