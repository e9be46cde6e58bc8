#include "AppTestSupport.h"
#include "support/TestResult.h"

#include "DialogRunner.h"
#include "MainWindow.h"
#include "households/HouseholdListModel.h"
#include "households/HouseholdsPage.h"
#include "security/PasswordDialog.h"
#include "users/KeyRotationDialog.h"
#include "users/UserDialog.h"
#include "users/UserListModel.h"
#include "users/UsersPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;

namespace {

QString cell(const UserListModel &model, qint64 id, int column)
{
    const QModelIndex row = model.indexOf(id);
    return model.data(model.index(row.row(), column)).toString();
}

/// Accepts a dialog whose save runs on the worker: presses OK and waits for the answer.
int submitAndWait(QDialog &dialog, const std::function<void()> &submit)
{
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    submit();
    REQUIRE(accepted.wait(10000));
    return dialog.result();
}

} // namespace

TEST_CASE("The administrator creates a team and a user, edits and disables users on the Users page", "[app][users]")
{
    AppFixture f;
    MainWindow window(*f.db, f.admin, f.service, f.auth, f.worker, f.clock);
    CHECK_FALSE(window.householdsPage()); // the administrator has no household data
    REQUIRE(window.usersPage());
    CHECK(window.userText().contains(QStringLiteral("Bea Beheer")));
    UsersPage &page = *window.usersPage();
    QAbstractItemModelTester tester(&page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page.model().rowCount() == 2); // admin and carla

    DialogRunner::setNextHandler([](QDialog &dialog) {
        auto *input = qobject_cast<QInputDialog *>(&dialog);
        REQUIRE(input);
        input->setTextValue(QStringLiteral("Team Zuid"));
        dialog.accept();
        return dialog.result();
    });
    page.newTeam();
    auto teams = f.auth.teams();
    REQUIRE(teams.ok());
    REQUIRE(teams->size() == 2);

    DialogRunner::setNextHandler([](QDialog &dialog) {
        auto *userDialog = qobject_cast<UserDialog *>(&dialog);
        REQUIRE(userDialog);
        REQUIRE(userDialog->isNew());
        edit(dialog, "usernameEdit")->setText(QStringLiteral("kees"));
        edit(dialog, "displayNameEdit")->setText(QStringLiteral("Kees Consulent"));
        dialog.findChild<QComboBox *>(QStringLiteral("roleCombo"))->setCurrentText(roleLabel(Role::Teamleider));
        dialog.findChild<QComboBox *>(QStringLiteral("teamCombo"))->setCurrentText(QStringLiteral("Team Zuid"));
        edit(dialog, "passwordEdit")->setText(QStringLiteral("geheim-wachtwoord-9"));
        CHECK_FALSE(userDialog->canAccept()); // not repeated yet
        edit(dialog, "repeatEdit")->setText(QStringLiteral("geheim-wachtwoord-9"));
        REQUIRE(userDialog->canAccept());
        return submitAndWait(dialog, [userDialog] { userDialog->submit(); });
    });
    page.newUser();
    REQUIRE(page.model().rowCount() == 3);
    const qint64 kees = page.selectedId();
    REQUIRE(kees != 0);
    CHECK(cell(page.model(), kees, UserListModel::UsernameColumn) == QStringLiteral("kees"));
    CHECK(cell(page.model(), kees, UserListModel::RoleColumn) == roleLabel(Role::Teamleider));
    CHECK(cell(page.model(), kees, UserListModel::TeamColumn) == QStringLiteral("Team Zuid"));
    auto keesSession = f.auth.login(QStringLiteral("kees"), QStringLiteral("geheim-wachtwoord-9"));
    REQUIRE(keesSession.ok());
    CHECK(keesSession->user().role == Role::Teamleider);

    // Disabling carla: she can no longer log in, and the list says so.
    const qint64 carla = f.session.user().id;
    DialogRunner::setNextHandler([](QDialog &dialog) {
        auto *userDialog = qobject_cast<UserDialog *>(&dialog);
        REQUIRE(userDialog);
        REQUIRE_FALSE(userDialog->isNew());
        CHECK(edit(dialog, "usernameEdit")->isReadOnly());
        dialog.findChild<QCheckBox *>(QStringLiteral("activeCheck"))->setChecked(false);
        return submitAndWait(dialog, [userDialog] { userDialog->submit(); });
    });
    page.editUser(carla);
    CHECK(cell(page.model(), carla, UserListModel::ActiveColumn) != cell(page.model(), kees, UserListModel::ActiveColumn));
    CHECK_FALSE(f.auth.login(QStringLiteral("carla"), UserPassword).ok());

    DialogRunner::setNextHandler([](QDialog &dialog) {
        auto *password = qobject_cast<PasswordDialog *>(&dialog);
        REQUIRE(password);
        CHECK(edit(dialog, "oldPasswordEdit")->isHidden()); // an administrator does not need it
        edit(dialog, "passwordEdit")->setText(QStringLiteral("nieuw-geheim-wachtwoord-2"));
        edit(dialog, "repeatEdit")->setText(QStringLiteral("nieuw-geheim-wachtwoord-2"));
        return submitAndWait(dialog, [password] { password->submit(); });
    });
    page.resetPassword(kees);
    CHECK(f.auth.login(QStringLiteral("kees"), QStringLiteral("nieuw-geheim-wachtwoord-2")).ok());
}

TEST_CASE("A user without user management sees the core's refusal, not a crash", "[app][users]")
{
    AppFixture f;
    UsersPage page(f.session, f.auth, f.worker, f.clock); // carla, a consulent
    CHECK(page.model().rowCount() == 0);
    CHECK_FALSE(DialogRunner::lastWarning().isEmpty());
}

