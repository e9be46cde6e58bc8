#include "demo/DemoAddressPlan.h"

#include "demo/DemoNames.h"

namespace vangnet::demo {

namespace {

constexpr int firstPostcodeNumber = 7411;
constexpr int lastPostcodeNumber = 7439;
/// The station quarter, where the synthetic signal file puts newcomers the municipality does not
/// know yet (DemoSignals::stranger): no demo household lives there.
constexpr int newcomersPostcodeNumber = 7426;
constexpr int lettersPerPair = 26;
constexpr int numbersPerPostcode = 16; ///< house numbers on one side that share a postcode
constexpr int usablePairs = lettersPerPair * lettersPerPair - 3;

/// A street's length before scaling: 20 to 140 addresses, fixed per street so the town keeps
/// its shape whatever the seed.
int baseLength(int district, int street)
{
    return 20 + ((district * 7 + street * 13) % 7) * 20;
}

QString pairAt(int index)
{
    const QChar first(QLatin1Char(static_cast<char>('A' + index / lettersPerPair)));
    const QChar second(QLatin1Char(static_cast<char>('A' + index % lettersPerPair)));
    return QString(first) + second;
}

bool forbiddenPair(const QString &pair)
{
    // The Dutch postcode system never uses SA, SD and SS.
    return pair == QLatin1String("SA") || pair == QLatin1String("SD") || pair == QLatin1String("SS");
}

} // namespace

DemoAddressPlan::DemoAddressPlan(int households, quint64 seed)
    : m_rng(seed ^ 0xA5D7E55ULL), m_remaining(households), m_postcodeNumber(firstPostcodeNumber)
{
    const QList<District> &districts = DemoNames::districts();
    int totalWeight = 0;
    for (const District &d : districts)
        totalWeight += d.weight;
    int assigned = 0;
    for (const District &d : districts) {
        const int share = static_cast<int>(static_cast<qint64>(households) * d.weight / totalWeight);
        m_perDistrict << share;
        assigned += share;
    }
    for (qsizetype i = 0; assigned < households; i = (i + 1) % m_perDistrict.size(), ++assigned)
        ++m_perDistrict[i];
}

std::optional<Address> DemoAddressPlan::next()
{
    if (m_leftInDistrict == 0 && !enterDistrict())
        return std::nullopt;
    if (m_leftInStreet == 0 && m_pendingToevoegingen.isEmpty())
        enterStreet();

    const District &district = DemoNames::districts()[m_district];
    Address a;
    a.straat = district.streets[m_street];
    a.plaats = DemoNames::plaats();
    a.wijk = district.name;
    if (!m_pendingToevoegingen.isEmpty()) {
        a.huisnummer = m_huisnummer;
        a.toevoeging = m_pendingToevoegingen.takeFirst();
        a.postcode = m_sides[m_huisnummer % 2].postcode;
    } else {
        ++m_huisnummer;
        auto postcode = postcodeFor(m_huisnummer);
        if (!postcode)
            return std::nullopt;
        a.huisnummer = m_huisnummer;
        a.postcode = *postcode;
        if (m_rng.chance(7)) {
            static const QStringList groups[] = {
                {QStringLiteral("A"), QStringLiteral("B")},
                {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
                {QStringLiteral("1"), QStringLiteral("2")},
                {QString(), QStringLiteral("1-hoog"), QStringLiteral("2-hoog")},
            };
            m_pendingToevoegingen = groups[m_rng.below(4)];
            a.toevoeging = m_pendingToevoegingen.takeFirst();
        }
        --m_leftInStreet;
    }
    --m_leftInDistrict;
    --m_remaining;
    if (m_leftInDistrict == 0)
        m_pendingToevoegingen.clear(); // a split number never crosses into the next wijk
    return a;
}

bool DemoAddressPlan::enterDistrict()
{
    do {
        if (++m_district >= m_perDistrict.size())
            return false;
        m_leftInDistrict = m_perDistrict[m_district];
    } while (m_leftInDistrict == 0);

    // A wijk starts on a fresh postcode number while the numbers left still hold the rest.
    const int pairsNeeded = m_remaining / (numbersPerPostcode / 2) + 1;
    const int freshNumbersLeft = lastPostcodeNumber - m_postcodeNumber - (m_postcodeNumber < newcomersPostcodeNumber ? 1 : 0);
    if (m_pairIndex > 0 && freshNumbersLeft * usablePairs >= pairsNeeded) {
        nextPostcodeNumber();
        m_pairIndex = 0;
    }

    const District &district = DemoNames::districts()[m_district];
    qint64 baseTotal = 0;
    for (qsizetype s = 0; s < district.streets.size(); ++s)
        baseTotal += baseLength(m_district, static_cast<int>(s));
    m_streetTarget.clear();
    for (qsizetype s = 0; s < district.streets.size(); ++s) {
        const qint64 base = baseLength(m_district, static_cast<int>(s));
        // Short streets for a small town; every street grows alike for a big one.
        const qint64 scaled = m_leftInDistrict > baseTotal ? (base * m_leftInDistrict + baseTotal - 1) / baseTotal : base;
        m_streetTarget << static_cast<int>(scaled);
    }
    m_street = -1;
    m_leftInStreet = 0;
    return true;
}

void DemoAddressPlan::enterStreet()
{
    m_street = (m_street + 1) % static_cast<int>(m_streetTarget.size());
    m_leftInStreet = m_streetTarget[m_street];
    m_huisnummer = 0;
    m_sides[0] = Side{};
    m_sides[1] = Side{};
}

std::optional<QString> DemoAddressPlan::postcodeFor(int huisnummer)
{
    Side &side = m_sides[huisnummer % 2];
    if (side.numbersLeft == 0) {
        auto postcode = takePostcode();
        if (!postcode)
            return std::nullopt;
        side.postcode = *postcode;
        side.numbersLeft = numbersPerPostcode;
    }
    --side.numbersLeft;
    return side.postcode;
}

void DemoAddressPlan::nextPostcodeNumber()
{
    if (++m_postcodeNumber == newcomersPostcodeNumber)
        ++m_postcodeNumber;
}

std::optional<QString> DemoAddressPlan::takePostcode()
{
    for (;;) {
        if (m_pairIndex >= lettersPerPair * lettersPerPair) {
            if (m_postcodeNumber >= lastPostcodeNumber)
                return std::nullopt;
            nextPostcodeNumber();
            m_pairIndex = 0;
        }
        const QString pair = pairAt(m_pairIndex++);
        if (!forbiddenPair(pair))
            return QString::number(m_postcodeNumber) + QLatin1Char(' ') + pair;
    }
}

} // namespace vangnet::demo
