#pragma once

#include "domain/Household.h"
#include "households/HouseholdService.h"
#include "storage/Database.h"
#include "support/Clock.h"
#include "support/TestDatabase.h"

#include <memory>

class QSignalSpy;

class QDialog;
class QLineEdit;

namespace vangnet::test {

/// A temporary SQLite database with the household service on a fixed day.
struct AppFixture {
    AppFixture();
    ~AppFixture();

    TestDatabase scratch{Engine::Sqlite};
    std::unique_ptr<Database> db;
    FixedClock clock{QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC)};
    HouseholdService service;

    /// Stores a household with one head of household; returns its id.
    qint64 addHousehold(const QString &achternaam, const QString &postcode, int huisnummer, const QString &wijk = {},
                        const QString &bsn = {}, int extraMembers = 0);
};

/// Waits for the spied signal (the model's loaded()); fails the test after 10 s.
void waitFor(QSignalSpy &spy);

/// The dialog's line edit with this object name; fails the test when it is missing.
QLineEdit *edit(const QDialog &dialog, const char *name);

} // namespace vangnet::test
