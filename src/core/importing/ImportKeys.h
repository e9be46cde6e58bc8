#pragma once

#include "importing/ImportRows.h"

#include <QString>

#include <optional>

namespace vangnet::importing {

/// The stored text of each enumeration. Partner types are the DDAS EnumSignaalpartner texts
/// ("CAK Zorgverzekeringen"); institution types and conditions the documented CSV values.
QString partnerTypeKey(PartnerType type);
QString institutionTypeKey(InstitutionType type);
QString conditionKey(ConditionState state);

} // namespace vangnet::importing
