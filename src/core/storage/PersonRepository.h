#pragma once

#include "domain/Person.h"
#include "support/Result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace vangnet {

class FieldCipher;

/// Members of households. The BSN is stored sealed (bsn_enc) with a keyed hash (bsn_hash) for
/// exact search; reading gives only its mask (Person::bsnMask), revealBsn() the plain number.
class PersonRepository {
public:
    PersonRepository(QSqlDatabase db, const FieldCipher &fields) : m_db(std::move(db)), m_fields(fields) {}

    Result<QList<Person>> forHousehold(qint64 householdId) const;
    /// Stores a new person; returns it with id and version set.
    Result<Person> insert(Person person, const QDateTime &now);
    /// Updates a stored person when its version still matches; returns the new version.
    /// An empty `bsn` with a `bsnMask` keeps the stored BSN.
    Result<Person> update(Person person, const QDateTime &now);
    Result<void> remove(qint64 id);
    /// The id of the person holding this BSN, if any.
    Result<std::optional<qint64>> findByBsn(const QString &bsn) const;
    /// The household a person belongs to; NotFound when the person does not exist.
    Result<qint64> householdOf(qint64 personId) const;
    /// The plain BSN of a person ("" when none is stored). Callers audit the reveal.
    Result<QString> revealBsn(qint64 personId) const;

    /// The bound values of the BSN columns (bsn_enc, bsn_hash, bsn_stat_enc) of person `personId`
    /// for a plain BSN; NULLs for "". A new row gets its hash on insert and its sealed BSN once it
    /// has an id (bsnHashOrNull, then sealed::personBsn.write).
    static Result<QVariantList> bsnColumns(const FieldCipher &fields, qint64 personId, const QString &bsn);
    static QVariant bsnHashOrNull(const FieldCipher &fields, const QString &bsn);

    /// The text the name search matches on ("jan j van der berg", folded).
    static QString nameKey(const Person &p);

private:
    QSqlDatabase m_db;
    const FieldCipher &m_fields;
};

} // namespace vangnet
