#include "importing/ImportKeys.h"

#include <QCoreApplication>

#include <array>

namespace vangnet::importing {

namespace {

/// Lower-case ASCII with spaces, underscores and hyphens removed, into a small fixed buffer.
/// Returns the length, or -1 when the text is longer than any key (so it matches none).
qsizetype squash(QByteArrayView text, std::array<char, 32> &out)
{
    qsizetype n = 0;
    for (const char c : text) {
        if (c == ' ' || c == '_' || c == '-' || c == '\t')
            continue;
        if (n == qsizetype(out.size()))
            return -1;
        out[std::size_t(n++)] = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    return n;
}

template <typename Enum, std::size_t N>
std::optional<Enum> lookUp(QByteArrayView key, const std::array<std::pair<const char *, Enum>, N> &table)
{
    std::array<char, 32> buffer{};
    const qsizetype n = squash(key, buffer);
    if (n <= 0)
        return std::nullopt;
    const QByteArrayView squashed(buffer.data(), n);
    for (const auto &[name, value] : table) {
        if (squashed == QByteArrayView(name))
            return value;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<const char *, PartnerType>, 11> partnerKeys{{
    {"energie", PartnerType::Energie},
    {"huur", PartnerType::Huur},
    {"hypotheek", PartnerType::Hypotheek},
    {"cakzorgverzekeringen", PartnerType::CakZorgverzekeringen},
    {"zorg", PartnerType::Zorg},
    {"water", PartnerType::Water},
    {"duo", PartnerType::Duo},
    {"belastingdienst", PartnerType::Belastingdienst},
    {"cakeigenbijdrage", PartnerType::CakEigenBijdrage},
    {"overige", PartnerType::Overige},
    {"diensttoeslagen", PartnerType::DienstToeslagen},
}};

constexpr std::array<std::pair<const char *, InstitutionType>, 7> institutionKeys{{
    {"detentie", InstitutionType::Detentie},
    {"ggzkliniek", InstitutionType::GgzKliniek},
    {"jeugdzorg", InstitutionType::Jeugdzorg},
    {"beschermdwonen", InstitutionType::BeschermdWonen},
    {"maatschappelijkeopvang", InstitutionType::MaatschappelijkeOpvang},
    {"ziekenhuis", InstitutionType::Ziekenhuis},
    {"overig", InstitutionType::Overig},
}};

constexpr std::array<std::pair<const char *, ConditionState>, 4> conditionKeys{{
    {"geregeld", ConditionState::Geregeld},
    {"inbehandeling", ConditionState::InBehandeling},
    {"nietgeregeld", ConditionState::NietGeregeld},
    {"onbekend", ConditionState::Onbekend},
}};

} // namespace

QString partnerTypeKey(PartnerType type)
{
    // The DDAS v0.9 EnumSignaalpartner texts: stored and exported, so they never change.
    switch (type) {
    case PartnerType::Energie:
        return QStringLiteral("Energie");
    case PartnerType::Huur:
        return QStringLiteral("Huur");
    case PartnerType::Hypotheek:
        return QStringLiteral("Hypotheek");
    case PartnerType::CakZorgverzekeringen:
        return QStringLiteral("CAK Zorgverzekeringen");
    case PartnerType::Zorg:
        return QStringLiteral("Zorg");
    case PartnerType::Water:
        return QStringLiteral("Water");
    case PartnerType::Duo:
        return QStringLiteral("DUO");
    case PartnerType::Belastingdienst:
        return QStringLiteral("Belastingdienst");
    case PartnerType::CakEigenBijdrage:
        return QStringLiteral("CAK Eigen bijdrage");
    case PartnerType::Overige:
        return QStringLiteral("Overige");
    case PartnerType::DienstToeslagen:
        return QStringLiteral("Dienst Toeslagen");
    }
    return QStringLiteral("Overige");
}

QString partnerTypeLabel(PartnerType type)
{
    const char *source = "";
    switch (type) {
    case PartnerType::Energie:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Energy");
        break;
    case PartnerType::Huur:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Rent");
        break;
    case PartnerType::Hypotheek:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Mortgage");
        break;
    case PartnerType::CakZorgverzekeringen:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "CAK health insurance");
        break;
    case PartnerType::Zorg:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Health insurance");
        break;
    case PartnerType::Water:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Water");
        break;
    case PartnerType::Duo:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "DUO");
        break;
    case PartnerType::Belastingdienst:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Tax Administration");
        break;
    case PartnerType::CakEigenBijdrage:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "CAK personal contribution");
        break;
    case PartnerType::Overige:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Other");
        break;
    case PartnerType::DienstToeslagen:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Benefits Agency");
        break;
    }
    return QCoreApplication::translate("vangnet::importing::ImportKeys", source);
}

std::optional<PartnerType> partnerTypeFromKey(QByteArrayView key)
{
    return lookUp(key, partnerKeys);
}

std::optional<PartnerType> partnerTypeFromKey(const QString &key)
{
    return partnerTypeFromKey(QByteArrayView(key.toUtf8()));
}

QString institutionTypeKey(InstitutionType type)
{
    switch (type) {
    case InstitutionType::Detentie:
        return QStringLiteral("detentie");
    case InstitutionType::GgzKliniek:
        return QStringLiteral("ggz_kliniek");
    case InstitutionType::Jeugdzorg:
        return QStringLiteral("jeugdzorg");
    case InstitutionType::BeschermdWonen:
        return QStringLiteral("beschermd_wonen");
    case InstitutionType::MaatschappelijkeOpvang:
        return QStringLiteral("maatschappelijke_opvang");
    case InstitutionType::Ziekenhuis:
        return QStringLiteral("ziekenhuis");
    case InstitutionType::Overig:
        return QStringLiteral("overig");
    }
    return QStringLiteral("overig");
}

QString institutionTypeLabel(InstitutionType type)
{
    const char *source = "";
    switch (type) {
    case InstitutionType::Detentie:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Detention");
        break;
    case InstitutionType::GgzKliniek:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Mental-health clinic");
        break;
    case InstitutionType::Jeugdzorg:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Youth care");
        break;
    case InstitutionType::BeschermdWonen:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Protected housing");
        break;
    case InstitutionType::MaatschappelijkeOpvang:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Shelter");
        break;
    case InstitutionType::Ziekenhuis:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Hospital");
        break;
    case InstitutionType::Overig:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Other institution");
        break;
    }
    return QCoreApplication::translate("vangnet::importing::ImportKeys", source);
}

std::optional<InstitutionType> institutionTypeFromKey(QByteArrayView key)
{
    return lookUp(key, institutionKeys);
}

std::optional<InstitutionType> institutionTypeFromKey(const QString &key)
{
    return institutionTypeFromKey(QByteArrayView(key.toUtf8()));
}

QString conditionStateKey(ConditionState state)
{
    switch (state) {
    case ConditionState::Geregeld:
        return QStringLiteral("geregeld");
    case ConditionState::InBehandeling:
        return QStringLiteral("in_behandeling");
    case ConditionState::NietGeregeld:
        return QStringLiteral("niet_geregeld");
    case ConditionState::Onbekend:
        return QStringLiteral("onbekend");
    }
    return QStringLiteral("onbekend");
}

QString conditionStateLabel(ConditionState state)
{
    const char *source = "";
    switch (state) {
    case ConditionState::Geregeld:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Arranged");
        break;
    case ConditionState::InBehandeling:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "In progress");
        break;
    case ConditionState::NietGeregeld:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Not arranged");
        break;
    case ConditionState::Onbekend:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Unknown");
        break;
    }
    return QCoreApplication::translate("vangnet::importing::ImportKeys", source);
}

