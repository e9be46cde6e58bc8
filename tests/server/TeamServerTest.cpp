// A team server holds the line by itself: what a user's own login role can do with any SQL
// client, table by table (docs/team-mode.md). Needs the PostgreSQL test server.

#include "support/TestDatabase.h"
#include "support/TestHouseholds.h"
#include "support/TestResult.h"

#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "ddas/DdasExport.h"
#include "households/HouseholdService.h"
#include "retention/RetentionService.h"
#include "storage/ChangeFeed.h"
#include "support/ChangeWait.h"
#include "server/ServerPolicies.h"
#include "server/ServerRoles.h"
#include "server/ServerSetup.h"
#include "storage/Schema.h"
#include "storage/SqlStatement.h"
#include "users/AuthService.h"

#include <QFileInfo>
#include <QSqlError>
#include <QTemporaryDir>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <set>

using namespace vangnet;
using vangnet::test::required;

namespace {

const QString adminName = QStringLiteral("beheer");
QString passwordOf(const QString &username)
{
    return QStringLiteral("Geheim-wachtwoord-%1-voor-het-team").arg(username.size());
}

/// Plain SQL as a login role: Qt's PostgreSQL driver is libpq, nothing of Vangnet in between.
class PlainSql {
public:
    explicit PlainSql(const DatabaseLocation &location) : m_name(QStringLiteral("plain-%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(location.url.host());
        db.setPort(location.url.port(5432));
        db.setDatabaseName(location.url.path().mid(1));
        db.setUserName(location.url.userName());
        db.setPassword(location.url.password());
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~PlainSql()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool open() const { return m_open; }
    QString error() const { return m_error; }
    /// The statement's error text, empty when it ran.
    QString run(const QString &sql, int *rows = nullptr) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            return q.lastError().text().isEmpty() ? QStringLiteral("failed") : q.lastError().text();
        if (rows)
            *rows = q.isSelect() ? [&q] { int n = 0; while (q.next()) ++n; return n; }() : q.numRowsAffected();
        return {};
    }
    qint64 count(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private:
    static int &counter()
    {
        static int n = 0;
        return n;
    }
    QString m_name;
    bool m_open = false;
    QString m_error;
};

/// A team server with teams A and B, a caseworker in each and a household of each team with a
/// note and a case with a contact attempt, every row written through Vangnet by the caseworker's
/// own login role.
struct TeamServer {
    test::TestDatabase scratch{Engine::Postgres};
    FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC)};
    server::ServerRoles roles{scratch.location().url.path().mid(1)};
    qint64 householdA = 0;
    qint64 householdB = 0;
    qint64 teamA = 0;
    qint64 teamB = 0;

    TeamServer()
    {
        const server::ServerSetup::Administrator admin{adminName, QStringLiteral("Beheerder"), passwordOf(adminName)};
        auto report = server::ServerSetup::init(scratch.location(), admin, clock, KdfLimits::minimumForTests());
        INFO((report ? std::string() : report.error().message.toStdString()));
        REQUIRE(report.ok());
        CHECK(report->administratorLogin == roles.login(adminName));

        auto asAdmin = connect(adminName);
        AuthService auth(*asAdmin, clock, KdfLimits::minimumForTests());
        const Session beheerder = required(auth.login(adminName, passwordOf(adminName)));
        teamA = required(auth.createTeam(beheerder, QStringLiteral("Team A"))).id;
        teamB = required(auth.createTeam(beheerder, QStringLiteral("Team B"))).id;
        for (const auto &[name, team] : {std::pair(QStringLiteral("consulent-a"), teamA), std::pair(QStringLiteral("consulent-b"), teamB),
                                         std::pair(QStringLiteral("collega-a"), teamA), std::pair(QStringLiteral("leider-a"), teamA),
                                         std::pair(QStringLiteral("disabled-a"), teamA)}) {
            User u;
            u.username = name;
            u.displayName = name;
            u.role = name.startsWith(QLatin1String("leider")) ? Role::Teamleider : Role::Consulent;
            u.teamId = team;
            required(auth.createUser(beheerder, u, passwordOf(name)));
        }
        householdA = work(QStringLiteral("consulent-a"), QStringLiteral("Aalbers"), 1);
        householdB = work(QStringLiteral("consulent-b"), QStringLiteral("Bakker"), 2);
        const QList<User> all = required(auth.users(beheerder));
        const auto found = std::find_if(all.cbegin(), all.cend(), [](const User &u) { return u.username == QLatin1String("disabled-a"); });
        REQUIRE(found != all.cend());
        User disabled = *found;
        disabled.active = false;
        required(auth.updateUser(beheerder, disabled));
    }

