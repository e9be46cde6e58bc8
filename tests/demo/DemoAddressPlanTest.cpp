#include "demo/DemoAddressPlan.h"
#include "demo/DemoHouseholdFactory.h"
#include "domain/Bsn.h"
#include "domain/Postcode.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace vangnet;
using vangnet::demo::DemoAddressPlan;
using vangnet::demo::DemoHouseholdFactory;

TEST_CASE("The address plan holds its maximum with unique addresses and valid postcodes", "[demo]")
{
    const int total = DemoAddressPlan::maxHouseholds;
    DemoAddressPlan plan(total, 5);
    QSet<QString> seen;
    seen.reserve(total);
    QSet<QString> postcodes;
    int invalid = 0;
    for (int i = 0; i < total; ++i) {
        const auto a = plan.next();
        REQUIRE(a.has_value());
        seen.insert(a->postcode + QLatin1Char('|') + QString::number(a->huisnummer) + QLatin1Char('|') + a->toevoeging);
        postcodes.insert(a->postcode);
        if (postcode::normalize(a->postcode) != a->postcode || a->postcode.mid(5) == QLatin1String("SA")
            || a->postcode.mid(5) == QLatin1String("SD") || a->postcode.mid(5) == QLatin1String("SS"))
            ++invalid;
    }
    CHECK(seen.size() == total);
    CHECK(invalid == 0);
    // Postcodes are shared by a stretch of a street, as in a real town.
    CHECK(postcodes.size() < total / 8);
}

TEST_CASE("The 9999 test range holds every BSN that passes the 11-proef, and no other", "[demo]")
{
    const QStringList bsns = DemoHouseholdFactory::testRangeBsns();
    int passing = 0;
    for (int k = 0; k < 100000; ++k)
        passing += bsn::passesElfproef(QStringLiteral("9999%1").arg(k, 5, 10, QLatin1Char('0'))) ? 1 : 0;
    CHECK(bsns.size() == passing);
    for (const QString &b : bsns)
        REQUIRE(bsn::passesElfproef(b));
}

TEST_CASE("A large municipality spreads the test-range BSNs over everyone without running dry early", "[demo]")
{
    const int households = 20000;
    DemoHouseholdFactory factory(9, QDate(2026, 1, 1), households);
    int people = 0;
    int withBsn = 0;
    int withBsnInLastTenth = 0;
    for (int i = 0; i < households; ++i)
        for (const Person &p : factory.nextMembers()) {
            ++people;
            if (!p.bsn.isEmpty()) {
                ++withBsn;
                if (i >= households * 9 / 10)
                    ++withBsnInLastTenth;
            }
        }
    CHECK(withBsn > DemoHouseholdFactory::testRangeBsns().size() * 8 / 10);
    CHECK(withBsn <= DemoHouseholdFactory::testRangeBsns().size());
    CHECK(withBsnInLastTenth > withBsn / 20);
    CHECK(people > households * 2);
}
