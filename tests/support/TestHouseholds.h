#pragma once

#include "domain/Household.h"

namespace vangnet::test {

/// A household of one person (voorletters "A.", the surname given) at Lindelaan `huisnummer`,
/// 7411 AB Vangstad, with `bsn` when given: the plain household permission tests create.
Household oneMemberHousehold(const QString &achternaam, int huisnummer, const QString &bsn = {});

} // namespace vangnet::test