std::optional<ConditionState> conditionStateFromKey(QByteArrayView key)
{
    return lookUp(key, conditionKeys);
}

std::optional<ConditionState> conditionStateFromKey(const QString &key)
{
    return conditionStateFromKey(QByteArrayView(key.toUtf8()));
}

namespace {

constexpr std::array<std::pair<const char *, DischargeChannel>, 11> channelKeys{{
    {"drplan", DischargeChannel::DrPlan},
    {"d&rplan", DischargeChannel::DrPlan},
    {"berichtenboxreintegratie", DischargeChannel::DrPlan},
    {"berichtenbox", DischargeChannel::DrPlan},
    {"warmeoverdracht", DischargeChannel::WarmeOverdracht},
    {"warm", DischargeChannel::WarmeOverdracht},
    {"dpan", DischargeChannel::Dpan},
    {"overig", DischargeChannel::Overig},
    {"overige", DischargeChannel::Overig},
    {"anders", DischargeChannel::Overig},
    {"other", DischargeChannel::Overig},
}};

constexpr std::array<std::pair<const char *, DischargeLifecycle>, 6> lifecycleKeys{{
    {"aangekondigd", DischargeLifecycle::Aangekondigd},
    {"indetentie", DischargeLifecycle::InDetentie},
    {"uitgestroomd", DischargeLifecycle::Uitgestroomd},
    {"afgerond", DischargeLifecycle::Afgerond},
    {"vervangen", DischargeLifecycle::Vervangen},
    {"ingetrokken", DischargeLifecycle::Ingetrokken},
}};

} // namespace

