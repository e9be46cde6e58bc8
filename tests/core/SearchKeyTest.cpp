#include "support/SearchKey.h"

#include <catch2/catch.hpp>

using namespace vangnet;

TEST_CASE("Search keys fold case, diacritics and white space", "[search]")
{
    CHECK(searchKey(QStringLiteral("Çelik  Özdemir")) == QStringLiteral("celik ozdemir"));
    CHECK(searchKey(QStringLiteral("  Van der Berg ")) == QStringLiteral("van der berg"));
    CHECK(searchKey(QStringLiteral("Zoë Hoëvenaars")) == QStringLiteral("zoe hoevenaars"));
}

TEST_CASE("LIKE wildcards in user text are escaped", "[search]")
{
    CHECK(escapeLike(QStringLiteral("50%_a\\b")) == QStringLiteral("50\\%\\_a\\\\b"));
}
