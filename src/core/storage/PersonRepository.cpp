#include "storage/PersonRepository.h"

#include "domain/Bsn.h"
#include "security/FieldCipher.h"
#include "storage/SealedColumns.h"
#include "storage/Transaction.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "support/SearchKey.h"

#include <QCoreApplication>

namespace vangnet {

namespace {
const QString selectColumns = QStringLiteral(
    "SELECT id, household_id, version, role, bsn_enc, voorletters, voornaam, voorvoegsel, achternaam, geboortedatum, "
    "telefoon, email FROM persons ");

/// The person of one row; the BSN only as its mask (the plain number is wiped right away).
Result<Person> personFromRow(const QSqlQuery &q, const FieldCipher &fields)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.householdId = q.value(1).toLongLong();
    p.version = q.value(2).toInt();
    p.role = roleFromKey(q.value(3).toString()).value_or(MemberRole::Overig);
    if (!q.value(4).isNull()) {
        auto plain = sealed::personBsn.open(fields, q.value(QStringLiteral("bsn_enc")), p.id);
        if (!plain && plain.error().code == ErrorCode::PermissionDenied) {
            p.bsnMask = QStringLiteral("*********"); // held, but not readable with this session's keys
        } else if (!plain) {
            return plain.error();
        } else {
            p.bsnMask = bsn::mask(*plain);
            plain->fill(QLatin1Char('0'));
        }
    }
    p.voorletters = q.value(5).toString();
    p.voornaam = q.value(6).toString();
    p.voorvoegsel = q.value(7).toString();
    p.achternaam = q.value(8).toString();
    p.geboortedatum = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    p.telefoon = q.value(10).toString();
    p.email = q.value(11).toString();
    return p;
}

/// The values for "bsn_enc = ?, bsn_hash = ?" on update: a new BSN, none, or the stored one kept.
QString bsnAssignment(const Person &p)
{
    return !p.bsn.isEmpty() || p.bsnMask.isEmpty() ? QStringLiteral("bsn_enc = ?, bsn_hash = ?, bsn_stat_enc = ?, ")
                                                   : QString();
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : sqlNull();
}
} // namespace


QString PersonRepository::nameKey(const Person &p)
{
    return searchKey(QStringList{p.voornaam, p.voorletters, p.voorvoegsel, p.achternaam}.join(QLatin1Char(' ')));
}

Result<QList<Person>> PersonRepository::forHousehold(qint64 householdId) const
{
    // Head of household first, then by birth date (oldest first), as a caseworker reads a family.
    auto q = runSql(m_db, selectColumns + QStringLiteral(
        "WHERE household_id = ? ORDER BY CASE role WHEN 'hoofdbewoner' THEN 0 WHEN 'partner' THEN 1 "
        "WHEN 'kind' THEN 2 ELSE 3 END, geboortedatum, id"), {householdId}, "read members");
    if (!q)
        return q.error();
    QList<Person> out;
    while (q->next()) {
        auto person = personFromRow(*q, m_fields);
        if (!person)
            return person.error();
        out << *person;
    }
    return out;
}

Result<Person> PersonRepository::insert(Person p, const QDateTime &now)
{
    const QString ts = timestampToSql(now);
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    // The sealed BSN names its row, so it is written once the row has its id.
    auto q = runSql(m_db, QStringLiteral(
        "INSERT INTO persons (household_id, role, bsn_enc, bsn_hash, voorletters, voornaam, voorvoegsel, achternaam, "
        "geboortedatum, telefoon, email, name_key, version, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"),
        QVariantList{p.householdId, roleKey(p.role), sqlNull(), bsnHashOrNull(m_fields, p.bsn), p.voorletters,
                     p.voornaam, p.voorvoegsel, p.achternaam, dateOrNull(p.geboortedatum), p.telefoon, p.email, nameKey(p),
                     ts, ts},
        "add member");
    if (!q)
        return q.error();
    if (!q->next())
        return databaseError(QStringLiteral("no id returned"), "add member");
    p.id = q->value(0).toLongLong();
    q->finish(); // SQLite: the INSERT … RETURNING must be done before the row is written again
    if (!p.bsn.isEmpty())
        if (auto sealedBsn = sealed::personBsn.write(m_db, m_fields, p.id, p.bsn); !sealedBsn)
            return sealedBsn.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    p.version = 1;
    if (!p.bsn.isEmpty())
        p.bsnMask = bsn::mask(p.bsn);
    return p;
}

