#include "importing/HouseholdMatcher.h"

#include "domain/Household.h"
#include "security/FieldCipher.h"
#include "storage/HouseholdRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SqlStatement.h"
#include "support/IsoDate.h"
#include "support/SearchKey.h"

#include <QCoreApplication>

namespace vangnet::importing {

namespace {

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(isoDate(d)) : sqlNull();
}

// What load() reads of everyone and lookUp() of one BSN or address: the same columns, so both
// fill the maps the same way (readBsns, readPeople, readAddresses).
const QLatin1StringView bsnsSql("SELECT id, household_id, bsn_hash FROM persons WHERE bsn_hash");
const QLatin1StringView peopleSql(
    "SELECT p.id, p.household_id, p.achternaam, p.geboortedatum, a.postcode, a.huisnummer, a.toevoeging "
    "FROM persons p JOIN households h ON h.id = p.household_id JOIN addresses a ON a.id = h.address_id "
    "WHERE p.geboortedatum IS NOT NULL");
const QLatin1StringView addressesSql("SELECT id, postcode, huisnummer, toevoeging FROM addresses");
const QLatin1StringView mergedSql("SELECT person_id, household_id, surname_key, geboortedatum, postcode, huisnummer, toevoeging "
                                  "FROM household_merge_keys WHERE person_id IS NOT NULL");

} // namespace

HouseholdMatcher::HouseholdMatcher(QSqlDatabase db, const FieldCipher &fields, const QDateTime &now, qint64 teamId,
                                   qint64 batchId)
    : m_db(db), m_fields(fields), m_timestamp(timestampToSql(now)), m_teamId(teamId), m_batchId(batchId),
      m_addAddress(db, QStringLiteral("INSERT INTO addresses (postcode, huisnummer, toevoeging, straat, plaats, wijk, street_key) "
                                      "VALUES (?, ?, ?, ?, ?, '', ?) RETURNING id"),
                   "add address"),
      m_addHousehold(db, QStringLiteral("INSERT INTO households (address_id, display_name, name_key, member_count, version, "
                                        "created_at, updated_at, team_id, created_batch_id) "
                                        "VALUES (?, ?, ?, 1, 1, ?, ?, ?, ?) RETURNING id"),
                     "add household"),
      m_addPerson(db, QStringLiteral("INSERT INTO persons (household_id, role, bsn_enc, bsn_hash, voorletters, voornaam, "
                                     "voorvoegsel, achternaam, geboortedatum, telefoon, email, name_key, version, "
                                     "created_at, updated_at) VALUES (?, 'hoofdbewoner', ?, ?, ?, ?, ?, ?, ?, '', '', ?, 1, ?, ?) "
                                     "RETURNING id"),
                  "add member"),
      m_sealBsn(db, fields, sealed::personBsn), m_lookUpBsn(db, bsnsSql + QLatin1String(" = ?"), "look up BSN"),
      m_lookUpPeople(db, peopleSql + QLatin1String(" AND a.postcode = ? AND a.huisnummer = ?"), "look up address"),
      m_lookUpAddresses(db, addressesSql + QLatin1String(" WHERE postcode = ? AND huisnummer = ?"), "look up address"),
      m_lookUpMerged(db, mergedSql + QLatin1String(" AND postcode = ? AND huisnummer = ?"), "look up merged household")
{
}

QString HouseholdMatcher::addressKey(const QString &postcode, int huisnummer, const QString &toevoeging)
{
    return postcode + QLatin1Char('|') + QString::number(huisnummer) + QLatin1Char('|') + toevoeging.toUpper();
}

QString HouseholdMatcher::personKey(const QString &addressKey, const QString &achternaam, const QDate &born)
{
    return addressKey + QLatin1Char('|') + searchKey(achternaam) + QLatin1Char('|') + isoDate(born);
}

Result<void> HouseholdMatcher::load()
{
    auto bsns = runSql(m_db, bsnsSql + QLatin1String(" IS NOT NULL"), {}, "read BSN index");
    if (!bsns)
        return bsns.error();
    readBsns(*bsns);
    auto people = runSql(m_db, QString(peopleSql), {}, "read address index");
    if (!people)
        return people.error();
    readPeople(*people);
    auto merged = runSql(m_db, QString(mergedSql), {}, "read merged households");
    if (!merged)
        return merged.error();
    readMerged(*merged);
    auto addresses = runSql(m_db, QString(addressesSql), {}, "read addresses");
    if (!addresses)
        return addresses.error();
    readAddresses(*addresses);
    m_loaded = true;
    return success();
}

