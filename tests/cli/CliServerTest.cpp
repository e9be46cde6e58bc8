#include "CliRunner.h"

#include "support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::clitest;

// `vangnet-cli server init` and users logging in as their own login role (docs/team-mode.md).
// Needs the PostgreSQL test server; warns "SKIPPED" without one.

namespace {

const QString adminPassword = QStringLiteral("Sterk-wachtwoord-voor-de-server-1");
const QString caseworkerPassword = QStringLiteral("Sterk-wachtwoord-voor-de-server-2");

/// The team server's URL for its users: the same server and database, no user name.
QString usersUrl(const DatabaseLocation &location)
{
    QUrl url = location.url;
    url.setUserName({});
    url.setPassword({});
    return url.toString();
}

} // namespace

TEST_CASE("vangnet-cli server init sets up a team server on which each user logs in as their own role", "[cli][server]")
{
    if (!test::postgresTestServer()) {
        WARN("SKIPPED: no PostgreSQL test server (VANGNET_TEST_PG_URL)");
        return;
    }
    QTemporaryDir home;
    test::TestDatabase server(Engine::Postgres);
    const QString adminUrl = server.location().url.toString();
    const QString database = server.location().url.path().mid(1);
    const Environment admin{{QStringLiteral("VANGNET_ADMIN_PASSWORD"), adminPassword}};

    const Run init = cli(home, {QStringLiteral("--db"), adminUrl, QStringLiteral("server"), QStringLiteral("init"),
                                QStringLiteral("--admin"), QStringLiteral("beheer"), QStringLiteral("--json")},
                         {}, admin);
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const QJsonObject report = jsonOf(init);
    CHECK(report.value(QStringLiteral("database")).toString() == database);
    CHECK(report.value(QStringLiteral("owner")).toString() == database + QStringLiteral("_owner"));
    CHECK(report.value(QStringLiteral("administratorLogin")).toString() == database + QStringLiteral(".beheer"));
    CHECK_FALSE(report.value(QStringLiteral("upgraded")).toBool());
    CHECK(report.value(QStringLiteral("schemaVersion")).toInt() > 0);

    // The users' URL names no user: the login is the connection.
    const QString url = usersUrl(server.location());
    auto asUser = [&](const QString &user, const QString &password, const QStringList &args) {
        return cli(home, QStringList{QStringLiteral("--db"), url, QStringLiteral("--user"), user} + args, password,
                   {{QStringLiteral("NEW_PASSWORD"), caseworkerPassword}});
    };
    const Run team = asUser(QStringLiteral("beheer"), adminPassword, {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("Team A")});
    INFO(team.err.toStdString() << team.out.toStdString());
    REQUIRE(team.exitCode == 0);
    const Run added = asUser(QStringLiteral("beheer"), adminPassword,
                             {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("consulent-a"), QStringLiteral("--name"),
                              QStringLiteral("Consulent A"), QStringLiteral("--role"), QStringLiteral("consulent"),
                              QStringLiteral("--team"), QStringLiteral("Team A"), QStringLiteral("--password-env"),
                              QStringLiteral("NEW_PASSWORD")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);

    SECTION("the new caseworker works through their own login role")
    {
        const Run list = asUser(QStringLiteral("consulent-a"), caseworkerPassword,
                                {QStringLiteral("household"), QStringLiteral("list"), QStringLiteral("--json")});
        INFO(list.err.toStdString());
        CHECK(list.exitCode == 0);
        CHECK(jsonOf(list).value(QStringLiteral("households")).toArray().isEmpty());
    }
    SECTION("the server refuses a wrong password before Vangnet is asked")
    {
        const Run wrong = asUser(QStringLiteral("consulent-a"), QStringLiteral("Niet-het-wachtwoord-123"),
                                 {QStringLiteral("household"), QStringLiteral("list")});
        CHECK(wrong.exitCode != 0);
        CHECK(wrong.err.contains(QLatin1String("the team server refused the login of consulent-a")));
    }
    SECTION("init again brings the rights up to date and changes no data")
    {
        const Run again = cli(home, {QStringLiteral("--db"), adminUrl, QStringLiteral("server"), QStringLiteral("init"),
                                     QStringLiteral("--json")},
                              {}, admin);
        INFO(again.err.toStdString());
        REQUIRE(again.exitCode == 0);
        CHECK(jsonOf(again).value(QStringLiteral("upgraded")).toBool());
        CHECK(asUser(QStringLiteral("consulent-a"), caseworkerPassword, {QStringLiteral("household"), QStringLiteral("list")})
                  .exitCode == 0);
    }
}

TEST_CASE("vangnet-cli server init refuses a Vangnet database that is not a team server, and a file", "[cli][server]")
{
    if (!test::postgresTestServer()) {
        WARN("SKIPPED: no PostgreSQL test server (VANGNET_TEST_PG_URL)");
        return;
    }
    QTemporaryDir home;
    test::TestDatabase plain(Engine::Postgres);
    (void)plain.open(); // an ordinary Vangnet database
    const Environment admin{{QStringLiteral("VANGNET_ADMIN_PASSWORD"), adminPassword}};
    const Run refused = cli(home, {QStringLiteral("--db"), plain.location().url.toString(), QStringLiteral("server"),
                                   QStringLiteral("init")},
                            {}, admin);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QLatin1String("not set up as a team server")));
    CHECK(refused.err.contains(QLatin1String("Nothing was changed")));

    const Run file = cli(home, {QStringLiteral("--db"), home.filePath(QStringLiteral("x.sqlite")), QStringLiteral("server"),
                                QStringLiteral("init")},
                         {}, admin);
    CHECK(file.exitCode == 2);
    CHECK(file.err.contains(QLatin1String("postgresql:// URL")));
}

