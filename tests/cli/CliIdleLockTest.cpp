#include "CliRunner.h"

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

TEST_CASE("vangnet-cli settings idle-lock shows and sets the administrator's idle-lock time", "[cli][idlelock]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const QString settings = QStringLiteral("settings");
    const QString idleLock = QStringLiteral("idle-lock");

    const Run shown = as(home, db, QStringLiteral("consulent"), {settings, idleLock});
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    CHECK(QString::fromUtf8(shown.out).contains(QStringLiteral("15")));

    const Run set = as(home, db, QStringLiteral("beheerder"), {settings, idleLock, QStringLiteral("5")});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(QString::fromUtf8(set.out).contains(QStringLiteral("5")));

    const Run tooLong = as(home, db, QStringLiteral("beheerder"), {settings, idleLock, QStringLiteral("60")});
    CHECK(tooLong.exitCode == 2);
    CHECK(tooLong.err.contains(QStringLiteral("between 1 and 15")));
    const Run notANumber = as(home, db, QStringLiteral("beheerder"), {settings, idleLock, QStringLiteral("vijf")});
    CHECK(notANumber.exitCode == 2);
    CHECK(notANumber.err.contains(QStringLiteral("vijf")));

    const Run refused = as(home, db, QStringLiteral("consulent"), {settings, idleLock, QStringLiteral("10")});
    CHECK(refused.exitCode == 2);
    CHECK(QString::fromUtf8(as(home, db, QStringLiteral("consulent"), {settings, idleLock}).out).contains(QStringLiteral("5")));
}
