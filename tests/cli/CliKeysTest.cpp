#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

// `vangnet-cli keys rotate` (docs/security.md, "Keys per team"): a member of the team and the
// administrator agree; the team's fields are re-sealed under the next key version.

namespace {

const Environment adminPassword{{QStringLiteral("VANGNET_ADMIN_PASSWORD"), demoPassword}};

QStringList rotate(const QString &team)
{
    return {QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--team"), team, QStringLiteral("--admin"),
            QStringLiteral("beheerder"), QStringLiteral("--json")};
}

} // namespace

TEST_CASE("vangnet-cli keys rotate makes the next team key with a member and the administrator", "[cli][keys]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);

    SECTION("the team and the administrator are required")
    {
        const Run run = as(home, db, QStringLiteral("consulent"), {QStringLiteral("keys"), QStringLiteral("rotate")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QLatin1String("--team NAME --admin NAME")));
    }
    SECTION("a member of another team cannot rotate it")
    {
        const Run run = as(home, db, QStringLiteral("consulent2"), rotate(QStringLiteral("Team Noord")), adminPassword);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QLatin1String("not a member of team 'Team Noord'")));
    }
    SECTION("a wrong administrator password changes nothing")
    {
        const Run refused = as(home, db, QStringLiteral("consulent"), rotate(QStringLiteral("Team Noord")),
                               {{QStringLiteral("VANGNET_ADMIN_PASSWORD"), QStringLiteral("niet-demo")}});
        CHECK(refused.exitCode == 2);
        const Run first = as(home, db, QStringLiteral("consulent"), rotate(QStringLiteral("Team Noord")), adminPassword);
        REQUIRE(first.exitCode == 0);
        CHECK(jsonOf(first).value(QStringLiteral("made")).toInt() == 2);
    }
    SECTION("the rotation re-seals the team's fields, is audited, and the data stays readable")
    {
        const Run run = as(home, db, QStringLiteral("consulent"), rotate(QStringLiteral("team noord")), adminPassword);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QJsonObject result = jsonOf(run);
        CHECK(result.value(QStringLiteral("team")).toString() == QStringLiteral("Team Noord"));
        CHECK(result.value(QStringLiteral("retired")).toInt() == 1);
        CHECK(result.value(QStringLiteral("made")).toInt() == 2);
        CHECK(result.value(QStringLiteral("fieldsResealed")).toInt() > 0);
        CHECK(result.value(QStringLiteral("membersGranted")).toInt() == 2); // teamleider and consulent

        const Run verify = as(home, db, QStringLiteral("beheerder"), {QStringLiteral("audit"), QStringLiteral("verify")});
        CHECK(verify.exitCode == 0);
        const Run audit = as(home, db, QStringLiteral("beheerder"),
                             {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
        CHECK(QString::fromUtf8(audit.out).count(QStringLiteral("\"key_change\"")) >= 2);
        // The team lead reads a BSN of the team through the new key: a subject access export opens it.
        const Run list = as(home, db, QStringLiteral("teamleider"),
                            {QStringLiteral("household"), QStringLiteral("list"), QStringLiteral("--json")});
        REQUIRE(list.exitCode == 0);
        const qint64 household = householdIds(jsonOf(list)).values().first();
        const Run show = as(home, db, QStringLiteral("teamleider"),
                            {QStringLiteral("household"), QStringLiteral("show"), QString::number(household)});
        CHECK(show.exitCode == 0);
        CHECK_FALSE(show.err.contains(QLatin1String("damaged")));
    }
}
