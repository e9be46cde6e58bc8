#include "AppTestSupport.h"

#include "DialogRunner.h"
#include "MainWindow.h"
#include "security/IdleLock.h"
#include "security/LockDialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>

#include <catch2/catch.hpp>

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

} // namespace

TEST_CASE("The idle lock reads its minutes from the settings and ignores values below one", "[app][idle]")
{
    QSettings settings;
    settings.remove(QStringLiteral("security/idleLockMinutes"));
    CHECK(IdleLock::configuredTimeout(settings) == 15min);
    settings.setValue(QStringLiteral("security/idleLockMinutes"), 5);
    CHECK(IdleLock::configuredTimeout(settings) == 5min);
    settings.setValue(QStringLiteral("security/idleLockMinutes"), 0);
    CHECK(IdleLock::configuredTimeout(settings) == 15min);
    settings.setValue(QStringLiteral("security/idleLockMinutes"), QStringLiteral("soon"));
    CHECK(IdleLock::configuredTimeout(settings) == 15min);
    settings.remove(QStringLiteral("security/idleLockMinutes"));
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
