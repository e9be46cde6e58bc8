#include "AppTestSupport.h"

#include "DialogRunner.h"
#include "MainWindow.h"
#include "security/DesktopLockWatcher.h"
#include "security/IdleLock.h"
#include "security/LockDialog.h"
#include "security/SessionWatch.h"
#include "users/AuthService.h"
#include "users/IdleLockPolicy.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

using namespace vangnet;
using namespace vangnet::test;
using namespace std::chrono_literals;

namespace {

/// Types `password` into the lock dialog, presses Unlock and waits for the worker's answer.
void tryPassword(LockDialog &dialog, const QString &password, bool expectAccepted)
{
    edit(dialog, "passwordEdit")->setText(password);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy failed(&dialog, &LockDialog::unlockFailed);
    dialog.submit();
    if (expectAccepted)
        REQUIRE(accepted.wait(10000));
    else
        REQUIRE(failed.wait(10000));
}

/// The administrator changes the fixture's user (the stored record, with its current version).
void changeUser(AppFixture &f, const std::function<void(User &)> &change)
{
    auto current = f.auth.users(f.admin);
    REQUIRE(current.ok());
    const auto stored = std::find_if(current->cbegin(), current->cend(),
                                     [&](const User &u) { return u.id == f.session.user().id; });
    REQUIRE(stored != current->cend());
    User edited = *stored;
    change(edited);
    REQUIRE(f.auth.updateUser(f.admin, edited).ok());
    DialogRunner::clearQueued();
}

} // namespace

TEST_CASE("The window's idle time is the administrator's policy from the database", "[app][idle]")
{
    AppFixture f;
    {
        MainWindow window(*f.db, f.session, f.service, f.auth, f.worker, f.clock);
        CHECK(window.idleLock().timeout() == 15min);
    }
    REQUIRE(IdleLockPolicy(*f.db, f.clock).setMinutes(f.admin, 4).ok());
    MainWindow window(*f.db, f.session, f.service, f.auth, f.worker, f.clock);
    CHECK(window.idleLock().timeout() == 4min);
    // A change by the administrator reaches an open window with the next session check.
    REQUIRE(IdleLockPolicy(*f.db, f.clock).setMinutes(f.admin, 2).ok());
    window.sessionWatch().check();
    CHECK(window.idleLock().timeout() == 2min);
}

TEST_CASE("The window locks when the desktop session locks", "[app][idle]")
{
    AppFixture f;
    MainWindow window(*f.db, f.session, f.service, f.auth, f.worker, f.clock);
    window.show();
    bool lockedByDesktop = false;
    DialogRunner::setNextHandler([&](QDialog &dialog) {
        lockedByDesktop = window.isLocked() && !window.centralWidget()->isVisible();
        tryPassword(*qobject_cast<LockDialog *>(&dialog), UserPassword, true);
        return dialog.result();
    });
    Q_EMIT window.desktopLock().desktopLocked();
    CHECK(lockedByDesktop);
    CHECK_FALSE(window.isLocked());
}

TEST_CASE("A disabled account or a changed role ends the open window's session with a message", "[app][session]")
{
    AppFixture f;
    MainWindow window(*f.db, f.session, f.service, f.auth, f.worker, f.clock);
    window.show();
    window.sessionWatch().check();
    CHECK_FALSE(window.logoutRequested());

    const bool disable = GENERATE(true, false);
    changeUser(f, [disable](User &u) {
        if (disable)
            u.active = false;
        else
            u.role = Role::Teamleider;
    });
    window.sessionWatch().check();
    CHECK(window.logoutRequested());
    CHECK(DialogRunner::lastInformation().contains(disable ? QStringLiteral("disabled") : QStringLiteral("Log in again")));
}

TEST_CASE("After the idle time the window hides its data until the right password is entered", "[app][idle]")
{
    AppFixture f;
    MainWindow window(*f.db, f.session, f.service, f.auth, f.worker, f.clock);
    window.show();
    REQUIRE(window.centralWidget()->isVisible());

    bool hiddenWhileLocked = false;
    QString shownUser;
    QString refusal;
    DialogRunner::setNextHandler([&](QDialog &dialog) {
        auto *lock = qobject_cast<LockDialog *>(&dialog);
        REQUIRE(lock);
        hiddenWhileLocked = window.isLocked() && !window.centralWidget()->isVisible();
        shownUser = edit(dialog, "usernameEdit")->text();
        CHECK(edit(dialog, "usernameEdit")->isReadOnly());
        tryPassword(*lock, QStringLiteral("niet-het-wachtwoord"), false);
        refusal = lock->errorMessage();
        CHECK(lock->result() != QDialog::Accepted);
        CHECK(window.isLocked());
        tryPassword(*lock, UserPassword, true);
        return dialog.result();
    });
    QSignalSpy idle(&window.idleLock(), &IdleLock::idle);
    window.idleLock().setTimeout(50ms);
    REQUIRE(idle.wait(5000));

    CHECK(hiddenWhileLocked);
    CHECK(shownUser == QStringLiteral("carla"));
    CHECK_FALSE(refusal.isEmpty());
    CHECK_FALSE(window.isLocked());
    CHECK(window.centralWidget()->isVisible());
    CHECK_FALSE(window.logoutRequested());
    CHECK_FALSE(window.idleLock().isPaused()); // counting again
}

TEST_CASE("Log out in the lock dialog ends the session", "[app][idle]")
{
    AppFixture f;
    MainWindow window(*f.db, f.session, f.service, f.auth, f.worker, f.clock);
    window.show();
    DialogRunner::setNextHandler([](QDialog &dialog) {
        auto *logout = dialog.findChild<QPushButton *>(QStringLiteral("logoutButton"));
        REQUIRE(logout);
        CHECK_FALSE(logout->accessibleName().isEmpty());
        logout->click();
        return dialog.result();
    });
    QSignalSpy idle(&window.idleLock(), &IdleLock::idle);
    window.idleLock().setTimeout(50ms);
    REQUIRE(idle.wait(5000));
    CHECK(window.logoutRequested());
    CHECK_FALSE(window.isVisible());
}
