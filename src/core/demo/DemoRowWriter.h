#pragma once

#include "domain/Household.h"
#include "storage/BulkStatement.h"
#include "storage/SealedColumns.h"
#include "support/Result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace vangnet {
class FieldCipher;
}

namespace vangnet::demo {

/// Writes demo households: address, household row, members.
///
/// Two ways, same rows. `Repositories` goes through AddressRepository, HouseholdRepository and
/// PersonRepository, which prepare every statement anew (~130 µs a row on SQLite: 100k
/// households would take close to a minute). `Prepared` prepares the three INSERTs once
/// (BulkStatement) and binds the same values, derived columns computed with the same
/// functions. The demo tests write one seed both ways and compare every
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
    /// Stores one row through a prepared statement; its id.
    static Result<qint64> insert(BulkStatement &statement, const QVariantList &values);

    QSqlDatabase m_db;
    const FieldCipher &m_fields;
    QDateTime m_now;
    QString m_timestamp;
    Mode m_mode;
    BulkStatement m_addresses;
    BulkStatement m_households;
    BulkStatement m_persons;
    SealedColumnWriter m_bsns; ///< the sealed BSN names its row, so it follows the insert
};

} // namespace vangnet::demo