void HouseholdMatcher::readBsns(QSqlQuery &q)
{
    while (q.next())
        m_byBsnHash.insert(q.value(2).toString(), {q.value(0).toLongLong(), q.value(1).toLongLong(), How::Bsn});
}

void HouseholdMatcher::readPeople(QSqlQuery &q)
{
    while (q.next()) {
        const QString address = addressKey(q.value(4).toString(), q.value(5).toInt(), q.value(6).toString());
        m_byAddressAndPerson.insert(personKey(address, q.value(2).toString(), QDate::fromString(q.value(3).toString(), Qt::ISODate)),
                                    {q.value(0).toLongLong(), q.value(1).toLongLong(), How::Address});
    }
}

void HouseholdMatcher::readMerged(QSqlQuery &q)
{
    while (q.next()) {
        const QString address = addressKey(q.value(QStringLiteral("postcode")).toString(), q.value(QStringLiteral("huisnummer")).toInt(),
                                           q.value(QStringLiteral("toevoeging")).toString());
        const QString key = personKey(address, q.value(QStringLiteral("surname_key")).toString(),
                                      QDate::fromString(q.value(QStringLiteral("geboortedatum")).toString(), Qt::ISODate));
        if (!m_byAddressAndPerson.contains(key))
            m_byAddressAndPerson.insert(key, {q.value(QStringLiteral("person_id")).toLongLong(),
                                              q.value(QStringLiteral("household_id")).toLongLong(), How::Address});
    }
}

void HouseholdMatcher::readAddresses(QSqlQuery &q)
{
    while (q.next())
        m_addressIds.insert(addressKey(q.value(1).toString(), q.value(2).toInt(), q.value(3).toString()), q.value(0).toLongLong());
}

QString HouseholdMatcher::placeKey(const RowPerson &p)
{
    return !p.postcode.isEmpty() && p.huisnummer > 0 ? p.postcode + QLatin1Char('|') + QString::number(p.huisnummer) : QString();
}

bool HouseholdMatcher::needsLookUp(const RowPerson &p) const
{
    if (m_loaded)
        return false;
    const QString hash = bsnHashOf(p);
    const QString place = placeKey(p);
    return (!hash.isEmpty() && !m_lookedUpBsns.contains(hash)) || (!place.isEmpty() && !m_lookedUpPlaces.contains(place));
}

Result<std::optional<HouseholdMatcher::Match>> HouseholdMatcher::lookUp(const RowPerson &p)
{
    if (!m_loaded && ++m_lookups > preloadAfterLookups)
        if (auto loaded = load(); !loaded)
            return loaded.error();
    if (m_loaded)
        return find(p);
    // Exactly what load() would have read about this BSN and this address: the same columns and
    // keys, through the unique indexes on persons.bsn_hash and addresses (postcode, huisnummer, …).
    if (const QString hash = bsnHashOf(p); !hash.isEmpty() && !m_lookedUpBsns.contains(hash)) {
        if (auto read = m_lookUpBsn.read({hash}, [this](QSqlQuery &q) { readBsns(q); }); !read)
            return read.error();
        m_lookedUpBsns.insert(hash);
    }
    if (const QString place = placeKey(p); !place.isEmpty() && !m_lookedUpPlaces.contains(place)) {
        const QVariantList at{p.postcode, p.huisnummer};
        if (auto read = m_lookUpPeople.read(at, [this](QSqlQuery &q) { readPeople(q); }); !read)
            return read.error();
        if (auto read = m_lookUpMerged.read(at, [this](QSqlQuery &q) { readMerged(q); }); !read)
            return read.error();
        if (auto read = m_lookUpAddresses.read(at, [this](QSqlQuery &q) { readAddresses(q); }); !read)
            return read.error();
        m_lookedUpPlaces.insert(place);
    }
    return find(p);
}

QString HouseholdMatcher::bsnHashOf(const RowPerson &p) const
{
    return p.bsnValid && !p.bsn.isEmpty() ? m_fields.bsnHash(p.bsn) : QString();
}

