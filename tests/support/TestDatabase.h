#pragma once

#include "storage/Database.h"
#include "support/Clock.h"

#include <QTemporaryDir>

#include <memory>

namespace vangnet::test {

/// The engine this test run uses: VANGNET_TEST_ENGINE=sqlite (default) or postgresql.
Engine engineUnderTest();
/// True when the build knows a PostgreSQL test server (VANGNET_TEST_PG_URL).
bool postgresTestServer();

/// A scratch database for one test: an SQLite file in a temporary folder, or a fresh database
/// created on the test PostgreSQL server (and dropped afterwards).
class TestDatabase {
public:
    explicit TestDatabase(Engine engine = engineUnderTest());
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    const DatabaseLocation &location() const { return m_location; }
    /// Opens (and migrates) the database; fails the test when that fails.
    std::unique_ptr<Database> open(Database::Options options = {}) const;
    /// A path in the temporary folder (for SQLite-only file tests).
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    DatabaseLocation m_location;
    QString m_pgName;
};

/// The fixture most storage and security tests start from: a scratch database, opened, and a
/// clock fixed at a working morning (24 November 2026, 09:30 UTC).
struct ScratchDatabase {
    TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC)};
};

} // namespace vangnet::test
