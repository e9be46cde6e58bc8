#include "AppTestSupport.h"

#include "DialogRunner.h"
#include "security/FirstAdministratorDialog.h"
#include "security/LoginDialog.h"
#include "security/SessionStartup.h"
#include "server/ServerSetup.h"
#include "storage/SqlStatement.h"
#include "support/TestResult.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;

namespace {

/// Types a name and password and presses "Log in"; waits until the worker answered.
void logIn(LoginDialog &dialog, const QString &username, const QString &password)
{
    QSignalSpy failed(&dialog, &LoginDialog::loginFailed);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    edit(dialog, "usernameEdit")->setText(username);
    edit(dialog, "passwordEdit")->setText(password);
    dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    REQUIRE(dialog.isBusy()); // the password check runs on the worker, not here
    QElapsedTimer waited;
    waited.start();
    while (failed.isEmpty() && accepted.isEmpty() && waited.elapsed() < 10000)
        QTest::qWait(10);
    REQUIRE((failed.size() + accepted.size()) == 1);
    REQUIRE_FALSE(dialog.isBusy());
}

} // namespace

TEST_CASE("The login dialog refuses a wrong password with the core's message and logs in with the right one",
          "[app][security]")
{
    AppFixture f;
    LoginDialog dialog(f.worker, false);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("demoHintLabel"))->isHidden());

    logIn(dialog, QStringLiteral("carla"), QStringLiteral("not-her-password"));
    const QString wrongPassword = dialog.errorMessage();
    CHECK_FALSE(wrongPassword.isEmpty());
    CHECK_FALSE(dialog.session().has_value());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(edit(dialog, "passwordEdit")->text().isEmpty()); // typed again, not kept

    // An unknown user gets the very same message: the dialog does not reveal who exists.
    logIn(dialog, QStringLiteral("nobody"), QStringLiteral("not-her-password"));
    CHECK(dialog.errorMessage() == wrongPassword);

    logIn(dialog, QStringLiteral("carla"), UserPassword);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.session().has_value());
    CHECK(dialog.session()->user().displayName == QStringLiteral("Carla Consulent"));
    CHECK(dialog.session()->can(Permission::ViewHouseholds));
}

TEST_CASE("The login dialog says so when an account is disabled", "[app][security]")
{
    AppFixture f;
    User carla = f.session.user();
    LoginDialog probe(f.worker, false);
    logIn(probe, QStringLiteral("carla"), QStringLiteral("not-her-password"));
    const QString wrongPassword = probe.errorMessage();

    auto users = f.auth.users(f.admin);
    REQUIRE(users.ok());
    for (const User &u : *users) {
        if (u.username == QStringLiteral("carla"))
            carla = u;
    }
    carla.active = false;
    REQUIRE(f.auth.updateUser(f.admin, carla).ok());

    LoginDialog dialog(f.worker, false);
    logIn(dialog, QStringLiteral("carla"), UserPassword);
    CHECK_FALSE(dialog.session().has_value());
    CHECK_FALSE(dialog.errorMessage().isEmpty());
    CHECK(dialog.errorMessage() != wrongPassword);
}

TEST_CASE("On a demo database the login dialog lists the demo accounts", "[app][security]")
{
    AppFixture f;
    LoginDialog dialog(f.worker, true);
    const auto *hint = dialog.findChild<QLabel *>(QStringLiteral("demoHintLabel"));
    REQUIRE_FALSE(hint->isHidden());
    CHECK(hint->text().contains(QStringLiteral("consulent2")));
    CHECK(hint->text().contains(QStringLiteral("beheerder")));
    CHECK(hint->text().contains(QStringLiteral("<b>demo</b>")));
}

TEST_CASE("Session startup logs in through the dialog seam, and cancelling gives no session", "[app][security]")
{
    AppFixture f;
    DialogRunner::setNextHandler([](QDialog &dialog) {
        auto *login = qobject_cast<LoginDialog *>(&dialog);
        REQUIRE(login);
        logIn(*login, QStringLiteral("carla"), UserPassword);
        return dialog.result();
    });
    auto session = SessionStartup::start(*f.db, f.auth, f.worker);
    REQUIRE(session.ok());
    REQUIRE(session->has_value());
    CHECK((*session)->user().username == QStringLiteral("carla"));

    // Nothing queued and not interactive: the dialog is rejected, as Cancel would.
    auto cancelled = SessionStartup::start(*f.db, f.auth, f.worker);
    REQUIRE(cancelled.ok());
    CHECK_FALSE(cancelled->has_value());
}

TEST_CASE("On a team server the login dialog connects as the user's own login role", "[app][security][server]")
{
    if (!postgresTestServer()) {
        WARN("SKIPPED: no PostgreSQL test server (VANGNET_TEST_PG_URL)");
        return;
    }
    TestDatabase teamServer(Engine::Postgres);
    const FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC));
    const QString adminPassword = QStringLiteral("Sterk-wachtwoord-voor-de-server-1");
    const QString carlaPassword = QStringLiteral("Sterk-wachtwoord-voor-de-server-2");
    REQUIRE(server::ServerSetup::init(teamServer.location(), {QStringLiteral("beheer"), QStringLiteral("Beheerder"), adminPassword},
                                      clock, KdfLimits::minimumForTests())
                .ok());
    {
        auto asAdmin = Database::open(teamServer.location().asUser(QStringLiteral("beheer"), adminPassword));
        REQUIRE(asAdmin.ok());
        AuthService auth(**asAdmin, clock, KdfLimits::minimumForTests());
        const Session admin = required(auth.login(QStringLiteral("beheer"), adminPassword));
        const Team team = required(auth.createTeam(admin, QStringLiteral("Team Noord")));
        User carla;
        carla.username = QStringLiteral("carla");
        carla.displayName = QStringLiteral("Carla Consulent");
        carla.role = Role::Consulent;
        carla.teamId = team.id;
        required(auth.createUser(admin, carla, carlaPassword));
    }
    // What the users are given: the server and database, no user name.
    DatabaseLocation forUsers = teamServer.location();
    forUsers.url.setUserName({});
    REQUIRE(forUsers.connectsAsUser());
    AuthWorker worker(forUsers, clock, KdfLimits::minimumForTests());
    LoginDialog dialog(worker, false);

    logIn(dialog, QStringLiteral("carla"), QStringLiteral("Niet-haar-wachtwoord-42"));
    CHECK(dialog.errorMessage().contains(QStringLiteral("team server refused the login")));
    CHECK_FALSE(dialog.session().has_value());

    logIn(dialog, QStringLiteral("carla"), carlaPassword);
    REQUIRE(dialog.session().has_value());
    CHECK(dialog.session()->user().username == QStringLiteral("carla"));
    const QString database = teamServer.location().url.path().mid(1);
    CHECK(worker.loginLocation().url.userName() == database + QStringLiteral(".carla"));
    // The window's own connection is the same login role.
    auto own = Database::open(worker.loginLocation());
    REQUIRE(own.ok());
    auto who = runSql((*own)->connection(), QStringLiteral("SELECT session_user"));
    REQUIRE(who.ok());
    REQUIRE(who->next());
    CHECK(who->value(0).toString() == database + QStringLiteral(".carla"));
}
