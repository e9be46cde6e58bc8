#pragma once

#include "households/DuplicatePair.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <utility>

namespace vangnet::households {

/// A member as detection reads it.
struct DuplicateMember {
    qint64 personId = 0;
    qint64 householdId = 0;
    QDate born; ///< invalid when unknown: then only the BSN counts
    QString surname; ///< surnameKey()
    QString bsnHash; ///< empty without a BSN
    QString name; ///< as shown, for the reason's detail
};

/// A household as detection reads it: its current address and the addresses it was signalled at
/// before (signals.address_id keeps the address of each signal's day).
struct DuplicateHousehold {
    DuplicateSide side;
    qint64 addressId = 0;
    QList<qint64> earlierAddressIds;
};

using HouseholdPairKey = std::pair<qint64, qint64>; ///< (lower id, higher id)

/// Finds candidate pairs among households in memory (docs/duplicates.md). Every reason goes
/// through a hash index (BSN hash; birth date + surname variants one deletion apart; address +
/// birth date), so the work grows with the number of members, not with its square: 200,000
/// households with two members each take under a second (tests/households/DuplicateFinderTest.cpp).
class DuplicateFinder {
public:
    DuplicateFinder(QList<DuplicateHousehold> households, QList<DuplicateMember> members);

    /// The pairs, highest score first (then by ids); pairs in `dismissed` are left out.
    QList<DuplicatePair> find(const QSet<HouseholdPairKey> &dismissed = {}) const;

private:
    using Found = QHash<HouseholdPairKey, QList<DuplicateReason>>;
    void bySameBsn(Found &found) const;
    void bySimilarName(Found &found) const;
    void byAddress(Found &found) const;
    static void add(Found &found, qint64 x, qint64 y, DuplicateReason reason);

    QList<DuplicateHousehold> m_households;
    QList<DuplicateMember> m_members;
    QHash<qint64, qsizetype> m_index; ///< household id -> position in m_households
};

} // namespace vangnet::households
