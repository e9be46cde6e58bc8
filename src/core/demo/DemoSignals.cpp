#include "demo/DemoSignals.h"

#include <algorithm>
#include <array>

namespace vangnet::demo {

namespace {

using importing::PartnerType;

// Roughly the mix a municipality receives: health insurance and energy most, then rent and water.
constexpr std::array<int, 11> partnerWeights{22, 18, 2, 20, 6, 14, 2, 3, 3, 4, 6};
constexpr std::array<PartnerType, 11> partnerTypes{
    PartnerType::Energie, PartnerType::Huur, PartnerType::Hypotheek, PartnerType::CakZorgverzekeringen,
    PartnerType::Zorg, PartnerType::Water, PartnerType::Duo, PartnerType::Belastingdienst,
    PartnerType::CakEigenBijdrage, PartnerType::Overige, PartnerType::DienstToeslagen};
const char *const partnerNames[] = {"Stroomlijn Energie", "Woonstichting Zonnehof", "Hypotheekbank Vangstad",
                                    "CAK", "Zorgverzekeraar De Linde", "Waterbedrijf Lindewaarde", "DUO",
                                    "Belastingdienst", "CAK", "Incassobureau Noord", "Dienst Toeslagen"};

} // namespace

DemoSignals::DemoSignals(quint64 seed, QDate asOf) : m_seed(seed), m_rng(seed ^ 0x5167A1ULL), m_asOf(asOf) {}

void DemoSignals::add(const Household &h)
{
    for (const Person &p : h.members) {
        if (p.geboortedatum.isValid() && p.geboortedatum.daysTo(m_asOf) < 18 * 365)
            continue; // creditors signal adults
        importing::RowPerson r;
        r.bsn = p.bsn;
        r.bsnValid = !p.bsn.isEmpty();
        r.voorletters = p.voorletters;
        r.voornaam = p.voornaam;
        r.voorvoegsel = p.voorvoegsel;
        r.achternaam = p.achternaam;
        r.geboortedatum = p.geboortedatum;
        r.straat = h.address.straat;
        r.huisnummer = h.address.huisnummer;
        r.toevoeging = h.address.toevoeging;
        r.postcode = h.address.postcode;
        r.plaats = h.address.plaats;
        m_people << r;
    }
}

importing::RowPerson DemoSignals::stranger()
{
    importing::RowPerson r;
    r.voorletters = QStringLiteral("N.");
    r.achternaam = QStringLiteral("Nieuwkomer");
    r.geboortedatum = m_asOf.addDays(-m_rng.between(20 * 365, 70 * 365));
    r.straat = QStringLiteral("Stationsweg");
    r.huisnummer = m_rng.between(1, 400);
    r.postcode = QStringLiteral("7426 AB");
    r.plaats = QStringLiteral("Lindewaarde");
    return r;
}

importing::SignalRow DemoSignals::next()
{
    ++m_rows;
    if (!m_recent.isEmpty() && m_rng.chance(2)) // a partner delivers an earlier row again
        return m_recent.at(m_rng.below(static_cast<int>(m_recent.size())));

    importing::SignalRow s = signal(QDate());
    if (m_people.isEmpty() || m_rng.chance(2)) {
        s.person = stranger();
    } else {
        s.person = m_people.at(m_rng.below(static_cast<int>(m_people.size())));
        const int kind = m_rng.below(100);
        if (kind < 10) { // only address, surname and birth date
            s.person.bsn.clear();
            s.person.bsnValid = false;
        } else if (kind < 13) { // a typing error in the BSN: fails the 11-proef
            s.person.bsn = QStringLiteral("123456789");
            s.person.bsnValid = false;
        }
    }
    remember(s);
    return s;
}

QVector<importing::SignalRow> DemoSignals::nextEpisode()
{
    QVector<importing::SignalRow> rows{next()};
    int more = 0;
    while (more < 3 && m_rng.chance(more == 0 ? 45 : 35))
        ++more;
    for (int i = 0; i < more; ++i) {
        ++m_rows;
        importing::SignalRow s = signal(rows.constFirst().signalDate);
        s.person = rows.constFirst().person;
        remember(s);
        rows << s;
    }
    return rows;
}

importing::SignalRow DemoSignals::signal(QDate near)
{
    importing::SignalRow s;
    const int partner = m_rng.weighted(partnerWeights);
    s.partnerType = partnerTypes[static_cast<std::size_t>(partner)];
    s.partnerName = QString::fromLatin1(partnerNames[partner]);
    s.signalId = QStringLiteral("VS-%1").arg(m_rows, 8, 10, QLatin1Char('0'));
    if (!near.isValid())
        s.signalDate = m_asOf.addDays(-m_rng.below(365));
    else if (s.signalDate = near.addDays(m_rng.between(-30, 60)); s.signalDate > m_asOf)
        s.signalDate = near.addDays(m_rng.below(int(near.daysTo(m_asOf)) + 1)); // not after asOf
    s.arisenDate = s.signalDate.addDays(-m_rng.between(20, 120));
    s.amountCents = static_cast<qint64>(m_rng.between(40, 4000)) * 100 + m_rng.below(100);
    s.crisis = m_rng.chance(3);
    s.warmHandover = m_rng.chance(5);
    return s;
}

void DemoSignals::remember(const importing::SignalRow &s)
{
    if (m_recent.size() < 1000)
        m_recent << s;
    else
        m_recent[m_rng.below(1000)] = s;
}

} // namespace vangnet::demo
