#include "demo/DemoPlaces.h"

#include "demo/DemoNames.h"
#include "places/PlaceRepository.h"

#include <algorithm>
#include <array>

namespace vangnet::demo {

namespace {

using places::CareLevel;
using places::HousingType;
using places::PlaceStatus;

/// One woonvorm of the demo inventory: its share of the places, who provides it, how much
/// support it gives (weights licht, midden, intensief) and how often pets are welcome.
struct Kind {
    HousingType type;
    int share; ///< of 100 places
    std::array<const char *, 3> providers;
    std::array<int, 3> care;
    int petsPercent;
};

// Begeleid and beschermd wonen are most of any municipality's supported housing; Housing First,
// youth places, family places and the odd skaeve hus (a small house for someone who cannot live
// next door to others) are the smaller kinds. The providers are invented.
const std::array<Kind, 7> kinds{{
    {HousingType::HousingFirst, 10, {"Stichting Onderdak Oost", "Housing First Lindewaarde", "Stichting Onderdak Oost"},
     {0, 50, 50}, 40},
    {HousingType::BegeleidWonen, 32, {"Stichting Kompas Wonen", "Woonbegeleiding De Linde", "Stichting Onderdak Oost"},
     {40, 50, 10}, 10},
    {HousingType::BeschermdWonen, 26, {"Beschermd Wonen De Brug", "De Horst Beschermd Wonen", "Stichting Kompas Wonen"},
     {0, 40, 60}, 5},
    {HousingType::Jongeren, 10, {"Jongerenhuis Het Anker", "Stichting Kompas Wonen", "Jongerenhuis Het Anker"},
     {30, 60, 10}, 0},
    {HousingType::Gezinsplek, 8, {"Opvang De Haven", "Stichting Gezin Thuis", "Opvang De Haven"}, {40, 60, 0}, 30},
    {HousingType::SkaeveHuse, 5, {"Woonstichting Zonnehof", "Stichting Onderdak Oost", "Woonstichting Zonnehof"},
     {70, 30, 0}, 80},
    {HousingType::Overig, 9, {"Zorgboerderij De Es", "Kamerverhuur Lindewaarde", "Stichting Kompas Wonen"},
     {60, 40, 0}, 20},
}};

/// Status as a municipality's inventory has it: most places free to offer, some promised or
/// taken until their date, a few out of use.
constexpr std::array<int, 4> statusWeights{70, 10, 12, 8};
constexpr std::array<PlaceStatus, 4> statuses{PlaceStatus::Vrij, PlaceStatus::Gereserveerd, PlaceStatus::Bezet,
                                              PlaceStatus::BuitenGebruik};

/// `total` places over the kinds by share: every kind at least one (so a demo shows all seven),
/// the rest by largest remainder, ties to the kind listed first.
std::array<int, 7> countsPerKind(int total)
{
    std::array<int, 7> counts{};
    std::array<int, 7> remainders{};
    int given = 0;
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        const int share = total * kinds[k].share / 100;
        counts[k] = std::max(1, share);
        // A kind raised to one has had more than its share already.
        remainders[k] = share == 0 ? -1 : total * kinds[k].share % 100;
        given += counts[k];
    }
    while (given < total) {
        const auto most = std::max_element(remainders.begin(), remainders.end());
        ++counts[static_cast<std::size_t>(most - remainders.begin())];
        *most = -1;
        ++given;
    }
    return counts;
}

} // namespace

int DemoPlaces::countFor(int households)
{
    return std::max(minimum, (households * perThousandHouseholds + 500) / 1000);
}

DemoPlaces::DemoPlaces(quint64 seed, QDate asOf) : m_rng(seed ^ 0x91ACE5ULL), m_asOf(asOf) {}

void DemoPlaces::setBounds(places::PlaceDetails &d)
{
    switch (d.housingType) {
    case HousingType::Jongeren:
        // Youth places take young adults up to 23, some up to 26, now and then from 17.
        d.minAge = m_rng.chance(20) ? 17 : 18;
        d.maxAge = m_rng.chance(30) ? 26 : 23;
        d.maxPersons = 1;
        break;
    case HousingType::Gezinsplek:
        d.maxPersons = m_rng.between(3, 6);
        break;
    case HousingType::SkaeveHuse:
        d.minAge = 23;
        d.maxPersons = 1;
        break;
    case HousingType::Overig:
        if (m_rng.chance(50))
            d.maxPersons = 2;
        break;
    case HousingType::HousingFirst:
    case HousingType::BegeleidWonen:
    case HousingType::BeschermdWonen:
        if (m_rng.chance(80))
            d.minAge = 18;
        d.maxPersons = m_rng.chance(d.housingType == HousingType::BeschermdWonen ? 5 : 25) ? 2 : 1;
        break;
    }
}

places::Place DemoPlaces::place(HousingType type, int number)
{
    const Kind &kind = *std::find_if(kinds.begin(), kinds.end(), [type](const Kind &k) { return k.type == type; });
    const QList<District> &districts = DemoNames::districts();
    QList<int> weights;
    for (const District &district : districts)
        weights << district.weight;
    const District &district = districts[m_rng.weighted(weights)];

    places::Place p;
    places::PlaceDetails &d = p.details;
    d.plekId = QStringLiteral("WP-%1").arg(number, 4, 10, QLatin1Char('0'));
    d.provider = QString::fromUtf8(kind.providers[static_cast<std::size_t>(m_rng.below(3))]);
    // The main streets of the wijk (the first ones listed), as a location's address.
    const int street = m_rng.below(static_cast<int>(std::min<qsizetype>(8, district.streets.size())));
    d.location = QStringLiteral("%1 %2").arg(district.streets[street]).arg(m_rng.between(1, 120));
    d.wijk = district.name;
    d.housingType = type;
    // Mostly one household a place; a shared house or a cluster takes two to four.
    const int roll = m_rng.below(100);
    d.capacity = roll < 78 ? 1 : roll < 92 ? 2 : m_rng.between(3, 4);
    d.availableFrom = m_asOf.addDays(m_rng.between(-28, 91));
    setBounds(d);
    d.wheelchair = m_rng.chance(type == HousingType::BeschermdWonen || type == HousingType::BegeleidWonen ? 20 : 8);
    d.pets = m_rng.chance(kind.petsPercent);
    d.care = static_cast<CareLevel>(m_rng.weighted(kind.care) + 1); // licht = 1 … intensief = 3
    p.status = statuses[static_cast<std::size_t>(m_rng.weighted(statusWeights))];
    return p;
}

QList<places::Place> DemoPlaces::inventory(int households)
{
    const int total = countFor(households);
    const std::array<int, 7> counts = countsPerKind(total);
    QList<HousingType> order;
    for (std::size_t k = 0; k < kinds.size(); ++k)
        for (int i = 0; i < counts[k]; ++i)
            order << kinds[k].type;
    m_rng.shuffle(order); // providers deliver their places in no particular order of kind
    QList<places::Place> out;
    out.reserve(order.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        out << place(order[i], static_cast<int>(i + 1));
    return out;
}

Result<void> DemoPlaces::write(const QSqlDatabase &db, const QList<places::Place> &inventory, const QString &by,
                               const QDateTime &at)
{
    places::PlaceRepository repository(db);
    for (const places::Place &p : inventory) {
        auto id = repository.insert(p.details, by, at);
        if (!id)
            return id.error();
        if (p.status != PlaceStatus::Vrij)
            if (auto set = repository.setStatus(*id, p.status, by, at); !set)
                return set;
    }
    return success();
}

} // namespace vangnet::demo
