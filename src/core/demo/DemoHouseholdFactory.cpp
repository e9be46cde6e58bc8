#include "demo/DemoHouseholdFactory.h"

#include "support/SearchKey.h"

#include <algorithm>
#include <array>

namespace vangnet::demo {

namespace {

enum class Composition { Single, Couple, CoupleWithChildren, SingleParent, Sharing };

/// CBS-like shares for a mid-sized town: singles 38%, couples without children 27%, couples
/// with children 22%, single parents 9%, other multi-person households 4%.
constexpr std::array<int, 5> compositionWeights{38, 27, 22, 9, 4};
constexpr std::array<int, 4> childCountWeights{40, 40, 15, 5};

/// People per household the weights above give (≈2.2), rounded up: the BSN pool is spread
/// over this many people per household.
constexpr qint64 expectedPeoplePerTenHouseholds = 23;

int ageInBand(DemoRandom &rng, const std::array<int, 3> &weights, const std::array<std::pair<int, int>, 3> &bands)
{
    const auto &[low, high] = bands[static_cast<std::size_t>(rng.weighted(weights))];
    return rng.between(low, high);
}

QString pick(DemoRandom &rng, const QStringList &list)
{
    return list[rng.below(static_cast<int>(list.size()))];
}

QString initialOf(const QString &name)
{
    if (name.startsWith(QLatin1String("IJ")))
        return QStringLiteral("IJ.");
    return name.left(1).toUpper() + QLatin1Char('.');
}

/// Letters and digits only, for the local part of an e-mail address.
QString mailPart(const QString &text)
{
    QString out;
    for (QChar c : searchKey(text))
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit())
            out += c;
    return out;
}

} // namespace

DemoHouseholdFactory::DemoHouseholdFactory(quint64 seed, QDate asOf, int households)
    : m_rng(seed), m_asOf(asOf), m_bsns(testRangeBsns())
{
    const qint64 expected = static_cast<qint64>(households) * expectedPeoplePerTenHouseholds / 10;
    m_bsnThreshold = expected > m_bsns.size() ? expected : 0;
}

QStringList DemoHouseholdFactory::testRangeBsns()
{
    QStringList out;
    for (int k = 0; k < 10000; ++k) {
        const QString first8 = QStringLiteral("9999%1").arg(k, 4, 10, QLatin1Char('0'));
        int sum = 0;
        for (int i = 0; i < 8; ++i)
            sum += (9 - i) * first8[i].digitValue();
        // 9·d1 + … + 2·d8 − d9 must be a multiple of 11: d9 is the remainder, unless that is 10.
        const int check = sum % 11;
        if (check < 10)
            out << first8 + QString::number(check);
    }
    return out;
}

QList<Person> DemoHouseholdFactory::nextMembers()
{
    const auto composition = static_cast<Composition>(m_rng.weighted(compositionWeights));
    const Origin origin = drawOrigin();
    const QList<Surname> &surnames = DemoNames::surnames(origin);
    const Surname headSurname = surnames[m_rng.below(static_cast<int>(surnames.size()))];

    int headAge = 0;
    switch (composition) {
    case Composition::Single: headAge = ageInBand(m_rng, {30, 40, 30}, {{{18, 29}, {30, 64}, {65, 94}}}); break;
    case Composition::Couple: headAge = ageInBand(m_rng, {25, 35, 40}, {{{20, 34}, {35, 64}, {65, 90}}}); break;
    case Composition::CoupleWithChildren: headAge = m_rng.between(24, 58); break;
    case Composition::SingleParent: headAge = m_rng.between(20, 58); break;
    case Composition::Sharing: headAge = m_rng.between(18, 70); break;
    }
    const Gender headGender = drawGender(composition == Composition::SingleParent ? 80 : 50);

    QList<Person> members;
    members << makePerson(MemberRole::Hoofdbewoner, origin, headGender, headAge, headSurname);
    int youngestParentAge = headAge;
    Surname childSurname = headSurname;

    if (composition == Composition::Couple || composition == Composition::CoupleWithChildren) {
        const Origin partnerOrigin = m_rng.chance(85) ? origin : drawOrigin();
        const Gender partnerGender = m_rng.chance(95) ? (headGender == Gender::Female ? Gender::Male : Gender::Female)
                                                      : headGender;
        const int minAge = composition == Composition::CoupleWithChildren ? 20 : 18;
        const int partnerAge = std::clamp(headAge + m_rng.between(-7, 5), minAge, 99);
        const QList<Surname> &partnerNames = DemoNames::surnames(partnerOrigin);
        const Surname partnerSurname = m_rng.chance(30) ? headSurname
                                                        : partnerNames[m_rng.below(static_cast<int>(partnerNames.size()))];
        members << makePerson(MemberRole::Partner, partnerOrigin, partnerGender, partnerAge, partnerSurname);
        youngestParentAge = std::min(headAge, partnerAge);
        if (headGender == Gender::Female && partnerGender == Gender::Male && m_rng.chance(60))
            childSurname = partnerSurname;
    }

    if (composition == Composition::CoupleWithChildren || composition == Composition::SingleParent) {
        const int children = m_rng.weighted(childCountWeights) + 1;
        const int oldestPossible = std::min(24, youngestParentAge - 18);
        for (int i = 0; i < children; ++i) {
            // One draw per statement: the order in which arguments are evaluated is unspecified.
            const Gender gender = drawGender(49);
            const int age = m_rng.between(0, oldestPossible);
            const bool ownNamePool = m_rng.chance(75);
            members << makePerson(MemberRole::Kind, origin, gender, age, childSurname, ownNamePool);
        }
    }

    if (composition == Composition::Sharing) {
        const int others = m_rng.between(1, 3);
        for (int i = 0; i < others; ++i) {
            const Origin o = drawOrigin();
            const QList<Surname> &names = DemoNames::surnames(o);
            const int age = std::clamp(headAge + m_rng.between(-10, 10), 18, 95);
            const Gender gender = drawGender(50);
            const Surname surname = names[m_rng.below(static_cast<int>(names.size()))];
            members << makePerson(MemberRole::Overig, o, gender, age, surname);
        }
    }
    return members;
}

