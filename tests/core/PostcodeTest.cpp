#include "domain/Postcode.h"

#include <catch2/catch.hpp>

using namespace vangnet;

TEST_CASE("Postcodes are normalised to 1234 AB", "[postcode]")
{
    CHECK(postcode::normalize(QStringLiteral("1234ab")) == QStringLiteral("1234 AB"));
    CHECK(postcode::normalize(QStringLiteral(" 1234  Ab ")) == QStringLiteral("1234 AB"));
    CHECK(postcode::normalize(QStringLiteral("7411 KX")) == QStringLiteral("7411 KX"));
}

TEST_CASE("Invalid postcodes are refused", "[postcode]")
{
    for (const char *bad : {"12345", "0123 AB", "123 AB", "1234 A", "1234 ABC", "1234 SS", "1234 sa", "1234 SD", "", "ABCD 12"}) {
        INFO(bad);
        CHECK_FALSE(postcode::normalize(QString::fromLatin1(bad)).has_value());
    }
}

TEST_CASE("Postcode prefixes are recognised for searching", "[postcode]")
{
    CHECK(postcode::isPrefix(QStringLiteral("7411")));
    CHECK(postcode::isPrefix(QStringLiteral("7411 k")));
    CHECK(postcode::isPrefix(QStringLiteral("7411KX")));
    CHECK_FALSE(postcode::isPrefix(QStringLiteral("74"))); // could be a house number
    CHECK_FALSE(postcode::isPrefix(QStringLiteral("Jansen")));
    CHECK_FALSE(postcode::isPrefix(QStringLiteral("74111")));
}
