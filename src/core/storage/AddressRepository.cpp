#include "storage/AddressRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "support/SearchKey.h"

#include <QCoreApplication>

namespace vangnet {


Result<qint64> AddressRepository::upsert(const Address &a)
{
    // One statement on both engines; RETURNING gives the id of the inserted or updated row.
    auto q = runSql(m_db, QStringLiteral(
        "INSERT INTO addresses (postcode, huisnummer, toevoeging, straat, plaats, wijk, street_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (postcode, huisnummer, toevoeging) DO UPDATE SET "
        "straat = excluded.straat, plaats = excluded.plaats, wijk = excluded.wijk, street_key = excluded.street_key "
        "RETURNING id"),
        {a.postcode, a.huisnummer, a.toevoeging, a.straat, a.plaats, a.wijk, searchKey(a.straat)}, "save address");
    if (!q)
        return q.error();
    if (!q->next())
        return databaseError(QStringLiteral("no id returned"), "save address");
    return q->value(0).toLongLong();
}

Result<Address> AddressRepository::get(qint64 id) const
{
    auto q = runSql(m_db, QStringLiteral(
        "SELECT id, straat, huisnummer, toevoeging, postcode, plaats, wijk FROM addresses WHERE id = ?"), {id}, "read address");
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, QCoreApplication::translate("vangnet::AddressRepository", "Address %1 does not exist").arg(id)};
    Address a;
    a.id = q->value(0).toLongLong();
    a.straat = q->value(1).toString();
    a.huisnummer = q->value(2).toInt();
    a.toevoeging = q->value(3).toString();
    a.postcode = q->value(4).toString();
    a.plaats = q->value(5).toString();
    a.wijk = q->value(6).toString();
    return a;
}

Result<void> AddressRepository::removeIfUnused(qint64 id)
{
    auto q = runSql(m_db, QStringLiteral(
        "DELETE FROM addresses WHERE id = ? AND NOT EXISTS (SELECT 1 FROM households WHERE address_id = ?) "
        "AND NOT EXISTS (SELECT 1 FROM signals WHERE address_id = ?)"),
        {id, id, id}, "remove address"); // a signal keeps the address it was delivered with
    if (!q)
        return q.error();
    return success();
}

Result<QStringList> AddressRepository::districts() const
{
    auto q = runSql(m_db, QStringLiteral("SELECT DISTINCT wijk FROM addresses WHERE wijk <> '' ORDER BY wijk"), {}, "list districts");
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace vangnet