Person DemoHouseholdFactory::makePerson(MemberRole role, Origin origin, Gender gender, int age, const Surname &surname,
                                        bool ownNamePool)
{
    Person p;
    p.role = role;
    p.geboortedatum = birthDateFor(age);
    const Generation generation = DemoNames::generationOf(p.geboortedatum.year());
    // Children of families that came to the Netherlands often get a Dutch first name too.
    const bool dutchName = !ownNamePool && generation == Generation::Recent;
    const QStringList &pool = DemoNames::firstNames(dutchName ? Origin::Dutch : origin, gender, generation);
    p.voornaam = pick(m_rng, pool);
    p.voorletters = voorlettersFor(p.voornaam, pool);
    p.voorvoegsel = surname.voorvoegsel;
    p.achternaam = surname.achternaam;
    p.telefoon = phoneFor(age);
    p.email = emailFor(p, age);
    p.bsn = nextBsn();
    return p;
}

Origin DemoHouseholdFactory::drawOrigin()
{
    return static_cast<Origin>(m_rng.weighted(DemoNames::originWeights()));
}

QDate DemoHouseholdFactory::birthDateFor(int age)
{
    // asOf minus `age` years, minus less than a year: exactly `age` years old on asOf.
    return m_asOf.addYears(-age).addDays(-m_rng.below(365));
}

QString DemoHouseholdFactory::voorlettersFor(const QString &voornaam, const QStringList &pool)
{
    QString out;
    for (const QString &part : voornaam.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out += initialOf(part);
    const int extra = m_rng.weighted(std::array<int, 3>{40, 45, 15});
    for (int i = 0; i < extra; ++i)
        out += initialOf(pick(m_rng, pool));
    return out;
}

QString DemoHouseholdFactory::phoneFor(int age)
{
    if (age < 12 || (age < 18 && m_rng.chance(40)))
        return {};
    const int kind = m_rng.weighted(std::array<int, 3>{78, 10, 12});
    if (kind == 2)
        return {};
    if (kind == 1)
        return QStringLiteral("0570-%1").arg(m_rng.between(200000, 899999));
    return QStringLiteral("06-%1").arg(m_rng.between(10000000, 99999999));
}

QString DemoHouseholdFactory::emailFor(const Person &p, int age)
{
    if (age < 16 || !m_rng.chance(55))
        return {};
    static const char *const domains[] = {"voorbeeld.nl", "voorbeeld.nl", "example.com", "example.org", "example.net"};
    QString local = mailPart(p.voornaam) + QLatin1Char('.') + mailPart(p.voorvoegsel + p.achternaam);
    if (m_rng.chance(40))
        local += QString::number(m_rng.between(1, 99));
    return local + QLatin1Char('@') + QLatin1String(domains[m_rng.below(5)]);
}

QString DemoHouseholdFactory::nextBsn()
{
    if (m_nextBsn >= m_bsns.size())
        return {};
    if (m_bsnThreshold > 0) {
        m_bsnCredit += m_bsns.size();
        if (m_bsnCredit < m_bsnThreshold)
            return {};
        m_bsnCredit -= m_bsnThreshold;
    }
    return m_bsns[m_nextBsn++];
}

} // namespace vangnet::demo