std::optional<HouseholdMatcher::Match> HouseholdMatcher::find(const RowPerson &p) const
{
    if (const QString bsnHash = bsnHashOf(p); !bsnHash.isEmpty())
        if (const auto found = m_byBsnHash.constFind(bsnHash); found != m_byBsnHash.cend())
            return Match{found->personId, found->householdId, How::Bsn};
    if (!p.postcode.isEmpty() && p.huisnummer > 0 && p.geboortedatum.isValid())
        if (const auto found = m_byAddressAndPerson.constFind(
                personKey(addressKey(p.postcode, p.huisnummer, p.toevoeging), p.achternaam, p.geboortedatum));
            found != m_byAddressAndPerson.cend())
            return Match{found->personId, found->householdId, How::Address};
    return std::nullopt;
}

Result<std::optional<HouseholdMatcher::Match>> HouseholdMatcher::create(const RowPerson &p, QString &reason)
{
    const QString bsnHash = bsnHashOf(p);
    const bool hasAddress = !p.postcode.isEmpty() && p.huisnummer > 0;
    const QString address = hasAddress ? addressKey(p.postcode, p.huisnummer, p.toevoeging) : QString();
    QStringList missing;
    if (!hasAddress)
        missing << QCoreApplication::translate("vangnet::importing::HouseholdMatcher", "postcode and house number");
    if (p.straat.trimmed().isEmpty())
        missing << QStringLiteral("straat");
    if (p.plaats.trimmed().isEmpty())
        missing << QStringLiteral("plaats");
    if (p.achternaam.trimmed().isEmpty())
        missing << QStringLiteral("achternaam");
    if (!missing.isEmpty()) {
        reason = QCoreApplication::translate("vangnet::importing::HouseholdMatcher",
                                             "No household matches, and a new one needs %1")
                     .arg(missing.join(QStringLiteral(", ")));
        return std::optional<Match>();
    }
    auto created = createAt(p, address);
    if (!created)
        return created.error();
    if (!bsnHash.isEmpty())
        m_byBsnHash.insert(bsnHash, *created);
    if (p.geboortedatum.isValid())
        m_byAddressAndPerson.insert(personKey(address, p.achternaam, p.geboortedatum), *created);
    return std::optional<Match>(*created);
}

Result<HouseholdMatcher::Match> HouseholdMatcher::createAt(const RowPerson &row, const QString &address)
{
    qint64 addressId = m_addressIds.value(address);
    if (addressId == 0) {
        auto inserted = m_addAddress.insert({row.postcode, row.huisnummer, row.toevoeging.toUpper(), row.straat.trimmed(),
                                             row.plaats.trimmed(), searchKey(row.straat)});
        if (!inserted)
            return inserted.error();
        addressId = inserted->value_or(0);
        m_addressIds.insert(address, addressId);
    }
    Household h;
    Person p;
    p.role = MemberRole::Hoofdbewoner;
    p.voorletters = row.voorletters.trimmed();
    p.voornaam = row.voornaam.trimmed();
    p.voorvoegsel = row.voorvoegsel.trimmed();
    p.achternaam = row.achternaam.trimmed();
    p.geboortedatum = row.geboortedatum;
    h.members << p;
    auto householdId = m_addHousehold.insert({addressId, h.displayName(), HouseholdRepository::nameKey(h), m_timestamp,
                                              m_timestamp, m_teamId == 0 ? sqlNull() : QVariant(m_teamId), m_batchId});
    if (!householdId)
        return householdId.error();
    // Only a valid BSN goes onto the person; an invalid one stays a mark on the signal.
    const QString bsn = row.bsnValid ? row.bsn : QString();
    auto personId = m_addPerson.insert(QVariantList{householdId->value_or(0), sqlNull(),
                                                    PersonRepository::bsnHashOrNull(m_fields, bsn), p.voorletters,
                                                    p.voornaam, p.voorvoegsel, p.achternaam, dateOrNull(p.geboortedatum),
                                                    PersonRepository::nameKey(p), m_timestamp, m_timestamp});
    if (!personId)
        return personId.error();
    if (!bsn.isEmpty())
        if (auto sealedBsn = m_sealBsn.write(personId->value_or(0), bsn); !sealedBsn)
            return sealedBsn.error();
    ++m_created;
    return Match{personId->value_or(0), householdId->value_or(0), How::Created};
}

} // namespace vangnet::importing