TEST_CASE("A consulent sees only the households of her own team", "[app][security]")
{
    AppFixture f;
    auto zuid = f.auth.createTeam(f.admin, QStringLiteral("Team Zuid"));
    REQUIRE(zuid.ok());
    const Session kees = f.addUser(QStringLiteral("kees"), QStringLiteral("Kees Consulent"), Role::Consulent, zuid->id);
    HouseholdService keesService(*f.db, f.clock, kees);
    const qint64 noord = f.addHousehold(QStringLiteral("Bakker"), QStringLiteral("7411 AB"), 1);
    const qint64 zuidHousehold = f.addHouseholdAs(keesService, QStringLiteral("Visser"), QStringLiteral("7412 CD"), 2);

    HouseholdListModel carlaList(*f.db, f.session);
    QSignalSpy loaded(&carlaList, &HouseholdListModel::loaded);
    waitFor(loaded);
    REQUIRE(carlaList.rowCount() == 1);
    CHECK(carlaList.idAt(0) == noord);
    CHECK(carlaList.totalCount() == 1);
    CHECK_FALSE(carlaList.indexOf(zuidHousehold).isValid());
    CHECK_FALSE(f.service.get(zuidHousehold).ok()); // and core refuses it when asked directly

    HouseholdListModel keesList(*f.db, kees);
    QSignalSpy keesLoaded(&keesList, &HouseholdListModel::loaded);
    waitFor(keesLoaded);
    REQUIRE(keesList.rowCount() == 1);
    CHECK(keesList.idAt(0) == zuidHousehold);
}

TEST_CASE("Changing one's own password needs the current one and runs off the GUI thread", "[app][security]")
{
    AppFixture f;
    MainWindow window(*f.db, f.session, f.service, f.auth, f.worker, f.clock);
    DialogRunner::setNextHandler([](QDialog &dialog) {
        auto *password = qobject_cast<PasswordDialog *>(&dialog);
        REQUIRE(password);
        edit(dialog, "oldPasswordEdit")->setText(QStringLiteral("not-the-old-one"));
        edit(dialog, "passwordEdit")->setText(QStringLiteral("haar-nieuwe-wachtwoord-1"));
        edit(dialog, "repeatEdit")->setText(QStringLiteral("haar-nieuwe-wachtwoord-1"));
        QSignalSpy failed(password, &PasswordDialog::failed);
        password->submit();
        REQUIRE(password->isBusy());
        REQUIRE(failed.wait(10000));
        CHECK_FALSE(password->errorMessage().isEmpty());
        CHECK_FALSE(password->fieldError(QStringLiteral("oldPassword")).isEmpty()); // shown where it belongs

        edit(dialog, "oldPasswordEdit")->setText(UserPassword);
        return submitAndWait(dialog, [password] { password->submit(); });
    });
    window.changeOwnPassword();
    CHECK_FALSE(f.auth.login(QStringLiteral("carla"), UserPassword).ok());
    CHECK(f.auth.login(QStringLiteral("carla"), QStringLiteral("haar-nieuwe-wachtwoord-1")).ok());
}

TEST_CASE("Disabling a member offers a new team key, which a colleague's password confirms", "[app][users][keys]")
{
    AppFixture f;
    const Session piet = f.addUser(QStringLiteral("piet"), QStringLiteral("Piet Consulent"), Role::Consulent, f.team.id);
    REQUIRE(f.auth.shareKeys(f.session).ok()); // carla's open window gives piet the team's key
    const qint64 household = f.addHousehold(QStringLiteral("Bakker"), QStringLiteral("7411 AB"), 1, {}, QStringLiteral("111222333"));
    UsersPage page(f.admin, f.auth, f.worker, f.clock);

    DialogRunner::setNextHandler([](QDialog &dialog) {
        auto *userDialog = qobject_cast<UserDialog *>(&dialog);
        REQUIRE(userDialog);
        dialog.findChild<QCheckBox *>(QStringLiteral("activeCheck"))->setChecked(false);
        return submitAndWait(dialog, [userDialog] { userDialog->submit(); });
    });
    DialogRunner::setNextConfirmation(true);
    DialogRunner::setNextHandler([](QDialog &dialog) {
        auto *rotation = qobject_cast<KeyRotationDialog *>(&dialog);
        REQUIRE(rotation);
        auto *members = dialog.findChild<QComboBox *>(QStringLiteral("memberCombo"));
        REQUIRE(members->count() == 1); // carla is disabled now: only piet can confirm
        CHECK(members->currentData().toString() == QStringLiteral("piet"));
        CHECK_FALSE(rotation->canAccept());
        edit(dialog, "passwordEdit")->setText(QStringLiteral("niet-het-wachtwoord"));
        QSignalSpy failed(rotation, &KeyRotationDialog::failed);
        rotation->submit();
        REQUIRE(failed.wait(10000));
        CHECK_FALSE(rotation->errorMessage().isEmpty());
        edit(dialog, "passwordEdit")->setText(UserPassword);
        return submitAndWait(dialog, [rotation] { rotation->submit(); });
    });
    page.editUser(f.session.user().id);
    CHECK(DialogRunner::lastQuestion().contains(QStringLiteral("Carla")));
    CHECK(DialogRunner::lastInformation().contains(QStringLiteral("2")));

    // Piet reads the household under the new key; the key carla held opens nothing.
    const Session again = required(f.auth.login(QStringLiteral("piet"), UserPassword));
    CHECK(again.fields().teamKey().version == 2);
    HouseholdService pietService(*f.db, f.clock, again);
    CHECK(*pietService.revealBsn(required(pietService.get(household)).members.first().id, QStringLiteral("controle"))
          == QStringLiteral("111222333"));
    (void)piet;
}