QString dischargeChannelKey(DischargeChannel channel)
{
    switch (channel) {
    case DischargeChannel::DrPlan:
        return QStringLiteral("dr_plan");
    case DischargeChannel::WarmeOverdracht:
        return QStringLiteral("warme_overdracht");
    case DischargeChannel::Dpan:
        return QStringLiteral("dpan");
    case DischargeChannel::Overig:
        return QStringLiteral("overig");
    }
    return QStringLiteral("overig");
}

QString dischargeChannelLabel(DischargeChannel channel)
{
    const char *source = "";
    switch (channel) {
    case DischargeChannel::DrPlan:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "D&R plan / Re-integration message box");
        break;
    case DischargeChannel::WarmeOverdracht:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Warm handover");
        break;
    case DischargeChannel::Dpan:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "DPAN");
        break;
    case DischargeChannel::Overig:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Other channel");
        break;
    }
    return QCoreApplication::translate("vangnet::importing::ImportKeys", source);
}

std::optional<DischargeChannel> dischargeChannelFromKey(QByteArrayView key)
{
    return lookUp(key, channelKeys);
}

std::optional<DischargeChannel> dischargeChannelFromKey(const QString &key)
{
    return dischargeChannelFromKey(QByteArrayView(key.toUtf8()));
}

QString dischargeChannelLabel(const QString &key)
{
    if (key.isEmpty())
        return {};
    if (const auto channel = dischargeChannelFromKey(key))
        return dischargeChannelLabel(*channel);
    return key;
}

QString dischargeLifecycleKey(DischargeLifecycle state)
{
    switch (state) {
    case DischargeLifecycle::Aangekondigd:
        return QStringLiteral("aangekondigd");
    case DischargeLifecycle::InDetentie:
        return QStringLiteral("in_detentie");
    case DischargeLifecycle::Uitgestroomd:
        return QStringLiteral("uitgestroomd");
    case DischargeLifecycle::Afgerond:
        return QStringLiteral("afgerond");
    case DischargeLifecycle::Vervangen:
        return QStringLiteral("vervangen");
    case DischargeLifecycle::Ingetrokken:
        return QStringLiteral("ingetrokken");
    }
    return QStringLiteral("aangekondigd");
}

QString dischargeLifecycleLabel(DischargeLifecycle state)
{
    const char *source = "";
    switch (state) {
    case DischargeLifecycle::Aangekondigd:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Announced");
        break;
    case DischargeLifecycle::InDetentie:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "In detention");
        break;
    case DischargeLifecycle::Uitgestroomd:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Discharged");
        break;
    case DischargeLifecycle::Afgerond:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Completed");
        break;
    case DischargeLifecycle::Vervangen:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Superseded");
        break;
    case DischargeLifecycle::Ingetrokken:
        source = QT_TRANSLATE_NOOP("vangnet::importing::ImportKeys", "Withdrawn");
        break;
    }
    return QCoreApplication::translate("vangnet::importing::ImportKeys", source);
}

std::optional<DischargeLifecycle> dischargeLifecycleFromKey(QByteArrayView key)
{
    return lookUp(key, lifecycleKeys);
}

std::optional<DischargeLifecycle> dischargeLifecycleFromKey(const QString &key)
{
    return dischargeLifecycleFromKey(QByteArrayView(key.toUtf8()));
}

bool isFinalLifecycle(DischargeLifecycle state)
{
    return state == DischargeLifecycle::Afgerond || state == DischargeLifecycle::Vervangen
        || state == DischargeLifecycle::Ingetrokken;
}

DischargeLifecycle lifecycleOn(DischargeLifecycle stored, QDate expectedDate, QDate asOf)
{
    if (isFinalLifecycle(stored))
        return stored;
    if (expectedDate.isValid() && asOf.isValid() && expectedDate <= asOf)
        return DischargeLifecycle::Uitgestroomd;
    return stored == DischargeLifecycle::Uitgestroomd ? DischargeLifecycle::Aangekondigd : stored;
}

} // namespace vangnet::importing
