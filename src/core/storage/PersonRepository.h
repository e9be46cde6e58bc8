#pragma once

#include "domain/Person.h"
#include "support/Result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace vangnet {


class PersonRepository {
public:
    explicit PersonRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<Person>> forHousehold(qint64 householdId) const;
    /// Stores a new person; returns it with id and version set.
    Result<Person> insert(Person person, const QDateTime &now);
    /// Updates a stored person when its version still matches; returns the new version.
    Result<Person> update(Person person, const QDateTime &now);
    Result<void> remove(qint64 id);
    /// The id of the person holding this BSN, if any.
    Result<std::optional<qint64>> findByBsn(const QString &bsn) const;

    /// The text the name search matches on ("jan j van der berg", folded).
    static QString nameKey(const Person &p);

private:
    QSqlDatabase m_db;
};

} // namespace vangnet
