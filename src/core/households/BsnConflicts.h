#pragma once

#include "domain/Household.h"
#include "support/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace vangnet {

class FieldCipher;

/// A member's BSN that already belongs to another person (one BSN, one person).
struct BsnConflict {
    qsizetype member = 0;  ///< index into the household's members
    qint64 holderId = 0;   ///< the person who holds it
    bool ownTeam = false;  ///< the holder's household is of the user's own team
};

/// The members of `household` (normalised) whose BSN another person holds, found through the
/// keyed BSN hash. Whether the holder is of `ownTeam` decides what the user may be told: within
/// the team the clash is named, outside it the refusal must neither confirm nor deny that the
/// BSN is known elsewhere (need-to-know).
Result<QList<BsnConflict>> findBsnConflicts(const QSqlDatabase &db, const FieldCipher &fields, const Household &household,
                                            qint64 ownTeam);

} // namespace vangnet
