#pragma once

#include "domain/Household.h"
#include "households/HouseholdService.h"
#include "security/AuthWorker.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "support/Clock.h"
#include "support/TestDatabase.h"
#include "users/AuthService.h"

#include <memory>

class QSignalSpy;

class QDialog;
class QLineEdit;
class QTemporaryDir;

namespace vangnet::test {

/// Passwords the fixture gives its accounts (long enough for the password policy).
inline const QString AdminPassword = QStringLiteral("beheer-wachtwoord-1");
inline const QString UserPassword = QStringLiteral("consulent-wachtwoord-1");

/// A temporary database (VANGNET_TEST_ENGINE: SQLite by default) on a fixed day with an administrator ("admin"), team "Team Noord"
/// and a consulent of that team ("carla", Carla Consulent) who is logged in; the household
/// service works for her. Key derivation uses the cheapest limits.
struct AppFixture {
    AppFixture();
    ~AppFixture();

    TestDatabase scratch;
    std::unique_ptr<Database> db;
    FixedClock clock{QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC)};
    AuthService auth;
    Session admin;
    Team team;
    Session session;
    HouseholdService service;
    AuthWorker worker;

    /// Creates a user in `teamId` (through the administrator) and logs them in.
    Session addUser(const QString &username, const QString &displayName, Role role, qint64 teamId);
    /// Stores a household for `session`'s team (the fixture's consulent when not given); returns its id.
    qint64 addHousehold(const QString &achternaam, const QString &postcode, int huisnummer, const QString &wijk = {},
                        const QString &bsn = {}, int extraMembers = 0);
    qint64 addHouseholdAs(HouseholdService &as, const QString &achternaam, const QString &postcode, int huisnummer);
};

/// Waits for the spied signal (the model's loaded()); fails the test after 10 s.
void waitFor(QSignalSpy &spy);

/// Writes `bytes` to the file `name` in `dir`, replacing it; its path. Fails the test when it cannot.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

/// The dialog's line edit with this object name; fails the test when it is missing.
QLineEdit *edit(const QDialog &dialog, const char *name);

} // namespace vangnet::test
