#pragma once

#include "domain/Address.h"
#include "domain/Person.h"

#include <QDateTime>
#include <QList>

namespace vangnet {

/// Huishouden: the people who live together at one address.
struct Household {
    qint64 id = 0;
    int version = 0; ///< optimistic-locking version; 0 = not stored yet
    qint64 teamId = 0; ///< the team that works on it; 0 = set from the session on creation
    Address address;
    QList<Person> members;
    QDateTime createdAt;
    QDateTime updatedAt;

    /// The hoofdbewoner, else the first member; nullptr for an empty household.
    const Person *headOfHousehold() const;
    /// Name shown in lists: the head's sortName(), "" without members.
    QString displayName() const;
};

} // namespace vangnet
