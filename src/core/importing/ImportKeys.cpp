#include "importing/ImportKeys.h"

namespace vangnet::importing {

QString partnerTypeKey(PartnerType type)
{
    switch (type) {
    case PartnerType::Energie: return QStringLiteral("Energie");
    case PartnerType::Huur: return QStringLiteral("Huur");
    case PartnerType::Hypotheek: return QStringLiteral("Hypotheek");
    case PartnerType::CakZorgverzekeringen: return QStringLiteral("CAK Zorgverzekeringen");
    case PartnerType::Zorg: return QStringLiteral("Zorg");
    case PartnerType::Water: return QStringLiteral("Water");
    case PartnerType::Duo: return QStringLiteral("DUO");
    case PartnerType::Belastingdienst: return QStringLiteral("Belastingdienst");
    case PartnerType::CakEigenBijdrage: return QStringLiteral("CAK Eigen bijdrage");
    case PartnerType::Overige: return QStringLiteral("Overige");
    case PartnerType::DienstToeslagen: return QStringLiteral("Dienst Toeslagen");
    }
    return QStringLiteral("Overige");
}

QString institutionTypeKey(InstitutionType type)
{
    switch (type) {
    case InstitutionType::Detentie: return QStringLiteral("detentie");
    case InstitutionType::GgzKliniek: return QStringLiteral("ggz_kliniek");
    case InstitutionType::Jeugdzorg: return QStringLiteral("jeugdzorg");
    case InstitutionType::BeschermdWonen: return QStringLiteral("beschermd_wonen");
    case InstitutionType::MaatschappelijkeOpvang: return QStringLiteral("maatschappelijke_opvang");
    case InstitutionType::Ziekenhuis: return QStringLiteral("ziekenhuis");
    case InstitutionType::Overig: return QStringLiteral("overig");
    }
    return QStringLiteral("overig");
}

QString conditionKey(ConditionState state)
{
    switch (state) {
    case ConditionState::Geregeld: return QStringLiteral("geregeld");
    case ConditionState::InBehandeling: return QStringLiteral("in_behandeling");
    case ConditionState::NietGeregeld: return QStringLiteral("niet_geregeld");
    case ConditionState::Onbekend: return QStringLiteral("onbekend");
    }
    return QStringLiteral("onbekend");
}

} // namespace vangnet::importing