    std::unique_ptr<Database> connect(const QString &username) const
    {
        auto db = Database::open(scratch.location().asUser(username, passwordOf(username)));
        INFO((db ? std::string() : db.error().message.toStdString()));
        REQUIRE(db.ok());
        return std::move(db).value();
    }

    /// A household of the caseworker's team, a note and a case with a contact attempt.
    qint64 work(const QString &username, const QString &surname, int number) const
    {
        auto db = connect(username);
        AuthService auth(*db, clock, KdfLimits::minimumForTests());
        const Session session = required(auth.login(username, passwordOf(username)));
        HouseholdService households(*db, clock, session);
        const Household h = required(households.create(test::oneMemberHousehold(surname, number)));
        required(households.addNote(h.id, QStringLiteral("Eerste gesprek")));
        cases::CaseService cases(*db, clock, session);
        const cases::Case c = required(cases.openManual(h.id));
        cases::ContactAttempt attempt;
        attempt.kind = QStringLiteral("Telefoon");
        attempt.date = clock.now().date();
        attempt.note = QStringLiteral("Niet bereikt");
        required(cases.addAttempt(c.id, attempt));
        return h.id;
    }

    PlainSql plain(const QString &username) const
    {
        return PlainSql(scratch.location().asUser(username, passwordOf(username)));
    }
};

bool skipped()
{
    if (QStringLiteral(VANGNET_TEST_PG_URL).isEmpty()) {
        WARN("SKIPPED: no PostgreSQL test server (VANGNET_TEST_PG_URL)");
        return true;
    }
    return false;
}

} // namespace

