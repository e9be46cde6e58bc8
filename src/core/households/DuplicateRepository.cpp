#include "households/DuplicateRepository.h"

#include "domain/Address.h"
#include "households/SurnameKey.h"
#include "storage/SqlStatement.h"

#include <QSqlRecord>

namespace vangnet::households {

Result<QList<DuplicateHousehold>> DuplicateRepository::households(qint64 teamId) const
{
    auto q = runSql(m_db,
        QStringLiteral("SELECT h.id, h.version, h.display_name, h.member_count, h.address_id, a.straat, "
                       "a.huisnummer, a.toevoeging, a.postcode, a.plaats FROM households h "
                       "JOIN addresses a ON a.id = h.address_id WHERE h.team_id = ? ORDER BY h.id"),
        {teamId}, "read households for duplicate detection");
    if (!q)
        return q.error();
    const QSqlRecord r = q->record();
    const int id = r.indexOf(QStringLiteral("id")), version = r.indexOf(QStringLiteral("version")),
              name = r.indexOf(QStringLiteral("display_name")), members = r.indexOf(QStringLiteral("member_count")),
              address = r.indexOf(QStringLiteral("address_id")), straat = r.indexOf(QStringLiteral("straat")),
              huisnummer = r.indexOf(QStringLiteral("huisnummer")),
              toevoeging = r.indexOf(QStringLiteral("toevoeging")), postcode = r.indexOf(QStringLiteral("postcode")),
              plaats = r.indexOf(QStringLiteral("plaats"));
    QList<DuplicateHousehold> list;
    QHash<qint64, qsizetype> at;
    while (q->next()) {
        const Address a{0, q->value(straat).toString(), q->value(huisnummer).toInt(), q->value(toevoeging).toString(),
            q->value(postcode).toString(), q->value(plaats).toString(), {}};
        DuplicateHousehold h;
        h.side = DuplicateSide{q->value(id).toLongLong(), q->value(version).toInt(), q->value(name).toString(),
            a.oneLine(), q->value(members).toInt()};
        h.addressId = q->value(address).toLongLong();
        at.insert(h.side.id, list.size());
        list << h;
    }
    // Earlier addresses: a signal keeps the address of its day (signals.address_id).
    auto earlier = runSql(m_db,
        QStringLiteral("SELECT DISTINCT s.household_id, s.address_id FROM signals s "
                       "JOIN households h ON h.id = s.household_id WHERE h.team_id = ? "
                       "AND s.address_id IS NOT NULL AND s.address_id <> h.address_id"),
        {teamId}, "read earlier addresses");
    if (!earlier)
        return earlier.error();
    while (earlier->next())
        if (const auto i = at.constFind(earlier->value(QStringLiteral("household_id")).toLongLong()); i != at.cend())
            list[*i].earlierAddressIds << earlier->value(QStringLiteral("address_id")).toLongLong();
    return list;
}

Result<QList<DuplicateMember>> DuplicateRepository::members(qint64 teamId) const
{
    auto q = runSql(m_db,
        QStringLiteral("SELECT p.id, p.household_id, p.geboortedatum, p.voorletters, p.voorvoegsel, "
                       "p.achternaam, p.bsn_hash FROM persons p JOIN households h ON h.id = p.household_id "
                       "WHERE h.team_id = ? ORDER BY p.id"),
        {teamId}, "read members for duplicate detection");
    if (!q)
        return q.error();
    const QSqlRecord r = q->record();
    const int id = r.indexOf(QStringLiteral("id")), household = r.indexOf(QStringLiteral("household_id")),
              born = r.indexOf(QStringLiteral("geboortedatum")), voorletters = r.indexOf(QStringLiteral("voorletters")),
              voorvoegsel = r.indexOf(QStringLiteral("voorvoegsel")),
              achternaam = r.indexOf(QStringLiteral("achternaam")), bsnHash = r.indexOf(QStringLiteral("bsn_hash"));
    QList<DuplicateMember> list;
    while (q->next()) {
        const QString prefix = q->value(voorvoegsel).toString();
        const QString surname = q->value(achternaam).toString();
        const QString shown
            = QStringList{q->value(voorletters).toString(), prefix, surname}.join(QLatin1Char(' ')).simplified();
        list << DuplicateMember{q->value(id).toLongLong(), q->value(household).toLongLong(),
            QDate::fromString(q->value(born).toString(), Qt::ISODate), surnameKey(prefix, surname),
            q->value(bsnHash).toString(), shown};
    }
    return list;
}

Result<QSet<HouseholdPairKey>> DuplicateRepository::dismissed(qint64 teamId) const
{
    auto q = runSql(m_db,
        QStringLiteral("SELECT d.household_a, d.household_b FROM household_pair_dismissals d "
                       "JOIN households h ON h.id = d.household_a WHERE h.team_id = ?"),
        {teamId}, "read pairs that are no duplicates");
    if (!q)
        return q.error();
    QSet<HouseholdPairKey> pairs;
    while (q->next())
        pairs.insert({q->value(QStringLiteral("household_a")).toLongLong(),
            q->value(QStringLiteral("household_b")).toLongLong()});
    return pairs;
}

Result<void> DuplicateRepository::dismiss(HouseholdPairKey pair, const QDateTime &now, const QString &by) const
{
    auto q = runSql(m_db,
        QStringLiteral("INSERT INTO household_pair_dismissals (household_a, household_b, dismissed_at, "
                       "dismissed_by) VALUES (?, ?, ?, ?) ON CONFLICT (household_a, household_b) DO NOTHING"),
        {pair.first, pair.second, timestampToSql(now), by}, "remember a pair as no duplicate");
    if (!q)
        return q.error();
    return success();
}

} // namespace vangnet::households
