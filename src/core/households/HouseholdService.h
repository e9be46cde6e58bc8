#pragma once

#include "domain/Household.h"
#include "domain/Note.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <QSqlDatabase>

namespace vangnet {

class Database;

/// Creating, changing and removing households with their members, and their notes.
/// Validates first, then writes everything in one transaction: a save is whole or not at all.
class HouseholdService {
public:
    HouseholdService(const Database &db, const Clock &clock);

    Result<Household> get(qint64 id) const;
    /// Validates and stores a new household with its members; returns it as stored.
    Result<Household> create(Household household);
    /// Stores an edited household: address, changed, new and removed members. Refused as a
    /// stale edit when someone else saved the household since `household.version` was read.
    Result<Household> save(Household household);
    Result<void> remove(qint64 id, int version);

    Result<Note> addNote(qint64 householdId, const QString &author, const QString &text);
    Result<QList<Note>> notes(qint64 householdId) const;

    /// Field errors for the form, including BSNs already registered in another household.
    QList<FieldError> validate(const Household &household) const;

private:
    Result<void> writeMembers(const Household &stored, Household &edited);

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace vangnet
