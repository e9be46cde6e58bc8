#include "AppTestSupport.h"

#include "DialogRunner.h"
#include "security/FirstAdministratorDialog.h"
#include "security/SessionStartup.h"

#include <QLineEdit>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;

TEST_CASE("The first-run dialog validates the administrator's fields and creates the account", "[app][security]")
{
    DialogRunner::setInteractive(false);
    DialogRunner::clearQueued();
    TestDatabase scratch{Engine::Sqlite};
    auto db = scratch.open();
    const FixedClock clock{QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC)};
    AuthService auth(*db, clock, KdfLimits::minimumForTests());
    AuthWorker worker(db->location(), clock, KdfLimits::minimumForTests());
    REQUIRE(auth.needsFirstAdministrator().ok());
    REQUIRE(*auth.needsFirstAdministrator());

    bool checked = false;
    DialogRunner::setNextHandler([&](QDialog &dialog) {
        auto *first = qobject_cast<FirstAdministratorDialog *>(&dialog);
        REQUIRE(first); // a database without users starts with the first-run dialog, not the login
        CHECK_FALSE(first->canAccept());
        CHECK(first->fieldError(QStringLiteral("password")).isEmpty()); // untouched fields stay quiet

        edit(dialog, "usernameEdit")->setText(QStringLiteral("beheer"));
        edit(dialog, "passwordEdit")->setText(QStringLiteral("kort"));
        edit(dialog, "repeatEdit")->setText(QStringLiteral("anders"));
        first->submit(); // refused: shows every problem, creates nothing
        CHECK_FALSE(first->isBusy());
        CHECK_FALSE(first->fieldError(QStringLiteral("displayName")).isEmpty());
        CHECK_FALSE(first->fieldError(QStringLiteral("password")).isEmpty());
        CHECK_FALSE(first->fieldError(QStringLiteral("repeat")).isEmpty());
        CHECK(first->fieldError(QStringLiteral("username")).isEmpty());

        edit(dialog, "displayNameEdit")->setText(QStringLiteral("Bea Beheer"));
        edit(dialog, "passwordEdit")->setText(QStringLiteral("een lang geheim wachtwoord"));
        CHECK_FALSE(first->canAccept()); // the repeat still differs
        edit(dialog, "repeatEdit")->setText(QStringLiteral("een lang geheim wachtwoord"));
        CHECK(first->fieldError(QStringLiteral("password")).isEmpty());
        CHECK(first->fieldError(QStringLiteral("repeat")).isEmpty());
        REQUIRE(first->canAccept());

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        first->submit();
        CHECK(first->isBusy());
        REQUIRE(accepted.wait(10000));
        checked = true;
        return dialog.result();
    });
    auto session = SessionStartup::start(*db, auth, worker);
    REQUIRE(checked);
    REQUIRE(session.ok());
    REQUIRE(session->has_value());
    CHECK((*session)->user().role == Role::FunctioneelBeheerder);
    CHECK((*session)->can(Permission::ManageUsers));
    CHECK_FALSE((*session)->can(Permission::ViewHouseholds));
    CHECK_FALSE(*auth.needsFirstAdministrator());
    CHECK(auth.login(QStringLiteral("beheer"), QStringLiteral("een lang geheim wachtwoord")).ok());
}

TEST_CASE("The first-run dialog rejects a password that contains the user name", "[app][security]")
{
    TestDatabase scratch{Engine::Sqlite};
    auto db = scratch.open();
    const FixedClock clock{QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC)};
    AuthService auth(*db, clock, KdfLimits::minimumForTests());
    AuthWorker worker(db->location(), clock, KdfLimits::minimumForTests());
    FirstAdministratorDialog dialog(auth, worker);
    edit(dialog, "usernameEdit")->setText(QStringLiteral("beheerder"));
    edit(dialog, "displayNameEdit")->setText(QStringLiteral("Bea Beheer"));
    edit(dialog, "passwordEdit")->setText(QStringLiteral("beheerder2025!"));
    edit(dialog, "repeatEdit")->setText(QStringLiteral("beheerder2025!"));
    dialog.submit();
    CHECK_FALSE(dialog.canAccept());
    CHECK_FALSE(dialog.isBusy());
    CHECK_FALSE(dialog.fieldError(QStringLiteral("password")).isEmpty());
    CHECK(*auth.needsFirstAdministrator());
}
