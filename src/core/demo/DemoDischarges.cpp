#include "demo/DemoDischarges.h"

#include <algorithm>
#include <array>

namespace vangnet::demo {

namespace {

using importing::ConditionState;
using importing::DischargeChannel;
using importing::InstitutionType;

// Roughly where people leave from: detention most, then clinics and shelters.
constexpr std::array<int, 6> institutionWeights{38, 22, 10, 14, 11, 5};
constexpr std::array<InstitutionType, 6> institutions{InstitutionType::Detentie, InstitutionType::GgzKliniek,
    InstitutionType::BeschermdWonen, InstitutionType::MaatschappelijkeOpvang, InstitutionType::Ziekenhuis,
    InstitutionType::Overig};
const char *const institutionNames[] = {"PI Vangstad", "GGZ-kliniek De Horst", "Beschermd Wonen De Brug",
                                        "Opvang De Haven", "Ziekenhuis Lindewaarde", "Zorgboerderij De Es"};

/// A basic condition as institutions report it: housing is the one most often not arranged.
ConditionState condition(DemoRandom &rng, int arrangedPercent)
{
    const int roll = rng.below(100);
    if (roll < arrangedPercent)
        return ConditionState::Geregeld;
    if (roll < arrangedPercent + (100 - arrangedPercent) / 3)
        return ConditionState::InBehandeling;
    return rng.chance(60) ? ConditionState::NietGeregeld : ConditionState::Onbekend;
}

} // namespace

DemoDischarges::DemoDischarges(quint64 seed, QDate asOf) : m_rng(seed ^ 0xD15C4A6EULL), m_asOf(asOf) {}

importing::DischargeRow DemoDischarges::notice(const importing::RowPerson &person)
{
    importing::DischargeRow row;
    const int kind = m_rng.weighted(institutionWeights);
    row.institutionType = institutions[static_cast<std::size_t>(kind)];
    row.institutionName = QString::fromLatin1(institutionNames[kind]);
    row.noticeId = QStringLiteral("UM-%1").arg(++m_notices, 6, 10, QLatin1Char('0'));
    row.expectedDate = m_asOf.addDays(m_rng.between(-330, 120));
    if (row.institutionType == InstitutionType::Detentie)
        row.channel = m_rng.chance(65) ? DischargeChannel::DrPlan : DischargeChannel::Dpan;
    else
        row.channel = m_rng.chance(55) ? DischargeChannel::WarmeOverdracht : DischargeChannel::Overig;
    row.idDocument = condition(m_rng, 55);
    row.shelter = condition(m_rng, 25);
    row.income = condition(m_rng, 35);
    row.debts = condition(m_rng, 30);
    row.care = condition(m_rng, 50);
    row.person = person;
    return row;
}

QVector<DemoDischarges::Delivery> DemoDischarges::year(const QVector<importing::RowPerson> &people, int count)
{
    QVector<Delivery> out;
    if (people.isEmpty())
        return out;
    const QDate yearStart = m_asOf.addDays(-364);
    for (int i = 0; i < count; ++i) {
        Delivery first{{}, notice(people.at(m_rng.below(static_cast<int>(people.size()))))};
        first.on = std::max(yearStart, first.row.expectedDate.addDays(-m_rng.between(14, 120)));
        if (first.on > m_asOf)
            continue; // announced after today: not delivered yet
        // A quarter are delivered again some weeks later: the date moved, housing progressed.
        if (m_rng.chance(25)) {
            Delivery again = first;
            again.on = first.on.addDays(m_rng.between(7, 28));
            again.row.expectedDate = first.row.expectedDate.addDays(m_rng.between(-21, 21));
            if (again.row.shelter != ConditionState::Geregeld && m_rng.chance(40))
                again.row.shelter = ConditionState::InBehandeling;
            if (again.on <= m_asOf && again.on < again.row.expectedDate)
                out << again;
        }
        out << first;
    }
    return out;
}

} // namespace vangnet::demo