TEST_CASE("vangnet-cli migrate moves the demo database onto a team server where audit verify passes", "[cli][server]")
{
    if (!test::postgresTestServer()) {
        WARN("SKIPPED: no PostgreSQL test server (VANGNET_TEST_PG_URL)");
        return;
    }
    QTemporaryDir home;
    const QString source = copyOfDemo(home);
    const QByteArray sourceBefore = fileHash(source);
    test::TestDatabase server(Engine::Postgres);
    const QString adminUrl = server.location().url.toString();
    const QString url = usersUrl(server.location());
    // consulent2 has no line: their login role waits for a password reset.
    const QString passwords = writeFile(home, QStringLiteral("passwords.txt"),
                                        "# collected from the team\nbeheerder:demo\nteamleider:demo\n\nconsulent:demo\n");
    auto migrate = [&](const QString &from, const QString &file) {
        return cli(home, {QStringLiteral("migrate"), QStringLiteral("--from"), from, QStringLiteral("--to"), adminUrl,
                          QStringLiteral("--passwords"), file, QStringLiteral("--json")});
    };

    SECTION("a wrong password line, and a damaged source, change nothing on either side")
    {
        const QString wrong = writeFile(home, QStringLiteral("wrong.txt"), "beheerder:demo\nconsulent:niet-demo\n");
        const Run refused = migrate(source, wrong);
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QLatin1String("line 2: this is not the current Vangnet password of 'consulent'")));
        const QString unknown = writeFile(home, QStringLiteral("unknown.txt"), "niemand:demo\n");
        CHECK(migrate(source, unknown).err.contains(QLatin1String("line 1: there is no user 'niemand'")));
        const QString malformed = writeFile(home, QStringLiteral("malformed.txt"), "beheerder demo\n");
        CHECK(migrate(source, malformed).err.contains(QLatin1String("line 1: expected username:password")));

        // A page in the middle of the file overwritten: SQLite's own check refuses it.
        const QString damaged = home.filePath(QStringLiteral("damaged.sqlite"));
        REQUIRE(QFile::copy(source, damaged));
        {
            QFile file(damaged);
            REQUIRE(file.open(QIODevice::ReadWrite));
            file.seek(file.size() / 2);
            file.write(QByteArray(8192, '\x5a'));
        }
        const Run broken = migrate(damaged, passwords);
        CHECK(broken.exitCode == 2);
        CHECK((broken.err.contains(QLatin1String("integrity")) || broken.err.contains(QLatin1String("malformed"))));

        CHECK(fileHash(source) == sourceBefore);
        // The target is still empty: the real move goes through afterwards.
        const Run moved = migrate(source, passwords);
        INFO(moved.err.toStdString());
        CHECK(moved.exitCode == 0);
    }
    SECTION("the whole database moves, each user logs in as their own role, the chain verifies")
    {
        const Run moved = migrate(source, passwords);
        INFO(moved.err.toStdString());
        REQUIRE(moved.exitCode == 0);
        const QJsonObject report = jsonOf(moved);
        CHECK(report.value(QStringLiteral("users")).toInt() == 4);
        CHECK(report.value(QStringLiteral("loginsEnabled")).toInt() == 3);
        CHECK(report.value(QStringLiteral("loginsDisabled")).toInt() == 1);
        CHECK(report.value(QStringLiteral("rows")).toInteger() > demoHouseholds);
        CHECK(report.value(QStringLiteral("auditRecords")).toInteger() > 0);
        CHECK(fileHash(source) == sourceBefore);

        const Run verify = cli(home, {QStringLiteral("--db"), url, QStringLiteral("--user"), QStringLiteral("beheerder"),
                                      QStringLiteral("audit"), QStringLiteral("verify")},
                               demoPassword);
        INFO(verify.err.toStdString());
        CHECK(verify.exitCode == 0);

        // The caseworker sees on the server what they saw in the file: their team's households.
        const QStringList list{QStringLiteral("household"), QStringLiteral("list"), QStringLiteral("--json")};
        const Run onServer = cli(home, QStringList{QStringLiteral("--db"), url, QStringLiteral("--user"), QStringLiteral("consulent")} + list,
                                 demoPassword);
        INFO(onServer.err.toStdString());
        REQUIRE(onServer.exitCode == 0);
        const Run inFile = as(home, source, QStringLiteral("consulent"), list);
        REQUIRE(inFile.exitCode == 0);
        CHECK(householdIds(jsonOf(onServer)) == householdIds(jsonOf(inFile)));
        CHECK_FALSE(householdIds(jsonOf(onServer)).isEmpty());

        const Run waiting = cli(home, {QStringLiteral("--db"), url, QStringLiteral("--user"), QStringLiteral("consulent2"),
                                       QStringLiteral("household"), QStringLiteral("list")},
                                demoPassword);
        CHECK(waiting.exitCode != 0);
        CHECK(waiting.err.contains(QLatin1String("the team server refused the login of consulent2")));

        const Run again = migrate(source, passwords);
        CHECK(again.exitCode == 2);
        CHECK(again.err.contains(QLatin1String("is not empty")));

        // A rotation: the member on their role, the administrator agreeing on a connection of theirs.
        const Run rotated = cli(home, {QStringLiteral("--db"), url, QStringLiteral("--user"), QStringLiteral("consulent"),
                                       QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--team"),
                                       QStringLiteral("Team Noord"), QStringLiteral("--admin"), QStringLiteral("beheerder"),
                                       QStringLiteral("--json")},
                                demoPassword, {{QStringLiteral("VANGNET_ADMIN_PASSWORD"), demoPassword}});
        INFO(rotated.err.toStdString());
        REQUIRE(rotated.exitCode == 0);
        CHECK(jsonOf(rotated).value(QStringLiteral("made")).toInt() == 2);
        CHECK(jsonOf(rotated).value(QStringLiteral("fieldsResealed")).toInt() > 0);
        const Run after = cli(home, QStringList{QStringLiteral("--db"), url, QStringLiteral("--user"), QStringLiteral("consulent")} + list,
                              demoPassword);
        CHECK(householdIds(jsonOf(after)) == householdIds(jsonOf(inFile)));
    }
}
