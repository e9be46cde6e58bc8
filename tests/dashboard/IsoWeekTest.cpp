#include "dashboard/IsoWeek.h"

#include <catch2/catch.hpp>

using vangnet::dashboard::IsoWeek;

TEST_CASE("An ISO week runs Monday to Sunday and is numbered in the year of its Thursday", "[dashboard]")
{
    const IsoWeek w47 = *IsoWeek::parse(QStringLiteral("2026-W47"));
    CHECK(w47.monday() == QDate(2026, 11, 16));
    CHECK(w47.sunday() == QDate(2026, 11, 22));
    CHECK(w47.key() == QStringLiteral("2026-W47"));
    // 29 December 2025 is a Monday in the week of Thursday 1 January 2026.
    CHECK(IsoWeek::containing(QDate(2025, 12, 29)).key() == QStringLiteral("2026-W01"));
    CHECK(IsoWeek::parse(QStringLiteral("2026-w01"))->monday() == QDate(2025, 12, 29));
    // 2026 starts on a Thursday, so it has 53 weeks; 2027 has 52.
    CHECK(vangnet::dashboard::isoWeeksInYear(2026) == 53);
    CHECK(vangnet::dashboard::isoWeeksInYear(2027) == 52);
    CHECK(IsoWeek::parse(QStringLiteral("2026-W53"))->sunday() == QDate(2027, 1, 3));
    CHECK(w47.plusWeeks(-47).key() == QStringLiteral("2025-W52"));
}

TEST_CASE("The last complete week is the one before the week holding today", "[dashboard]")
{
    CHECK(IsoWeek::lastComplete(QDate(2026, 11, 24)).key() == QStringLiteral("2026-W47"));
    CHECK(IsoWeek::lastComplete(QDate(2026, 11, 22)).key() == QStringLiteral("2026-W46")); // a Sunday
    CHECK(IsoWeek::lastComplete(QDate(2026, 11, 23)).key() == QStringLiteral("2026-W47")); // the Monday after
}

TEST_CASE("A malformed week or one the year does not have is refused with the reason", "[dashboard]")
{
    for (const char *text : {"2026-47", "2026W47", "26-W47", "2026-W4", "2026-W470", "", "week 47"}) {
        INFO(text);
        const auto parsed = IsoWeek::parse(QString::fromLatin1(text));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().fields.value(0).field == QStringLiteral("week"));
    }
    const auto w54 = IsoWeek::parse(QStringLiteral("2026-W54"));
    REQUIRE_FALSE(w54.ok());
    CHECK(w54.error().message.contains(QStringLiteral("1 to 53")));
    CHECK_FALSE(IsoWeek::parse(QStringLiteral("2027-W53")).ok());
    CHECK_FALSE(IsoWeek::parse(QStringLiteral("2026-W00")).ok());
}
