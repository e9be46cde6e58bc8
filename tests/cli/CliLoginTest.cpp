#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vangnet::clitest;

TEST_CASE("vangnet-cli needs a user and the right password for every command but demo", "[cli][login]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home); // failed logins are counted in the database
    const QByteArray before = fileHash(db);

    SECTION("without --user nothing is opened")
    {
        for (const QStringList &command : {QStringList{QStringLiteral("info")},
                                           QStringList{QStringLiteral("household"), QStringLiteral("list")},
                                           QStringList{QStringLiteral("user"), QStringLiteral("list")},
                                           QStringList{QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("X")}}) {
            const Run run = cli(home, QStringList{QStringLiteral("--db"), db} + command, demoPassword);
            INFO(command.join(QLatin1Char(' ')).toStdString());
            CHECK(run.exitCode == 2);
            CHECK(run.err.contains(QLatin1String("needs --user NAME")));
            CHECK(run.out.isEmpty());
        }
        CHECK(fileHash(db) == before);
    }
    SECTION("a wrong password and an unknown user get the same message")
    {
        const Run wrong = cli(home, {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("consulent"),
                                     QStringLiteral("info")}, QStringLiteral("niet-demo"));
        const Run unknown = cli(home, {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("niemand"),
                                       QStringLiteral("info")}, demoPassword);
        CHECK(wrong.exitCode == 2);
        CHECK(unknown.exitCode == 2);
        CHECK(wrong.out.isEmpty());
        CHECK(unknown.out.isEmpty());
        const auto message = [](const QString &err) {
            for (const QString &line : err.split(QLatin1Char('\n')))
                if (line.startsWith(QLatin1String("vangnet-cli: ")))
                    return line;
            return QString();
        };
        CHECK_FALSE(message(wrong.err).isEmpty());
        CHECK(message(wrong.err) == message(unknown.err));
        CHECK_FALSE(wrong.err.contains(QLatin1String("niet-demo")));
    }
    SECTION("repeated wrong passwords lock the account, and user list says so")
    {
        const QStringList info{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("consulent"), QStringLiteral("info")};
        for (int attempt = 0; attempt < 5; ++attempt)
            CHECK(cli(home, info, QStringLiteral("niet-demo")).exitCode == 2);
        const Run locked = cli(home, info, demoPassword);
        CHECK(locked.exitCode == 2);
        CHECK(locked.out.isEmpty());
        const Run users = as(home, db, QStringLiteral("beheerder"), {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
        REQUIRE(users.exitCode == 0);
        const QJsonObject usersJson = jsonOf(users);
        CHECK(userNamed(usersJson, QStringLiteral("consulent")).value(QStringLiteral("locked")).toBool());
        CHECK_FALSE(userNamed(usersJson, QStringLiteral("consulent2")).value(QStringLiteral("locked")).toBool());
    }
    SECTION("without VANGNET_PASSWORD and without a terminal there is no password")
    {
        const Run run = cli(home, {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("consulent"),
                                   QStringLiteral("info")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QLatin1String("no password: use --password-fd N, set VANGNET_PASSWORD or run from a terminal")));
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("vangnet-cli shows each caseworker only their own team's households", "[cli][login]")
{
    QTemporaryDir home;
    const QString db = demoDatabase();
    const QStringList list{QStringLiteral("household"), QStringLiteral("list"), QStringLiteral("--json")};

    const Run noord = as(home, db, QStringLiteral("consulent"), list);
    const Run zuid = as(home, db, QStringLiteral("consulent2"), list);
    REQUIRE(noord.exitCode == 0);
    REQUIRE(zuid.exitCode == 0);
    const QJsonObject noordList = jsonOf(noord);
    const QSet<qint64> noordIds = householdIds(noordList);
    const QSet<qint64> zuidIds = householdIds(jsonOf(zuid));
    REQUIRE_FALSE(noordIds.isEmpty());
    REQUIRE_FALSE(zuidIds.isEmpty());
    CHECK_FALSE(noordIds.intersects(zuidIds));
    CHECK(noordIds.size() + zuidIds.size() <= demoHouseholds);

    // A household of Team Noord, searched by its address: consulent finds it, consulent2 does not.
    const QJsonObject household = noordList.value(QStringLiteral("households")).toArray().first().toObject();
    const qint64 id = household.value(QStringLiteral("id")).toInteger();
    const QString address = household.value(QStringLiteral("address")).toString();
    const QStringList search = list + QStringList{QStringLiteral("--search"), address};
    const Run own = as(home, db, QStringLiteral("consulent"), search);
    const Run other = as(home, db, QStringLiteral("consulent2"), search);
    REQUIRE(own.exitCode == 0);
    REQUIRE(other.exitCode == 0);
    CHECK(householdIds(jsonOf(own)).contains(id));
    CHECK_FALSE(householdIds(jsonOf(other)).contains(id));

    SECTION("the administrator sees no household data")
    {
        const Run run = as(home, db, QStringLiteral("beheerder"), {QStringLiteral("household"), QStringLiteral("list")});
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.isEmpty());
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("vangnet-cli lets the administrator, and only them, manage users and teams", "[cli][login]")
{
    QTemporaryDir home;
    const QString db = copyOfDemo(home);
    const QString newPassword = QStringLiteral("een-lang-geheim-wachtwoord");
    const Environment env{{QStringLiteral("NIEUW_WACHTWOORD"), newPassword}};
    const QString beheerder = QStringLiteral("beheerder");

    const Run team = as(home, db, beheerder, {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("Team West")});
    INFO(team.err.toStdString());
    REQUIRE(team.exitCode == 0);
    const Run teams = as(home, db, beheerder, {QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(teams.exitCode == 0);
    QStringList teamNames;
    for (const auto &t : jsonOf(teams).value(QStringLiteral("teams")).toArray())
        teamNames << t.toObject().value(QStringLiteral("name")).toString();
    CHECK(teamNames.contains(QStringLiteral("Team Noord")));
    CHECK(teamNames.contains(QStringLiteral("Team West")));

    const QStringList addPiet{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("piet"), QStringLiteral("--name"),
                              QStringLiteral("Piet Jansen"), QStringLiteral("--role"), QStringLiteral("consulent"),
                              QStringLiteral("--team"), QStringLiteral("Team West"), QStringLiteral("--password-env"),
                              QStringLiteral("NIEUW_WACHTWOORD")};
    const Run added = as(home, db, beheerder, addPiet, env);
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(QString::fromUtf8(added.out).contains(QLatin1String("piet")));

    const Run users = as(home, db, beheerder, {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(users.exitCode == 0);
    const QJsonObject usersJson = jsonOf(users);
    const QJsonObject piet = userNamed(usersJson, QStringLiteral("piet"));
    REQUIRE_FALSE(piet.isEmpty());
    for (const char *key : {"id", "username", "name", "role", "team", "active", "locked"})
        CHECK(piet.contains(QLatin1String(key)));
    CHECK(piet.value(QStringLiteral("name")).toString() == QLatin1String("Piet Jansen"));
    CHECK(piet.value(QStringLiteral("role")).toString() == QLatin1String("consulent"));
    CHECK(piet.value(QStringLiteral("team")).toString() == QLatin1String("Team West"));
    CHECK(piet.value(QStringLiteral("active")).toBool());
    CHECK_FALSE(piet.value(QStringLiteral("locked")).toBool());
    CHECK(userNamed(usersJson, beheerder).value(QStringLiteral("team")).isNull());
    CHECK(userNamed(usersJson, beheerder).value(QStringLiteral("role")).toString() == QLatin1String("beheerder"));

    // The new user logs in with the password given through --password-env.
    const Run asPiet = cli(home, {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("piet"),
                                  QStringLiteral("info")}, newPassword);
    CHECK(asPiet.exitCode == 0);

    // A caseworker is refused every administration command; nothing is added.
    {
        const QString consulent = QStringLiteral("consulent");
        QStringList addKees = addPiet;
        addKees[2] = QStringLiteral("kees");
        for (const QStringList &command : {addKees, QStringList{QStringLiteral("user"), QStringLiteral("list")},
                                           QStringList{QStringLiteral("team"), QStringLiteral("list")},
                                           QStringList{QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("Team Oost")}}) {
            const Run run = as(home, db, consulent, command, env);
            INFO(command.join(QLatin1Char(' ')).toStdString());
            CHECK(run.exitCode == 2);
            CHECK_FALSE(run.err.isEmpty());
            CHECK(run.out.isEmpty());
        }
        const Run after = as(home, db, beheerder, {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject afterJson = jsonOf(after);
        CHECK(userNamed(afterJson, QStringLiteral("kees")).isEmpty());
        CHECK(afterJson.value(QStringLiteral("users")).toArray().size() == usersJson.value(QStringLiteral("users")).toArray().size());
    }
    // Bad input: an unknown role or team, a user name taken, no password for the new user.
    {
        QStringList badRole = addPiet;
        badRole[2] = QStringLiteral("kees");
        badRole[6] = QStringLiteral("koning");
        const Run role = as(home, db, beheerder, badRole, env);
        CHECK(role.exitCode == 2);
        CHECK(role.err.contains(QLatin1String("koning")));

        QStringList badTeam = addPiet;
        badTeam[2] = QStringLiteral("kees");
        badTeam[8] = QStringLiteral("Team Nergens");
        const Run noTeam = as(home, db, beheerder, badTeam, env);
        CHECK(noTeam.exitCode == 2);
        CHECK(noTeam.err.contains(QLatin1String("Team Nergens")));

        const Run duplicate = as(home, db, beheerder, addPiet, env);
        CHECK(duplicate.exitCode == 2);

        const Run noPassword = as(home, db, beheerder, addPiet.mid(0, 9), env);
        CHECK(noPassword.exitCode == 2);
        CHECK(noPassword.err.contains(QLatin1String("--password-env")));
    }
}
