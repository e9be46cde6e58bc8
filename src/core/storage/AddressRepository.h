#pragma once

#include "domain/Address.h"
#include "support/Result.h"

#include <QSqlDatabase>

namespace vangnet {


/// Addresses are shared by the households that live there; one row per
/// (postcode, huisnummer, toevoeging).
class AddressRepository {
public:
    explicit AddressRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The id of the row for this address, created when new; street, town and district are
    /// brought up to date on an existing row.
    Result<qint64> upsert(const Address &address);
    Result<Address> get(qint64 id) const;
    /// Deletes the address when no household refers to it any more.
    Result<void> removeIfUnused(qint64 id);
    /// Every district (wijk) in use, sorted.
    Result<QStringList> districts() const;

private:
    QSqlDatabase m_db;
};

} // namespace vangnet
