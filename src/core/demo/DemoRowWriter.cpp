#include "demo/DemoRowWriter.h"

#include "security/FieldCipher.h"
#include "storage/AddressRepository.h"
#include "storage/HouseholdRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SealedColumns.h"
#include "storage/SqlStatement.h"
#include "support/SearchKey.h"


namespace vangnet::demo {

namespace {

enum Statement { AddressRow, HouseholdRow, PersonRow };

// The same statements and derived values as the repositories (see the class comment).
const QString insertSql[] = {
    QStringLiteral(
    "INSERT INTO addresses (postcode, huisnummer, toevoeging, straat, plaats, wijk, street_key) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
    QStringLiteral(
    "INSERT INTO households (address_id, display_name, name_key, member_count, version, created_at, updated_at, team_id) "
    "VALUES (?, ?, ?, ?, 1, ?, ?, ?) RETURNING id"),
    QStringLiteral(
    "INSERT INTO persons (household_id, role, bsn_enc, bsn_hash, voorletters, voornaam, voorvoegsel, achternaam, "
    "geboortedatum, telefoon, email, name_key, version, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"),
};

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : sqlNull();
}

} // namespace

DemoRowWriter::DemoRowWriter(QSqlDatabase db, const FieldCipher &fields, QDateTime now, Mode mode)
    : m_db(std::move(db)), m_fields(fields), m_now(std::move(now)), m_timestamp(timestampToSql(m_now)), m_mode(mode),
      m_addresses(m_db, insertSql[AddressRow], "save address"), m_households(m_db, insertSql[HouseholdRow], "add household"),
      m_persons(m_db, insertSql[PersonRow], "add member"), m_bsns(m_db, m_fields, sealed::personBsn)
{
}

DemoRowWriter::~DemoRowWriter() = default;

Result<qint64> DemoRowWriter::insert(BulkStatement &statement, const QVariantList &values)
{
    auto id = statement.insert(values);
    if (!id)
        return id.error();
    if (!id->has_value())
        return databaseError(QStringLiteral("no row inserted"), "write demo row");
    return **id;
}

Result<void> DemoRowWriter::write(Household &h)
{
    if (m_mode == Mode::Repositories) {
        auto addressId = AddressRepository(m_db).upsert(h.address);
        if (!addressId)
            return addressId.error();
        h.address.id = *addressId;
        auto householdId = HouseholdRepository(m_db).insert(h, m_now);
        if (!householdId)
            return householdId.error();
        h.id = *householdId;
        PersonRepository persons(m_db, m_fields);
        for (Person &p : h.members) {
            p.householdId = h.id;
            auto stored = persons.insert(p, m_now);
            if (!stored)
                return stored.error();
            p = *stored;
        }
        return success();
    }

    const Address &a = h.address;
    auto addressId = insert(m_addresses, {a.postcode, a.huisnummer, a.toevoeging, a.straat, a.plaats, a.wijk, searchKey(a.straat)});
    if (!addressId)
        return addressId.error();
    h.address.id = *addressId;
    auto householdId = insert(m_households, {h.address.id, h.displayName(), HouseholdRepository::nameKey(h), static_cast<int>(h.members.size()),
                                          m_timestamp, m_timestamp, h.teamId == 0 ? sqlNull() : QVariant(h.teamId)});
    if (!householdId)
        return householdId.error();
    h.id = *householdId;
    for (Person &p : h.members) {
        p.householdId = h.id;
        auto personId = insert(m_persons, QVariantList{p.householdId, roleKey(p.role), sqlNull(),
                                                       PersonRepository::bsnHashOrNull(m_fields, p.bsn), p.voorletters,
                                                       p.voornaam, p.voorvoegsel, p.achternaam, dateOrNull(p.geboortedatum),
                                                       p.telefoon, p.email, PersonRepository::nameKey(p), m_timestamp,
                                                       m_timestamp});
        if (!personId)
            return personId.error();
        p.id = *personId;
        if (!p.bsn.isEmpty())
            if (auto sealedBsn = m_bsns.write(p.id, p.bsn); !sealedBsn)
                return sealedBsn.error();
        p.version = 1;
    }
    return success();
}

} // namespace vangnet::demo
