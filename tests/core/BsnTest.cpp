#include "domain/Bsn.h"

#include <catch2/catch.hpp>

using namespace vangnet;

TEST_CASE("BSN 11-proef accepts valid numbers", "[bsn]")
{
    for (const char *valid : {"999990019", "999999990", "111222333", "123456782"}) {
        INFO(valid);
        CHECK(bsn::passesElfproef(QString::fromLatin1(valid)));
        CHECK(bsn::parse(QString::fromLatin1(valid)) == QString::fromLatin1(valid));
    }
}

TEST_CASE("BSN 11-proef rejects invalid numbers", "[bsn]")
{
    CHECK_FALSE(bsn::passesElfproef(QStringLiteral("123456789")));
    CHECK_FALSE(bsn::passesElfproef(QStringLiteral("999990018")));
    CHECK_FALSE(bsn::passesElfproef(QStringLiteral("000000000"))); // sum 0 is not a BSN
    CHECK_FALSE(bsn::passesElfproef(QStringLiteral("12345678")));  // not normalised
    CHECK_FALSE(bsn::parse(QStringLiteral("12345678a")).has_value());
    CHECK_FALSE(bsn::parse(QStringLiteral("1234567890")).has_value());
    CHECK_FALSE(bsn::parse(QString()).has_value());
}

TEST_CASE("BSN normalisation strips separators and restores the leading zero", "[bsn]")
{
    CHECK(bsn::normalize(QStringLiteral("1112.22.333")) == QStringLiteral("111222333"));
    CHECK(bsn::normalize(QStringLiteral(" 111 222 333 ")) == QStringLiteral("111222333"));
    CHECK(bsn::normalize(QStringLiteral("12345672")) == QStringLiteral("012345672"));
    CHECK_FALSE(bsn::normalize(QStringLiteral("1234567")).has_value());
}
