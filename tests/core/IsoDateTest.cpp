#include "support/IsoDate.h"

#include <catch2/catch.hpp>

using vangnet::isoDate;

TEST_CASE("isoDate writes what QDate's ISO format writes, and nothing for no date", "[support]")
{
    for (const QDate &d : {QDate(2026, 11, 30), QDate(1, 1, 1), QDate(999, 12, 31), QDate(9999, 12, 31),
                           QDate(2024, 2, 29), QDate(1985, 3, 1)})
        CHECK(isoDate(d) == d.toString(Qt::ISODate));
    CHECK(isoDate(QDate(2026, 3, 1)) == QStringLiteral("2026-03-01"));
    CHECK(isoDate(QDate()).isNull());
    // Outside 0001–9999 the general formatter answers.
    CHECK(isoDate(QDate(10000, 1, 1)) == QDate(10000, 1, 1).toString(Qt::ISODate));
}

TEST_CASE("isoDateFromText reads stored dates and nothing else", "[support]")
{
    using vangnet::isoDateFromText;
    CHECK(isoDateFromText("2026-11-30") == QDate(2026, 11, 30));
    CHECK(isoDateFromText("0001-01-01") == QDate(1, 1, 1));
    CHECK_FALSE(isoDateFromText("2026-02-30").isValid());
    CHECK_FALSE(isoDateFromText("30-11-2026").isValid());
    CHECK_FALSE(isoDateFromText("2026-1-30").isValid());
    CHECK_FALSE(isoDateFromText("2026-11-3x").isValid());
    CHECK_FALSE(isoDateFromText("").isValid());
    CHECK_FALSE(isoDateFromText("2026-11-30T10:00").isValid());
}
