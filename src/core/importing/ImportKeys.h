#pragma once

#include "importing/ImportRows.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace vangnet::importing {

// Keys are what files and the database hold; labels are what a user reads. Parsing a key
// ignores case, spaces, underscores and hyphens ("cak zorgverzekeringen", "GGZ-kliniek" and
// "niet geregeld" are accepted), because the platforms' exports spell them in every way.

/// The DDAS EnumSignaalpartner text, e.g. "CAK Zorgverzekeringen".
QString partnerTypeKey(PartnerType type);
QString partnerTypeLabel(PartnerType type);
std::optional<PartnerType> partnerTypeFromKey(QByteArrayView key);
std::optional<PartnerType> partnerTypeFromKey(const QString &key);

/// "detentie", "ggz_kliniek", "jeugdzorg", "beschermd_wonen", "maatschappelijke_opvang",
/// "ziekenhuis", "overig".
QString institutionTypeKey(InstitutionType type);
QString institutionTypeLabel(InstitutionType type);
std::optional<InstitutionType> institutionTypeFromKey(QByteArrayView key);
std::optional<InstitutionType> institutionTypeFromKey(const QString &key);

/// "geregeld", "in_behandeling", "niet_geregeld", "onbekend".
QString conditionStateKey(ConditionState state);
QString conditionStateLabel(ConditionState state);
std::optional<ConditionState> conditionStateFromKey(QByteArrayView key);
std::optional<ConditionState> conditionStateFromKey(const QString &key);

} // namespace vangnet::importing