TEST_CASE("Every table of the schema is classified for the team server, once", "[server]")
{
    std::set<QString> classified;
    for (const server::TeamTable &t : server::teamTables())
        CHECK(classified.insert(QString::fromLatin1(t.name)).second);
    for (const server::SharedTable &t : server::sharedTables())
        CHECK(classified.insert(QString::fromLatin1(t.name)).second);
    for (const QString &t : server::specialTables())
        CHECK(classified.insert(t).second);

    test::TestDatabase scratch(Engine::Sqlite);
    auto db = scratch.open();
    auto q = runSql(db->connection(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    REQUIRE(q.ok());
    std::set<QString> tables;
    while (q->next())
        tables.insert(q->value(0).toString());
    CHECK(tables == classified);
}

TEST_CASE("A caseworker's login role reads and changes only the own team's household data, with any SQL client", "[server]")
{
    if (skipped())
        return;
    TeamServer server;
    const PlainSql a = server.plain(QStringLiteral("consulent-a"));
    REQUIRE(a.open());

    // Table by table: forced row-level security and a policy for team members.
    const PlainSql owner = PlainSql(server.scratch.location());
    for (const server::TeamTable &t : server::teamTables()) {
        const QString table = QString::fromLatin1(t.name);
        INFO(table.toStdString());
        CHECK(owner.count(QStringLiteral("SELECT COUNT(*) FROM pg_class WHERE relname = '%1' AND relrowsecurity AND relforcerowsecurity")
                              .arg(table)) == 1);
        CHECK(owner.count(QStringLiteral("SELECT COUNT(*) FROM pg_policies WHERE tablename = '%1' AND '%2' = ANY (roles)")
                              .arg(table, server.roles.member())) == 1);
        // What the caseworker of team A sees of the table is exactly team A's part of it.
        const qint64 all = owner.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        const qint64 seen = a.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        CHECK(seen >= 0);
        CHECK(seen <= all);
    }
    // The rows written: each team's household, person, address, note, case and attempt.
    for (const char *table : {"households", "persons", "addresses", "notes", "cases", "contact_attempts"}) {
        INFO(table);
        CHECK(owner.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) == 2);
        CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) == 1);
    }
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM households WHERE id = %1").arg(server.householdB)) == 0);
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE household_id = %1").arg(server.householdB)) == 0);

    // Changing team B's rows touches nothing; moving a row to team B or writing into it is refused.
    int rows = -1;
    CHECK(a.run(QStringLiteral("UPDATE households SET display_name = 'x' WHERE id = %1").arg(server.householdB), &rows).isEmpty());
    CHECK(rows == 0);
    CHECK(a.run(QStringLiteral("DELETE FROM notes WHERE household_id = %1").arg(server.householdB), &rows).isEmpty());
    CHECK(rows == 0);
    CHECK(a.run(QStringLiteral("DELETE FROM persons WHERE household_id = %1").arg(server.householdB), &rows).isEmpty());
    CHECK(rows == 0);
    CHECK_THAT(a.run(QStringLiteral("UPDATE households SET team_id = %1 WHERE id = %2").arg(server.teamB).arg(server.householdA)).toStdString(),
               Catch::Contains("row-level security"));
    CHECK_THAT(a.run(QStringLiteral("INSERT INTO notes (household_id, author, created_at, legacy_body) VALUES (%1, 'x', 'x', '')")
                         .arg(server.householdB)).toStdString(),
               Catch::Contains("row-level security"));
    CHECK(owner.count(QStringLiteral("SELECT COUNT(*) FROM households WHERE team_id = %1").arg(server.teamB)) == 1);

    // Need-to-know rests on the users row: a caseworker cannot move themselves to another team.
    CHECK_THAT(a.run(QStringLiteral("UPDATE users SET team_id = %1 WHERE username = 'consulent-a'").arg(server.teamB)).toStdString(),
               Catch::Contains("permission denied"));
    CHECK_THAT(a.run(QStringLiteral("UPDATE users SET role = 'teamleider' WHERE username = 'consulent-a'")).toStdString(),
               Catch::Contains("permission denied"));
    // Nobody else's key slot is readable or replaceable.
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM key_slots")) == 1);
    CHECK(a.run(QStringLiteral("DELETE FROM key_slots WHERE user_id <> (SELECT id FROM users WHERE username = 'consulent-a')"), &rows).isEmpty());
    CHECK(rows == 0);
    // Nor can the role make itself more: no other role to become, no login role to make.
    CHECK_FALSE(a.run(QStringLiteral("SET ROLE \"%1\"").arg(server.roles.owner())).isEmpty());
    CHECK_THAT(a.run(QStringLiteral("SELECT vangnet_set_login('consulent-a', 'teamleider', true, NULL)")).toStdString(),
               Catch::Contains("only a functioneel beheerder"));
}