Result<Person> PersonRepository::update(Person p, const QDateTime &now)
{
    const QString keepOrSetBsn = bsnAssignment(p);
    QVariantList values{p.householdId, roleKey(p.role)};
    if (!keepOrSetBsn.isEmpty()) {
        auto bsnValues = bsnColumns(m_fields, p.id, p.bsn);
        if (!bsnValues)
            return bsnValues.error();
        values += *bsnValues;
    }
    values += QVariantList{p.voorletters, p.voornaam, p.voorvoegsel, p.achternaam, dateOrNull(p.geboortedatum),
                           p.telefoon, p.email, nameKey(p), timestampToSql(now), p.id, p.version};
    auto q = runSql(m_db, QStringLiteral(
        "UPDATE persons SET household_id = ?, role = ?, %1voorletters = ?, voornaam = ?, voorvoegsel = ?, "
        "achternaam = ?, geboortedatum = ?, telefoon = ?, email = ?, name_key = ?, version = version + 1, updated_at = ? "
        "WHERE id = ? AND version = ?").arg(keepOrSetBsn), values, "save member");
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error{ErrorCode::StaleEdit,
                     QCoreApplication::translate("vangnet::PersonRepository",
                                                 "%1 was changed or removed by someone else since you opened it. "
                                                 "Reopen the household to see the current data.").arg(p.fullName())};
    ++p.version;
    if (!p.bsn.isEmpty())
        p.bsnMask = bsn::mask(p.bsn);
    return p;
}

Result<void> PersonRepository::remove(qint64 id)
{
    auto q = runSql(m_db, QStringLiteral("DELETE FROM persons WHERE id = ?"), {id}, "remove member");
    if (!q)
        return q.error();
    return success();
}

Result<std::optional<qint64>> PersonRepository::findByBsn(const QString &bsn) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT id FROM persons WHERE bsn_hash = ?"), {m_fields.bsnHash(bsn)},
                    "find by BSN");
    if (!q)
        return q.error();
    if (q->next())
        return std::optional<qint64>(q->value(0).toLongLong());
    return std::optional<qint64>();
}

Result<qint64> PersonRepository::householdOf(qint64 personId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT household_id FROM persons WHERE id = ?"), {personId}, "find member");
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("vangnet::PersonRepository", "Person %1 does not exist (any more)").arg(personId)};
    return q->value(0).toLongLong();
}

Result<QString> PersonRepository::revealBsn(qint64 personId) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT bsn_enc FROM persons WHERE id = ?"), {personId}, "read BSN");
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("vangnet::PersonRepository", "Person %1 does not exist (any more)").arg(personId)};
    if (q->value(0).isNull())
        return QString();
    return sealed::personBsn.open(m_fields, q->value(0), personId);
}

Result<QVariantList> PersonRepository::bsnColumns(const FieldCipher &fields, qint64 personId, const QString &bsn)
{
    if (bsn.isEmpty())
        return QVariantList{sqlNull(), sqlNull(), sqlNull()};
    auto sealedValues = sealed::personBsn.values(fields, personId, bsn);
    if (!sealedValues)
        return sealedValues.error();
    return QVariantList{sealedValues->value(0), fields.bsnHash(bsn), sealedValues->value(1)};
}

QVariant PersonRepository::bsnHashOrNull(const FieldCipher &fields, const QString &bsn)
{
    return bsn.isEmpty() ? sqlNull() : QVariant(fields.bsnHash(bsn));
}

} // namespace vangnet
