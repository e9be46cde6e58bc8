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

/// "dr_plan", "warme_overdracht", "dpan", "overig". Parsing also takes the names the platforms
/// use: "D&R-plan", "Berichtenbox Re-integratie", "warme overdracht", "anders", "overige".
QString dischargeChannelKey(DischargeChannel channel);
QString dischargeChannelLabel(DischargeChannel channel);
std::optional<DischargeChannel> dischargeChannelFromKey(QByteArrayView key);
std::optional<DischargeChannel> dischargeChannelFromKey(const QString &key);
/// The label of a stored channel key; "" stays "" (not given), an unknown key is shown as it is.
QString dischargeChannelLabel(const QString &key);

/// "aangekondigd", "in_detentie", "uitgestroomd", "afgerond", "vervangen", "ingetrokken".
QString dischargeLifecycleKey(DischargeLifecycle state);
QString dischargeLifecycleLabel(DischargeLifecycle state);
std::optional<DischargeLifecycle> dischargeLifecycleFromKey(QByteArrayView key);
std::optional<DischargeLifecycle> dischargeLifecycleFromKey(const QString &key);
/// The states that end a notice: afgerond, vervangen, ingetrokken.
bool isFinalLifecycle(DischargeLifecycle state);
/// A notice's state as of `asOf`: its stored state when that ended it, otherwise uitgestroomd
/// from the expected date on, otherwise the stored state (aangekondigd or in_detentie).
DischargeLifecycle lifecycleOn(DischargeLifecycle stored, QDate expectedDate, QDate asOf);

} // namespace vangnet::importing