TEST_CASE("The audit log is insert-only for every login role, and the beheerder's role reads no household data", "[server]")
{
    if (skipped())
        return;
    TeamServer server;
    for (const QString &user : {QStringLiteral("consulent-a"), adminName}) {
        INFO(user.toStdString());
        const PlainSql sql = server.plain(user);
        REQUIRE(sql.open());
        CHECK(sql.count(QStringLiteral("SELECT COUNT(*) FROM audit_log")) > 0);
        CHECK_THAT(sql.run(QStringLiteral("UPDATE audit_log SET detail = 'x'")).toStdString(), Catch::Contains("permission denied"));
        CHECK_THAT(sql.run(QStringLiteral("DELETE FROM audit_log")).toStdString(), Catch::Contains("permission denied"));
        CHECK_THAT(sql.run(QStringLiteral("TRUNCATE audit_log")).toStdString(), Catch::Contains("permission denied"));
        CHECK_THAT(sql.run(QStringLiteral("DROP TABLE audit_log")).toStdString(), Catch::Contains("must be owner"));
    }
    const PlainSql beheerder = server.plain(adminName);
    for (const server::TeamTable &t : server::teamTables()) {
        INFO(t.name);
        CHECK_THAT(beheerder.run(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(t.name))).toStdString(),
                   Catch::Contains("permission denied"));
    }
    // The chain still verifies, written by several login roles.
    auto db = server.connect(adminName);
    AuthService auth(*db, server.clock, KdfLimits::minimumForTests());
    const Session session = required(auth.login(adminName, passwordOf(adminName)));
    // A key rotation from the beheerder's connection would have to touch the team's fields: it
    // says where it runs instead of failing on the server's refusal.
    auto rotated = auth.rotateTeamKey(session, QStringLiteral("consulent-a"), passwordOf(QStringLiteral("consulent-a")), server.teamA);
    REQUIRE_FALSE(rotated.ok());
    CHECK_THAT(rotated.error().message.toStdString(), Catch::Contains("keys rotate --team"));
    // Retention cannot count what is due without household rights: said so, not a server error.
    auto due = RetentionService(*db, server.clock, session).due();
    REQUIRE_FALSE(due.ok());
    CHECK_THAT(due.error().message.toStdString(), Catch::Contains("On a team server"));
    auto verified = AuditLog(db->connection(), server.clock).verify(session);
    INFO((verified ? std::string() : verified.error().message.toStdString()));
    REQUIRE(verified.ok());
}

TEST_CASE("A disabled user's login role cannot connect, and a wrong password is refused by the server", "[server]")
{
    if (skipped())
        return;
    TeamServer server;
    const PlainSql disabled = server.plain(QStringLiteral("disabled-a"));
    CHECK_FALSE(disabled.open());
    CHECK_THAT(disabled.error().toStdString(), Catch::Contains("not permitted to log in"));
    const PlainSql wrong(server.scratch.location().asUser(QStringLiteral("consulent-a"), QStringLiteral("not the password")));
    CHECK_FALSE(wrong.open());
}

TEST_CASE("A colleague's change reaches a caseworker's own login role within two seconds", "[server]")
{
    if (skipped())
        return;
    TeamServer server;
    auto watching = server.connect(QStringLiteral("collega-a"));
    ChangeFeed feed(*watching);
    INFO(feed.problem().toStdString());
    REQUIRE(feed.isActive());
    test::ChangeLog heard(feed);
    // consulent-a registers a household and logs a contact attempt through their own role.
    const qint64 household = server.work(QStringLiteral("consulent-a"), QStringLiteral("Claes"), 3);
    CHECK(heard.waitFor(DataKind::Cases, 2000));
    CHECK(heard.waitFor(DataKind::Households, 2000));
    CHECK(heard.idsOf(DataKind::Households).contains(household));
}

TEST_CASE("The municipality-wide DDAS delivery is refused on a team server of several teams, not left incomplete", "[server]")
{
    if (skipped())
        return;
    TeamServer server;
    auto db = server.connect(QStringLiteral("leider-a"));
    AuthService auth(*db, server.clock, KdfLimits::minimumForTests());
    const Session lead = required(auth.login(QStringLiteral("leider-a"), passwordOf(QStringLiteral("leider-a"))));
    DdasRequest request;
    request.from = QDate(2026, 1, 1);
    request.to = QDate(2026, 11, 30);
    request.gemeentecodes = {QStringLiteral("0518")};
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("ddas.json"));
    auto written = DdasExport(*db, server.clock, lead).write(request, file);
    REQUIRE_FALSE(written.ok());
    CHECK_THAT(written.error().message.toStdString(), Catch::Contains("would be incomplete"));
    CHECK_FALSE(QFileInfo::exists(file));
}
