#pragma once

#include "domain/Household.h"
#include "support/Result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace vangnet {

class FieldCipher;


/// The households table. A household's version covers the whole aggregate (address and
/// members): every save through HouseholdService bumps it, so one check catches any stale edit.
class HouseholdRepository {
public:
    explicit HouseholdRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The household with its address and members.
    /// The household with its address and members (BSNs masked; `fields` opens the stored ones).
    Result<Household> get(qint64 id, const FieldCipher &fields) const;
    /// The household's team (0 = none), without reading the household: for need-to-know checks.
    Result<qint64> teamOf(qint64 id) const;
    /// Inserts the household row (address already stored in h.address.id); returns the id.
    Result<qint64> insert(const Household &h, const QDateTime &now);
    /// Rewrites the row's summary when `expectedVersion` still matches; returns the new version.
    Result<int> update(const Household &h, int expectedVersion, const QDateTime &now);
    /// Deletes the household (members and notes go with it) when the version still matches.
    Result<void> remove(qint64 id, int expectedVersion);
    Result<qint64> count() const;

    /// The key the list sorts names by ("berg j van den").
    static QString nameKey(const Household &h);

    /// Error for an edit of a row that changed or vanished since it was read.
    Result<void> staleOrMissing(qint64 id) const;

private:
    static Error notFound(qint64 id);
    QSqlDatabase m_db;
};

} // namespace vangnet
