#pragma once

#include "domain/Household.h"
#include "support/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <array>

struct sqlite3;
struct sqlite3_stmt;

namespace vangnet {
class FieldCipher;
}

namespace vangnet::demo {

/// Writes demo households: address, household row, members.
///
/// Two ways, same rows. `Repositories` goes through AddressRepository, HouseholdRepository and
/// PersonRepository, which prepare every statement anew (~130 µs a row on SQLite: 100k
/// households would take close to a minute). `Prepared` prepares the three INSERTs once and
/// binds the same values, derived columns computed with the same functions. On SQLite it hands
/// the statements to SQLite directly (through the Qt driver's handle, inside the same
/// transaction), because Qt's per-execution overhead was most of the time: 100k households
/// took ~8 s through QSqlQuery. The demo tests write one seed both ways and compare every
/// table row by row (sealed BSNs opened first: each seal has its own nonce), so the fast path
/// cannot drift from the repositories.
class DemoRowWriter {
public:
    enum class Mode { Prepared, Repositories };

    /// `fields` seals the BSNs, as PersonRepository does.
    DemoRowWriter(QSqlDatabase db, const FieldCipher &fields, QDateTime now, Mode mode);
    ~DemoRowWriter();
    DemoRowWriter(const DemoRowWriter &) = delete;
    DemoRowWriter &operator=(const DemoRowWriter &) = delete;

    /// Stores `h` (addresses are new: the demo never shares one); sets the ids it got.
    Result<void> write(Household &h);

private:
    enum Statement { AddressRow, HouseholdRow, PersonRow };

    Result<void> prepare();
    Result<qint64> insert(Statement statement, const QVariantList &values, const char *what);
    Result<qint64> execQt(QSqlQuery &query, const QVariantList &values, const char *what);
    Result<qint64> execNative(sqlite3_stmt *statement, const QVariantList &values, const char *what);

    QSqlDatabase m_db;
    const FieldCipher &m_fields;
    QDateTime m_now;
    QString m_timestamp;
    Mode m_mode;
    bool m_prepared = false;
    std::array<QSqlQuery, 3> m_queries;
    sqlite3 *m_sqlite = nullptr; ///< the Qt connection's SQLite handle; null on PostgreSQL
    std::array<sqlite3_stmt *, 3> m_native{};
};

} // namespace vangnet::demo
