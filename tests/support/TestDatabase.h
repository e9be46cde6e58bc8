#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace vangnet::test {

/// The engine this test run uses: VANGNET_TEST_ENGINE=sqlite (default) or postgresql.
Engine engineUnderTest();

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

} // namespace vangnet::test
